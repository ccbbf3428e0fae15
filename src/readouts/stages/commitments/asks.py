"""What a demand asks, and of whom: "urged Japan", "called on the EU for sanctions", "asked Rome for
information", "asked Japan for $5 billion in loans"."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.sums import is_amount


def asked(head: Token) -> Token | None:
    """Whom a demand verb asks: "urged Japan", "called on China"."""
    found = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
    if found is None:
        on = next((c for c in head.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"), None)
        found = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
    return found


def asked_for(noun: Token, lex: Lexicon) -> Token | None:
    """The party a demand asks for what ``noun`` names: "called on the EU for sanctions" → the EU."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in lex.demand_words:
        return None
    return asked(prep.head)


def asked_object(token: Token) -> str:
    """What a party is asked for ("asked Japan for information", "for $5 billion in loans"): the noun, or
    for a sum what it is in ("loans"), else funding (for whom it is: "$61 billion for Ukraine")."""
    if not is_amount(token):
        return phrase(token)
    objects = {c.lower_: g for c in token.rights for g in c.children if g.dep_ == "pobj"}
    inner = objects.get("in") or objects.get("of")
    if inner is not None:
        return phrase(inner)
    return f"funding for {phrase(objects['for'])}" if "for" in objects else "funding"


def _verb_over(noun: Token, prep: str) -> Token | None:
    """The verb a noun is the direct object of, or the object of through ``prep`` ("agreed to a truce")."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == prep:
        return noun.head.head
    return None


def threatened_with(noun: Token, lex: Lexicon) -> bool:
    """A measure threatened outright ("threatened an additional 100% tariff on Chinese goods", "threatened
    Canada with sanctions"): its threatener would impose it."""
    if lex.demanded_measures.get(noun.lemma_.lower()) != "impose":
        return False
    verb = _verb_over(noun, "with")
    return verb is not None and verb.lemma_.lower() in lex.threat_verbs


def truce_agreed(noun: Token, lex: Lexicon) -> bool:
    """A ceasefire a party agrees to, signs or commits to ("Thailand and Cambodia agreed to an immediate
    ceasefire", "signed a seven-day ceasefire"): each party would observe it; not a trade truce, a deal
    whose terms are its commitments."""
    if lex.demanded_measures.get(noun.lemma_.lower()) != "observe":
        return False
    if any(
        c.lemma_.lower() in lex.trade_truce_words for c in noun.children if c.dep_ in ("compound", "amod")
    ):
        return False
    verb = _verb_over(noun, "to")
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in lex.truce_verbs


def phoned(verb: Token) -> bool:
    """A bare "call" of someone is a phone call ("called the emir on Sunday to pledge support"), not a call
    on them to act ("called on donors to pledge funds")."""
    on = [c for c in verb.children if c.lower_ in ("on", "upon")]
    dated = [c for c in on if any(g.ent_type_ in ("DATE", "TIME") for g in c.children)]  # "on Sunday"
    return verb.lemma_.lower() == "call" and len(on) == len(dated)
