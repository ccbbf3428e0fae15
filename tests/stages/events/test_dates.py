"""Which timex dates an event, on hand-built parses (independent of the parser's choices)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from readouts.stages.events.dates import _in_other_clause
from readouts.stages.time.interval import Mark


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parsed doc from (word, head, dep, pos, tag, lemma) rows."""
    words, heads, deps, pos, tags, lemmas = (list(c) for c in zip(*rows, strict=True))
    return Doc(
        spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas
    )


def _mark(doc: Doc, i: int) -> Mark:
    token = doc[i]
    return Mark(token.idx, token.idx + len(token), "DATE", "2025-11-18", 0, token.text, cue="on")


def test_a_question_dates_its_answer() -> None:
    """ "Asked about it on Tuesday, Trump rejected it": the asking's day is the answer's."""
    doc = _doc(
        [
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
    )
    assert not _in_other_clause(doc, _mark(doc, 4), doc[7])


def test_another_act_in_an_adverbial_clause_dates_nothing() -> None:
    """ "Elected in May, Mulino asked ...": the election's month is not the request's."""
    doc = _doc(
        [
            ("Elected", 5, "advcl", "VERB", "VBN", "elect"),
            ("in", 0, "prep", "ADP", "IN", "in"),
            ("May", 1, "pobj", "PROPN", "NNP", "May"),
            (",", 5, "punct", "PUNCT", ",", ","),
            ("Mulino", 5, "nsubj", "PROPN", "NNP", "Mulino"),
            ("asked", 5, "ROOT", "VERB", "VBD", "ask"),
            ("Washington", 5, "dobj", "PROPN", "NNP", "Washington"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ]
    )
    assert _in_other_clause(doc, _mark(doc, 2), doc[5])
