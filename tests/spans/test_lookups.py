"""Token and mention lookups by bisection give what a walk over the whole document gives."""

from __future__ import annotations

from readouts import nlp
from readouts.model import Article
from readouts.pipeline import Context
from readouts.spans import tokens_starting_in
from readouts.stages.actors import extract
from readouts.stages.actors.resolve import index_of

TEXT = (
    "Foreign Minister Wang Yi met U.S. Secretary of State Marco Rubio in Kuala Lumpur on Friday. "
    "Wang said China wanted steady ties, and Rubio told him Washington would keep talking. "
    "The two men agreed that their teams would meet again in September, he said."
)


def test_tokens_starting_in_matches_a_walk() -> None:
    doc = nlp.parse_one(TEXT)
    for start in range(0, len(TEXT) + 2, 7):
        for end in (start, start + 1, start + 13, start + 60, len(TEXT) + 5):
            expected = [t.i for t in doc if start <= t.idx < end]
            assert [t.i for t in tokens_starting_in(doc, start, end)] == expected


def test_mentions_inside_match_a_filter() -> None:
    context = Context(article=Article(body=TEXT))
    extract(nlp.parse_one(TEXT), context)
    index = index_of(context)
    assert index.mentions
    for start in range(0, len(TEXT) + 2, 5):
        for end in (start, start + 4, start + 30, start + 90, len(TEXT) + 5):
            expected = [
                (m, index.actors[a])
                for m, a, _ in index.mentions
                if start <= m.start and m.end <= end and m.start < end and a in index.actors
            ]
            assert index.inside(start, end) == expected
