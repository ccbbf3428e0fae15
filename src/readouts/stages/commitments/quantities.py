"""Quantities in running text: numbers in digits or words, scales, currencies, units, and changes.

``find_quantities("nearly $11.1 billion in arms")`` → one :class:`Quantity` (11.1e9, ``USD``, approx
``less_than``). ``find_changes("to 20 million metric tons, up from 12 million tons")`` pairs the new
value with the previous one. Units and words come from ``data/units.yaml``; offsets are into the text
given (plus ``offset``), so callers can pass a sentence and its start in the body.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

import yaml

from readouts.errors import LexiconError

_MULTIPLIERS = frozenset({"hundred", "dozen"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str | None
    start: int
    end: int
    text: str
    approx: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """A quantity and, where the text gives it, the quantity it replaces ("from 12 to 20 million tons")."""

    new: Quantity
    previous: Quantity | None


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern[str]
    units: dict[str, tuple[str, float]]  # surface word -> (unit, factor)
    currencies: dict[str, str]
    scales: dict[str, float]
    numbers: dict[str, float]
    approximations: dict[str, str]


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered)


def _load_data() -> dict[str, Any]:
    text = resources.files("readouts.stages.commitments").joinpath("data/units.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"commitments/data/units.yaml: {exc}") from exc
    if not isinstance(data, dict) or "units" not in data:
        raise LexiconError("commitments/data/units.yaml: expected a mapping with 'units'")
    return data


def _pattern(
    units: dict[str, tuple[str, float]],
    currencies: dict[str, str],
    scales: dict[str, float],
    numbers: dict[str, float],
    approximations: dict[str, str],
    blockers: list[str],
) -> str:
    symbols = [w for w in currencies if not w[0].isalpha() or w.endswith("$")]  # "$", "C$", "A$", "R$"
    codes = [w for w in currencies if w.isalpha() and len(w) == 3 and w not in _not_codes()] + ["us$"]
    currency_words = [w for w in currencies if w[0].isalpha()]
    word_number = (
        rf"(?:{_alternation([w for w in numbers if w not in ('a', 'an')])})"
        rf"(?:[- ](?:{_alternation([w for w in numbers if w not in ('a', 'an')])}))?"
    )
    number = (
        r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        rf"|half\s+an?(?= (?:{_alternation(list(scales))})\b)"
        rf"|{word_number}|an?(?= (?:{_alternation(list(scales))})\b)|an?\s+(?:dozen|hundred))"
    )
    stops = [*(w for w in numbers if w not in ("a", "an")), "and", "or"]  # "22 X and four Y aircraft"
    return (
        rf"(?P<approx>\b(?:{_alternation(list(approximations))})\s+)?"
        rf"(?P<pre>(?:{_alternation(codes)})\s?|(?:{_alternation(symbols)}))?"
        rf"(?<![\w.,:])(?<![A-Za-z]-)(?P<num>{number})(?![\w,]*\d)(?<![a-z](?=[a-z]))"
        rf"(?!(?<=\d)(?!(?:{_alternation([*scales, *units])})(?!\w))[A-Za-z])"  # "NXT:2100i": a model
        rf"(?!-(?:{_alternation(blockers)})\b)"  # "97-metre", "a 10-year deal": a measure, not an amount
        rf"(?:\s?-?(?P<scale>{_alternation(list(scales))})\b)?"
        rf"(?:\s(?P<cur>{_alternation(currency_words)})\b)?"
        rf"(?:(?:\s|-)?(?:of\s+(?:the\s+other's|each\s+other's|their|its|the)\s+)?"
        rf"(?:(?:(?!(?:{_alternation(blockers)})\b)(?!(?:{_alternation(stops)})\s)[A-Za-z][\w-]*|\d+-(?:{_alternation(blockers)}))\s){{0,4}}?"
        rf"(?P<unit>{_alternation(list(units))})(?![\w]))?"
    )


@functools.cache
def _lexicon() -> _Lexicon:
    data = _load_data()
    units: dict[str, tuple[str, float]] = {}
    for name, spec in data["units"].items():
        for word in spec["words"]:
            units[word.lower()] = (str(spec.get("unit", name)), float(spec.get("scale", 1)))
    currencies = {w.lower(): code for code, words in data["currency"].items() for w in words}
    scales = {k.lower(): float(v) for k, v in data["scales"].items()}
    numbers = {k.lower(): float(v) for k, v in data["numbers"].items()}
    approximations = {k.lower(): str(v) for k, v in data["approximations"].items()}
    blockers = [str(w) for w in data.get("gap_blockers") or []]
    pattern = _pattern(units, currencies, scales, numbers, approximations, blockers)
    return _Lexicon(re.compile(pattern, re.IGNORECASE), units, currencies, scales, numbers, approximations)


@functools.cache
def factor_verbs() -> dict[str, float]:
    """Verbs that multiply a level by a fixed factor ("double": 2, ``factor_verbs`` in ``units.yaml``)."""
    return {str(k).lower(): float(v) for k, v in (_load_data().get("factor_verbs") or {}).items()}


@functools.cache
def collective_nouns() -> frozenset[str]:
    """Singular nouns that count people ("staff", "personnel": ``collective_nouns`` in ``units.yaml``)."""
    return frozenset(str(w).lower() for w in _load_data().get("collective_nouns") or [])


@functools.cache
def single_item_verbs() -> frozenset[str]:
    """Verbs whose singular object ("send a frigate") is one counted thing (``single_item_verbs``)."""
    return frozenset(str(w).lower() for w in _load_data().get("single_item_verbs") or [])


@functools.cache
def named_craft() -> frozenset[str]:
    """Classes of craft that, before a name, make the name one counted thing (``named_craft``)."""
    return frozenset(str(w).lower() for w in _load_data().get("named_craft") or [])


@functools.cache
def not_single_items() -> frozenset[str]:
    """Nouns sent that are no counted thing ("a warning") or stand for several ("a pair")."""
    return frozenset(str(w).lower() for w in _load_data().get("not_single_items") or [])


@functools.cache
def scope_nouns() -> frozenset[str]:
    """Nouns counting the parties or places an act reaches (``scope_nouns`` in ``units.yaml``)."""
    return frozenset(str(w).lower() for w in _load_data().get("scope_nouns") or [])


def currency_words() -> frozenset[str]:
    """Words that name a currency after a number ("euros", "yuan", "dollars")."""
    return frozenset(w for w in _lexicon().currencies if (w.isalpha() and len(w) > 3) or w in ("yen", "yuan"))


def currency_codes() -> frozenset[str]:
    """The units of sums of money ("USD", "EUR")."""
    return frozenset(_lexicon().currencies.values())


@functools.cache
def distance_units() -> frozenset[str]:
    """Units of length and area (``distance: true`` in ``units.yaml``): an amount only of what is built,
    leased or ceded, not where a place lies ("20 km of coastline", not "30 km from the border")."""
    units = _load_data()["units"].items()
    return frozenset(str(spec.get("unit", name)) for name, spec in units if spec.get("distance"))


@functools.cache
def capacity_units() -> frozenset[str]:
    """Units of a plant's capacity (``capacity: true`` in ``units.yaml``): told of things counted, they are
    the measure that matters ("four plants with a combined capacity of 4,000 MW": 4,000 MW, not 4)."""
    units = _load_data()["units"].items()
    return frozenset(str(spec.get("unit", name)) for name, spec in units if spec.get("capacity"))


@functools.cache
def measure_words() -> frozenset[str]:
    """One-word units of measure after a number ("tons", "bpd"), not counts ("jets")."""
    units = _load_data()["units"].values()
    return frozenset(
        str(w).lower() for spec in units if spec.get("measure") for w in spec["words"] if " " not in w
    )


def _number_value(text: str, lex: _Lexicon) -> float | None:
    cleaned = text.lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[- ]+", cleaned):
        if part in ("a", "an") and total:
            continue  # "half a million"
        if part not in lex.numbers:
            return None
        value = lex.numbers[part]
        total = total * value if part in _MULTIPLIERS and total else total + value
    return total


def number_word_value(word: str) -> float | None:
    """The value of a number written in words ("six", "twenty-five"), or None."""
    return _number_value(word, _lexicon()) if word.isalpha() or "-" in word else None


def _quantity(m: re.Match[str], lex: _Lexicon, offset: int) -> Quantity | None:
    value = _number_value(m.group("num"), lex)
    if value is None:
        return None
    pre, scale, cur, unit_word = m.group("pre"), m.group("scale"), m.group("cur"), m.group("unit")
    if not (pre or scale or cur or unit_word) and (_YEAR.match(m.group("num")) or m.group("num").isalpha()):
        return None  # a year, or a bare number word ("one of them")
    year = not (pre or scale or cur) and _YEAR.match(m.group("num")) is not None
    apart = unit_word is not None and m.start("unit") > m.end("num") + 1  # words between: "1988 mass ..."
    if year and apart and lex.units[unit_word.lower()][0] == "count":
        return None  # "the 1988 mass executions of political prisoners": a year, not 1,988 prisoners
    if scale:
        value *= lex.scales[scale.lower()]
    unit: str | None = None
    currency = (pre or cur or "").strip().lower()
    if currency and not (currency in _scaled_only() and not scale):
        unit = lex.currencies.get(currency)  # "10,000 pounds of beef" is a weight
    if unit_word and unit is None:
        unit, factor = lex.units[unit_word.lower()]
        value *= factor
    start = m.start("approx") if m.group("approx") else m.start()
    approx = lex.approximations[m.group("approx").strip().lower()] if m.group("approx") else None
    end = m.end()
    return Quantity(value, unit, start + offset, end + offset, m.group(0).strip(), approx)


_NAMED_PLURAL = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?[A-Z][A-Za-z0-9-]*[a-z0-9]s\b")  # "four Eurofighters"


def _kind_word(m: re.Match[str], text: str, lex: _Lexicon, offset: int) -> Quantity | None:
    """A bare number word before a kind and "and" ("nine single-seat and three two-seat jets"): kept for
    now, a count only if the next quantity is one."""
    if not m.group("num").isalpha() or m.group("unit") or not _KIND_AND.match(text[m.end() : m.end() + 40]):
        return None
    value = _number_value(m.group("num"), lex)
    return Quantity(value, None, m.start() + offset, m.end() + offset, m.group(0)) if value else None


def _named_count(m: re.Match[str], text: str, lex: _Lexicon, offset: int) -> Quantity | None:
    """A bare number word counting a named plural ("four Eurofighters", "two F-35s"): a count."""
    if any(m.group(g) for g in ("unit", "scale", "cur", "pre")) or not m.group("num").isalpha():
        return None
    after = _NAMED_PLURAL.match(text, m.end())
    value = _number_value(m.group("num"), lex)
    if after is None or value is None or value < 2:
        return None
    return Quantity(value, "count", m.start() + offset, after.end() + offset, text[m.start() : after.end()])


@functools.cache
def local_dollars() -> dict[str, str]:
    """Words that name another state's dollars ("Australian", "C$") and its ISO code."""
    return {str(k).lower(): str(v) for k, v in (_load_data().get("local_dollars") or {}).items()}


@functools.cache
def _not_codes() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _load_data().get("not_codes") or ())


@functools.cache
def _scaled_only() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _load_data().get("scaled_currency_words") or ())


_MONTH_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.I,
)  # a month's name, not any word that begins like one ("separate 25%", "marine")
_KIND_AND = re.compile(r"^\s+[a-z][\w-]*(?<!s)\s+and\s+(?=\S|$)")  # a count's kind, then "and" another kind
_RANGE_GAP = re.compile(r"^\s*(?:and|to|-|\u2013|or)\s*$", re.IGNORECASE)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in ``text``, in order; years, days of a date and bare number words are not
    quantities. The first number of a range ("between 5 and 10 percent") takes the second's unit."""
    lex = _lexicon()
    found: list[Quantity] = []
    provisional: set[int] = set()  # bare number words kept only if they take the next count's unit
    text = _models_masked(text)
    for m in lex.pattern.finditer(text):
        if not m.group("num") or _MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        q = _quantity(m, lex, offset) or _named_count(m, text, lex, offset)
        if q is None and (q := _kind_word(m, text, lex, offset)) is not None:
            provisional.add(len(found))
        if q is not None:
            found.append(q)
    for i in range(len(found) - 1):
        q, nxt = found[i], found[i + 1]
        gap = text[q.end - offset : nxt.start - offset]
        if q.unit is None and nxt.unit and _RANGE_GAP.match(gap):
            found[i] = _scale_like(_inherit_unit(q, nxt), nxt)
        elif q.unit is None and nxt.unit == "count" and _KIND_AND.match(gap):
            found[i] = _inherit_unit(q, nxt)  # "22 single-seat and four twin-seat aircraft"
    found = [q for i, q in enumerate(found) if i not in provisional or q.unit is not None]
    return _parts_of_wholes(found, text, offset)


_PART_OF = re.compile(r"^\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w.-]+(?:'s|’s)\s+)?$")


def _parts_of_wholes(found: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """ "37 of Japan's 47 prefectures": the part, in the whole's unit; the whole is background."""
    out: list[Quantity] = []
    skip = -1
    for i, q in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt and q.unit is None and nxt.unit and _PART_OF.match(text[q.end - offset : nxt.start - offset]):
            out.append(_inherit_unit(q, nxt))
            skip = i + 1
            continue
        out.append(q)
    return out


@functools.cache
def _model_pattern() -> re.Pattern[str]:
    makers = [str(w) for w in _load_data().get("model_makers") or ()]
    return re.compile(rf"\b(?:{_alternation(makers)}) (\d{{1,4}})(?:-\d+)?\b", re.IGNORECASE)


def _models_masked(text: str) -> str:
    """The text with model numbers after a maker's name ("Boeing 737 MAX") hidden, offsets kept."""
    return _model_pattern().sub(lambda m: m.group(0).replace(m.group(1), "X" * len(m.group(1))), text)


_FROM_TO = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_RANGE_FROM = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$", re.IGNORECASE
)  # a span
_TO = re.compile(  # "from 2 million tons a year to 8 million"
    r"^\s+(?:(?:a|per|each)\s+(?:year|month|day|week|annum)\s+)?to\s+$", re.IGNORECASE
)
_UP_FROM = re.compile(
    r"^[^.;!?]{0,80}?[\s,(]+(?:up|down|rising|falling|compared|increased|reduced|cut|raised)\s+(?:from|with)\s+$"
    r"|^[\s,]*(?:from|versus|vs\.?)\s+$",
    re.IGNORECASE,
)


def _inherit_unit(q: Quantity, other: Quantity) -> Quantity:
    if q.unit is not None or other.unit is None:
        return q
    return Quantity(q.value, other.unit, q.start, q.end, q.text, q.approx)


def _scale_like(q: Quantity, other: Quantity) -> Quantity:
    """'from 12 to 20 million tons': a bare 12 takes the scale word of '20 million'."""
    lex = _lexicon()
    if any(w.lower() in lex.scales for w in re.findall(r"[A-Za-z]+", q.text)):
        return q
    for word in re.findall(r"[A-Za-z]+", other.text):
        factor = lex.scales.get(word.lower())
        if factor is not None:
            return Quantity(q.value * factor, q.unit, q.start, q.end, q.text, q.approx)
    return q


_NAMED_AND = re.compile(r"\b[A-Z][\w.'-]*\s+and\s+$")


def _with_named(q: Quantity, before: str) -> Quantity:
    """ "the ambassador Sanjay Verma and five other diplomats": the one named counts too (six)."""
    words = q.text.split()
    if q.unit != "count" or len(words) < 3 or words[1].lower() != "other" or not _NAMED_AND.search(before):
        return q
    return replace(q, value=q.value + 1)


def find_changes(text: str, offset: int = 0) -> list[Change]:
    """Quantities with the previous value the text gives: "from A to B" and "B, up from A"."""
    quantities = [_with_named(q, text[: q.start - offset]) for q in find_quantities(text, offset)]
    changes: list[Change] = []
    used: set[int] = set()
    for i, q in enumerate(quantities):
        if i in used:
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        gap = text[q.end - offset : nxt.start - offset] if nxt else ""
        before = text[: q.start - offset]
        if nxt and _FROM_TO.search(before) and _TO.match(gap) and not _RANGE_FROM.search(before):
            prev = q if q.unit is not None else _scale_like(_inherit_unit(q, nxt), nxt)
            changes.append(Change(nxt, prev))
            used.update({i, i + 1})
        elif nxt and _UP_FROM.match(gap):
            changes.append(Change(q, _inherit_unit(nxt, q)))
            used.update({i, i + 1})
        else:
            changes.append(Change(q, None))
            used.add(i)
    return changes
