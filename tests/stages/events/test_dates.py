"""Which timex dates an event, on hand-built parses (independent of the parser's choices)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from readouts.stages.events.dates import _in_other_clause
from readouts.stages.time.interval import Mark

Row = tuple[str, int, str, str, str, str]  # word, head, dep, pos, tag, lemma

# "Asked about it on Tuesday, Trump rejected it": the asking's day is the answer's
_ASKED: list[Row] = [
    ("Asked", 7, "advcl", "VERB", "VBN", "ask"),
    ("about", 0, "prep", "ADP", "IN", "about"),
    ("it", 1, "pobj", "PRON", "PRP", "it"),
    ("on", 0, "prep", "ADP", "IN", "on"),
    ("Tuesday", 3, "pobj", "PROPN", "NNP", "Tuesday"),
    (",", 7, "punct", "PUNCT", ",", ","),
    ("Trump", 7, "nsubj", "PROPN", "NNP", "Trump"),
    ("rejected", 7, "ROOT", "VERB", "VBD", "reject"),
    ("it", 7, "dobj", "PRON", "PRP", "it"),
    (".", 7, "punct", "PUNCT", ".", "."),
]
# "Elected in May, Mulino asked Washington": the election's month is not the request's
_ELECTED: list[Row] = [
    ("Elected", 5, "advcl", "VERB", "VBN", "elect"),
    ("in", 0, "prep", "ADP", "IN", "in"),
    ("May", 1, "pobj", "PROPN", "NNP", "May"),
    (",", 5, "punct", "PUNCT", ",", ","),
    ("Mulino", 5, "nsubj", "PROPN", "NNP", "Mulino"),
    ("asked", 5, "ROOT", "VERB", "VBD", "ask"),
    ("Washington", 5, "dobj", "PROPN", "NNP", "Washington"),
    (".", 5, "punct", "PUNCT", ".", "."),
]


def _doc(rows: list[Row]) -> Doc:
    words, heads, deps, pos, tags, lemmas = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas
    )


@pytest.mark.parametrize(
    ("rows", "timex", "trigger", "other"),
    [(_ASKED, 4, 7, False), (_ELECTED, 2, 5, True)],
    ids=["question-dates-its-answer", "other-act-dates-nothing"],
)
def test_adverbial_participle(rows: list[Row], timex: int, trigger: int, other: bool) -> None:
    """Whether a timex in an adverbial participle belongs to another clause than the trigger's."""
    doc = _doc(rows)
    token = doc[timex]
    mark = Mark(token.idx, token.idx + len(token), "DATE", "2025-11-18", 0, token.text, cue="on")
    assert _in_other_clause(doc, mark, doc[trigger]) is other


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and Qatar agreed on Monday to restore diplomatic relations severed in 2017.",
        "Riyadh and Tehran agreed on Monday to reopen embassies whose ties were frozen in 2016.",
    ],
)
def test_participle_on_the_object_dates_another_act(text: str) -> None:
    """A year in a participle on the object ("relations severed in 2017") dates the break, not the deal."""
    from tests.stages.events.runner import run_passage

    events = run_passage(text, "2025-05-20", "events")["events"]
    assert events and all(not (e["date"] or "").startswith("201") for e in events), events
