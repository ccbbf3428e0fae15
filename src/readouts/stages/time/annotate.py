"""One pass over a parsed body: tag, find each timex's direction, resolve values in text order."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from readouts import clause
from readouts.nlp import text_of
from readouts.stages.time import dates, tagger, tense
from readouts.stages.time.interval import Mark, TimeIndex, interval
from readouts.stages.time.quoted import requote
from readouts.stages.time.resolve import Env, resolve
from readouts.stages.time.tagger import Candidate
from readouts.stages.time.values import RANK

_EXPLICIT = ("mdy", "dmy", "iso", "numeric")
_DATES = ("md", "dm", "mdy", "dmy", "iso", "numeric")
_BETWEEN_WEEKDAY_AND_DATE = re.compile(r"^\s*(?:,|\(|,?\s*on|\()?\s*$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


_PRECISION = (
    (re.compile(r"^\d{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^\d{4}-W\d\d"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-(?:Q|H|SP|SU|FA|WI)"), "quarter"),
    (re.compile(r"^\d{4}$"), "year"),
)


def _precision(value: str | None) -> str | None:
    """The unit a single DATE value is precise to (None for intervals, decades and unresolved values)."""
    for pattern, unit in _PRECISION:
        if value and pattern.match(value):
            return unit
    return None


def _sentences(doc: Doc) -> tuple[tuple[int, int], ...]:
    return tuple((s.start_char, s.end_char) for s in doc.sents)


def _latest_explicit(cands: list[Candidate]) -> date | None:
    """The latest full date written in the text (the anchor of last resort)."""
    found: list[date] = []
    for c in cands:
        if c.kind in _EXPLICIT:
            _, value = resolve(c, Env(anchor=None, tense=None))
            if value and (d := dates.parse_anchor(value)):
                found.append(d)
    return max(found) if found else None


def _not_a_timex(c: Candidate, value: str | None, anchor: date | None) -> bool:
    if value is not None:
        return False
    if c.kind in ("year_range", "crop_season"):
        return True
    return c.kind == "rel" and (c.get("rel") or "").lower() == "the" and anchor is not None


def _pair_weekdays(marks: list[Mark], kinds: list[str], text: str) -> list[Mark]:
    """A weekday written next to a date ("Wednesday (Feb 4)", "Wednesday, Feb. 4") takes the date's value."""
    out = list(marks)
    for i, m in enumerate(out):
        if kinds[i] != "weekday":
            continue
        for j in (i + 1, i - 1):
            date_value = out[j].value if 0 <= j < len(out) and kinds[j] in _DATES else None
            if not date_value:
                continue
            a, b = (m, out[j]) if j > i else (out[j], m)
            if _BETWEEN_WEEKDAY_AND_DATE.match(text[a.end : b.start]):
                suffix = m.value[10:] if m.value and len(m.value) > 10 else ""
                out[i] = replace(m, value=date_value + suffix)
                break
    return out


_EVENT_ANCHOR = re.compile(r"^\s+(?:(?:his|her|its|their|our|the|a|an)\b|[A-Z][a-z])")
_ANCHOR_GAP = re.compile(r"^[^,;.]{1,40}\b(?:in|of|on)\s+$")  # "the day after his inauguration in November"


def _day_around(marks: list[Mark], kinds: list[str], text: str) -> list[Mark]:
    """ "The day before/after" right before a dated day takes that day's value plus or minus one; before an
    event that is not a date it takes the month of a date in that event's phrase ("the day after his
    inauguration in November"), else no value (it is not tomorrow or yesterday)."""
    out = list(marks)
    for i, m in enumerate(out):
        if kinds[i] != "anaphor_day" or not m.text.lower().endswith(("before", "after")):
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and re.match(r"^\s*$", text[m.end : nxt.start]):
            day = dates.parse_anchor(nxt.value) if nxt.value and _DAY_VALUE.match(nxt.value[:10]) else None
            if day is not None:
                step = -1 if m.text.lower().endswith("before") else 1
                out[i] = replace(m, value=(day + timedelta(days=step)).isoformat())
        elif _EVENT_ANCHOR.match(text[m.end : m.end + 12]):  # counted from an event, dated by its own phrase
            dated = nxt is not None and nxt.value and _ANCHOR_GAP.match(text[m.end : nxt.start])
            out[i] = replace(m, value=nxt.value[:7] if nxt is not None and nxt.value and dated else None)
    return out


def _date_times(marks: list[Mark], kinds: list[str], anchor: date | None) -> list[Mark]:
    """A clock time takes the day of the nearest day-precision date in its sentence (else the anchor)."""
    out = list(marks)
    for i, m in enumerate(out):
        if kinds[i] != "time" or not m.value:
            continue
        days = [
            o
            for o in out
            if o.type == "DATE"
            and o.value
            and _DAY_VALUE.match(o.value[:10])
            and (o.sentence == m.sentence or abs(o.start - m.end) < 25 or abs(m.start - o.end) < 25)
        ]
        if days:
            near = min(days, key=lambda o: abs(o.start - m.start))
            out[i] = replace(m, value=(near.value or "")[:10] + m.value[10:])
    return out


_DEADLINE_CUES = frozenset({"by", "before", "until", "till"})


_OFFSET_REACH = 3  # sentences back to the date "a month later" counts from


def _offset_ref(c: Candidate, fine: dict[str, tuple[date, int]], sent: int) -> tuple[date | None, str]:
    """The date "a day later" counts from: the latest date told precisely enough for the shift within a
    few sentences back, passing over coarser ones ("a speech on Tuesday ... sanctions from 1979 ... A day
    later")."""
    unit = str(c.fields.get("unit") or "day").lower().removesuffix("s")
    usable = [
        (when, where, u)
        for u, (when, where) in fine.items()
        if RANK.get(u, 9) <= RANK.get(unit, 0) and sent - where <= _OFFSET_REACH
    ]
    if not usable:
        return None, "day"
    when, _, u = max(usable, key=lambda x: x[1])
    return when, u


def _in_relative(doc: Doc, offset: int) -> bool:
    """Whether a timex stands in a relative clause (a description of someone, not the story's time)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(t.dep_ == "relcl" for t in (span[0], *clause.governors(span[0], limit=12)))


def annotate(doc: Doc, published: str | None) -> tuple[TimeIndex, list[bool]]:
    """The resolved timexes of a parsed body (and, per timex, whether its value could be anchored)."""
    text = text_of(doc)
    cands = tagger.tag(doc)
    anchor = dates.parse_anchor(published) or _latest_explicit(cands)
    sentences = _sentences(doc)
    index = TimeIndex(anchor, (), sentences)
    marks: list[Mark] = []
    kinds: list[str] = []
    anchored: list[bool] = []
    ref: date | None = None
    ref_unit = "day"
    fine: dict[str, tuple[date, int]] = {}  # the latest date told at each precision, with its sentence
    for c in cands:
        t = tense.direction(doc, c.start, c.end, through_nouns=c.kind == "weekday")
        sent = index.sentence_of(c.start)
        s_start, s_end = sentences[sent] if sent >= 0 else (c.start, c.end)
        before = text[max(0, c.start - 40) : c.start]
        near_ref, near_unit = ref, ref_unit
        if c.kind == "offset":
            near_ref, near_unit = _offset_ref(c, fine, sent)
        env = Env(anchor, t, near_ref, near_unit, before=before, sentence=text[s_start:s_end], article=text)
        typ, value = resolve(c, env)
        if _not_a_timex(c, value, anchor):
            continue
        if c.kind == "offset" and typ == "DURATION":  # "12 months later" with no date before: "12 months"
            c = tagger.Candidate(c.start, c.start + len(c.fields["dur"]), c.kind, c.fields, c.priority)
        cue = before.split()[-1].lower() if before.split() else ""
        marks.append(Mark(c.start, c.end, typ, value, sent, text[c.start : c.end], c.get("zone"), t, cue))
        kinds.append(c.kind)
        anchored.append(value is not None)
        unit = _precision(value) if typ == "DATE" else None
        span = interval(value) if unit else None
        # "by the end of March" is no time being told of, nor "Nijjar, who was shot dead that June"
        if unit and span and cue not in _DEADLINE_CUES and not _in_relative(doc, c.start):
            ref, ref_unit = span[0], unit
            fine[unit] = (span[0], sent)
    marks = _date_times(_day_around(_pair_weekdays(marks, kinds, text), kinds, text), kinds, anchor)
    marks = requote(doc, marks, kinds, anchor)
    return TimeIndex(anchor, tuple(marks), sentences), anchored
