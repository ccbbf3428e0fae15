"""Arms deals: "signed an arms deal with Washington" and "the two governments announced an arms package" are
sales of arms; of the two parties the seller is the one that exports arms (``arms`` in data/actions.yaml)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import yaml
from spacy.tokens import Token

from readouts import clause
from readouts.errors import LexiconError
from readouts.nlp import ents_in

_PARTNER_ENTS = frozenset({"GPE", "NORP", "ORG"})


@dataclass(frozen=True)
class Arms:
    words: frozenset[str]
    deals: frozenset[str]
    exporters: frozenset[str]


@functools.cache
def arms() -> Arms:
    text = resources.files("readouts.stages.commitments").joinpath("data/actions.yaml").read_text("utf-8")
    data = (yaml.safe_load(text) or {}).get("arms")
    if not isinstance(data, dict):
        raise LexiconError("commitments/data/actions.yaml: expected an 'arms' mapping")
    return Arms(
        *(frozenset(str(w).lower() for w in data.get(k) or ()) for k in ("words", "deals", "exporters"))
    )


def arms_deal(token: Token) -> bool:
    """A deal noun with an arms word before it: "an arms deal", "a $5 billion weapons package"."""
    lex = arms()
    nominal = token.pos_ == "NOUN" or token.dep_ in ("dobj", "pobj")
    if not nominal or (token.lemma_.lower() not in lex.deals and token.lower_ not in lex.deals):
        return False  # ("signed a weapons deal": "deal" read as a verb is still the deal)
    return any(c.dep_ in ("compound", "amod") and c.lower_ in lex.words for c in token.lefts)


def of_arms(obj: str) -> bool:
    """Whether a sale's object names arms ("arms", "weapons for Taiwan")."""
    return bool(set(obj.lower().split()) & arms().words)


def partner(token: Token) -> Token | None:
    """The other party of a deal: "signed a deal ... with Washington" (on the noun or its verb)."""
    heads = [*token.subtree, clause.verb_of(token)]  # ("worth $6 billion with Seoul": a misparse)
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                ent = next((e for e in ents_in(obj.sent) if e.start <= obj.i < e.end), None)
                if ent is not None and ent.label_ in _PARTNER_ENTS:
                    return obj
    return None


def seller(actors: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the parties to an arms sale, the one exporter among them; otherwise all of them."""
    exporters = [a for a in actors if a[1].lower() in arms().exporters]
    return exporters if len(exporters) == 1 and len(actors) > 1 else actors


_MODEL = re.compile(r"[A-Z][A-Za-z]{0,2}-?\d{1,3}[A-Z]?s")  # "F-16s", "MiG-29s", "Su-35s"


def by_model(heads: Sequence[Token], needs: frozenset[str]) -> bool:
    """Aircraft or arms named by their model in the plural ("pledged 19 F-16s to Ukraine") are the jets an
    action that takes jets needs."""
    return "jet" in needs and any(_MODEL.fullmatch(t.text) for t in heads)
