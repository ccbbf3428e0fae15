"""Shared helpers of the quotes tests: run the stage (with actors before it) and the contract's name rule."""

from __future__ import annotations

import re

from readouts import nlp
from readouts.model import Article, Quote
from readouts.pipeline import default_stages, run_stages

_WORD = re.compile(r"\w+")


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def quotes_of(body: str, published: str | None = None) -> tuple[Quote, ...]:
    """The quotes the default actors + quotes stages find in a body."""
    stages = default_stages(["actors", "quotes"])
    return run_stages(Article(body=body, published=published), nlp.parse_one(body), stages).quotes


def same_speaker(gold: str | None, system: str | None) -> bool:
    """The contract's rule: gold's last word is in the system's name, or one name contains the other."""
    if gold is None:
        return system is None
    g, s = words(gold), words(system)
    if not g or not s:
        return False
    return g[-1] in s or " ".join(g) in " ".join(s) or " ".join(s) in " ".join(g)
