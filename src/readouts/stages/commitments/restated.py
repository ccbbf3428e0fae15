"""A deal told before and restated by its parts: "The order covers 160 firm aircraft", "The package
includes 40 armoured vehicles". The definite noun names the earlier commitment with the same action; each
amount of the restating clause is one more commitment of it."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.model import Commitment, Span
from readouts.stages.commitments.amounts import amounts_for
from readouts.stages.commitments.lexicon import Lexicon

_CONTAIN_VERBS = frozenset({"cover", "include", "comprise", "involve", "encompass"})
_DEFINITE = frozenset({"the", "this", "that"})


def _restating(token: Token, lex: Lexicon) -> str | None:
    """The action a definite noun names as the subject of a verb of containing, or ``None``."""
    action = lex.by_noun.get(token.lower_) or lex.by_noun.get(token.lemma_.lower())
    if action is None or token.pos_ != "NOUN" or token.dep_ != "nsubj":
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return None
    return action.name if token.head.lemma_.lower() in _CONTAIN_VERBS else None


def restated(sent: SpacySpan, lex: Lexicon, out: list[Commitment]) -> list[Commitment]:
    """One commitment per amount of a clause restating the last commitment with the same action."""
    made: list[Commitment] = []
    for token in sent:
        label = _restating(token, lex)
        earlier = next((c for c in reversed(out) if c.action == label), None) if label else None
        if earlier is None:
            continue
        for amount in amounts_for(token.head):
            if amount.change is None or amount.change.new.value == earlier.quantity:
                continue
            made.append(
                dataclasses.replace(
                    earlier,
                    quantity=amount.change.new.value,
                    unit=amount.change.new.unit,
                    previous_quantity=None,
                    evidence=Span(sent.start_char, sent.end_char),
                )
            )
    return made
