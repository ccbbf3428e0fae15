"""An event's status (occurred, planned, proposed, cancelled) from the words that govern its trigger,
the tense of its verb, and its date against the article's publication date."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import EventStatus
from readouts.stages.events.lexicon import Lexicon
from readouts.stages.time import interval

_STATUS: dict[str, EventStatus] = {
    "cancelled": "cancelled",
    "planned_accept": "planned",
    "proposed": "proposed",
    "planned": "planned",
}


def status_of(
    trigger: Token, event_type: str, lex: Lexicon, date: str | None, published: str | None
) -> EventStatus:
    cues = clause.cue_lemmas(trigger, limit=3)
    verb = clause.verb_of(trigger)
    cues.extend(sorted(clause.auxiliaries(verb)))
    for name, words in lex.status:
        hits = words - {"agree"} if event_type == "AGREE" else words
        if any(c in hits for c in cues):
            return _STATUS[name]
    if clause.is_future(verb):
        return "planned"
    when, today = interval(date), interval(published)
    if when and today and when[0] > today[1]:
        return "planned"
    return "occurred"
