"""The nouns around an action: a noun of another action that lacks its object, an act regulated rather
than done, and what an amount is of or given to (with a "to" the parser reads as a dative)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.goods import NOT_COMMODITY
from readouts.stages.commitments.lexicon import Action, Lexicon

AMOUNT_PREPS = frozenset({"in", "of", "into"})


def misfit(noun: Token, action: Action) -> bool:
    """A noun of an action that needs an object it lacks ("a currency swap" is no swap of prisoners): the
    verb acting on it keeps its own action."""
    if not action.needs_object or action.object_kind is not None:
        return False
    words = {w for t in (noun, *noun.subtree) for w in (t.lemma_.lower(), t.lower_)}
    return not words & action.needs_object


def dative_to(token: Token) -> bool:
    """A "to" the parser reads as a dative ("handed 70 billion yen to Rapidus")."""
    return token.dep_ == "dative" and token.lower_ == "to"


def regulated(noun: Token, lex: Lexicon) -> bool:
    """An action noun a rule that bars or rations acts on ("require licences for exports of 23 tools", "a
    ban on imports of pork"): the exports are restricted, not made."""
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lemma_.lower() in lex.regulating_verbs:
        return True  # "banned exports of gallium"
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("for", "on", "of")
        and prep.head.lemma_.lower() in lex.regulating_nouns
    )


def prep_object(verb: Token, amount: Token, preps: frozenset[str] = frozenset()) -> Token | None:
    """What an amount is of when the verb carries it: "invest $5 billion in U.S. plants", "provide 9
    billion euros a year in military support"; ``preps`` adds prepositions ("deposit $2 billion with")."""
    wanted = AMOUNT_PREPS | preps
    # a "to" the parser reads as a dative ("handed 70 billion yen to Rapidus") carries its object as well
    candidates = [c for c in verb.rights if c.i > amount.i and (c.dep_ == "prep" or dative_to(c))]
    candidates += [t for t in amount.subtree if t.i > amount.i and t.dep_ == "prep" and t not in candidates]
    for child in sorted(candidates, key=lambda t: t.i):
        if child.lower_ in wanted:
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None and inner.ent_type_ not in NOT_COMMODITY:
                return inner
    return None
