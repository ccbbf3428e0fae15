"""Calendar arithmetic for the time stage: anchors, ISO weeks, month shifts, nth weekdays, Easter."""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

_ANCHOR = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_anchor(text: str | None) -> date | None:
    """The date at the start of an ISO date or date-time string ("2025-11-25", "2025-11-25T10:00Z")."""
    if not text:
        return None
    m = _ANCHOR.match(text.strip())
    if not m:
        return None
    if not 1800 <= int(m[1]) <= 2200:
        return None  # "9999-12-31" or "0001-01-01": no anchor worth resolving against
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def last_day(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def weekend_value(d: date) -> str:
    """The weekend of d's ISO week."""
    return week_value(d) + "-WE"


def week_start(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def weekday_near(anchor: date, weekday: int, direction: int, *, strict: bool = False) -> date:
    """The given ISO weekday (1..7) on/before (direction < 0) or on/after (direction >= 0) the anchor."""
    diff = weekday - anchor.isoweekday()
    if direction < 0:
        back = (-diff) % 7
        if strict and back == 0:
            back = 7
        return anchor - timedelta(days=back)
    ahead = diff % 7
    if strict and ahead == 0:
        ahead = 7
    return anchor + timedelta(days=ahead)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO weekday of a month (n = -1: the last)."""
    if n < 0:
        d = last_day(year, month)
        return d - timedelta(days=(d.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def pick(options: list[date], anchor: date, direction: int, future_weight: float = 1.0) -> date | None:
    """Of candidate dates, the latest on/before the anchor (direction < 0), the earliest on/after it
    (direction > 0), or the nearest (0; a future date's distance counted ``future_weight`` times)."""
    if not options:
        return None
    if direction < 0:
        before = [d for d in options if d <= anchor]
        return max(before) if before else min(options)
    if direction > 0:
        after = [d for d in options if d >= anchor]
        return min(after) if after else max(options)
    return min(
        options, key=lambda d: ((d - anchor).days * future_weight if d > anchor else (anchor - d).days, d)
    )


def season_of(d: date) -> tuple[int, str]:
    """The (year, TIMEX3 season code) of a date; January and February belong to the previous year's winter."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
