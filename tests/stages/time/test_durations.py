"""TIMEX3 durations in normal form: fractions spread to smaller units, compound counts summed."""

from __future__ import annotations

import pytest

from readouts.stages.time.durations import duration_value, sum_value


@pytest.mark.parametrize(
    ("num", "unit", "value"),
    [
        (1.5, "hour", "PT1H30M"),
        (1.5, "years", "P1Y6M"),
        (2.5, "days", "P2DT12H"),
        (0.5, "hour", "PT30M"),
        (0.5, "year", "P6M"),
        (3, "fortnight", "P6W"),
        (1, "quarter", "P3M"),
        (None, "months", "PXM"),
        (12, "months", "P12M"),
        (90, "minutes", "PT90M"),
    ],
)
def test_duration_value(num: float | None, unit: str, value: str) -> None:
    assert duration_value(num, unit) == value


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        ([(1, "hour"), (40, "minutes")], "PT1H40M"),
        ([(2, "years"), (3, "months")], "P2Y3M"),
        ([(3, "weeks"), (2, "days")], "P23D"),
        ([(1, "day"), (6, "hours")], "P1DT6H"),
    ],
)
def test_sum_value(parts: list[tuple[float, str]], value: str) -> None:
    assert sum_value(parts) == value
