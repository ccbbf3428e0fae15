"""Relative days inside a quotation take the day the words were said when the sentence dates the speech:
in “We will sign today,” the minister said on Wednesday, "today" is that Wednesday."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from readouts.nlp import text_of
from readouts.stages.time import dates
from readouts.stages.time.interval import Mark
from readouts.stages.time.tense import cues

_CLOSE = '”"'


def _quoted(text: str, start: int, end: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a pair of quotation marks within text[start:end]."""
    inside = False
    for i in range(start, pos):
        ch = text[i]
        if ch == '"':
            inside = not inside
        elif ch == "“":
            inside = True
        elif ch == "”":
            inside = False
    closes = any(ch in _CLOSE for ch in text[pos:end])
    return inside and closes


def _speech_day(doc: Doc, mark: Mark) -> date | None:
    """The day of a date mark that dates a verb of speech ("said on Wednesday", "told reporters Tuesday")."""
    if not mark.value or len(mark.value) != 10 or mark.type != "DATE":
        return None
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    if head.pos_ == "ADP":
        head = head.head
    if head.lemma_.lower() not in cues().speech_verbs or head.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    return dates.parse_anchor(mark.value)


def requote(doc: Doc, marks: list[Mark], kinds: list[str], anchor: date | None) -> list[Mark]:
    """Day words inside a quotation moved to the speech day given outside it in the same sentence."""
    if anchor is None:
        return marks
    text = text_of(doc)
    out = list(marks)
    sents = {i: (s.start_char, s.end_char) for i, s in enumerate(doc.sents)}
    for i, m in enumerate(out):
        if kinds[i] != "dayrel" or not m.value or m.sentence not in sents:
            continue
        s_start, s_end = sents[m.sentence]
        if not _quoted(text, s_start, s_end, m.start):
            continue
        said = [
            d
            for j, o in enumerate(out)
            if j != i and o.sentence == m.sentence and not _quoted(text, s_start, s_end, o.start)
            if (d := _speech_day(doc, o)) is not None
        ]
        own = dates.parse_anchor(m.value)
        if len(said) != 1 or own is None:
            continue
        moved = said[0] + timedelta(days=(own - anchor).days)
        out[i] = replace(m, value=moved.isoformat() + m.value[10:])
    return out
