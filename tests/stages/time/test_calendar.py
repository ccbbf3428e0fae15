"""Calendar arithmetic and holiday tables."""

from __future__ import annotations

from datetime import date

import pytest

from readouts.model import Article, to_contract
from readouts.pipeline import extract_one
from readouts.stages.time import STAGE, VERSION, dates, holidays


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2020, date(2020, 4, 12)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
    ],
)
def test_easter(year: int, easter: date) -> None:
    assert dates.easter(year) == easter


def test_nth_weekday() -> None:
    assert dates.nth_weekday(2025, 11, 4, 4) == date(2025, 11, 27)  # Thanksgiving
    assert dates.nth_weekday(2025, 5, 1, -1) == date(2025, 5, 26)  # Memorial Day
    assert dates.nth_weekday(2026, 9, 1, 1) == date(2026, 9, 7)  # Labor Day


@pytest.mark.parametrize(
    ("anchor", "weekday", "direction", "expected"),
    [
        (date(2025, 11, 25), 1, -1, date(2025, 11, 24)),
        (date(2025, 11, 25), 2, -1, date(2025, 11, 25)),
        (date(2025, 11, 25), 2, 1, date(2025, 11, 25)),
        (date(2025, 11, 25), 5, 1, date(2025, 11, 28)),
        (date(2025, 11, 25), 3, -1, date(2025, 11, 19)),
    ],
)
def test_weekday_near(anchor: date, weekday: int, direction: int, expected: date) -> None:
    assert dates.weekday_near(anchor, weekday, direction) == expected


def test_week_values() -> None:
    assert dates.week_value(date(2025, 11, 25)) == "2025-W48"
    assert dates.week_value(date(2027, 1, 1)) == "2026-W53"
    assert dates.weekend_value(date(2026, 1, 31)) == "2026-W05-WE"


@pytest.mark.parametrize(
    ("name", "year", "value"),
    [
        ("Lunar New Year", 2027, "2027-02-06"),
        ("Chinese New Year", 2024, "2024-02-10"),
        ("Diwali", 2026, "2026-11-08"),
        ("Thanksgiving", 2026, "2026-11-26"),
        ("Election Day", 2028, "2028-11-07"),
        ("Golden Week", 2026, "2026-10-01/2026-10-07"),
        ("Good Friday", 2026, "2026-04-03"),
    ],
)
def test_holiday_in_year(name: str, year: int, value: str) -> None:
    assert holidays.resolve(name, date(2025, 6, 1), 0, year=year) == value


def test_holiday_outside_table_is_unresolved() -> None:
    assert holidays.resolve("Diwali", date(2040, 6, 1), 0) is None


def test_marketing_year() -> None:
    assert holidays.marketing_year_start("Soybeans") == 9
    assert holidays.marketing_year_start("wheat") == 6
    assert holidays.marketing_year_start("steel") is None


def test_stage_in_the_pipeline() -> None:
    record = extract_one(Article(body="The envoys met on Monday.", published="2025-11-25"), stages=[STAGE])
    out = to_contract(record)
    assert out["timexes"] == [
        {
            "text": "Monday",
            "start": 18,
            "end": 24,
            "type": "DATE",
            "value": "2025-11-24",
            "stage": f"time@{VERSION}",
        }
    ]
    assert extract_one(Article(body="", published=None), stages=[STAGE]).timexes == ()
