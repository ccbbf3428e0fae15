"""The contract's rules for when one gold item matches one system item, kind by kind.

Gold items are gold-file dicts; system items are contract dicts (as ``readouts extract`` prints them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from readouts.evaluation.dates import date_agrees
from readouts.evaluation.names import (
    any_name_matches,
    content_words,
    currency_units,
    names_match,
    singular,
    text_overlap,
    token_counts,
    tokens,
)

Item = Mapping[str, Any]
QUANTITY_TOLERANCE = 0.01


# --- quotes -------------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def text_overlaps(gold_text: str, system_text: str) -> bool:
    """At least half of the gold text's tokens are among the system text's (multiset intersection)."""
    size = token_counts(gold_text).total()
    if not size:
        return gold_text.strip() == system_text.strip()
    common = text_overlap(gold_text, system_text)
    return common > 0 and 2 * common >= size


def speaker_matches(gold: Item, system: Item) -> bool:
    """Gold ``speaker_name`` (or one of its ``speaker_alternatives``) matches the system speaker.

    A gold ``speaker_name`` of null (a pronoun speaker) is not checked.
    """
    name = gold.get("speaker_name")
    if name is None:
        return True
    names = [name, *gold.get("speaker_alternatives", [])]
    return any_name_matches(names, system.get("speaker_name"), system.get("speaker"))


def quote_matches(gold: Item, system: Item) -> bool:
    """Detection: the texts overlap (speaker not checked)."""
    return text_overlaps(str(gold["text"]), str(system.get("text") or ""))


def quote_speaker_matches(gold: Item, system: Item) -> bool:
    """Detection and attribution: the texts overlap and the speaker matches."""
    return quote_matches(gold, system) and speaker_matches(gold, system)


def quote_ignored(system: Item, ignore: Sequence[str]) -> bool:
    """A system quote and an ignore text overlap by at least half of each one's tokens."""
    text = str(system.get("text") or "")
    size = token_counts(text).total()
    for ignored in ignore:
        common = text_overlap(ignored, text)
        if common and 2 * common >= token_counts(ignored).total() and 2 * common >= size:
            return True
    return False


# --- events -------------------------------------------------------------------------------------------


def participants(system: Item) -> list[tuple[str | None, str | None]]:
    names = list(system.get("participants") or [])
    ids = list(system.get("participant_ids") or [])
    width = max(len(names), len(ids))
    names += [None] * (width - len(names))
    ids += [None] * (width - len(ids))
    return list(zip(names, ids, strict=True))


def event_matches(gold: Item, system: Item) -> bool:
    """Same type and status, every gold participant among the system's, the date agreeing."""
    if str(gold.get("type", "")).upper() != str(system.get("type", "")).upper():
        return False
    status = gold.get("status")
    if status is not None and status != system.get("status"):
        return False
    if not date_agrees(gold.get("date"), system.get("date")):
        return False
    parts = participants(system)
    return all(any(names_match(p, name, pid) for name, pid in parts) for p in gold.get("participants", []))


# --- commitments --------------------------------------------------------------------------------------


def _unit(unit: Any) -> str | None:
    """A unit as compared: lower case, singular, a currency word as its code ("yuan" = "CNY")."""
    if unit is None:
        return None
    word = " ".join(singular(w) for w in str(unit).strip().lower().split())
    return str(currency_units().get(word, word))


def quantity_matches(gold: Item, system: Item) -> bool:
    """Where gold gives a quantity: the system's within 1% of it, in the same unit."""
    g = gold.get("quantity")
    if g is None:
        return True
    s = system.get("quantity")
    if isinstance(s, bool) or not isinstance(s, int | float):
        return False
    if abs(float(s) - float(g)) > QUANTITY_TOLERANCE * abs(float(g)):
        return False
    return _unit(gold.get("unit")) == _unit(system.get("unit"))


def objects_share_word(gold_object: str, system_object: str) -> bool:
    """The objects share a word after lower-casing and singular forms (stop words aside)."""
    g = content_words(gold_object) or frozenset(singular(t) for t in tokens(gold_object))
    return bool(g & content_words(system_object))


def commitment_matches(gold: Item, system: Item) -> bool:
    """Same actor (name rule), objects sharing a word, and the quantity where gold gives one."""
    if not names_match(str(gold["actor"]), system.get("actor"), system.get("actor_id")):
        return False
    if not objects_share_word(str(gold["object"]), str(system.get("object") or "")):
        return False
    return quantity_matches(gold, system)


# --- timexes ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One place a gold timex text occurs in the body (``start == end == -1`` when no body is known)."""

    text: str
    start: int
    end: int
    value: str | None
    type: str | None = None


def find_text(text: str, body: str) -> list[tuple[int, int]]:
    """Spans of a text in a body, on word boundaries; as written, or with its first letter capitalised."""
    variants = {text, text[:1].upper() + text[1:]} if text else set()
    spans: set[tuple[int, int]] = set()
    for variant in variants:
        pattern = re.compile(r"(?<!\w)" + re.escape(variant) + r"(?!\w)")
        spans.update((m.start(), m.end()) for m in pattern.finditer(body))
    return sorted(spans)


def _outermost(occurrences: Iterable[Occurrence]) -> list[Occurrence]:
    """Drop occurrences lying inside a longer one, and duplicates of a span."""
    by_span: dict[tuple[int, int], Occurrence] = {}
    for occ in occurrences:
        by_span.setdefault((occ.start, occ.end), occ)
    spans = list(by_span)
    kept = [
        by_span[(a, b)] for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)
    ]
    return sorted(kept, key=lambda o: (o.start, o.end))


def timex_occurrences(gold_timexes: Sequence[Item], body: str | None) -> list[Occurrence]:
    """Every occurrence of every gold timex text (one per distinct text when the body is unknown)."""
    if body is None:
        seen: dict[str, Occurrence] = {}
        for t in gold_timexes:
            seen.setdefault(str(t["text"]), Occurrence(str(t["text"]), -1, -1, t.get("value"), t.get("type")))
        return list(seen.values())
    found = (
        Occurrence(str(t["text"]), a, b, t.get("value"), t.get("type"))
        for t in gold_timexes
        for a, b in find_text(str(t["text"]), body)
    )
    return _outermost(found)


def _span(system: Item) -> tuple[int, int] | None:
    start, end = system.get("start"), system.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def timex_found(occ: Occurrence, system: Item) -> bool:
    """A system timex's span overlaps the occurrence (by text when there are no offsets)."""
    span = _span(system)
    if occ.start < 0 or span is None:
        return text_overlaps(occ.text, str(system.get("text") or ""))
    return span[0] < occ.end and occ.start < span[1]


_SPANS = re.compile(r"^P(\d+)(DE|CE)$")
_YEARS = {"DE": 10, "CE": 100}


def _value(value: Any) -> str | None:
    """A value as compared: trimmed, and decades and centuries as years (``P1DE`` = ``P10Y``)."""
    if value is None:
        return None
    text = str(value).strip()
    m = _SPANS.match(text)
    return f"P{int(m.group(1)) * _YEARS[m.group(2)]}Y" if m else text


def timex_value_matches(occ: Occurrence, system: Item) -> bool:
    """Found, and the values are equal."""
    return (
        occ.value is not None
        and timex_found(occ, system)
        and _value(occ.value) == _value(system.get("value"))
    )


def timex_ignored(system: Item, ignore: Sequence[str], body: str | None) -> bool:
    """A system timex overlapping an occurrence of an ignore text (by text when there is no body)."""
    if body is None or _span(system) is None:
        return any(text_overlaps(text, str(system.get("text") or "")) for text in ignore)
    start, end = _span(system) or (0, 0)
    return any(a < end and start < b for text in ignore for a, b in find_text(text, body))
