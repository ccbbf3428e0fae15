"""What goods an action names ("soybean purchases", "sales of 150,000 tons of sorghum", "arms sales to
Taiwan"), and what a trade verb's object must be to be goods: not a state or person ("ordered Venezuela
to ..."), not a charge booked or an act ordered ("ordered the closure of the consulates";
``not_commodities`` in ``actions.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.nlp import ents_in
from readouts.stages.commitments.lexicon import Action, Lexicon, lexicon
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.sums import amount_of

_NAMED = ("GPE", "PERSON", "NORP", "LOC")  # "ready to supply Europe": a buyer, not goods
NOT_COMMODITY = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def no_commodity(obj: Token, action: Action) -> bool:
    """Whether ``obj`` is no thing the action trades: a state or person ordered, a charge booked; nor, for
    any verb, a party it calls something ("would hold Tehran fully accountable")."""
    if action.object_kind == "commodity" and obj.dep_ == "dobj" and obj.ent_type_ in _NAMED:
        return True
    judged = {c.lower_ for c in obj.head.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")}
    if obj.dep_ != "dobj":
        judged = {obj.head.lower_} if obj.dep_ == "nsubj" else set()  # parsed as a small clause
    if judged & lexicon().judgement_words:
        return True
    return action.object_kind in ("commodity", "sum") and obj.lemma_.lower() in lexicon().not_commodities


def no_goods(verb: Token, obj: Token | None, lex: Lexicon) -> bool:
    """A trade verb whose object is no goods ("offered to supply the region"): no other action either."""
    action = lex.by_verb.get(verb.lemma_.lower())
    commodity = action is not None and action.object_kind == "commodity"
    return commodity and obj is not None and obj.lemma_.lower() in lex.not_commodities


def commodity_of(noun: Token) -> str | None:
    """The commodity of an action noun, with where it goes ("weapons sales to Taiwan" → weapons for
    Taiwan)."""
    found = _commodity_words(noun)
    if found is None:
        return None
    where = destination(noun)
    return f"{found} for {where}" if where and where not in found else found


def _commodity_words(noun: Token) -> str | None:
    """The commodity of an action noun: "purchases of US soybeans", else the nouns compounded right
    before it ("soybean purchases", not "December delivery")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            obj = amount_of(next((g for g in child.children if g.dep_ == "pobj"), None))
            if obj is not None and obj.ent_type_ not in NOT_COMMODITY:  # "sale of 150,000 tons of sorghum"
                return phrase(obj, with_prep=False)
    chain: list[Token] = []
    i = noun.i - 1
    while i >= noun.sent.start:
        t = noun.doc[i]
        if t.dep_ != "compound" or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in NOT_COMMODITY:
            break
        if i > 0 and noun.doc[i - 1].text == "-":  # "single-day soybean purchase": not a commodity
            break
        chain.insert(0, t)
        i -= 1
    if chain and chain[-1].lemma_.lower() in lexicon().not_commodities:
        return None  # "a sanctions package": no goods sold
    if chain and i >= noun.sent.start and noun.doc[i].lower_ in lexicon().commodity_adjectives:
        chain.insert(0, noun.doc[i])  # "rare earth exports": rare earths, not earth
    return " ".join(t.text for t in chain) if chain else None


def destination(noun: Token) -> str | None:
    """The place an action noun goes to: "arms sales to Taiwan", "a package of weapons for Taiwan"."""
    preps = list(noun.rights)
    if noun.dep_ == "dobj":  # "approved weapons sales to Taiwan": the verb carries the destination
        preps.extend(c for c in noun.head.rights if c.i > noun.i)
    for child in preps:
        if child.dep_ == "prep" and child.lower_ in ("to", "for"):
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                ent = next((e for e in ents_in(obj.sent) if e.start <= obj.i < e.end), None)
                if ent is not None and ent.label_ in _PLACE_ENTS:
                    return ent.text
    return None
