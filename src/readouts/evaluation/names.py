"""Words of texts and names, countries, and the contract's name rule (who said it, who took part).

Tokens are lower-case ``\\w+`` runs. A *name's* words drop a possessive ending first (``Trump’s`` is
``trump``), so a name's last word is the word people are known by.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import pycountry
import yaml

from readouts.errors import EvaluationError

_TOKEN = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?!\w)")
COLLECTIVE_ID_PREFIXES: frozenset[str] = frozenset({"country", "organisation", "organization", "org"})


@cache
def _lexicon() -> dict[str, Any]:
    text = resources.files("readouts.evaluation").joinpath("matching.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise EvaluationError("readouts/evaluation/matching.yaml is not a mapping")
    return data


@cache
def currency_units() -> dict[str, str]:
    """Currency words and the codes they stand for (``matching.yaml``)."""
    return dict(_lexicon().get("currency_units") or {})


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (``\\w+``) of a text."""
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=65536)
def token_counts(text: str) -> Counter[str]:
    """The multiset of a text's tokens (cached: do not modify the result)."""
    return Counter(tokens(text))


def overlap(a: Sequence[str], b: Sequence[str]) -> int:
    """Size of the multiset intersection of two token lists."""
    common = Counter(a) & Counter(b)
    return sum(common.values())


def text_overlap(a: str, b: str) -> int:
    """Size of the multiset intersection of two texts' tokens."""
    ca, cb = token_counts(a), token_counts(b)
    if len(ca) > len(cb):
        ca, cb = cb, ca
    return sum(min(n, cb[t]) for t, n in ca.items() if t in cb)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(tokens(_POSSESSIVE.sub("", name)))


def name_words(name: str) -> list[str]:
    """A name's lower-case words, possessive endings dropped."""
    return list(_name_words(name))


def _contains(outer: Sequence[str], inner: Sequence[str]) -> bool:
    n = len(inner)
    return n > 0 and any(list(outer[i : i + n]) == list(inner) for i in range(len(outer) - n + 1))


@cache
def _country_aliases() -> dict[str, str]:
    raw = _lexicon().get("country_aliases", {})
    return {str(k).lower(): str(v).upper() for k, v in raw.items()}


@cache
def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code for a country's name (``China``, ``the U.S.``), else None."""
    key = " ".join(name.strip().lower().split())
    key = _POSSESSIVE.sub("", key)
    if key.startswith("the "):
        key = key[4:]
    aliases = _country_aliases()
    if key in aliases:
        return aliases[key]
    if len(key) < 4:  # "IN", "IT", "ME": too easily a word, never looked up as a code
        return None
    try:
        found = pycountry.countries.lookup(key)
    except LookupError:
        return None
    return str(found.alpha_3)


def id_kind(actor_id: str | None) -> str | None:
    """The kind prefix of an actor id (``country`` of ``country:CHN``)."""
    if not actor_id or ":" not in actor_id:
        return None
    return actor_id.split(":", 1)[0].lower()


def id_country(actor_id: str | None) -> str | None:
    """The country code of a country id (``country:CHN`` -> ``CHN``)."""
    if id_kind(actor_id) != "country" or actor_id is None:
        return None
    code = actor_id.split(":", 1)[1].strip().upper()
    return code or None


@cache
def _organisation_words() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(str(w))) for w in _lexicon().get("organisation_words", []))


@lru_cache(maxsize=16384)
def is_collective_name(name: str) -> bool:
    """Whether a name reads as a country's or an organisation's."""
    if country_code(name) is not None:
        return True
    words = name_words(name)
    return any(_contains(words, w) for w in _organisation_words())


def names_match(gold: str, system: str | None, system_id: str | None = None) -> bool:
    """The contract's name rule.

    True when the gold name's last word equals a word of the system name (case-insensitive); or both
    name the same country (by name, or by the system's ``country:XXX`` id); or, for a country or an
    organisation (either name reads as one, or the system id says so), either name contains the other
    as a run of words.
    """
    gold_words = name_words(gold)
    if not gold_words:
        return False
    system_words = name_words(system) if system else []
    if system_words and gold_words[-1] in system_words:
        return True
    gold_country = country_code(gold)
    system_country = id_country(system_id) or (country_code(system) if system else None)
    if gold_country is not None and gold_country == system_country:
        return True
    if not system_words:
        return False
    collective = (
        gold_country is not None
        or id_kind(system_id) in COLLECTIVE_ID_PREFIXES
        or is_collective_name(gold)
        or (system is not None and is_collective_name(system))
    )
    return collective and (_contains(system_words, gold_words) or _contains(gold_words, system_words))


def any_name_matches(golds: Iterable[str], system: str | None, system_id: str | None = None) -> bool:
    return any(names_match(g, system, system_id) for g in golds)


def singular(word: str) -> str:
    """A simple singular form: ``ies`` -> ``y``; ``sses/ches/shes/xes/zes`` lose ``es``; else one ``s``."""
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@cache
def _object_stopwords() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _lexicon().get("object_stopwords", []))


def content_words(text: str) -> frozenset[str]:
    """Singular lower-case words of a text, stop words left out."""
    stop = _object_stopwords()
    return frozenset(singular(t) for t in tokens(text) if t not in stop)
