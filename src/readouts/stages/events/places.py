"""Where an event happens: the place its trigger (or the trigger's verb) visits or is in or at."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.nlp import ents_in
from readouts.pipeline import Context
from readouts.stages.actors import actor_at
from readouts.stages.events.lexicon import lexicon

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "to", "at", "into"})


def place(trigger: Token, sent: SpacySpan, context: Context | None = None) -> str | None:
    """Where the event happens: a place entity that the trigger (or its verb) visits or is in/at (or, where
    the tagger missed the place, a country or capital the actors stage knows: "visited Kyiv")."""
    verb = clause.verb_of(trigger)
    candidates: list[Token] = []
    for head in (trigger, verb):
        for child in head.children:
            if child.dep_ == "dobj" and head.lemma_ == "visit":
                candidates.append(child)
            if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
                candidates.extend(g for g in child.children if g.dep_ == "pobj")
    seats = lexicon().seats
    for token in candidates:
        for ent in ents_in(sent):
            inside = ent.start <= token.i < ent.end
            if inside and (ent.label_ in _PLACE_ENTS or _bare(ent.text).lower() in seats):
                return _bare(ent.text)  # "visited the White House": a seat of government is a place
    if context is None:
        return None
    for token in candidates:
        actor = actor_at(context, token.idx, token.idx + len(token))
        if actor is not None and actor.kind == "country" and token.pos_ == "PROPN":
            return token.text
    return None


def _bare(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
