"""What a trade verb's object must be to be goods: not a state or person ("ordered Venezuela to ..."), not a
charge booked or an act ordered ("ordered the closure of the consulates"; ``not_commodities`` in
``actions.yaml``)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.lexicon import Action, Lexicon, lexicon

_NAMED = ("GPE", "PERSON", "NORP")


def no_commodity(obj: Token, action: Action) -> bool:
    """Whether ``obj`` is no thing the action trades: a state or person ordered, a charge booked."""
    if action.object_kind == "commodity" and obj.dep_ == "dobj" and obj.ent_type_ in _NAMED:
        return True
    return action.object_kind in ("commodity", "sum") and obj.lemma_.lower() in lexicon().not_commodities


def no_goods(verb: Token, obj: Token | None, lex: Lexicon) -> bool:
    """A trade verb whose object is no goods ("offered to supply the region"): no other action either."""
    action = lex.by_verb.get(verb.lemma_.lower())
    commodity = action is not None and action.object_kind == "commodity"
    return commodity and obj is not None and obj.lemma_.lower() in lex.not_commodities
