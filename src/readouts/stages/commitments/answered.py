"""A request weighed is the act it asked for: "Ruto asked Germany to contribute to the U.N. trust fund ...
a German official said Berlin would consider the request" is Germany contributing to the fund, under
consideration, not Germany considering a request. The act is the latest one the article told as demanded of
the same party shortly before."""

from __future__ import annotations

import dataclasses

from readouts.model import Commitment
from readouts.pipeline import Context
from readouts.stages.actors import country_of
from readouts.stages.commitments.lexicon import Lexicon

REACH = 1000  # characters back from the weighing in which the request must have been told


def _weighs_a_request(item: Commitment, lex: Lexicon) -> bool:
    words = item.object.lower().split()
    return (
        item.action in lex.answering_verbs
        and len(words) <= 2
        and words[-1] in lex.asked_nouns
        and item.quantity is None
    )


def _party(context: Context, actor_id: str | None) -> str | None:
    """The id a party acts under: a person's country ("Putin promised to study the request": Russia)."""
    if actor_id is None or not actor_id.startswith("person:"):
        return actor_id
    code = country_of(context, actor_id)
    return f"country:{code}" if code else actor_id


def _asked(context: Context, item: Commitment, earlier: list[Commitment]) -> Commitment | None:
    """The latest act demanded of the item's actor told before it (in its sentence or shortly before)."""
    party = _party(context, item.actor_id)
    for other in reversed(earlier):
        if item.evidence.start - other.evidence.start > REACH:
            return None
        if other.modality == "demanded" and party is not None and _party(context, other.actor_id) == party:
            return other
    return None


def answered(context: Context, items: list[Commitment], lex: Lexicon) -> list[Commitment]:
    """The items, each request weighed replaced by the act asked, under consideration, cited where it is
    weighed. The request answered is no longer listed on its own: the act is one commitment, now under
    consideration (devset gold records the one, in its latest state)."""
    out: list[Commitment] = []
    for i, item in enumerate(items):
        asked = _asked(context, item, items[:i]) if _weighs_a_request(item, lex) else None
        if asked is None:
            out.append(item)
            continue
        out = [c for c in out if c is not asked]
        out.append(
            dataclasses.replace(
                asked,
                actor=item.actor,
                actor_id=item.actor_id,
                modality="considering",
                evidence=item.evidence,
                provenance=item.provenance,
            )
        )
    return out
