"""Rates set party by party in a list ("the duties the EU imposed ... are set per company: 17 percent for
BYD, 18.8 percent for Geely and 35.3 percent for SAIC"): one imposed rate per party, by whoever the measure's
own words say set it (a relative clause, "imposed by", a modifier: "EU duties")."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor, Commitment, Provenance, Span
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, mentions_in
from readouts.stages.commitments.agents import imposer

_ITEM = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+(?:for|on)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)"
)
_MEASURES = frozenset({"tariff", "duty", "levy", "surcharge"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "should"})
_SETTER_ENTS = frozenset({"GPE", "ORG", "NORP"})
_MIN_ITEMS = 2


def listed_rates(context: Context, sent: SpacySpan, provenance: Provenance) -> list[Commitment]:
    """A commitment per party of a list of two or more rates in a sentence that tells them as in force,
    where the sentence or the one before names the measure and who set it."""
    items = list(_ITEM.finditer(sent.text))
    if len(items) < _MIN_ITEMS or clause.auxiliaries(sent.root) & _MODALS:
        return []
    found = _measure(context, sent)
    if found is None:
        return []
    measure, setter = found
    return [
        Commitment(
            actor=setter.name,
            action="impose",
            object=f"{measure} on {_name_at(context, sent.start_char + m.start('name')) or _bare(m['name'])}",
            evidence=Span(sent.start_char, sent.end_char),
            provenance=provenance,
            actor_id=setter.id,
            quantity=float(m.group("num")),
            unit="percent",
            modality="executed",
        )
        for m in items
    ]


def _measure(context: Context, sent: SpacySpan) -> tuple[str, Actor] | None:
    """The measure a list continues and who set it, from the sentence or the one before it."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in doc[start : sent.end]:
        if token.lemma_.lower() not in _MEASURES or token.pos_ != "NOUN":
            continue
        setter = _setter(context, token)
        if setter is not None:
            return token.lower_, setter
    return None


def _setter(context: Context, measure: Token) -> Actor | None:
    named = imposer(measure) or next(
        (
            c
            for c in measure.children
            if c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in _SETTER_ENTS
        ),
        None,
    )
    return actor_at(context, named.idx, named.idx + len(named)) if named is not None else None


def _bare(name: str) -> str:
    """A name without the full stop that ends its sentence ("SAIC." but "U.S.")."""
    return name[:-1] if name.endswith(".") and name.count(".") == 1 else name


def _name_at(context: Context, start: int) -> str | None:
    """The actor named at a position, as the article writes it."""
    found = mentions_in(context, start, start + 1)
    return found[0][0].text if found else None
