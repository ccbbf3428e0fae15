"""The interface other stages use: interval() and date_for_span()."""

from __future__ import annotations

from datetime import date

import pytest

from readouts.model import Article
from readouts.pipeline import Context
from readouts.stages.time import CACHE_KEY, TimeIndex, date_for_span, interval
from tests.stages.time.helpers import run


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2025-11-24", date(2025, 11, 24), date(2025, 11, 24)),
        ("2025-11-24T10:00", date(2025, 11, 24), date(2025, 11, 24)),
        ("2025-11-24TMO", date(2025, 11, 24), date(2025, 11, 24)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("20", date(2000, 1, 1), date(2099, 12, 31)),
        ("2025-W47", date(2025, 11, 17), date(2025, 11, 23)),
        ("2026-W05-WE", date(2026, 1, 31), date(2026, 2, 1)),
        ("2026-W01", date(2025, 12, 29), date(2026, 1, 4)),
        ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30)),
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("2025-SU", date(2025, 6, 1), date(2025, 8, 31)),
        ("2025-WI", date(2025, 12, 1), date(2026, 2, 28)),
        ("2025-12/2026-01", date(2025, 12, 1), date(2026, 1, 31)),
        ("2025-09/2026-08", date(2025, 9, 1), date(2026, 8, 31)),
        ("2025-10-01/2025-10-07", date(2025, 10, 1), date(2025, 10, 7)),
        ("2019/2021", date(2019, 1, 1), date(2021, 12, 31)),
    ],
)
def test_interval(value: str, first: date, last: date) -> None:
    assert interval(value) == (first, last)


@pytest.mark.parametrize("value", [None, "", "P2Y", "PT4H", "XXXX-WXX-1", "PAST_REF", "2025-13", "2026/2025"])
def test_interval_of_non_dates(value: str | None) -> None:
    assert interval(value) is None


BODY = (
    "The foreign ministers spoke by phone on Monday. Their meeting last month in Rome had gone badly. "
    "A trade deal could be signed in April, officials said. No date was given for the next round."
)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def test_stage_stores_an_index() -> None:
    _, context = run(BODY, "2025-11-25")
    index = context.cache[CACHE_KEY]
    assert isinstance(index, TimeIndex)
    assert index.anchor == date(2025, 11, 25)
    assert [m.value for m in index.marks] == ["2025-11-24", "2025-10", "2026-04"]
    assert [m.sentence for m in index.marks] == [0, 1, 2]


def test_date_for_span_inside() -> None:
    _, context = run(BODY, "2025-11-25")
    assert (
        date_for_span(context, *_span(BODY, "The foreign ministers spoke by phone on Monday."))
        == "2025-11-24"
    )
    assert date_for_span(context, *_span(BODY, "Their meeting last month")) == "2025-10"


def test_date_for_span_same_sentence() -> None:
    _, context = run(BODY, "2025-11-25")
    assert date_for_span(context, *_span(BODY, "A trade deal could be signed")) == "2026-04"


def test_date_for_span_nearest_trigger() -> None:
    body = "Xi spoke with Trump on Monday, a month after their meeting in October."
    _, context = run(body, "2025-11-25")
    start, end = 0, len(body)
    assert date_for_span(context, start, end, trigger=body.index("spoke")) == "2025-11-24"
    assert date_for_span(context, start, end, trigger=body.index("meeting")) == "2025-10"


def test_date_for_span_prefers_the_event_over_since() -> None:
    body = "Since October, the two leaders have met on Monday for talks."
    _, context = run(body, "2025-11-25")
    assert date_for_span(context, 0, len(body)) == "2025-11-24"


def test_date_for_span_none() -> None:
    _, context = run(BODY, "2025-11-25")
    assert date_for_span(context, *_span(BODY, "No date was given")) is None
    assert date_for_span(Context(article=Article(body="x")), 0, 1) is None


def test_time_value_gives_its_day() -> None:
    body = "The ceasefire begins at 10 a.m. Macau time on Nov. 27."
    items, context = run(body, "2025-11-25")
    assert ("10 a.m. Macau time", "TIME", "2025-11-27T10:00") in [(t.text, t.type, t.value) for t in items]
    assert date_for_span(context, 0, len(body), trigger=body.index("begins")) in ("2025-11-27",)
    index = context.cache[CACHE_KEY]
    assert any(m.zone == "Macau time" for m in index.marks)


def test_no_published_date_uses_latest_explicit_date() -> None:
    body = "The talks opened on Nov. 24, 2025 in Geneva. Delegates met again on Wednesday."
    items, _ = run(body, None)
    values = {t.text: t.value for t in items}
    assert values["Wednesday"] == "2025-11-19"


def test_no_anchor_leaves_relative_values_unresolved() -> None:
    items, _ = run("The envoy arrived last week and will leave in 2026.", None)
    values = {t.text: (t.value, t.anchored) for t in items}
    assert values["last week"] == (None, False)
    assert values["2026"] == ("2026", True)


def test_provenance() -> None:
    items, _ = run("They met on Monday.", "2025-11-25")
    assert items[0].provenance.stage == "time"
    assert items[0].provenance.version


def test_date_for_span_look_back() -> None:
    body = "The two leaders spoke on Monday. During the call, they discussed trade."
    _, context = run(body, "2025-11-25")
    start = body.index("During")
    assert date_for_span(context, start, len(body)) is None
    assert date_for_span(context, start, len(body), look_back=1) == "2025-11-24"
