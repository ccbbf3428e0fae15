"""Dates agree at the gold date's precision."""

from __future__ import annotations

from datetime import date

import pytest

from readouts.evaluation.dates import date_agrees, interval


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        (None, None, True),  # gold null: not checked
        (None, "2025-01-01", True),
        ("2025-11-24", None, False),
        ("2025-11-24", "2025-11-24", True),
        ("2025-11-24", "2025-11-25", False),
        ("2025-11-24", "2025-11", False),  # system less precise than gold
        ("2025-11-24", "2025-11-24T10:00", True),
        ("2026-04", "2026-04-15", True),
        ("2026-04", "2026-04", True),
        ("2026-04", "2026-05-01", False),
        ("2026-04", "2026", False),
        ("2023", "2023-07-04", True),
        ("2023", "2024-01-01", False),
        # an ISO week holds its seven days (Mon 2025-11-17 .. Sun 2025-11-23)
        ("2025-W47", "2025-11-17", True),
        ("2025-W47", "2025-11-23", True),
        ("2025-W47", "2025-11-24", False),
        ("2025-W47", "2025-W47", True),
        # a weekend holds its Saturday and Sunday
        ("2026-W05-WE", "2026-01-31", True),
        ("2026-W05-WE", "2026-02-01", True),
        ("2026-W05-WE", "2026-01-30", False),
        # an interval holds any date inside it
        ("2025-12/2026-01", "2026-01-20", True),
        ("2025-12/2026-01", "2025-12", True),
        ("2025-12/2026-01", "2025-12/2026-01", True),
        ("2025-12/2026-01", "2026-02-01", False),
        ("2025-Q4", "2025-11", True),
        ("2025-Q4", "2026-01", False),
        # values that are not dates agree only when equal
        ("PRESENT_REF", "present_ref", True),
        ("PRESENT_REF", "2025", False),
    ],
)
def test_date_agrees(gold: str | None, system: str | None, expected: bool) -> None:
    assert date_agrees(gold, system) is expected


def test_intervals() -> None:
    assert interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert interval("2025-WI") == (date(2025, 12, 1), date(2026, 2, 28))
    assert interval("2025-13") is None
    assert interval("2026-01/2025-12") is None
