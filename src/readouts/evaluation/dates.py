"""Dates as day intervals, and the contract's "agrees at the gold date's precision" test.

Understood forms: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (a time part after ``T`` is dropped), ISO weeks
``YYYY-Www`` and their weekend ``YYYY-Www-WE``, quarters ``YYYY-Qn``, halves ``YYYY-Hn``, seasons
``YYYY-SP/SU/FA/WI``, and intervals ``A/B`` of any of these (from A's first day to B's last).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Interval = tuple[date, date]

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_PART = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")

# First and last month of each part of a year (winter runs into the next year).
_PARTS: dict[str, tuple[int, int]] = {
    "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12),
    "SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14),
}  # fmt: skip


def _month_span(year: int, first: int, last: int) -> Interval:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def _single(value: str) -> Interval | None:
    v = value.strip()
    if m := _YEAR.match(v):
        return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    if m := _MONTH.match(v):
        return _month_span(int(m[1]), int(m[2]), int(m[2]))
    if m := _DAY.match(v):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return d, d
    if m := _WEEK.match(v):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    if m := _PART.match(v):
        first, last = _PARTS[m[2]]
        return _month_span(int(m[1]), first, last)
    return None


def interval(value: str | None) -> Interval | None:
    """The days a date value covers, or None when the value is not a date this module reads."""
    if not value:
        return None
    try:
        if "/" in value:
            left, right = value.split("/", 1)
            a, b = _single(left), _single(right)
            if a is None or b is None or a[0] > b[1]:
                return None
            return a[0], b[1]
        return _single(value)
    except ValueError:  # month 13, week 54, ...
        return None


def date_agrees(gold: str | None, system: str | None) -> bool:
    """Whether a system date agrees with a gold date at the gold date's precision.

    A gold ``None`` is not checked. Otherwise the system date's days must lie inside the gold date's
    (``2026-04`` agrees with ``2026-04-15``; ``2025-W47`` with any day of that week; an interval with any
    date inside it). Values neither side can read as dates agree only when equal as strings.
    """
    if gold is None:
        return True
    if system is None:
        return False
    g, s = interval(gold), interval(system)
    if g is None or s is None:
        return gold.strip().upper() == system.strip().upper()
    return g[0] <= s[0] and s[1] <= g[1]
