"""Documents signed by count or worth: "the two governments signed eight agreements", "ministers from both
sides signed 15 agreements and memorandums of understanding", "were expected to sign about 37 agreements",
"signed 51 agreements worth $15.6 billion" (two commitments: the count and the sum; a single contract's
worth is its purchase's). Signers named together ("Turkey and Egypt") or as a group ("officials from the two
governments", "the two sides") are one joint actor, "India and Qatar"; a group's sides are the two countries
the article names most. Word lists: ``actions.yaml``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Provenance, Span
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, actor_by_id
from readouts.stages.commitments.counted import plural_count
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import modality_of
from readouts.stages.commitments.pairs import top_countries
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import Change, find_changes
from readouts.stages.commitments.valued import value_after
from readouts.stages.commitments.who import buyer_actors

_Quantities = list[tuple[float, str | None]]  # (value, unit): a count of documents, their worth


def _named(context: Context, subject: Token, lex: Lexicon) -> list[tuple[str, str]]:
    """The actors the subject and its conjuncts name, each lifted to its country."""
    out: list[tuple[str, str]] = []
    for part in (subject, *subject.conjuncts):
        for found in buyer_actors(context, part, lex):
            if found not in out:
                out.append(found)
    return out


def _signers(context: Context, verb: Token, lex: Lexicon) -> list[tuple[str, str]]:
    """Who signs: the actors the subject names, else the article's two main countries for a group."""
    subject = clause.subject(verb)
    if subject is None:
        return []
    named = _named(context, subject, lex)
    if named:
        return named
    groups = lex.signing_groups
    group = subject.lemma_.lower() in groups or any(
        actor_at(context, t.idx, t.idx + len(t)) is None and t.lemma_.lower() in groups
        for t in subject.subtree
    )
    return (top_countries(context, verb) or []) if group else []


def _joint_name(context: Context, signers: list[tuple[str, str]]) -> str:
    """Signers named together ("India and Qatar"); leaders signing together are named by their states ("Xi
    Jinping and Lula da Silva signed 37 agreements": China and Brazil), as their documents bind the states."""
    if len(signers) == 1:
        return signers[0][0]
    states = [actor_by_id(context, ident) if ident.startswith("country:") else None for _, ident in signers]
    return " and ".join(
        state.name if state is not None else name for (name, _), state in zip(signers, states, strict=True)
    )


def _documents(sent: SpacySpan, lex: Lexicon) -> list[tuple[Token, Token, _Quantities]]:
    """(verb, document noun, quantities) for each verb of signing whose object counts its documents or
    gives their worth ("signed 51 agreements worth $15.6 billion": 51 and $15.6 billion)."""
    changes: list[Change] | None = None  # the sentence's amounts, read once and only where a worth may stand
    out: list[tuple[Token, Token, _Quantities]] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.signing_verbs:
            continue
        for noun in verb.children:
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in lex.signed_documents:
                continue
            count = plural_count(noun)
            worth = None
            if noun.tag_ == "NNS":  # (one contract's worth is its purchase's)
                changes = find_changes(sent.text, sent.start_char) if changes is None else changes
                worth = value_after(noun, changes)
            quantities: _Quantities = [(count, "count")] if count is not None else []
            quantities += [(worth.new.value, worth.new.unit)] if worth is not None else []
            if quantities:
                out.append((verb, noun, quantities))
    return out


def signed_spans(sent: SpacySpan, lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans of counted or valued documents signed ("signed 37 agreements covering trade and farm
    exports"): what they cover is told inside them, no act of its own."""
    return [(noun.left_edge.i, noun.right_edge.i) for _, noun, _ in _documents(sent, lex)]


def signed(context: Context, sent: SpacySpan, lex: Lexicon, provenance: Provenance) -> list[Commitment]:
    """One signing per verb of signing and quantity its object gives: the count of the documents, their
    worth."""
    out: list[Commitment] = []
    for verb, noun, quantities in _documents(sent, lex):
        modality = modality_of(verb, lex)
        signers = _signers(context, verb, lex) if modality is not None else []
        if modality is None or not signers:
            continue
        out.extend(
            Commitment(
                actor=_joint_name(context, signers),
                actor_id=signers[0][1] if len(signers) == 1 else None,
                action="sign",
                object=phrase(noun),
                modality=modality,
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=quantity,
                unit=unit,
            )
            for quantity, unit in quantities
        )
    return out
