"""Another party adding to a sum just told: "Saudi Arabia deposited $2 billion with the central bank, and
the UAE added $1 billion" — the same commitment by the new party, with its own amount."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span as SpacySpan

from readouts import clause
from readouts.model import Commitment
from readouts.pipeline import Context
from readouts.stages.commitments.amounts import amounts_for
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.quantities import currency_codes
from readouts.stages.commitments.who import buyer_actors


def added(context: Context, sent: SpacySpan, lex: Lexicon, made: list[Commitment]) -> list[Commitment]:
    """For each "and Y added $N" joined to a verb of the sentence, a copy of the sentence's last commitment
    in money, by Y, for $N."""
    earlier = next((c for c in reversed(made) if c.unit in currency_codes()), None)
    if earlier is None:
        return []
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in lex.adding_verbs or verb.dep_ != "conj" or verb.pos_ != "VERB":
            continue
        subject = clause.subject(verb)
        parties = (
            buyer_actors(context, subject, lex) if subject is not None and subject.head.i == verb.i else []
        )
        amounts = [
            a for a in amounts_for(verb) if a.change is not None and a.change.new.unit in currency_codes()
        ]
        if not parties or not amounts or parties[0][1] == earlier.actor_id:
            continue
        change = amounts[0].change
        assert change is not None
        out.append(
            dataclasses.replace(
                earlier,
                actor=parties[0][0],
                actor_id=parties[0][1],
                quantity=change.new.value,
                unit=change.new.unit,
                previous_quantity=None,
            )
        )
    return out
