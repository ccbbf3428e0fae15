"""Rates taken to nothing: a tariff lifted, scrapped, phased out or cut to zero is a rate whose new value is 0
percent.

"Will scrap its duties on barley" has no figure of its own: the quantity is 0 percent. "Scrapped its 80.5%
tariff" names the rate that goes: the quantity is still 0 and the 80.5% is the `previous_quantity`, as
"cut its tariff from 20% to 10%" gives 10 with 20 before. A share of goods is no rate and stays the quantity
("remove duties on 99% of imports": 99), as does a rate only eased or suspended.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from readouts.model import Commitment
from readouts.stages.commitments.actions import Found
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.phrases import object_words

_MODIFIERS = frozenset({"amod", "compound", "nummod", "nmod", "npadvmod", "quantmod"})


def to_zero(item: Commitment, found: Found, lex: Lexicon) -> Commitment:
    """The item with a lifted rate's new value 0 percent, and a named rate moved to `previous_quantity`."""
    if item.quantity is None:
        return _unnamed(item, found, lex)
    if item.unit != "percent" or item.previous_quantity is not None or item.quantity == 0:
        return item
    if _verb(found.token) not in lex.scrapping_verbs or not _rate_named(found, item, lex):
        return item
    return dataclasses.replace(item, quantity=0.0, previous_quantity=item.quantity)


def _unnamed(item: Commitment, found: Found, lex: Lexicon) -> Commitment:
    """ "Will scrap its duties on barley", "will charge no tariff on palm oil": 0 percent."""
    obj = found.object_token
    none = obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    if not (found.action.name in lex.zeroing_actions or none or _to_nothing(found.token)):
        return item
    if not object_words(item.object) & lex.rate_words:
        return item
    return dataclasses.replace(item, quantity=0.0, unit="percent")


def _to_nothing(verb: Token) -> bool:
    """ "Reduce its tariffs to zero": a cut told as going to nothing."""
    for prep in (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"):
        if any(g.lower_ in ("zero", "nil", "nothing") for g in prep.children if g.dep_ == "pobj"):
            return True
    return False


def _verb(token: Token) -> str:
    """The action word with its particle ("phase out")."""
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    lemma = token.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma


def _rate_named(found: Found, item: Commitment, lex: Lexicon) -> bool:
    """Whether the percentage is the rate of a tariff ("its 80.5% tariff", "the tariff of 25%"), not a share
    of goods or lines ("duties on 99% of imports")."""
    doc = found.token.doc
    sent = found.token.sent
    for token in sent:
        if token.like_num and token.i + 1 < len(doc) and _percent(doc[token.i + 1]):
            sign = doc[token.i + 1]
        elif token.text.endswith("%") and token.text[:-1].replace(".", "", 1).isdigit():
            sign = token
        else:
            continue
        if _value(token) != item.quantity:
            continue
        return _of_rate(sign, lex) or _of_rate(token, lex)
    return False


def _percent(token: Token) -> bool:
    return token.lower_ in ("%", "percent", "per")


def _value(token: Token) -> float | None:
    try:
        return float(token.text.rstrip("%").replace(",", ""))
    except ValueError:
        return None


def _of_rate(token: Token, lex: Lexicon) -> bool:
    """The number or its sign modifies a rate word, or is the object of "of"/"at" after one."""
    head = token.head
    if token.dep_ in _MODIFIERS and _is_rate(head, lex):
        return True
    if token.dep_ == "pobj" and head.lower_ in ("of", "at") and _is_rate(head.head, lex):
        return True
    # "the 25 percent tariff": 25 → percent → tariff
    return token.dep_ in _MODIFIERS and head.dep_ in _MODIFIERS and _is_rate(head.head, lex)


def _is_rate(token: Token, lex: Lexicon) -> bool:
    return token.lower_.rstrip("s") in lex.rate_words
