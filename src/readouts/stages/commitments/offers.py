"""A party's offer named by a noun: "Qatar's offer of a Boeing 747-8 jet", "Japan's pledge of $2 billion in
loans" — the possessor would provide what is offered (pledged), with the sum where one is given."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.model import Commitment, Provenance, Span
from readouts.nlp import text_of
from readouts.pipeline import Context
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import Change, currency_codes, find_changes
from readouts.stages.commitments.who import buyer_actors


def _of(noun: Token) -> Token | None:
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


SUM_WORDS = frozenset(
    {"million", "billion", "trillion", "euro", "dollar", "pound", "yen", "yuan"}
)  # a sum's own words, no thing offered


def _purpose(noun: Token) -> Token | None:
    """What a sum is for: the object of the noun's "for" or "to" ("a pledge of $100 million for the fund")."""
    prep = next(
        (c for c in noun.subtree if c.dep_ == "prep" and c.lower_ in ("for", "to") and c.i > noun.i), None
    )
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _matched(noun: Token) -> Token | None:
    """Who answers with the offer ("Japan matched that with a pledge of $100 million"): the subject of the
    verb the offer is given "with"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ == "PROPN" else None


def offered_thing(obj: Token) -> tuple[Token | None, Change | None]:
    """What is offered and its amount: "$2 billion in loans" → loans, $2 billion; "a jet" → jet."""
    text = text_of(obj.doc)[obj.left_edge.idx : obj.right_edge.idx + len(obj.right_edge)]
    changes = find_changes(text)
    if obj.ent_type_ not in ("MONEY", "QUANTITY", "CARDINAL"):
        if changes and changes[0].new.unit is None and any(c.dep_ == "nummod" for c in obj.children):
            return obj, Change(dataclasses.replace(changes[0].new, unit="count"), None)  # "1,000 police"
        return obj, changes[0] if changes and changes[0].new.unit is not None else None
    inner = next((c for c in obj.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    what = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner is not None else None
    return what, changes[0] if changes else None


def offered(context: Context, sent: SpacySpan, lex: Lexicon, provenance: Provenance) -> list[Commitment]:
    """A pledged provision for each "X's offer of Y" in the sentence."""
    out: list[Commitment] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.offer_nouns:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        owner = owner or _matched(noun)
        obj = _of(noun) if owner is not None else None
        what, change = offered_thing(obj) if obj is not None else (None, None)
        money = change is not None and change.new.unit in currency_codes()
        if money and (what is None or what.lemma_.lower() in SUM_WORDS):
            what = _purpose(noun) or what or noun  # "a pledge of $100 million for the fund"
        if owner is None or what is None or what.lemma_.lower() in lex.by_noun:
            continue  # "China's pledge of soybean purchases": the noun action says it
        actors = buyer_actors(context, owner, lex)
        out.extend(
            Commitment(
                actor=name,
                actor_id=key,
                action="provide",
                object=phrase(what),
                modality="pledged",
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=change.new.value if change else None,
                unit=change.new.unit if change else None,
            )
            for name, key in actors
        )
    return out
