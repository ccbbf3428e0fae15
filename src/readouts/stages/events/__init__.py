"""The events stage: PLOVER-coded events (type, mode, participants, date, place, status) with evidence.

Triggers and status cues come from ``data/triggers.yaml``. For each trigger in a sentence the stage reads
participants and place off the parse (:mod:`.roles`), dates the event through the time stage
(``date_for_span``), and sets its status (:mod:`.status`). Reports of one event within an article (a
"call" noun beside "spoke", "the call" later on) are merged into the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from readouts import clause
from readouts.model import Actor, Event, Span
from readouts.nlp import text_of
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at, country_of
from readouts.stages.events.dates import date_of, perfect_month
from readouts.stages.events.find import triggers_in
from readouts.stages.events.lexicon import Trigger, lexicon
from readouts.stages.events.roles import (
    host_country,
    invited,
    participants,
    place,
    speaker_of,
    with_countries,
)
from readouts.stages.events.status import cue_words, status_of
from readouts.stages.time import calendar_value, interval

VERSION = "0.2.0"
_SAID_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "PROTEST", "REQUEST"})
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})


_GENERIC_MODES = frozenset({"agreement", None})
_BILATERAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "CONSULT"})


def _domestic(context: Context, event_type: str, actors: list[Actor]) -> bool:
    """Meetings, criticism, requests and support among one country's own actors are politics, not
    diplomacy."""
    if event_type not in _BILATERAL or len(actors) < 2:
        return False
    countries = {a.country if a.kind != "country" else a.id.split(":", 1)[1] for a in actors}
    return None not in countries and len(countries) == 1


_AFTER = frozenset({"since", "after", "following", "during"})


_CONDITIONS = frozenset({"if", "unless", "whether"})


def _hypothetical(token: Token) -> bool:
    """ "if China attacked Taiwan": an event in a condition has not happened (a threat may still be made)."""
    verb = clause.verb_of(token)
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _anaphoric(token: Token, date: str | None) -> bool:
    """'the call' with no date of its own, or 'since the summit', refers back to an event already
    reported."""
    return (
        token.pos_ == "NOUN"
        and (date is None or token.head.lower_ in _AFTER)
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in token.children)
    )


_MODE_WINDOW = 400  # characters before the trigger's sentence in which mode_from words count


def _mode(token: Token, trigger: Trigger) -> str | None:
    """The trigger's mode, or another one its ``mode_from`` words call for in or just before its sentence."""
    sent = token.sent
    text = text_of(token.doc)[max(0, sent.start_char - _MODE_WINDOW) : sent.end_char].lower()
    words = set(re.findall(r"[a-z]+", text))
    return next((mode for mode, cues in trigger.mode_from if cues & words), trigger.mode)


def _object_is_person(context: Context, token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "dobj":
            actor = actor_at(context, child.idx, child.idx + len(child))
            if actor is not None and actor.kind == "person":
                return True
    return False


def _event(context: Context, token: Token, trigger: Trigger) -> Event | None:
    sent = token.sent
    if trigger.object_person and not _object_is_person(context, token):
        return None
    if trigger.type != "THREATEN" and _hypothetical(token):
        return None
    guests = invited(context, token) if trigger.mode == "visit" else None
    actors = guests or participants(
        context, token, speaker=trigger.type in _SAID_TYPES, targets=trigger.type != "CONSULT"
    )
    if len(actors) < trigger.min_actors or _domestic(context, trigger.type, actors):
        return None
    where = place(token, sent) or (host_country(context, token) if guests else None)
    if trigger.needs_place and where is None:
        return None
    if trigger.type == "CONSULT" and any(a.kind == "person" for a in actors):
        pairs = [(a.name, a.id) for a in actors]
    else:
        pairs = with_countries(context, actors)
    date = date_of(context, token, speech=trigger.type in _SAID_TYPES and token.pos_ == "VERB")
    if _anaphoric(token, date):
        return None
    status = status_of(token, trigger.type, lexicon(), date, context.article.published)
    if trigger.type == "THREATEN" and token.pos_ == "NOUN" and status == "planned":
        status = "occurred"  # "said China would take countermeasures": the threat is made in the saying
    if date is None and status == "occurred":
        date = perfect_month(token, context.article.published)
    event = Event(
        type=trigger.type,
        evidence=Span(sent.start_char, sent.end_char),
        provenance=STAGE.provenance,
        mode=_mode(token, trigger),
        participants=tuple(name for name, _ in pairs),
        participant_ids=tuple(ident for _, ident in pairs),
        date=date,
        status=status,
        location=where,
        context=trigger.context,
        trigger=token.text,
    )
    return _as_threat(context, token, event)


def _as_threat(context: Context, token: Token, event: Event) -> Event | None:
    """A sanction someone says will come ("Trump said the U.S. would impose a 100% tariff") is a threat,
    made when the words were said, by the speaker as well as the state."""
    if event.type != "SANCTION" or event.status != "planned":
        return event
    if lexicon().threat_cues & set(cue_words(token)[1:]):
        return None  # "threatened to impose tariffs": the threat verb's own event
    said = speaker_of(token)
    if said is None:
        return event
    speaker = actor_at(context, said.idx, said.idx + len(said))
    side = country_of(context, speaker.id) if speaker is not None else None
    if side is None or f"country:{side}" not in event.participant_ids[:2]:
        return event  # an analyst's expectation of another state's sanction is no threat
    names, ids = list(event.participants), list(event.participant_ids)
    if speaker is not None and speaker.id not in ids:
        names.insert(0, speaker.name)
        ids.insert(0, speaker.id)
    return replace(
        event,
        type="THREATEN",
        mode="economic",
        participants=tuple(names),
        participant_ids=tuple(ids),
        date=date_of(context, said.head),
        status="occurred",
    )


_DIRECTED = frozenset({"SANCTION", "AID", "THREATEN", "ACCUSE", "REQUEST", "COERCE", "ASSAULT", "PROTEST"})


def _side(context: Context, event: Event) -> str | None:
    """The country of an event's first participant (who sanctions, aids, threatens ...)."""
    first = event.participant_ids[0] if event.participant_ids else None
    return (country_of(context, first) or first) if first else None


def _same(context: Context, a: Event, b: Event) -> bool:
    """Two reports of one event in an article: same type and mode, shared participants (the same side
    first, for a directed event: China's tariff and Trump's levy are two), and overlapping dates; a report
    without a date ("the call") is the same as one with the same status."""
    if a.type != b.type or not set(a.participant_ids) & set(b.participant_ids):
        return False
    if a.type in _DIRECTED and _side(context, a) != _side(context, b):
        return False
    if a.mode != b.mode:
        if a.type == "CONSULT" and a.mode and b.mode:
            return a.evidence == b.evidence and a.date == b.date  # a call, then a visit: two events
        return a.evidence == b.evidence  # one sentence: "agreed to a truce" is one agreement
    if a.date and b.date:
        ia, ib = interval(a.date), interval(b.date)
        return bool(ia and ib and ia[0] <= ib[1] and ib[0] <= ia[1])
    return a.status == b.status


def _width(value: str | None) -> int:
    span = interval(value)
    return (span[1] - span[0]).days if span else 1 << 30


def _merge(a: Event, b: Event) -> Event:
    """One event from two reports in an article: the first's evidence, both reports' participants, and the
    date (with the status that goes with it) of the more precise report."""
    ids = list(a.participant_ids)
    names = list(a.participants)
    for name, ident in zip(b.participants, b.participant_ids, strict=False):
        if ident not in ids:
            ids.append(ident)
            names.append(name)
    dated = b if _width(b.date) < _width(a.date) else a
    mode = b.mode if a.mode in _GENERIC_MODES and b.mode else a.mode
    return replace(
        a,
        mode=mode,
        participants=tuple(names),
        participant_ids=tuple(ids),
        date=dated.date,
        status=dated.status,
        location=a.location or b.location,
    )


_LEAD_PARAGRAPHS = 3  # paragraphs after the lead's own in which undated events take its day
_LEAD_TYPES = frozenset({"AGREE", "REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONSULT"})
_LEAD_SEARCH = 4  # the lead event stands in one of the first paragraphs (after title and teaser lines)


def _lead_dated(events: list[Event], body: str) -> list[Event]:
    """Undated agreements, meetings and statements told in the paragraphs right after the lead take the
    day of the lead event ("Xi and Trump met on Thursday ... The two sides agreed to extend their truce")."""
    ends = [m.start() for m in re.finditer(r"\n+", body)] + [len(body)]
    lead = next(
        (
            e
            for e in events
            if e.date and len(e.date) == 10 and e.evidence.start < ends[min(_LEAD_SEARCH, len(ends) - 1)]
        ),
        None,
    )
    if lead is None:
        return events
    para = next(i for i, end in enumerate(ends) if lead.evidence.start < end)
    end = ends[min(para + _LEAD_PARAGRAPHS, len(ends) - 1)]
    return [
        replace(e, date=lead.date)
        if e.date is None and e.status == "occurred" and e.type in _LEAD_TYPES and e.evidence.start < end
        else e
        for e in events
    ]


def extract(doc: Doc, context: Context) -> Sequence[Event]:
    lex = lexicon()
    events: list[Event] = []
    for sent in doc.sents:
        for token, trigger in triggers_in(sent, lex):
            event = _event(context, token, trigger)
            if event is None:
                continue
            twin = next((i for i, e in enumerate(events) if _same(context, e, event)), None)
            if twin is None:
                events.append(event)
            else:
                events[twin] = _merge(events[twin], event)
    return [replace(e, date=calendar_value(e.date)) for e in _lead_dated(events, context.article.body)]


STAGE = Stage(name="events", version=VERSION, provides="events", needs=("timexes", "actors"), run=extract)
