"""Who a commitment is by: the actor a token names, read through possessive pronouns, nationality
adjectives, reported speech ("it would suspend ..., the commission said") and joint phrases ("the two
sides"); a person's or a state body's commitment is lifted to the country where the action asks for it."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, actor_by_id, country_of
from readouts.stages.actors.lexicon import builtin
from readouts.stages.commitments.actions import Found, actor_token, verb_actor
from readouts.stages.commitments.lexicon import GENERIC, Lexicon
from readouts.stages.commitments.pairs import pair_actor

_MODIFIER_ENTS = frozenset({"NORP", "GPE", "PERSON", "ORG"})


def _speaker(token: Token, lex: Lexicon) -> Token | None:
    """For a pronoun subject in reported words ("it would also suspend ..., the commission said"), the
    speech verb's subject."""
    if token.pos_ != "PRON" or token.lower_ != "it":  # a person or a group is resolved by the actors stage
        return None
    for governor in clause.governors(token, limit=5):
        if governor.lemma_.lower() in lex.speech_verbs:
            subject = clause.subject(governor)
            return subject if subject is not None and subject.pos_ != "PRON" else None
    return None


def _candidates(token: Token, lex: Lexicon) -> list[Token]:
    parts = [token, *token.conjuncts]  # "tariffs and Beijing agree": a misparse keeps Beijing a conjunct
    if token.pos_ == "PRON" and token.dep_ == "poss":  # "China was considering raising its purchases"
        subject = verb_actor(clause.verb_of(token), lex)  # "asked India to reduce its purchases": India
        if subject is not None and subject is not token:
            parts.append(subject)
    parts.extend(  # "Chinese buyers", "the Trump administration"
        c for c in token.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in _MODIFIER_ENTS
    )
    speaker = _speaker(token, lex)
    if speaker is not None:
        parts.append(speaker)
    return parts


def _state_body(actor: Actor, lex: Lexicon) -> bool:
    words = actor.name.lower().replace("-", " ").split()
    return actor.kind == "organisation" and any(w in lex.state_body_words for w in words)


def _as_country(context: Context, actor: Actor, *, named: bool) -> tuple[str, str] | None:
    """The actor's country; with ``named``, only a country the article names."""
    code = country_of(context, actor.id)
    if not code:
        return None
    country = actor_by_id(context, f"country:{code}")
    if country is None and named:
        return None
    known = builtin().known.get(f"country:{code}")
    return (country.name if country else known.name if known else code), f"country:{code}"


def _state_level(found: Found, lex: Lexicon) -> bool:
    """Whether a leader's or minister's commitment is their country's: every action but those done in
    person ("will visit Beijing", "agreed to hold talks")."""
    if found.action is GENERIC:
        return found.token.lemma_.lower() not in lex.personal_verbs
    return found.action.level == "country"


def commitment_actors(context: Context, found: Found, lex: Lexicon) -> list[tuple[str, str]]:
    """(name, id) of each actor who commits: one, both of "the two sides", or each of "Russia and Ukraine
    agreed to ..."."""
    token = actor_token(found, lex)
    if token is None:
        return []
    state = _state_level(found, lex)
    first = _one_actor(context, _candidates(token, lex), lex, state)
    if first is None:
        return pair_actor(context, token, countries=state) or []
    out = [first]
    for conjunct in (c for c in token.conjuncts if c.i > token.i):
        other = _one_actor(context, [conjunct], lex, state)
        if other is not None and other not in out:
            out.append(other)
    return out


def _one_actor(context: Context, parts: list[Token], lex: Lexicon, state: bool) -> tuple[str, str] | None:
    """The first of ``parts`` that names an actor, lifted to its country for a state's commitment."""
    actor = next((a for p in parts if (a := actor_at(context, p.idx, p.idx + len(p))) is not None), None)
    if actor is None:
        return None
    if state and actor.kind == "person":
        country = _as_country(context, actor, named=False)
        if country is not None:
            return country
    if _state_body(actor, lex):  # "the commission said it would suspend the tariff" → China
        country = _as_country(context, actor, named=True)
        if country is not None:
            return country
    return actor.name, actor.id
