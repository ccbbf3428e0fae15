"""Dating events from their context: an event with no date of its own takes the day of the lead sentence,
of the lead event, or the last date named before it in its paragraph."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from readouts.model import Event
from readouts.pipeline import Context
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import TimeIndex, calendar_value, interval


def after(date: str | None, context: Context) -> bool:
    """Whether a date lies after the article's publication."""
    when, today = interval(date), interval(context.article.published)
    return bool(when and today and when[0] > today[1])


def before(date: str | None, context: Context) -> bool:
    """Whether a date given to the day lies before the article's publication."""
    when, today = interval(date), interval(context.article.published)
    day = date is not None and len(date) == 10
    return bool(day and when and today and when[1] < today[0])


_LEAD_PARAGRAPHS = 3  # paragraphs after the lead's own in which undated events take its day
_LEAD_TYPES = frozenset(
    {"AGREE", "REQUEST", "ACCUSE", "THREATEN", "REJECT", "CONSULT", "ASSAULT", "MOBILIZE", "COERCE"}
)
_LEAD_SEARCH = 4  # the lead event stands in one of the first paragraphs (after title and teaser lines)


def lead_end(body: str) -> int:
    """Where the article's first paragraph ends."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    return len(body) if end == -1 else end


def _lead_sentence_dated(events: list[Event], context: Context) -> list[Event]:
    """An undated event that happened, told in the article's first paragraph, takes the first day the
    sentence names ("X said on Saturday after hosting Y and Z for talks": the talks were Saturday)."""
    index = context.cache.get(TIME_KEY)
    body = context.article.body
    end = lead_end(body)
    if not isinstance(index, TimeIndex):
        return events
    out = []
    for e in events:
        if e.date is None and e.status == "occurred" and e.evidence.start < end:
            days = [
                m.value for m in index.marks
                if e.evidence.start <= m.start < e.evidence.end and m.type == "DATE" and m.value
                and len(m.value) == 10 and m.cue not in ("since", "until", "by", "from")
            ]  # fmt: skip
            if days:  # "the summit that opens on Tuesday": a day after publication is a plan
                e = replace(e, date=days[0], status="planned" if after(days[0], context) else e.status)
        out.append(e)
    return out


_ASIDES = frozenset({"acl", "relcl", "appos"})


def _in_aside(doc: Doc, offset: int) -> bool:
    """Whether a date stands in a modifier of a noun ("migrants deported by Washington in March"): it dates
    that, not the paragraph's news."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    current = span[0]
    for _ in range(10):
        misparsed = current.head.dep_ == "ROOT" and current.head.pos_ in ("NOUN", "PROPN")
        if current.dep_ in _ASIDES and not misparsed:  # "The feud flared in October": a noun as the root
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


_DURING = re.compile(
    r"\b(?:during|at|after|on the sidelines of) (?:the|that|this|his|her|their) (?:(\w+)'s )?"
    r"(visit|trip|talks|meeting|call|summit|tour)\b",
    re.IGNORECASE,
)
_DURING_MODES = {"visit": "visit", "trip": "visit", "tour": "visit", "call": "call"}


def _during_dated(events: list[Event], body: str) -> list[Event]:
    """An undated event told "during the visit" (or at the talks, after the call) takes the day of the last
    such meeting told before it ("... met Zelensky in Kyiv on Wednesday. During the visit Blinken announced
    $717 million in aid"). During a visit still ahead, the event is ahead too, and takes the visit's days
    ("will visit on Feb. 13-14 ... would sign a treaty during the visit")."""
    out = list(events)
    for k, e in enumerate(events):
        found = _DURING.search(body, e.evidence.start, e.evidence.end)
        if e.date is not None or e.status not in ("occurred", "planned") or found is None:
            continue
        mode = _DURING_MODES.get(found.group(2).lower(), "meeting")
        earlier = [
            o for o in out[:k] if o.type == "CONSULT" and o.date and (len(o.date) == 10 or "/" in o.date)
            and o.evidence.start < e.evidence.start and (o.mode == mode or mode == "meeting")
        ]  # fmt: skip
        if earlier:
            meeting = earlier[-1]
            status = "planned" if meeting.status == "planned" else e.status
            out[k] = replace(e, date=meeting.date, status=status)
    return out


def _context_dated(events: list[Event], context: Context, doc: Doc | None = None) -> list[Event]:
    """An event told as done but given no date of its own takes the last date named before it in its
    paragraph ("... on Sunday. Russia launched 72 drones during the same night"; "phoned the Emir on Monday
    evening ... The prime minister then called Iranian officials")."""
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return events
    body = context.article.body
    out = []
    for e in events:
        if e.date is None and e.status == "occurred":
            start = body.rfind("\n", 0, e.evidence.start) + 1
            before = [
                m.value[:10] if m.type == "TIME" else m.value for m in index.marks
                if start <= m.start < e.evidence.start and m.type in ("DATE", "TIME") and m.value
                and (m.type == "DATE" or _DAY.match(m.value))
                and m.cue not in ("since", "until", "by") and not after(m.value[:10], context)
                and not (doc is not None and _in_aside(doc, m.start))
            ]  # fmt: skip
            e = replace(e, date=before[-1]) if before else e
        out.append(e)
    return out


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _news_dated(events: list[Event], lead_day: str | None) -> list[Event]:
    """An event told as done that nothing else dates takes the article's news day: the day its lead
    paragraph names first, else the day of its first dated event."""
    first = next((e.date for e in events if e.date and len(e.date) == 10), None)
    news_day = lead_day or first
    return [replace(e, date=news_day) if e.date is None and e.status == "occurred" else e for e in events]


def _lead_dated(events: list[Event], body: str, lead_day: str | None) -> list[Event]:
    """Undated agreements, meetings and statements told in the paragraphs right after the lead take the
    day the lead paragraph names first ("European leaders rallied around Zelensky in London on Sunday, two
    days after ..."), else the day of the lead event ("Xi and Trump met on Thursday ... The two sides agreed
    to extend their truce")."""
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
    day = lead_day or lead.date
    return [
        replace(e, date=day)
        if e.date is None and e.status == "occurred" and e.type in _LEAD_TYPES and e.evidence.start < end
        else e
        for e in events
    ]


def _lead_day(context: Context) -> str | None:
    """The first day the lead paragraph names, not after publication nor the edge of a period."""
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return None
    end = lead_end(context.article.body)
    return next(
        (
            m.value
            for m in index.marks
            if m.start < end and m.type == "DATE" and m.value and len(m.value) == 10
            and m.cue not in ("since", "until", "by", "from") and not after(m.value, context)
        ),
        None,
    )  # fmt: skip


_OVERNIGHT = re.compile(r"\bovernight\b", re.IGNORECASE)


def _overnight(events: list[Event], context: Context) -> list[Event]:
    """An undated event "overnight" in a news report happened in the night before publication: its day is
    the day before the published date."""
    published = interval(context.article.published)
    if published is None:
        return events
    day = (published[0] - timedelta(days=1)).isoformat()
    body = context.article.body
    return [
        replace(e, date=day)
        if e.date is None
        and e.status == "occurred"
        and _OVERNIGHT.search(body[e.evidence.start : e.evidence.end])
        else e
        for e in events
    ]


_NEAR = 400  # characters between a visit and the talks held during it


def _inside(day: str, span: tuple[date, date]) -> bool:
    when = interval(day)
    return bool(when and span[0] <= when[0] <= span[1])


def _visit_days(events: list[Event]) -> list[Event]:
    """A visit dated only by its week or month ("last week's visit to Canberra") takes the day of the talks
    its visitor held there, told beside it, when that day falls inside."""
    out = []
    for e in events:
        span = interval(e.date)
        if e.type == "CONSULT" and e.mode == "visit" and span and span[0] != span[1]:
            talks = [
                m.date for m in events
                if m.type == "CONSULT" and m.mode != "visit" and m.date and len(m.date) == 10
                and m.status == e.status and set(m.participant_ids) & set(e.participant_ids)
                and abs(m.evidence.start - e.evidence.start) <= _NEAR
                and _inside(m.date, span)
            ]  # fmt: skip
            e = replace(e, date=talks[0]) if talks else e
        out.append(e)
    return out


def _published_month(events: list[Event], context: Context) -> list[Event]:
    """An event told as done that nothing else dates is dated by the month of publication: news reports
    what is recent (a null date in gold is not checked, so the month costs nothing where it is unknown)."""
    month = (context.article.published or "")[:7]
    if len(month) != 7:
        return events
    return [replace(e, date=month) if e.date is None and e.status == "occurred" else e for e in events]


def dated_from_context(
    events: list[Event], context: Context, doc: Doc | None = None, earlier: frozenset[int] = frozenset()
) -> list[Event]:
    """The events with context dates filled in (overnight, lead sentence, lead event, paragraph, month of
    publication), in calendar form. ``earlier`` holds the positions in ``events`` of events told as the start
    of a period ("since their meeting in Busan"): they happened before the news, on a day the article
    does not give, so no context dates them."""
    kept = [e for i, e in enumerate(events) if i in earlier]
    rest = [e for i, e in enumerate(events) if i not in earlier]
    rest = _during_dated(_overnight(rest, context), context.article.body)
    rest = _context_dated(_lead_sentence_dated(rest, context), context, doc)
    lead_day = _lead_day(context)
    rest = _news_dated(_lead_dated(rest, context.article.body, lead_day), lead_day)
    rest = _published_month(_visit_days(rest), context)
    dated = iter(rest)
    undated = iter(kept)
    ordered = [next(undated) if i in earlier else next(dated) for i in range(len(events))]
    return [replace(e, date=calendar_value(e.date)) for e in ordered]
