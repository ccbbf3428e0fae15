"""The time stage's word lists, read once from ``data/*.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from readouts.errors import ReadoutsError


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]  # every accepted spelling (names, abbreviations with and without dot) -> 1..12
    month_names: tuple[str, ...]  # full names
    month_abbrs: tuple[str, ...]  # abbreviations usable only next to a day or a year
    month_alone: tuple[str, ...]  # abbreviations usable alone ("Sept.")
    ambiguous_months: frozenset[str]
    month_cues: frozenset[str]
    weekdays: dict[str, int]  # names and abbreviations -> 1..7 (Monday = 1)
    weekday_names: tuple[str, ...]
    weekday_abbrs: tuple[str, ...]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    numbers: dict[str, float]
    vague_numbers: tuple[str, ...]
    ordinals: dict[str, int]
    units: dict[str, tuple[str, int, bool]]  # unit -> (duration code, factor, is time-of-day unit)
    unit_plurals: dict[str, str]
    relative: dict[str, int]
    zones: tuple[str, ...]
    count_nouns: frozenset[str]
    non_year_prefixes: frozenset[str]
    set_adverbs: dict[str, str]
    rate_words: tuple[str, ...]
    weekday_blockers: frozenset[str]
    year_nouns: frozenset[str]
    holidays: dict[str, Any]
    duration_adjectives: tuple[str, ...] = ()


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files("readouts.stages.time").joinpath("data", name).read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ReadoutsError(f"time lexicon {name} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ReadoutsError(f"time lexicon {name} is not a mapping")
    return data


def _months(raw: dict[str, Any]) -> tuple[dict[str, int], tuple[str, ...], tuple[str, ...]]:
    spellings: dict[str, int] = {}
    abbrs: list[str] = []
    alone: list[str] = []
    for name, entry in raw.items():
        number = int(entry["number"])
        spellings[name] = number
        for abbr in entry.get("abbr", []):
            spellings[abbr] = spellings[abbr + "."] = number
            abbrs.append(abbr)
        for word in entry.get("alone", []):
            spellings[word] = number
            alone.append(word)
    return spellings, tuple(abbrs), tuple(alone)


def _weekdays(raw: dict[str, Any]) -> tuple[dict[str, int], tuple[str, ...]]:
    spellings: dict[str, int] = {}
    abbrs: list[str] = []
    for name, entry in raw.items():
        spellings[name] = int(entry["number"])
        for abbr in entry.get("abbr", []):
            spellings[abbr] = spellings[abbr + "."] = int(entry["number"])
            abbrs.append(abbr)
    return spellings, tuple(abbrs)


@functools.cache
def load() -> Lexicon:
    """The lexicon (cached: read once per process)."""
    raw = _read("lexicon.yaml")
    months, abbrs, alone = _months(raw["months"])
    weekdays, wd_abbrs = _weekdays(raw["weekdays"])
    units = {
        str(name): (str(u["code"]), int(u.get("factor", 1)), bool(u.get("time", False)))
        for name, u in raw["units"].items()
    }
    return Lexicon(
        months=months,
        month_names=tuple(raw["months"]),
        month_abbrs=abbrs,
        month_alone=alone,
        ambiguous_months=frozenset(raw["ambiguous_months"]),
        month_cues=frozenset(str(c).lower() for c in raw["month_cues"]),
        weekdays=weekdays,
        weekday_names=tuple(raw["weekdays"]),
        weekday_abbrs=wd_abbrs,
        seasons={str(k): str(v) for k, v in raw["seasons"].items()},
        parts_of_day={str(k): str(v) for k, v in raw["parts_of_day"].items()},
        numbers={str(k): float(v) for k, v in raw["numbers"].items()},
        vague_numbers=tuple(str(v) for v in raw["vague_numbers"]),
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        units=units,
        unit_plurals={str(k): str(v) for k, v in raw["unit_plurals"].items()},
        relative={str(k): int(v) for k, v in raw["relative"].items()},
        zones=tuple(str(z) for z in raw["zones"]),
        count_nouns=frozenset(str(w).lower() for w in raw["count_nouns"]),
        non_year_prefixes=frozenset(str(w) for w in raw["non_year_prefixes"]),
        set_adverbs={str(k): str(v) for k, v in raw["set_adverbs"].items()},
        rate_words=tuple(str(w) for w in raw["rate_words"]),
        weekday_blockers=frozenset(str(w).lower() for w in raw["weekday_blockers"]),
        year_nouns=frozenset(str(w).lower() for w in raw["year_nouns"]),
        holidays=_read("holidays.yaml"),
        duration_adjectives=tuple(str(w) for w in raw["duration_adjectives"]),
    )


def number_value(word: str) -> float | None:
    """The value of a number written in digits or words ("two", "a", "1.5", "twenty-one"); None if vague."""
    w = word.lower().replace(",", "").strip()
    if not w:
        return None
    try:
        return float(w)
    except ValueError:
        pass
    lex = load()
    if w in lex.numbers:
        return lex.numbers[w]
    if w.endswith(" and a half"):
        whole = number_value(w.removesuffix(" and a half"))
        return None if whole is None else whole + 0.5
    parts = w.replace("-", " ").split()
    if len(parts) == 2 and all(p in lex.numbers for p in parts):
        return lex.numbers[parts[0]] + lex.numbers[parts[1]]
    return None
