"""Levels multiplied by a fixed factor: doubling, tripling, halving.

The figure such a verb's sentence gives is either where the level goes or where it stands. "Double its
annual aid to $100 million" names the target: the quantity is 100 million and the previous quantity 50
million. "Double electricity supplies from about 100 megawatts" and "halve its 150% tariff" name the level as
it stands: it becomes the previous quantity, and the quantity is 200 megawatts and 75 percent.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Token

from readouts.model import Commitment
from readouts.nlp import text_of
from readouts.stages.commitments.quantities import Change, factor_verbs, scope_nouns

_APPROX = r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|up to)\s+)?"
_BEFORE = re.compile(rf"\b(to|from)\s+{_APPROX}$")


def scaled(item: Commitment, verb: Token, change: Change | None) -> Commitment:
    """The item with the factor applied: a target gains the level before it, a level told becomes the
    previous quantity of the multiplied one."""
    multiplier = _multiplier(verb)
    factor = factor_verbs().get(multiplier.lemma_.lower())
    if factor is None or change is None or item.quantity is None or item.previous_quantity is not None:
        return item
    place = _told_as(multiplier, change)
    if place == "to":
        before = item.quantity / factor
        if item.unit == "count" and not before.is_integer():
            return item  # "triple the fleet to 10 ships": no whole number of ships before
        return dataclasses.replace(item, previous_quantity=before)
    if place == "from":
        return dataclasses.replace(item, quantity=item.quantity * factor, previous_quantity=item.quantity)
    return item


def _multiplier(verb: Token) -> Token:
    """The word that may multiply: the action's verb, or the verb whose object the action noun is ("double
    gas deliveries"), also where the parse makes "to double" a modifier of the noun."""
    if verb.pos_ == "VERB":
        return verb
    misread = next(
        (c for c in verb.children if c.dep_ == "amod" and any(g.lower_ == "to" for g in c.children)), None
    )
    if misread is not None:
        return misread
    return verb.head if verb.dep_ == "dobj" else verb


def _told_as(verb: Token, change: Change) -> str | None:
    """ "to" for a target, "from" for the level as it stands (after "from", or on the verb's object: "its
    150% tariff"), None for a figure of something else ("imports from three countries")."""
    doc = verb.doc
    start = change.new.start
    span = doc.char_span(start, change.new.end, alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    while token is not None and token.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod"):
        token = token.head
    if token is not None and token.lower_ in scope_nouns():
        return None
    found = _BEFORE.search(text_of(doc)[max(verb.sent.start_char, start - 40) : start])
    if found is not None:
        return found.group(1).lower()
    on_object = token is not None and (token.i == verb.i or (token.head.i == verb.i and token.dep_ == "dobj"))
    return "from" if on_object else None
