"""Reports of one event within an article ("spoke by phone" and "the call" later on) merged into one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from readouts.model import Event
from readouts.pipeline import Context
from readouts.stages.actors import country_of
from readouts.stages.time import interval

_GENERIC_MODES = frozenset({"agreement", None})
_BROAD_SANCTIONS = frozenset({None, "economic", "diplomatic"})  # modes that may name any measure

_DIRECTED = frozenset(
    {"SANCTION", "AID", "THREATEN", "ACCUSE", "REQUEST", "COERCE", "ASSAULT", "PROTEST", "CONCEDE"}
)


_SPEECH = frozenset({"ACCUSE", "REQUEST", "THREATEN", "PROTEST"})  # said to someone: its target matters
_VOICES = _SPEECH | {"REJECT"}


def _target(context: Context, event: Event) -> str | None:
    """The country (or actor) an event's second party stands for: whom an accusation or a request is aimed
    at."""
    ids = event.participant_ids[: event.parties] if event.parties else event.participant_ids[:2]
    second = ids[1] if len(ids) > 1 else None
    return (country_of(context, second) or second) if second else None


def _side(context: Context, event: Event) -> str | None:
    """The country of an event's first participant (who sanctions, aids, threatens ...)."""
    first = event.participant_ids[0] if event.participant_ids else None
    return (country_of(context, first) or first) if first else None


def same_event(context: Context, a: Event, b: Event) -> bool:
    """Two reports of one event in an article: same type, shared participants (the same side first, for a
    directed event: China's tariff and Trump's levy are two; for a speech act told in two places, the same
    target too), and overlapping dates. A call, a visit and a meeting are three events; in one sentence a
    generic report ("agreed") joins a specific one ("a truce"). A report without a date joins one whose
    participants include or are included in its own."""
    pa, pb = set(a.participant_ids), set(b.participant_ids)
    if a.type != b.type or not pa & pb:
        return False
    if a.type in _DIRECTED and _side(context, a) != _side(context, b):
        return False
    ta, tb = (_target(context, a), _target(context, b)) if a.type in _SPEECH else (None, None)
    if ta and tb and ta != tb and a.evidence != b.evidence:
        return False  # Beijing accusing Manila, then accusing Washington: two accusations
    if a.type in _VOICES and a.evidence != b.evidence and a.participant_ids[:1] != b.participant_ids[:1]:
        return False  # the ministry's protest and the premier's: two voices
    if a.type == "CONSULT" and _other_people(pa - pb) and _other_people(pb - pa):
        return False  # Wang's talks with Mbumba and his meeting with Sassou Nguesso are two meetings
    if a.mode != b.mode:  # in one sentence, "test-fired a missile" is one test, a swap one release
        if a.type == "SANCTION" and not {a.mode, b.mode} & _BROAD_SANCTIONS:
            return False  # "suspended the treaty, closed the border and expelled the advisers": three acts
        remote = {a.mode, b.mode} == {"call", "virtual"}  # a video call, then "the conversation": one
        generic = a.mode in _GENERIC_MODES or b.mode in _GENERIC_MODES or a.type != "CONSULT" or remote
        same_day = a.date == b.date and len(a.date or "") == 10
        return (a.evidence == b.evidence or (remote and same_day)) and generic and a.date == b.date
    if a.status != b.status:
        return False  # "hosted Wang in March, the first such visit" and "is expected to visit": two
    if a.date and b.date:
        if (len(a.date) == 4) != (len(b.date) == 4):
            return False  # "a tariff imposed earlier this year" is not the levy raised on Wednesday
        ia, ib = interval(a.date), interval(b.date)
        sides = {country_of(context, i) or i for i in pa & pb if i}
        slack = timedelta(days=1) if len(sides) >= 2 else timedelta(0)  # a call "Monday" (Beijing time), not
        # Trump's deals in Riyadh on Tuesday and in Doha on Wednesday
        return bool(ia and ib and ia[0] <= ib[1] + slack and ib[0] <= ia[1] + slack)
    dated = a.date or b.date
    if _long_before(dated, context.article.published):
        return False  # "two hours of talks" (today's) is not the summit "in March"
    return pa <= pb or pb <= pa


_NEWS_DAYS = 14  # an undated report joins a dated one of the last two weeks, not one 23 days back


def _long_before(date: str | None, published: str | None) -> bool:
    """Whether a date ends more than two weeks before publication: background, not the news."""
    when, today = interval(date), interval(published)
    return bool(when and today and (today[0] - when[1]).days > _NEWS_DAYS)


def _other_people(ids: set[str | None]) -> bool:
    return any(i is not None and i.startswith("person:") for i in ids)


def _width(value: str | None) -> int:
    span = interval(value)
    return (span[1] - span[0]).days if span else 1 << 30


def merge_reports(a: Event, b: Event) -> Event:
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


def fold_visits(events: list[Event]) -> list[Event]:
    """A visit that is itself a meeting is told once, as the meeting: a visit that happened, told in the same
    sentence as a meeting that happened on a day inside the visit's date, by people who all take part in
    it, adds its place to the meeting and is dropped ("Orban flew to Moscow for talks with Putin": one
    event, not two). Told in sentences of their own, the visit and the meeting are both kept."""
    kept = list(events)
    dropped: set[int] = set()
    for i, e in enumerate(events):
        host = next((j for j, m in enumerate(events) if _hosts(m, e)), None) if _is_visit(e) else None
        if host is not None:
            dropped.add(i)
            kept[host] = replace(kept[host], location=kept[host].location or e.location)
    return [e for i, e in enumerate(kept) if i not in dropped]


def _is_visit(e: Event) -> bool:
    return e.type == "CONSULT" and e.mode == "visit" and e.status == "occurred"


def _hosts(meeting: Event, visit: Event) -> bool:
    if meeting.type != "CONSULT" or meeting.mode not in ("meeting", "talks") or meeting.status != "occurred":
        return False
    if meeting.evidence.end <= visit.evidence.start or visit.evidence.end <= meeting.evidence.start:
        return False  # "met Modi on the tarmac. It is Modi's first visit since 2019": both are told
    visitors = {i for i in visit.participant_ids if i and i.startswith("person:")}
    if not visitors or not visitors <= set(meeting.participant_ids) or len(meeting.participant_ids) < 2:
        return False
    day, span = interval(meeting.date), interval(visit.date)
    return bool(day and span and span[0] <= day[0] <= span[1] + timedelta(days=1))
