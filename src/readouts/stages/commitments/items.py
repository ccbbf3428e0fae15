"""Counted items a sale or a purchase includes: "eight proposed sales, including 82 rocket launchers and
420 missiles for them" → one commitment per item, each with its count, by the sale's actor."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from readouts.model import Commitment
from readouts.stages.commitments.actions import Found
from readouts.stages.commitments.counted import count_of
from readouts.stages.commitments.including import included, listed
from readouts.stages.commitments.phrases import phrase

_ITEM_ACTIONS = frozenset({"sell", "purchase"})


def _thing(item: Token) -> Token:
    """What a counted item is of: "3 million tons of corn" → corn; "420 missiles" stays."""
    of = next((c for c in item.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None else item


def _items(found: Found) -> list[Token]:
    """The counted items: of a sale or purchase noun ("sales of 82 launchers and 420 missiles", "sales,
    including ..."), or included in a verb's counted object ("buy 120 jets, including 100 A321neos and 20
    A350s")."""
    if found.token.pos_ == "NOUN" and found.action.name in _ITEM_ACTIONS:
        return listed(found.token) or included(found.token)
    obj = found.object_token
    if found.token.pos_ == "VERB" and obj is not None and any(c.dep_ == "nummod" for c in obj.children):
        return included(obj)
    return []


def item_commitments(found: Found, model: Commitment | None) -> list[Commitment]:
    """One commitment per counted item of a sale or purchase (or of a verb's counted object), modelled on
    the whole's commitment."""
    if model is None:
        return []
    out = []
    for item in _items(found):
        count = count_of(item)
        if count is None:
            continue
        out.append(
            dataclasses.replace(
                model,
                object=phrase(_thing(item)),
                quantity=count[0],
                unit=count[1],
                previous_quantity=None,
            )
        )
    return out


def listed_sale(found: Found) -> bool:
    """A sale or purchase of several counted items ("of 82 launchers and 420 missiles"): the items are its
    commitments, not the first item with one of the counts."""
    return found.token.pos_ == "NOUN" and found.action.name in _ITEM_ACTIONS and bool(listed(found.token))
