"""The quotes stage's lexicons (cue words, channel heads, platforms, outlets), read once from data/*.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from readouts.errors import LexiconError


@dataclass(frozen=True)
class Lexicon:
    core: frozenset[str]
    primary: frozenset[str]
    secondary: frozenset[str]
    not_indirect: frozenset[str]
    framing: frozenset[str]
    need_clause: frozenset[str]
    object_cues: frozenset[str]
    object_heads: frozenset[str]
    addressee_cues: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    expletives: frozenset[str]
    title_markers: frozenset[str]
    person_heads: frozenset[str]
    channel_heads: frozenset[str]
    platforms: tuple[str, ...]
    outlets: tuple[str, ...]

    @property
    def speech(self) -> frozenset[str]:
        """Every verb lemma that can attribute words to a speaker."""
        return self.core | self.primary | self.secondary | self.framing

    def rank(self, lemma: str) -> int:
        """0 for core verbs of saying, 1 for other verbs of saying, 2 for the rest; 9 when not a cue."""
        if lemma in self.core:
            return 0
        if lemma in self.primary:
            return 1
        return 2 if lemma in self.secondary or lemma in self.framing else 9

    def is_outlet(self, text: str) -> bool:
        low = text.lower().removeprefix("the ")
        return any(low == o.lower().removeprefix("the ") for o in self.outlets)

    def platform_in(self, text: str) -> str | None:
        """The platform named as a whole word in text (longest name first), if any."""
        for name in sorted(self.platforms, key=len, reverse=True):
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                return name
        return None

    def outlet_in(self, text: str) -> str | None:
        """The news outlet named as a whole word in text (longest name first), if any."""
        for name in sorted(self.outlets, key=len, reverse=True):
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                return name
        return None


def _read(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"quotes lexicon {name}: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"quotes lexicon {name}: expected a mapping at top level")
    return data


def _words(data: dict[str, Any], key: str, name: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"quotes lexicon {name}: {key!r} must be a list of strings")
    return frozenset(v.lower() for v in value)


@functools.cache
def load() -> Lexicon:
    cues = _read("cues.yaml")
    chans = _read("channels.yaml")
    phrases = cues.get("phrases", [])
    if not isinstance(phrases, list) or not all(isinstance(p, list) for p in phrases):
        raise LexiconError("quotes lexicon cues.yaml: 'phrases' must be a list of word lists")
    return Lexicon(
        core=_words(cues, "core", "cues.yaml"),
        primary=_words(cues, "primary", "cues.yaml"),
        secondary=_words(cues, "secondary", "cues.yaml"),
        not_indirect=_words(cues, "not_indirect", "cues.yaml"),
        framing=_words(cues, "framing", "cues.yaml"),
        need_clause=_words(cues, "need_clause", "cues.yaml"),
        object_cues=_words(cues, "object_cues", "cues.yaml"),
        object_heads=_words(cues, "object_heads", "cues.yaml"),
        addressee_cues=_words(cues, "addressee_cues", "cues.yaml"),
        phrases=tuple(tuple(str(w).lower() for w in p) for p in phrases),
        expletives=_words(cues, "expletives", "cues.yaml"),
        title_markers=_words(cues, "title_markers", "cues.yaml"),
        person_heads=_words(cues, "person_heads", "cues.yaml"),
        channel_heads=_words(chans, "heads", "channels.yaml"),
        platforms=tuple(sorted(_words_cased(chans, "platforms"))),
        outlets=tuple(sorted(_words_cased(chans, "outlets"))),
    )


def _words_cased(data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"quotes lexicon channels.yaml: {key!r} must be a list of strings")
    return frozenset(value)
