"""The buyer of a sale whose seller goes unnamed: "660,000 tons of soybeans were sold to China" and "the
sale of 264,000 tons of corn to China" report China's purchases (export sales as a buyer's purchases)."""

from __future__ import annotations

from spacy.tokens import Token

_BUYER_ENTS = frozenset({"GPE", "NORP", "ORG"})
_AMOUNTS = frozenset({"QUANTITY", "MONEY", "CARDINAL"})


def _passive_without_agent(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" not in deps


def _of_amount(noun: Token) -> bool:
    """A sale noun of an amount: "the sale of 264,000 tons of corn"."""
    for prep in (c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"):
        if any(g.dep_ == "pobj" and (g.like_num or g.ent_type_ in _AMOUNTS) for g in prep.children):
            return True
    return False


def buyer_of(token: Token) -> Token | None:
    """The named buyer after "to" of a passive sale verb without an agent, or of a sale noun."""
    if token.pos_ == "VERB" and not _passive_without_agent(token):
        return None
    if token.pos_ != "VERB" and not _of_amount(token):
        return None  # "arms sales to Taiwan": the seller is left to the context
    for prep in (c for c in token.rights if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.ent_type_ in _BUYER_ENTS:
                return obj
    return None
