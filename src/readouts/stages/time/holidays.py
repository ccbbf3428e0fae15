"""Holidays and festivals by name, computed per year from ``data/holidays.yaml``."""

from __future__ import annotations

import functools
from datetime import date, timedelta
from typing import Any

from readouts.stages.time import dates
from readouts.stages.time.lexicon import load


def _table() -> dict[str, Any]:
    return load().holidays


@functools.cache
def names() -> tuple[str, ...]:
    """Every holiday name the tagger looks for, longest first."""
    t = _table()
    found: set[str] = set()
    for group in ("fixed", "nth", "easter", "table", "span"):
        found.update(str(k) for k in t.get(group, {}))
    return tuple(sorted(found, key=lambda n: (-len(n), n)))


def _month_day(text: str, year: int) -> date | None:
    month, day = (int(x) for x in text.split("-"))
    return dates.safe_date(year, month, day)


def _from_table(table: dict[Any, Any], year: int) -> date | None:
    raw = table.get(year) or table.get(str(year))
    return dates.parse_anchor(str(raw)) if raw else None


def _day(name: str, year: int) -> date | None:
    t = _table()
    if name in t.get("fixed", {}):
        return _month_day(str(t["fixed"][name]), year)
    if name in t.get("nth", {}):
        rule = t["nth"][name]
        d = dates.nth_weekday(year, int(rule["month"]), int(rule["weekday"]), int(rule["n"]))
        if rule.get("offset_if_first") and d.day == 1:  # US Election Day: the Tuesday after the first Monday
            d += timedelta(days=7)
        return d + timedelta(days=int(rule.get("offset", 0)))
    if name in t.get("easter", {}):
        return dates.easter(year) + timedelta(days=int(t["easter"][name]))
    if name in t.get("table", {}):
        return _from_table(t["table"][name], year)
    return None


def _span(name: str, year: int, japan: bool) -> tuple[date, date] | None:
    t = _table()
    rule = t.get("japan_golden_week") if japan and name == "Golden Week" else t.get("span", {}).get(name)
    if rule is None:
        return None
    first = _month_day(str(rule["start"]), year) if "start" in rule else _from_table(rule["table"], year)
    if first is None:
        return None
    return first, first + timedelta(days=int(rule["days"]) - 1)


def _distance(span: tuple[date, date], anchor: date, weight: float) -> float:
    if span[0] <= anchor <= span[1]:
        return 0.0
    if span[0] > anchor:
        return (span[0] - anchor).days * weight
    return float((anchor - span[1]).days)


def resolve(
    name: str,
    anchor: date,
    direction: int,
    *,
    year: int | None = None,
    japan: bool = False,
    weight: float = 1.0,
) -> str | None:
    """The value of a holiday: its day (or first/last day for a festival of several days), in the given
    year or, without one, the occurrence the direction points to from the anchor."""
    years = [year] if year is not None else [anchor.year - 1, anchor.year, anchor.year + 1]
    spans: list[tuple[date, date]] = []
    for y in years:
        day = _day(name, y)
        if day is not None:
            spans.append((day, day))
            continue
        s = _span(name, y, japan)
        if s is not None:
            spans.append(s)
    if not spans:
        return None
    if year is not None:
        chosen = spans[0]
    else:
        if direction < 0:  # a festival under way counts as on/before the anchor
            past = [s for s in spans if s[0] <= anchor]
            chosen = max(past) if past else min(spans)
        elif direction > 0:
            ahead = [s for s in spans if s[1] >= anchor]
            chosen = min(ahead) if ahead else max(spans)
        else:
            chosen = min(spans, key=lambda s: _distance(s, anchor, weight))
    first, last = chosen
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def marketing_year_start(crop: str) -> int | None:
    """The first month of a crop's marketing year ("soybeans" -> 9), or None."""
    table = _table().get("marketing_years", {})
    value = table.get(crop.lower())
    return int(value) if value is not None else None


def crops() -> tuple[str, ...]:
    return tuple(str(k) for k in _table().get("marketing_years", {}))
