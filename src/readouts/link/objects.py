"""What a commitment's object is about, for tracking it across articles (lexicon: ``tracks.yaml``).

An object phrase has a *head*, the thing promised ("tariffs on Chinese goods" → tariff, "cargoes of U.S.
soybeans" → soybean, "soybean cargoes" → soybean), and may name a *target* after a preposition ("on Chinese
goods", "for Taiwan") or in the record's gloss ("(China)"). Two objects are about the same thing when their
heads agree (under ``same``) and, where both name a target, the targets share a word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from readouts.errors import LexiconError

GLOSS = re.compile(r"\s*\(([^()]*)\)\s*$")  # the record names an object is glossed with, "(China)"
_WORD = re.compile(r"[A-Za-z][A-Za-z.\-]*")


@dataclass(frozen=True)
class TrackLexicon:
    prepositions: frozenset[str]
    target_prepositions: frozenset[str]
    measures: frozenset[str]
    empty: frozenset[str]
    same: dict[str, str]  # a word → the first word of its ``same`` list
    conjunctions: frozenset[str]
    opposites: frozenset[tuple[str, str]]  # (action, action) pairs that undo each other, both orders


@functools.cache
def lexicon() -> TrackLexicon:
    """``tracks.yaml``; raises :class:`LexiconError` naming the file when it does not load."""
    try:
        text = resources.files("readouts.link").joinpath("tracks.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"link/tracks.yaml: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError("link/tracks.yaml: not a mapping")

    def words(key: str) -> frozenset[str]:
        found = data.get(key) or ()
        if any(not isinstance(w, str) for w in found):  # a bare on, off, yes or no reads as a boolean
            raise LexiconError(f"link/tracks.yaml: '{key}' holds a non-word; quote on/off/yes/no")
        return frozenset(w.lower() for w in found)

    same = {str(w).lower(): str(group[0]).lower() for group in data.get("same") or () for w in group}
    opposites = set()
    for entry in data.get("opposites") or ():
        if not (isinstance(entry, list) and len(entry) == 2):
            raise LexiconError("link/tracks.yaml: each 'opposites' entry must be two lists")
        one, two = ({str(w).lower() for w in side} for side in entry)
        opposites |= {(a, b) for a in one for b in two} | {(b, a) for a in one for b in two}
    return TrackLexicon(
        words("prepositions"),
        words("target_prepositions"),
        words("measures"),
        words("empty"),
        same,
        words("conjunctions"),
        frozenset(opposites),
    )


def opposite(action: str | None, other: str | None) -> bool:
    """Whether two commitment actions undo each other ("suspend" / "resume"), by their first word or whole."""
    pairs = lexicon().opposites
    a, b = (str(x or "").lower().strip() for x in (action, other))
    return any((x, y) in pairs for x in {a, a.split(" ")[0]} for y in {b, b.split(" ")[0]})


def singular(word: str) -> str:
    """A plural noun's singular, by its ending ("cargoes" → cargo, "policies" → policy, "arms" → arm)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("oes", "ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class ObjectKey:
    head: str  # "" when the object names nothing ("it")
    target: frozenset[str]  # content words of the target complement and of the gloss

    def same_thing(self, other: ObjectKey) -> bool:
        if not self.head or self.head != other.head:
            return False
        return not (self.target and other.target) or bool(self.target & other.target)


def _split(words: list[str], lex: TrackLexicon) -> tuple[list[str], str | None, list[str]]:
    """The words before the first preposition, that preposition, and the words after it."""
    for i, w in enumerate(words):
        if i and w in lex.prepositions:
            return words[:i], w, words[i + 1 :]
    return words, None, []


def _head(words: list[str], lex: TrackLexicon) -> tuple[str, list[str]]:
    """The head of a phrase and the words its target is read from (``of`` complements are followed)."""
    before, prep, after = _split(words, lex)
    joined = next((i for i, w in enumerate(before) if i and w in lex.conjunctions), None)
    if joined is not None:  # "soybeans and other farm products": the first thing named
        before, prep, after = before[:joined], None, []
    nouns = [singular(w) for w in before if w not in lex.empty]
    things = [w for w in nouns if w not in lex.measures]
    if prep == "of" and (not things or nouns[-1] in lex.measures):
        return _head(after, lex)  # "cargoes of soybeans", "percentage points of the tariff"
    if not things:
        return "", []
    return lex.same.get(things[-1], things[-1]), after if prep in lex.target_prepositions else []


@functools.lru_cache(maxsize=8192)
def object_key(text: str) -> ObjectKey:
    """The head and target of an object phrase (with the record's trailing gloss, "(China)")."""
    lex = lexicon()
    gloss = GLOSS.search(text)
    phrase = GLOSS.sub("", text)
    words = [w.lower().strip(".-") or w.lower() for w in _WORD.findall(phrase)]
    head, rest = _head(words, lex)
    target = {singular(w) for w in rest if w not in lex.empty and w not in lex.prepositions}
    if gloss:
        target |= {w.lower() for w in _WORD.findall(gloss.group(1))}
    return ObjectKey(head, frozenset(target))
