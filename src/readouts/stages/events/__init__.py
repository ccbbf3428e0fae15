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
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at
from readouts.stages.events.find import triggers_in
from readouts.stages.events.lexicon import Trigger, lexicon
from readouts.stages.events.roles import host_country, invited, participants, place, with_countries
from readouts.stages.events.status import status_of
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import TimeIndex, interval

VERSION = "0.1.0"
_SAID_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "PROTEST", "REQUEST"})
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})


_OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "punct", "cc"})


def _date(context: Context, token: Token) -> str | None:
    """The date in the trigger's own phrase or clause ("their October meeting", "met on Monday"), else the
    nearest in its sentence; never a "since ..." date, which names another time."""
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return None
    head = token if token.pos_ == "NOUN" else clause.verb_of(token)
    parts = [head, *(c for c in head.children if c.dep_ not in _OWN_CLAUSE)]
    tokens = [t for p in parts for t in (p.subtree if p is not head else [p])]
    sent = token.sent
    spans = (
        (min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)),
        (sent.start_char, sent.end_char),
    )
    for start, end in spans:
        marks = [
            m for m in index.marks
            if start <= m.start and m.end <= end and m.type in ("DATE", "TIME") and m.cue != "since"
            and interval(m.value) is not None
        ]  # fmt: skip
        if marks:
            best = min(marks, key=lambda m: abs(m.start - token.idx))
            return best.value.split("T", 1)[0] if best.value else None
    return None


_GENERIC_MODES = frozenset({"agreement", None})
_BILATERAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


def _domestic(context: Context, event_type: str, actors: list[Actor]) -> bool:
    """Criticism, requests and support among one country's own actors are politics, not diplomacy."""
    if event_type not in _BILATERAL or len(actors) < 2:
        return False
    countries = {a.country if a.kind != "country" else a.id.split(":", 1)[1] for a in actors}
    return None not in countries and len(countries) == 1


def _anaphoric(token: Token, date: str | None) -> bool:
    """'the call' with no date of its own refers back to an event already reported."""
    return (
        token.pos_ == "NOUN"
        and date is None
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in token.children)
    )


_MODE_WINDOW = 400  # characters before the trigger's sentence in which mode_from words count


def _mode(token: Token, trigger: Trigger) -> str | None:
    """The trigger's mode, or another one its ``mode_from`` words call for in or just before its sentence."""
    sent = token.sent
    text = token.doc.text[max(0, sent.start_char - _MODE_WINDOW) : sent.end_char].lower()
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
    date = _date(context, token)
    if _anaphoric(token, date):
        return None
    return Event(
        type=trigger.type,
        evidence=Span(sent.start_char, sent.end_char),
        provenance=STAGE.provenance,
        mode=_mode(token, trigger),
        participants=tuple(name for name, _ in pairs),
        participant_ids=tuple(ident for _, ident in pairs),
        date=date,
        status=status_of(token, trigger.type, lexicon(), date, context.article.published),
        location=where,
        context=trigger.context,
        trigger=token.text,
    )


def _same(a: Event, b: Event) -> bool:
    """Two reports of one event in an article: same type and mode, shared participants, and overlapping
    dates; a report without a date ("the call") is the same as one with the same status."""
    if a.type != b.type or not set(a.participant_ids) & set(b.participant_ids):
        return False
    if a.mode != b.mode:
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


def extract(doc: Doc, context: Context) -> Sequence[Event]:
    lex = lexicon()
    events: list[Event] = []
    for sent in doc.sents:
        for token, trigger in triggers_in(sent, lex):
            event = _event(context, token, trigger)
            if event is None:
                continue
            twin = next((i for i, e in enumerate(events) if _same(e, event)), None)
            if twin is None:
                events.append(event)
            else:
                events[twin] = _merge(events[twin], event)
    return events


STAGE = Stage(name="events", version=VERSION, provides="events", needs=("timexes", "actors"), run=extract)
