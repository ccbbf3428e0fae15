"""TIMEX3 duration values in normal form: whole numbers only ("PT1H30M", "P1Y6M", never "PT1.5H")."""

from __future__ import annotations

import math

from readouts.stages.time.lexicon import load

Part = tuple[str, bool]  # a duration code and whether it belongs after the "T" (hours, minutes, seconds)

_SMALLER: dict[Part, tuple[Part, int]] = {
    ("CE", False): (("Y", False), 100),
    ("DE", False): (("Y", False), 10),
    ("Y", False): (("M", False), 12),
    ("M", False): (("D", False), 30),
    ("W", False): (("D", False), 7),
    ("D", False): (("H", True), 24),
    ("H", True): (("M", True), 60),
    ("M", True): (("S", True), 60),
}
_DATE_ORDER = ("CE", "DE", "Y", "M", "W", "D")
_TIME_ORDER = ("H", "M", "S")


def unit_part(unit: str) -> tuple[Part, int]:
    """The duration code of a unit word ("hours" -> ("H", True)) and its factor (a fortnight is 2 weeks)."""
    lex = load()
    unit = unit.lower().rstrip("-")
    singular = next((u for u, p in lex.unit_plurals.items() if p == unit), None) or unit.removesuffix("s")
    code, factor, is_time = lex.units[singular]
    return (code, is_time), factor


def _spread(amounts: dict[Part, float]) -> dict[Part, float]:
    """Fractions moved down to smaller units until every amount is whole (or no smaller unit is left)."""
    out = dict(amounts)
    for part in [*((c, False) for c in _DATE_ORDER), *((c, True) for c in _TIME_ORDER)]:
        n = out.get(part)
        if n is None or float(n).is_integer() or part not in _SMALLER:
            continue
        whole = math.floor(n)
        smaller, factor = _SMALLER[part]
        out[part] = whole
        out[smaller] = out.get(smaller, 0) + round((n - whole) * factor, 6)
    return {p: n for p, n in out.items() if n or len(out) == 1}


def _num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def compose(amounts: dict[Part, float]) -> str:
    """The ISO 8601 duration of amounts per unit ({("H", True): 1.5} -> "PT1H30M")."""
    spread = _spread(amounts)
    if ("W", False) in spread and any(p != ("W", False) for p in spread):  # weeks do not mix in ISO 8601
        spread[("D", False)] = spread.get(("D", False), 0) + 7 * spread.pop(("W", False))
    date_part = "".join(f"{_num(spread[(c, False)])}{c}" for c in _DATE_ORDER if (c, False) in spread)
    time_part = "".join(f"{_num(spread[(c, True)])}{c}" for c in _TIME_ORDER if (c, True) in spread)
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_value(num: float | None, unit: str) -> str:
    """A TIMEX3 duration ("P2Y", "PT4H", "PXM") for a count of a unit (None: unknown count)."""
    (code, is_time), factor = unit_part(unit)
    if num is None:
        return ("PT" if is_time else "P") + "X" + code
    return compose({(code, is_time): num * factor})


def sum_value(parts: list[tuple[float, str]]) -> str:
    """The duration of several counted units ("an hour and 40 minutes" -> "PT1H40M")."""
    amounts: dict[Part, float] = {}
    for num, unit in parts:
        part, factor = unit_part(unit)
        amounts[part] = amounts.get(part, 0) + num * factor
    return compose(amounts)
