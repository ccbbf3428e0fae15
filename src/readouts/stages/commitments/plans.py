"""Clauses that state, promise or frame a plan: a future main clause with a named subject ("India will host
the next summit"), a future clause under a verb of promise ("agreed that their envoys would meet"), and a
future verb put under an accord ("under the deal, Hamas will release ..."), a party's act given as the price
of a deal ("in exchange for Japan buying $8 billion of farm goods"), and a commitment not to act ("agreed not
to use force")."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.lexicon import Lexicon

_NAMING_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def stated_plan(verb: Token) -> bool:
    """A main clause in the future whose subject names an actor ("India will host the next summit"): a
    plan the report states as fact."""
    if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.ent_type_ in _NAMING_ENTS or subject.pos_ == "PROPN")  # (a name
    # the tagger knows but the entity model missed: "Rosatom will build a plant")


def promised_that(verb: Token, lex: Lexicon) -> bool:
    """A clause in the future under a verb of promise or agreement ("agreed that their envoys would meet",
    "pledged that Washington will send")."""
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return False
    cue = verb.head.lemma_.lower()
    promising = cue in lex.cue_words and cue not in lex.demand_words and cue not in lex.threat_verbs
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    future = bool(clause.auxiliaries(verb) & {"will", "would", "shall", "'ll"})
    return promising and future and not marks & {"whether", "if"}


def framed(verb: Token, lex: Lexicon) -> bool:
    """A verb in the future put under an accord ("under the deal, Hamas will release ..."), or any verb of
    a clause on an accord ("an agreement under which Tokyo accepted more monitoring")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            accord = pobj.lemma_.lower() in lex.noun_cues
            if accord and clause.auxiliaries(verb) & {"will", "would", "shall", "'ll"}:
                return True
            relative = pobj.lower_ == "which" and verb.dep_ == "relcl"
            if relative and verb.head.lemma_.lower() in lex.noun_cues:
                return True
    return False


_TRADES = frozenset({"exchange", "return"})


def trader(verb: Token) -> Token | None:
    """The party whose act is given as the price of a deal ("in exchange for Japan buying $8 billion of farm
    goods", "in return for Taiwanese firms investing $250 billion"): the gerund's subject, or the object of
    "for" where the parse hangs the gerund on it or on "exchange"."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.head.lower_ in _TRADES:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    head = verb.head  # "for Taiwanese firms investing": the gerund hung on the party
    if (
        verb.dep_ == "acl"
        and head.dep_ == "pobj"
        and head.head.lower_ == "for"
        and head.head.head.lower_ in _TRADES
    ):
        return head
    if verb.dep_ == "acl" and head.lower_ in _TRADES:
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        party = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        return party if party is not None and party.i == verb.i - 1 else None
    return None


def traded(verb: Token) -> bool:
    """Whether a verb is a party's act given as the price of a deal (:func:`trader`)."""
    return trader(verb) is not None


def refrained(action: Token) -> bool:
    """Whether a commitment is one not to act: its verb negated ("agreed not to use force", "urged X not to
    retaliate") or its subject "neither" ("neither country would threaten the other")."""
    if action.pos_ != "VERB":
        return False
    subject = clause.subject(action)
    neither = subject is not None and any(c.lower_ == "neither" for c in subject.children)
    return clause.is_negated(action) or neither
