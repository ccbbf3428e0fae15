"""The time stage's interface for other stages: a value's calendar interval, and the date of a span.

During ``extract`` the stage stores a :class:`TimeIndex` in ``context.cache[CACHE_KEY]``; other stages call
:func:`date_for_span` with the evidence offsets of an event or commitment to date it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from readouts.pipeline import Context
from readouts.stages.time import dates

CACHE_KEY = "time"


@dataclass(frozen=True, slots=True)
class Mark:
    """One resolved timex as other stages see it."""

    start: int
    end: int
    type: str
    value: str | None
    sentence: int
    text: str = ""
    zone: str | None = None
    tense: str | None = None
    cue: str = ""  # the word just before ("since", "by", "in" ...)


@dataclass(frozen=True)
class TimeIndex:
    anchor: date | None
    marks: tuple[Mark, ...]
    sentences: tuple[tuple[int, int], ...]

    def sentence_of(self, offset: int) -> int:
        starts = self._sentence_starts
        if starts is None:  # sentences out of order or overlapping: the first that holds the offset
            return next((i for i, (s, e) in enumerate(self.sentences) if s <= offset < e), -1)
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else -1

    def within(self, start: int, end: int) -> list[Mark]:
        """The marks lying inside ``[start, end)``, in the index's order (found by bisection)."""
        starts = self._mark_starts
        if starts is None:
            return [m for m in self.marks if start <= m.start and m.end <= end]
        marks = self.marks[bisect_left(starts, start) : bisect_right(starts, end)]
        return [m for m in marks if m.end <= end]

    @functools.cached_property
    def _sentence_starts(self) -> list[int] | None:
        """The sentences' starts when they are in text order without overlaps (else None: scan them)."""
        ok = all(s < e for s, e in self.sentences) and all(a[1] <= b[0] for a, b in pairwise(self.sentences))
        return [s for s, _ in self.sentences] if ok else None

    @functools.cached_property
    def _mark_starts(self) -> list[int] | None:
        starts = [m.start for m in self.marks]
        return starts if all(a <= b for a, b in pairwise(starts)) else None


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def _single(value: str) -> tuple[date, date] | None:
    if m := _DAY.match(value):
        d = dates.safe_date(int(m[1]), int(m[2]), int(m[3]))
        return (d, d) if d else None
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        return (date(y, mo, 1), dates.last_day(y, mo)) if 1 <= mo <= 12 else None
    if m := _YEAR.match(value):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _DECADE.match(value):
        return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
    if m := _CENTURY.match(value):
        return date(max(1, int(m[1]) * 100), 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    if m := _WEEK.match(value):
        monday = dates.week_start(int(m[1]), int(m[2]))
        if monday is None:
            return None
        return (
            (monday + timedelta(days=5), monday + timedelta(days=6))
            if m[3]
            else (monday, monday + timedelta(6))
        )
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), dates.last_day(y, 3 * q)
    if m := _HALF.match(value):
        y, h = int(m[1]), int(m[2])
        return date(y, 6 * h - 5, 1), dates.last_day(y, 6 * h)
    if m := _SEASON.match(value):
        y, first = int(m[1]), dates.SEASON_START[m[2]]
        ly, lm = dates.shift_month(y, first, 2)
        return date(y, first, 1), dates.last_day(ly, lm)
    return None


def interval(value: str | None) -> tuple[date, date] | None:
    """The first and last calendar day of a DATE/TIME value (day, month, year, decade, week, weekend,
    quarter, half, season, or ``A/B``); None for durations, sets and unresolved values."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _single(first), _single(last)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    return _single(value)


def _as_date(value: str) -> str:
    """A TIME value's date part ("2025-11-24T10:00" -> "2025-11-24"); other values unchanged."""
    return value.split("T", 1)[0] if _DAY.match(value) else value


def _best(marks: list[Mark], pivot: int) -> Mark | None:
    if not marks:
        return None
    return min(marks, key=lambda m: (m.cue == "since", abs((m.start + m.end) // 2 - pivot)))


def date_for_span(
    context: Context, start: int, end: int, trigger: int | None = None, *, look_back: int = 0
) -> str | None:
    """The best date value (ISO at its precision) for an event or commitment whose evidence is
    ``[start, end)``: a timex inside the span (the one nearest ``trigger``, default the span start), else one
    in the sentences the span touches, else (with ``look_back`` > 0) the last one in up to that many
    sentences before. None where no datable timex is near."""
    index = context.cache.get(CACHE_KEY)
    if not isinstance(index, TimeIndex):
        return None
    datable = [m for m in index.marks if m.type in ("DATE", "TIME") and interval(m.value) is not None]
    pivot = trigger if trigger is not None else start
    inside = [m for m in datable if start <= m.start and m.end <= end]
    best = _best(inside, pivot)
    if best is None:
        first, last = index.sentence_of(start), index.sentence_of(max(start, end - 1))
        best = _best([m for m in datable if first <= m.sentence <= last and m.sentence >= 0], pivot)
        if best is None and look_back > 0 and first >= 0:
            before = [m for m in datable if first - look_back <= m.sentence < first]
            best = max(before, key=lambda m: m.start) if before else None
    return _as_date(best.value) if best and best.value else None


def calendar_value(value: str | None) -> str | None:
    """A value in the contract's date forms: a season, quarter or half ("2026-SP", "2025-Q1") becomes its
    month interval ("2026-03/2026-05"); every other value (and free text such as "current season") is kept."""
    if not value or not (_QUARTER.match(value) or _HALF.match(value) or _SEASON.match(value)):
        return value
    span = interval(value)
    return f"{span[0]:%Y-%m}/{span[1]:%Y-%m}" if span else value
