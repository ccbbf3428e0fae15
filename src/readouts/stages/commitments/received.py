"""A sum told from the side of who receives it ("Argentina has received $14 billion from the IMF", "Kyiv will
get 5 billion euros from the fund"): the giver named after "from" provides it."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Provenance, Span
from readouts.pipeline import Context
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import modality_of
from readouts.stages.commitments.offers import SUM_WORDS, offered_thing
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import currency_codes
from readouts.stages.commitments.who import buyer_actors


def _giver(verb: Token, obj: Token) -> Token | None:
    """The party after "from", on the verb or in the sum's phrase ("5 billion euros in loans from the EU")."""
    preps = [c for c in verb.children if c.dep_ == "prep"] + [t for t in obj.subtree if t.dep_ == "prep"]
    prep = next((p for p in preps if p.lower_ == "from"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _inner(obj: Token) -> Token | None:
    prep = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _what(verb: Token, obj: Token, what: Token | None) -> str:
    """What the sum is: its own noun ("$2 billion in loans"), else funding for the receiver."""
    what = _inner(obj) if what is not None and what.i == obj.i else what
    if what is not None and what.lemma_.lower() not in SUM_WORDS:
        return phrase(what, with_prep=False)
    receiver = clause.subject(verb)
    return f"funding for {phrase(receiver)}" if receiver is not None else "funding"


def received(context: Context, sent: SpacySpan, lex: Lexicon, provenance: Provenance) -> list[Commitment]:
    """The giver's provision for each sum received "from" a named party in the sentence."""
    out: list[Commitment] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.receive_verbs:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        giver = _giver(verb, obj)
        what, change = offered_thing(obj)
        if giver is None or change is None or change.new.unit not in currency_codes():
            continue
        modality = modality_of(verb, lex)
        if modality is None:
            continue
        out.extend(
            Commitment(
                actor=name,
                actor_id=key,
                action="provide",
                object=_what(verb, obj, what),
                modality=modality,
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=change.new.value,
                unit=change.new.unit,
            )
            for name, key in buyer_actors(context, giver, lex)
        )
    return out
