"""The other half of a swap: "Azerbaijan handed 32 Armenian servicemen back to Armenia in exchange for two
Azerbaijani soldiers", "the United States freed Alex Saab in exchange for 10 Americans". The people given
"in exchange" are released by the other side, with the release's own modality: the party the first release
goes "to", else the one of the two countries the article names most that is not the releasing side."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Modality, Provenance, Span
from readouts.pipeline import Context
from readouts.stages.actors import country_of
from readouts.stages.commitments.counted import count_of
from readouts.stages.commitments.lexicon import Lexicon, action_words
from readouts.stages.commitments.modality import modality_of
from readouts.stages.commitments.pairs import top_countries
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import number_word_value
from readouts.stages.commitments.who import buyer_actors

_RELEASE = "release"  # the lexicon's action whose verbs and people nouns tell a swap


def _given_for(token: Token) -> Token | None:
    """The people a phrase "in exchange for N ..." names (its object)."""
    if token.lower_ != "for" or token.head.lower_ != "exchange" or token.head.head.lower_ != "in":
        return None
    return next((c for c in token.children if c.dep_ == "pobj"), None)


def _verb_above(token: Token) -> Token | None:
    """The verb "in exchange" tells of, wherever the parser hangs the phrase ("freed X on Friday in ...")."""
    current = token.head
    for _ in range(3):
        if current.pos_ == "VERB":
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _headcount(people: Token) -> tuple[float, str] | None:
    """How many people: "two Azerbaijani soldiers", "three Belarusian agents"; no sum ("for $6 billion")."""
    counted = count_of(people)
    if counted is None:
        number = next((c for c in people.children if c.dep_ == "nummod"), None)
        value = number_word_value(number.lower_) if number is not None else None
        counted = (value, "count") if value is not None else None
    return counted if counted is not None and counted[1] == "count" else None


def _receiver(context: Context, verb: Token, lex: Lexicon) -> tuple[str, str] | None:
    """Who the first release goes to: "handed ... back to Armenia", "returned ... to Ukraine"."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [g for c in verb.children if c.dep_ in ("prt", "advmod") for g in c.children if g.lower_ == "to"]
    for prep in preps:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        found = buyer_actors(context, pobj, lex) if pobj is not None else []
        if found:
            return found[0]
    return None


def _side(context: Context, key: str) -> str:
    code = country_of(context, key)
    return f"country:{code}" if code else key


def _other_side(context: Context, verb: Token, giver: str, lex: Lexicon) -> tuple[str, str] | None:
    """The party that gives the people back: the first release's receiver, else the other main country."""
    receiver = _receiver(context, verb, lex)
    if receiver is not None:
        return receiver if _side(context, receiver[1]) != _side(context, giver) else None
    others = [p for p in top_countries(context, verb.sent[-1]) or [] if p[1] != _side(context, giver)]
    return others[0] if len(others) == 1 else None


def _first(
    context: Context, verb: Token, sent: SpacySpan, made: list[Commitment], lex: Lexicon
) -> tuple[str, Modality] | None:
    """The releasing side and its modality: the release found in the sentence, else the verb's subject."""
    words = action_words(_RELEASE)
    found = next(
        (c for c in made if c.evidence.start == sent.start_char and c.action.split()[0] in words), None
    )
    if found is not None and found.actor_id is not None:
        return found.actor_id, found.modality
    subject = clause.subject(verb)
    giver = buyer_actors(context, subject, lex) if subject is not None else []
    modality = modality_of(verb, lex)
    return (giver[0][1], modality) if giver and modality is not None else None


def exchanged(
    context: Context, sent: SpacySpan, lex: Lexicon, made: list[Commitment], provenance: Provenance
) -> list[Commitment]:
    """A release by the other side for each counted group given "in exchange for" a release."""
    if not any(t.lower_ == "exchange" for t in sent):
        return []
    verbs = action_words(_RELEASE)
    out: list[Commitment] = []
    for token in sent:
        people = _given_for(token)
        verb = _verb_above(token.head.head) if people is not None else None
        if people is None or verb is None or verb.lemma_.lower() not in verbs:
            continue
        counted = _headcount(people)
        first = _first(context, verb, sent, made, lex) if counted is not None else None
        side = _other_side(context, verb, first[0], lex) if first is not None else None
        if side is None or first is None or counted is None:
            continue
        out.append(
            Commitment(
                actor=side[0],
                actor_id=side[1],
                action=_RELEASE,
                object=phrase(people, with_prep=False),
                modality=first[1],
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=counted[0],
                unit=counted[1],
            )
        )
    return out
