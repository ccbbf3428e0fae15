"""The people who act for the states taking part in an event: the envoys named around its trigger ("Wang held
talks with Wong ... the two sides agreed": Wang and Wong took part for their states)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import mentions_in


def _people_by_state(
    context: Context, start: int, end: int, codes: set[str]
) -> tuple[dict[str, list[Actor]], list[Actor]]:
    """The people named between two offsets: those of each of the given states (in text order), and those
    of no known state."""
    of_state: dict[str, list[Actor]] = {}
    stateless: list[Actor] = []
    for _, actor in mentions_in(context, start, end):
        if actor.kind != "person":
            continue
        if actor.country in codes:
            of_state.setdefault(actor.country, []).append(actor)
        elif actor.country is None and actor not in stateless:
            stateless.append(actor)
    return of_state, stateless


def envoys_for(context: Context, trigger: Token, states: list[Actor]) -> list[Actor]:
    """The person last named for each of two states in the sentence before the trigger's or in its own
    ("Wang held talks with Wong ... the two sides agreed": Wang and Wong took part for their states)."""
    if len(states) != 2:
        return []
    sent = trigger.sent
    start = trigger.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    codes = {s.id.split(":", 1)[1] for s in states if s.kind == "country"}
    of_state, stateless = _people_by_state(context, start, trigger.idx, codes)
    people = [named[-1] for named in of_state.values()]
    if len(people) == 1 and len(stateless) == 1:
        people.append(stateless[0])  # "Foreign Minister Penny Wong": the other state's, by elimination
    return people if len(people) == 2 else []


def envoys_of(context: Context, sent: SpacySpan, actors: list[Actor]) -> list[Actor]:
    """The people in the sentence who speak for a state taking part ("India will raise purchases, Goyal
    said after talks with Greer": Goyal held the talks for India)."""
    codes = {a.id.split(":", 1)[1] for a in actors if a.kind == "country"}
    if not codes:
        return []
    of_state, stateless = _people_by_state(context, sent.start_char, sent.end_char, codes)
    found = list(dict.fromkeys(a for named in of_state.values() for a in named if a not in actors))
    stateless = [a for a in stateless if a not in actors]
    if not found and len(codes) == 1 and len(stateless) == 1:
        return stateless  # "Commerce Minister Piyush Goyal": by elimination, the one state's
    return found
