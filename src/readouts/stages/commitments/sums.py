"""Objects that are amounts: a number entity or a currency noun with a number ("9 billion euros"), a sum of
money, an amount in a unit of measure ("12 million tons"), and the noun an amount is of ("12 million tons
of soybeans" → soybeans)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.arms import arms_deal
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.quantities import currency_words, measure_words

_AMOUNT_ENTS = frozenset({"QUANTITY", "MONEY", "CARDINAL", "PERCENT"})
_AMOUNT_NOUNS = frozenset(
    {"bulk", "share", "majority", "part", "portion", "half", "most", "much", "all", "some", "many"}
    | {"number", "batch", "series", "dozens", "hundreds", "thousands", "worth"}  # "a number of requests"
)


def is_amount(token: Token) -> bool:
    """An amount: a number entity, or a currency noun with a number ("9 billion euros")."""
    if token.ent_type_ in _AMOUNT_ENTS:
        return True
    numbered = any(c.dep_ == "nummod" or c.like_num for c in token.lefts)
    return numbered and (token.lower_ in currency_words() or token.lemma_.lower() in currency_words())


def is_money(token: Token) -> bool:
    """A sum of money: "$150 million", "29.6 million Australian dollars" (not "3 percent")."""
    return is_amount(token) and (token.ent_type_ == "MONEY" or token.lemma_.lower() in currency_words())


def is_sum(noun: Token, funding_nouns: frozenset[str]) -> bool:
    """A sum of money, or a funding noun valued in one: "a credit line of 66 billion yuan", "a package worth
    $2 billion"."""
    if is_money(noun):
        return True
    if noun.lemma_.lower() not in funding_nouns or arms_deal(
        noun
    ):  # "an arms package worth $4 billion": a sale
        return False
    if any(c.dep_ in ("nummod", "compound") and is_money(c) for c in noun.lefts):
        return True  # "a $2 billion aid package"
    preps = (c for c in noun.children if c.dep_ in ("prep", "amod") and c.lower_ in ("of", "worth"))
    return any(is_money(g) for p in preps for g in p.children if g.dep_ in ("pobj", "npadvmod", "dobj"))


def measured(token: Token) -> bool:
    """An amount in a unit of measure: "12 million tons", "223,000 bpd"."""
    if token.ent_type_ == "QUANTITY":
        return True
    numbered = any(c.dep_ == "nummod" or c.like_num for c in token.lefts)
    return numbered and token.lower_ in measure_words()


def amount_of(obj: Token | None) -> Token | None:
    """For an amount ("12 million tons of soybeans", "$550 billion in the United States"), the noun it is
    an amount of; other objects unchanged."""
    amount = obj is not None and (
        obj.lemma_.lower() in _AMOUNT_NOUNS or obj.ent_type_ in _AMOUNT_ENTS or measured(obj)
    )
    if obj is None or not (amount or obj.like_num):
        return obj
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "worth"):  # "$17 billion worth of products"
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return obj


def funding_named(noun: Token, lex: Lexicon) -> bool:
    """An action noun a funding word names ("an aid package", "a support package"): a sum, not a sale."""
    return noun.lemma_.lower() in lex.funding_nouns and any(
        c.dep_ in ("compound", "amod")
        and c.lemma_.lower() in lex.funding_nouns | {"support", "relief", "rescue"}
        for c in noun.children
    )
