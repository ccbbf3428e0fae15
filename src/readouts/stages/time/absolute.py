"""Values of explicit and calendar expressions: dates, months, years, quarters, seasons, decades."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from readouts.stages.time import dates, holidays
from readouts.stages.time.lexicon import load
from readouts.stages.time.tagger import Candidate
from readouts.stages.time.values import Env, Resolved, to_int, to_year, with_mod


def _month(c: Candidate, name: str = "month") -> int:
    return load().months[c.fields[name]]


def _pick_month(month: int, anchor: date, direction: int, weight: float = 1.0) -> tuple[int, int]:
    first = anchor.replace(day=1)
    options = [date(y, month, 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = dates.pick(options, first, direction, weight) or options[1]
    ahead = (chosen.year - first.year) * 12 + chosen.month - first.month
    if direction > 0 and ahead >= _FAR_MONTHS and 12 - ahead <= _NEAR_MONTHS:
        return chosen.year - 1, month  # "set for late August ... was called off", written on Sept. 2
    return chosen.year, month


def _pick_day(month: int, day: int, anchor: date, direction: int, weight: float = 1.0) -> date | None:
    options = [
        d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := dates.safe_date(y, month, day))
    ]
    picked = dates.pick(options, anchor, direction, weight)
    near = min(options, key=lambda d: abs((d - anchor).days)) if options else None
    far = picked is not None and direction > 0 and (picked - anchor).days > _FAR_DAYS
    if far and near is not None and abs((near - anchor).days) <= _NEAR_DAYS:
        return near  # "set for June 15 ... was called off", written on June 24: this June, not next
    return picked


_FAR_MONTHS = 10  # a month ahead with no year is not most of a year away when the past one just ended
_NEAR_MONTHS = 2
_FAR_DAYS = 300  # a day and month ahead with no year is not a year away when the past one is near
_NEAR_DAYS = 45


def _full(c: Candidate, env: Env) -> Resolved:
    d = dates.safe_date(to_year(c.fields["year"]), _month(c), to_int(c.fields["day"]))
    return "DATE", d.isoformat() if d else None


def _iso(c: Candidate, env: Env) -> Resolved:
    d = dates.safe_date(to_int(c.fields["year"]), to_int(c.fields["month"]), to_int(c.fields["day"]))
    return "DATE", d.isoformat() if d else None


def _numeric(c: Candidate, env: Env) -> Resolved:
    a, b = to_int(c.fields["a"]), to_int(c.fields["b"])
    month, day = (b, a) if a > 12 or c.fields.get("sep") == "." else (a, b)
    d = dates.safe_date(to_int(c.fields["year"]), month, day)
    return "DATE", d.isoformat() if d else None


def _md(c: Candidate, env: Env) -> Resolved:
    if c.get("year"):
        return _full(c, env)
    if env.anchor is None:
        return "DATE", None
    d = _pick_day(_month(c), to_int(c.fields["day"]), env.anchor, env.direction(), env.future_weight)
    return "DATE", d.isoformat() if d else None


def _day_range(c: Candidate, env: Env) -> Resolved:
    _, first = _md(c, env)
    if first is None:
        return "DATE", None
    last = dates.safe_date(int(first[:4]), int(first[5:7]), to_int(c.fields["day2"]))
    return "DATE", f"{first}/{last.isoformat()}" if last else first


def _month_range(c: Candidate, env: Env) -> Resolved:
    m1, m2 = _month(c), _month(c, "month2")
    if c.get("year"):
        y2 = to_int(c.fields["year"])
        y1 = y2 - 1 if m2 < m1 else y2
    elif env.anchor is not None:
        y1, _ = _pick_month(m1, env.anchor, env.direction(), env.future_weight)
        y2 = y1 + 1 if m2 < m1 else y1
    else:
        return "DATE", None
    return "DATE", f"{dates.month_value(y1, m1)}/{dates.month_value(y2, m2)}"


def _my(c: Candidate, env: Env) -> Resolved:
    return "DATE", with_mod(dates.month_value(to_int(c.fields["year"]), _month(c)), c.get("mod"), "month")


def _month_alone(c: Candidate, env: Env) -> Resolved:
    if env.anchor is None:
        return "DATE", None
    rel = (c.get("rel") or "").lower()
    month, anchor = _month(c), env.anchor
    if rel in ("last", "past", "this past"):
        y = anchor.year if month < anchor.month else anchor.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    elif rel == "that" and env.ref is not None:  # "in September 2023 ... shot dead that June": 2023
        y = env.ref.year
    else:
        y, _ = _pick_month(month, anchor, env.direction(), env.future_weight)
    return "DATE", with_mod(dates.month_value(y, month), c.get("mod"), "month")


def _yearalone(c: Candidate, env: Env) -> Resolved:
    return "DATE", with_mod(str(to_year(c.fields["year"])), c.get("mod"), "year")


def _year_range(c: Candidate, env: Env) -> Resolved:
    y1, raw2 = to_int(c.fields["year"]), c.fields["year2"]
    y2 = to_int(raw2) if len(raw2) == 4 else (y1 // 100) * 100 + to_int(raw2)
    if len(raw2) == 2 and y2 != y1 + 1:
        if 1 <= to_int(raw2) <= 12 and not c.get("season"):
            return "DATE", dates.month_value(y1, to_int(raw2))
        return "DATE", None
    if not 0 < y2 - y1 <= 50:
        return "DATE", None
    start = _crop_start(env) if c.get("season") else None
    if start is not None and y2 == y1 + 1:
        return "DATE", _season_interval(y1, start)
    return "DATE", f"{y1}/{y2}"


def _crop_start(env: Env) -> int | None:
    for scope in (env.sentence, env.article):
        for crop in holidays.crops():
            if re.search(rf"\b{re.escape(crop)}\b", scope, re.IGNORECASE):
                return holidays.marketing_year_start(crop)
    return None


def _season_interval(first_year: int, start_month: int) -> str:
    y2, m2 = dates.shift_month(first_year, start_month, 11)
    return f"{dates.month_value(first_year, start_month)}/{dates.month_value(y2, m2)}"


def _crop_season(c: Candidate, env: Env) -> Resolved:
    start = holidays.marketing_year_start(c.fields["crop"]) if c.get("crop") else _crop_start(env)
    if start is None or env.anchor is None:
        return "DATE", None
    a = env.anchor
    current = a.year if a.month >= start else a.year - 1
    shift = {"next": 1, "coming": 1, "upcoming": 1, "new": 1, "last": -1, "previous": -1}.get(
        c.fields["rel"], 0
    )
    if c.fields["rel"] == "new" and a.month == start:
        shift = 0
    return "DATE", _season_interval(current + shift, start)


def _fiscal(c: Candidate, env: Env) -> Resolved:
    return "DATE", str(to_year(c.fields["year"]))


def _quarter(c: Candidate, env: Env) -> Resolved:
    q = to_int(c.get("qn")) if c.get("qn") else load().ordinals.get(c.fields.get("qord", "").lower(), 0)
    q = 4 if q == -1 or c.get("qlast") else q
    if c.get("year"):
        year = to_year(c.fields["year"])
    elif env.anchor is None:
        return "DATE", None
    else:
        year = env.anchor.year + load().relative.get(c.get("qrel") or "this", 0)
    return "DATE", f"{year}-Q{q}" if 1 <= q <= 4 else None


def _half(c: Candidate, env: Env) -> Resolved:
    h = to_int(c.get("hn")) if c.get("hn") else load().ordinals.get(c.fields.get("hord", ""), 0)
    if c.get("year") or c.get("year2"):
        year = to_year(c.get("year") or c.fields["year2"])
    elif env.anchor is None:
        return "DATE", None
    else:
        year = env.anchor.year + load().relative.get(c.get("hrel") or "this", 0)
    return "DATE", f"{year}-H{h}"


def _decade(c: Candidate, env: Env) -> Resolved:
    if c.get("dec"):
        return "DATE", c.fields["dec"][:3]
    two = to_int(c.fields["dec2"])
    return "DATE", ("19" if two >= 30 else "20") + str(two)[0]


def _century(c: Candidate, env: Env) -> Resolved:
    return "DATE", f"{to_int(c.fields['cent']) - 1:02d}"


def _season(c: Candidate, env: Env) -> Resolved:
    code = load().seasons[c.fields["season"].lower()]
    if c.get("year"):
        return "DATE", f"{to_year(c.fields['year'])}-{code}"
    if env.anchor is None:
        return "DATE", None
    rel = (c.get("rel") or "").lower()
    step = {"last": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1}.get(rel)
    cur_year, cur_code = dates.season_of(env.anchor)
    starts = [
        date(y, dates.SEASON_START[code], 1)
        for y in (env.anchor.year - 2, env.anchor.year - 1, env.anchor.year, env.anchor.year + 1)
    ]
    current_start = date(cur_year, dates.SEASON_START[cur_code], 1)
    anchor = env.anchor
    if step is None:
        direction = 1 if rel == "this" and env.tense is None else env.direction()
        if direction < 0:
            chosen = max(s for s in starts if s <= current_start)
        elif direction > 0:
            chosen = min(s for s in starts if s >= current_start)
        else:
            chosen = min(starts, key=lambda s: abs((s - anchor).days))
    elif step < 0:
        chosen = max(s for s in starts if s < current_start)
    else:
        chosen = min(s for s in starts if s > current_start)
    return "DATE", f"{chosen.year}-{code}"


Resolver = Callable[[Candidate, Env], Resolved]
RESOLVERS: dict[str, Resolver] = {
    "mdy": _full,
    "dmy": _full,
    "iso": _iso,
    "numeric": _numeric,
    "md": _md,
    "dm": _md,
    "md_range": _day_range,
    "dm_range": _day_range,
    "month_range": _month_range,
    "my": _my,
    "month": _month_alone,
    "year": _yearalone,
    "year_range": _year_range,
    "crop_season": _crop_season,
    "fiscal": _fiscal,
    "quarter": _quarter,
    "half": _half,
    "decade": _decade,
    "century": _century,
    "season": _season,
}
