"""What went before: the earlier pledge behind a proposed change ("considering raising its purchases to 20
million tons, from 12 million tons" also reports that 12 million tons were pledged before), and the object an
elliptic purchase takes from the commitment before it ("its pledge to buy 12 million tons")."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from readouts.model import Commitment
from readouts.stages.commitments.actions import Found
from readouts.stages.commitments.amounts import first_amount
from readouts.stages.commitments.lexicon import GENERIC, Lexicon, lexicon

_OPEN = frozenset({"considering", "expected", "pledged", "agreed", "demanded"})


def earlier_pledge(item: Commitment, found: Found, lex: Lexicon) -> Commitment | None:
    """The previous quantity of a commitment not yet carried out, as its own pledged commitment, where the
    action is a purchase or sale (a tariff's previous rate is a rate, not a pledge) and a change verb raises
    or lowers it ("hiking soybean purchases to 20 million tons, up from 12 million")."""
    if (
        item.previous_quantity is None
        or item.modality not in _OPEN
        or found.action.object_kind != "commodity"
    ):
        return None
    if found.token.pos_ == "VERB" and found.token.lemma_.lower() not in lex.change_verbs:
        return None  # "would buy 20 million tons, up from 12 million last year": a past amount
    if _current(found.token, lex):
        return None  # "to $5 billion from roughly $3.5 billion now": today's level, no pledge
    return dataclasses.replace(
        item, quantity=item.previous_quantity, previous_quantity=None, modality="pledged"
    )


def _current(action: Token, lex: Lexicon) -> bool:
    """Whether the change's "from" amount is followed by a word telling it as today's or a past level."""
    heads = (action, action.head) if action.pos_ == "NOUN" else (action,)  # "lift imports ... from"
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
        end = max(t.i for t in prep.subtree) + 1
        after = " ".join(t.lower_ for t in action.doc[end : end + 3])
        if any(after == w or after.startswith(w + " ") for w in lex.current_levels):
            return True
        if any(t.lower_ in lex.current_levels for t in prep.subtree):
            return True
    return False


def named_before(item: Found, out: list[Commitment]) -> Found:
    """An elliptic purchase ("its pledge to buy 12 million tons") takes the object of the article's last
    commitment with the same action, else with the same unit of measure ("would continue to produce 1.18
    million bpd" after a cut in oil output); none before: it stays without one (and is left out)."""
    earlier = next((c for c in reversed(out) if c.action == item.label), None)
    purpose = item.token.dep_ == "advcl"  # "To hit 12 million tons, China would need to ...": no act
    amount = first_amount(item.token) if earlier is None and not purpose else None
    unit = amount.new.unit if amount is not None else None
    if unit is not None:
        earlier = next((c for c in reversed(out) if c.unit == unit), None)
    if earlier is None or set(earlier.object.lower().split()) & lexicon().deal_nouns:
        return item  # "a deal with QatarEnergy" names one deal, not what a later purchase buys
    label = item.token.lemma_.lower() if item.action is GENERIC else item.label  # "pump", not "generic"
    return dataclasses.replace(item, object=earlier.object, label=label)
