"""Shared pieces of value resolution: the environment of an expression, durations, shifts, modifiers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from readouts.model import TimexType
from readouts.stages.time import dates
from readouts.stages.time.durations import duration_value
from readouts.stages.time.tense import Tense


@dataclass(frozen=True)
class Env:
    """What a value may depend on besides the expression itself."""

    anchor: date | None
    tense: Tense | None
    ref: date | None = None  # the first day of the last date mentioned (for "the next day", "that year")
    ref_unit: str = "day"  # that date's precision
    before: str = ""  # the text just before the expression
    sentence: str = ""
    article: str = ""

    def direction(self, default: int = 0) -> int:
        if self.tense == "past":
            return -1
        if self.tense == "future":
            return 1
        return default

    @property
    def future_weight(self) -> float:
        """Without any tense, news leans to the past: a future date must be twice as near to win."""
        return 2.0 if self.tense is None else 1.0

    def ref_for(self, unit: str) -> date | None:
        """The reference date if it is precise enough for a shift by ``unit`` ("the next day" needs a day)."""
        if self.ref is None or RANK.get(self.ref_unit, 9) > RANK.get(unit, 0):
            return None
        return self.ref

    def base(self, unit: str) -> date | None:
        return self.ref_for(unit) or self.anchor


__all__ = [
    "DURATION_CUES",
    "RANK",
    "Env",
    "Resolved",
    "duration_value",
    "shift",
    "to_int",
    "to_year",
    "with_mod",
]

RANK = {"day": 0, "week": 1, "weekend": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5, "century": 6}
Resolved = tuple[TimexType, str | None]
DURATION_CUES = re.compile(r"\b(?:over|within|during|for|throughout|in)\s+$", re.IGNORECASE)


def to_int(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or "0") or 0)


def to_year(text: str) -> int:
    y = to_int(text)
    return y + 2000 if y < 100 else y


def with_mod(value: str, mod: str | None, unit: str) -> str:
    """End-of-period modifiers name the period's last day ("month's end" -> 2025-11-30)."""
    if not mod or "end" not in mod.lower():
        return value
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d", value):
        return dates.last_day(int(value[:4]), int(value[5:])).isoformat()
    if unit == "year" and re.fullmatch(r"\d{4}", value):
        return f"{value}-12-31"
    if unit == "quarter" and re.fullmatch(r"\d{4}-Q[1-4]", value):
        return dates.last_day(int(value[:4]), int(value[-1]) * 3).isoformat()
    return value


def shift(anchor: date, unit: str, n: int) -> str:
    """The anchor moved by n units, at the unit's precision (week -> ISO week, month -> YYYY-MM ...)."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit == "week":
        return dates.week_value(anchor + timedelta(weeks=n))
    if unit == "weekend":
        return dates.weekend_value(anchor + timedelta(weeks=n))
    if unit == "month":
        return dates.month_value(*dates.shift_month(anchor.year, anchor.month, n))
    if unit == "quarter":
        y, m = dates.shift_month(anchor.year, anchor.month, 3 * n)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if unit == "year":
        return str(anchor.year + n)
    if unit == "decade":
        return str(anchor.year + 10 * n)[:3]
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return anchor.isoformat()


_DURATION = re.compile(r"^P(\d+)([DWMY])$")


def duration_end(duration: str | None, anchor: str | None) -> str | None:
    """The date a duration ("P30D", "P3M") ends counted from an anchor day, at the unit's precision (days and
    weeks give a day, months and years a month: "within three months" of 2025-06-02 is 2025-09); the
    duration itself where it cannot be counted."""
    m = _DURATION.match(duration or "")
    if m is None or not anchor or len(anchor) < 10:
        return duration
    n, unit = int(m.group(1)), m.group(2)
    start = date.fromisoformat(anchor[:10])
    if unit in "DW":
        return (start + timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
    return dates.month_value(*dates.shift_month(start.year, start.month, n * (12 if unit == "Y" else 1)))
