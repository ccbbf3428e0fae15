"""Values of relative expressions: days, weekdays, periods, ago, durations, sets, holidays, clock times."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from readouts.model import TimexType
from readouts.stages.time import dates, holidays
from readouts.stages.time.durations import sum_value
from readouts.stages.time.lexicon import load, number_value
from readouts.stages.time.tagger import Candidate
from readouts.stages.time.values import DURATION_CUES, Env, Resolved, duration_value, shift, to_int, with_mod

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1}
_BACK = ("last", "past", "this past", "previous", "prior")
_AHEAD = ("next", "coming", "this coming", "following")


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").lower()).strip()


def _pod(c: Candidate) -> str | None:
    pod = c.get("pod")
    return load().parts_of_day.get(pod.lower()) if pod else None


def _dayrel(c: Candidate, env: Env) -> Resolved:
    word = _norm(c.fields["word"])
    pod = _pod(c)
    if word in ("tonight", "last night"):
        pod = "NI"
    elif word.startswith("this "):
        word = "today"
    offset = _DAY_WORDS.get(word, 0)
    if c.get("beyond"):
        offset += -1 if c.fields["beyond"] == "before" else 1
    if env.anchor is None:
        return ("TIME" if pod else "DATE"), None
    day = (env.anchor + timedelta(days=offset)).isoformat()
    return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)


def _weekday(c: Candidate, env: Env) -> Resolved:
    pod = _pod(c)
    kind: TimexType = "TIME" if pod else "DATE"
    if env.anchor is None:
        return kind, None
    wd = load().weekdays[c.fields["wd"]]
    rel = _norm(c.get("rel"))
    if rel == "this":
        day = env.anchor + timedelta(days=wd - env.anchor.isoweekday())
    elif rel in _BACK:
        day = dates.weekday_near(env.anchor, wd, -1, strict=True)
    elif rel in _AHEAD:
        day = dates.weekday_near(env.anchor, wd, 1, strict=True)
    elif env.tense == "neutral":  # "a visit set for Wednesday": the nearest Wednesday, ahead or gone by
        back, ahead = (dates.weekday_near(env.anchor, wd, d) for d in (-1, 1))
        day = ahead if (ahead - env.anchor) < (env.anchor - back) else back
    else:
        default = 1 if env.tense == "present" else -1
        day = dates.weekday_near(env.anchor, wd, env.direction(default))
    return kind, day.isoformat() + (f"T{pod}" if pod else "")


def _set(c: Candidate, env: Env) -> Resolved:
    if c.get("adv"):
        return "SET", load().set_adverbs[c.fields["adv"]]
    wd_name = c.get("wds") or (c.get("unit") if c.get("unit") in load().weekdays else None)
    if wd_name:
        return "SET", f"XXXX-WXX-{load().weekdays[wd_name.removesuffix('s')]}"
    num = number_value(c.get("num") or "1") or 1.0
    return "SET", duration_value(num, c.fields["unit"])


def _weekend(env: Env, rel: str) -> str | None:
    a = env.anchor
    if a is None:
        return None
    sat = a + timedelta(days=6 - a.isoweekday())  # Saturday of the anchor's week
    if rel in ("this",):
        return dates.weekend_value(sat)
    if rel in _BACK:
        return dates.weekend_value(sat - timedelta(days=7))
    if rel in _AHEAD:
        return dates.weekend_value(sat + timedelta(days=7))
    if env.direction(-1 if env.tense != "present" else 1) < 0 and a.isoweekday() < 6:
        return dates.weekend_value(sat - timedelta(days=7))
    return dates.weekend_value(sat)


def _rel(c: Candidate, env: Env) -> Resolved:
    unit = c.fields["unit"].lower()
    rel = _norm(c.get("rel")) or "this"
    mod = c.get("mod2") or ("end" if _norm(c.get("edge")) == "end" else None)
    stretch = rel in ("the past", "the last") or (
        rel in ("the next", "the coming") and DURATION_CUES.search(env.before) is not None
    )
    if stretch and not mod:
        return "DURATION", duration_value(1, "week" if unit == "weekend" else unit)
    if unit == "weekend":
        key = "this" if rel in ("this", "the current") else rel.removeprefix("the ").strip()
        return "DATE", _weekend(env, "" if rel == "the" else key)
    if rel in ("the same", "that", "the previous", "the prior", "the following", "the next"):
        base = env.base(unit) if rel not in ("that", "the same") else env.ref_for(unit)
        step = {"the previous": -1, "the prior": -1, "the following": 1, "the next": 1}.get(rel, 0)
        return "DATE", shift(base, unit, step) if base else None
    if rel == "the" and not mod:
        return "DATE", None
    step = -1 if rel in _BACK else 1 if rel in _AHEAD or rel == "the coming" else 0
    if env.anchor is None:
        return "DATE", None
    return "DATE", with_mod(shift(env.anchor, unit, step), mod, unit)


def _ends(c: Candidate, env: Env) -> Resolved:
    if env.anchor is None:
        return "DATE", None
    if c.get("month"):
        month = load().months[c.fields["month"]]
        options = [date(y, month, 1) for y in (env.anchor.year - 1, env.anchor.year, env.anchor.year + 1)]
        first = (
            dates.pick(options, env.anchor.replace(day=1), env.direction(), env.future_weight) or options[1]
        )
        return "DATE", dates.last_day(first.year, month).isoformat()
    unit = c.fields["unit"].lower()
    return "DATE", with_mod(shift(env.anchor, unit, 0), "end", unit)


def _ago(c: Candidate, env: Env) -> Resolved:
    unit = c.fields["unit"].lower()
    singular = next((u for u, p in load().unit_plurals.items() if p == unit), None) or unit.removesuffix("s")
    num = number_value(c.fields["num"])
    back = c.fields["dir"] == "ago"
    if num is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF"
    if env.anchor is None:
        return "DATE", None
    _code, factor, is_time = load().units[singular]
    n = int(num * factor) * (-1 if back else 1)
    if is_time:
        return "DATE", env.anchor.isoformat()
    if singular in ("decade", "century"):
        years = n * (10 if singular == "decade" else 100)
        return "DATE", str(env.anchor.year + years)[: 3 if singular == "decade" else 2]
    if singular == "fortnight":
        return "DATE", shift(env.anchor, "week", n)
    if singular == "quarter":
        return "DATE", shift(env.anchor, "month", n)
    return "DATE", shift(env.anchor, "day" if singular == "night" else singular, n)


def _duration(c: Candidate, env: Env) -> Resolved:
    raw = c.get("num")
    if c.get("half") == "half":
        num: float | None = 0.5
    elif raw is None:  # "year-long" is one year; "for years", "months-long" an unknown count
        num = 1.0 if c.fields["unit"].lower().removesuffix("-") in load().units else None
    else:
        num = number_value(raw)
        if num is not None and c.get("half"):
            num += 0.5
    second = number_value(c.get("num2") or "")
    if num is not None and second is not None:  # "an hour and 40 minutes"
        return "DURATION", sum_value([(num, c.fields["unit"]), (second, c.fields["unit2"])])
    return "DURATION", duration_value(num, c.fields["unit"])


def _set_per(c: Candidate, env: Env) -> Resolved:
    return "SET", duration_value(1, c.fields["unit"])


def _holiday(c: Candidate, env: Env) -> Resolved:
    name = c.fields["name"]
    poss = re.search(r"([\w.]+)['’]s\s+$", env.before)
    if (
        name == "Independence Day"
        and poss
        and poss.group(1).lower() not in ("america", "u.s.", "us", "states")
    ):
        return "DATE", None
    year = to_int(c.fields["year"]) if c.get("year") else None
    if env.anchor is None and year is None:
        return "DATE", None
    anchor = env.anchor or date(year or 2000, 1, 1)
    japan = "Japan" in env.sentence
    return "DATE", holidays.resolve(
        name, anchor, env.direction(), year=year, japan=japan, weight=env.future_weight
    )


def _time(c: Candidate, env: Env) -> Resolved:
    base = env.anchor
    if c.get("noon"):
        hour, minute = (12, 0) if c.fields["noon"] == "noon" else (0, 0)
    else:
        hour, minute = to_int(c.fields["hour"]), to_int(c.get("min"))
        ampm = (c.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    if base is None:
        return "TIME", None
    return "TIME", f"{base.isoformat()}T{hour:02d}:{minute:02d}"


def _anaphor_day(c: Candidate, env: Env) -> Resolved:
    base = env.base("day") if c.get("rel") or c.get("beyond") else env.ref_for("day")
    if base is None:
        return "DATE", None
    rel = c.get("rel") or c.get("beyond") or "same"
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1, "before": -1}.get(rel, 0)
    return "DATE", (base + timedelta(days=step)).isoformat()


def _pod_ref(c: Candidate, env: Env) -> Resolved:
    """ "that morning", "in the evening": a part of the day being talked about (else of the anchor)."""
    base = env.ref_for("day") or env.anchor
    pod = _pod(c)
    return "TIME", f"{base.isoformat()}T{pod}" if base and pod else None


def _offset(c: Candidate, env: Env) -> Resolved:
    """ "two days later" after a dated event: that date moved (a DURATION where no date precedes it)."""
    unit = c.fields["unit"].lower()
    singular = next((u for u, p in load().unit_plurals.items() if p == unit), None) or unit.removesuffix("s")
    num = number_value(c.fields["num"])
    if num is None or singular not in ("day", "week", "month", "year") or not num.is_integer():
        return "DURATION", duration_value(num, unit)
    base = env.ref_for(singular)
    if base is None:
        return "DURATION", duration_value(num, unit)
    n = int(num) * (-1 if c.fields["dir"].lower() == "earlier" else 1)
    return "DATE", shift(base, singular, n)


def _new_year(c: Candidate, env: Env) -> Resolved:
    """ "the new year": the coming year late in a year, the current one early in it."""
    if env.anchor is None:
        return "DATE", None
    return "DATE", str(env.anchor.year + (1 if env.anchor.month >= 7 else 0))


Resolver = Callable[[Candidate, Env], Resolved]
RESOLVERS: dict[str, Resolver] = {
    "dayrel": _dayrel,
    "weekday": _weekday,
    "set": _set,
    "set_per": _set_per,
    "rel": _rel,
    "ends": _ends,
    "ago": _ago,
    "span": _duration,
    "duration": _duration,
    "holiday": _holiday,
    "time": _time,
    "anaphor_day": _anaphor_day,
    "newyear": _new_year,
    "pod_ref": _pod_ref,
    "offset": _offset,
}
