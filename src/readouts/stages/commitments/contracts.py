"""Contracts for counted things: "signed a contract worth $6.5 billion for 180 more K2 tanks", "a deal for
26 fighter jets" are purchases of those things by the signer. A contract noun with no counted "for" object
("the largest arms export contract", "a contract for the repairs") is not one: its compounds name no goods."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Token

from readouts.model import Commitment
from readouts.stages.commitments.counted import count_of

if TYPE_CHECKING:
    from readouts.stages.commitments.actions import Found

_NOT_GOODS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "GPE", "PERSON", "NORP", "ORG"})


def _counted(obj: Token) -> bool:
    """A noun with a number of its own ("180 more K2 tanks", "26 jets"), not a span of time or a sum."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in _NOT_GOODS:
        return False
    return any(c.dep_ == "nummod" and c.ent_type_ not in _NOT_GOODS for c in obj.children)


def contracted(token: Token, nouns: frozenset[str]) -> Token | None:
    """The counted things a contract noun is for: on the noun ("a deal for 26 jets"), or on its verb where
    the parse hangs the phrase there ("signed a contract on Friday for 180 tanks")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
        return None
    preps = [  # on the noun or on its "worth" ("a contract worth 2 billion euros for 54 tanks")
        t for t in token.subtree if t.dep_ == "prep" and t.lower_ == "for" and token in (t.head, t.head.head)
    ]
    if token.dep_ == "dobj":
        preps += [c for c in token.head.rights if c.i > token.i and c.dep_ == "prep" and c.lower_ == "for"]
    for prep in preps:
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and _counted(obj):
            return obj
    return None


def counted_contract(found: Found, made: list[Commitment], nouns: frozenset[str]) -> list[Commitment]:
    """A contract valued in money ("worth $6.5 billion for 180 tanks") is also the purchase of its count."""
    goods = contracted(found.token, nouns) if made else None
    count = count_of(goods) if goods is not None else None
    if count is None or any(c.quantity == count[0] for c in made):
        return []
    return [dataclasses.replace(made[0], quantity=count[0], unit=count[1], previous_quantity=None)]
