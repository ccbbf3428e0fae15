"""Quotation-mark pairing, including scraped text with unbalanced marks (property-tested never to crash)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.stages.quotes.marks import find_quoted
from tests.stages.quotes.helpers import quotes_of

CASES = [
    ('"A," he said. "B."', [("A,", True), ("B.", True)]),
    ("“Our ties are strong!” she wrote.", [("Our ties are strong!", True)]),
    ("“He calls it “hell” there,” she said.", [("He calls it “hell” there,", True)]),
    ("”Fear. I am afraid.” ― A. Reader", [("Fear. I am afraid.", True)]),
    ("‘We are done,’ the aide said, as leaders’ views don’t matter.", [("We are done,", True)]),
    ("''Old style,'' he said.", [("Old style,", True)]),
    ("„Wir sind bereit“, he said.", [("Wir sind bereit", True)]),
    ("«Nous restons unis», she said.", [("Nous restons unis", True)]),
    ('He said "never mind and left', [("never mind and left", False)]),
    ("“First paragraph.\n“Second paragraph.”", [("First paragraph.", True), ("Second paragraph.", True)]),
    ("a stray ” mark", []),
    ('Prices rose 5" in a year.', []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pairs(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(q.text(text), q.closed) for q in find_quoted(text)] == expected


def test_continued_flag() -> None:
    text = "“One.\n“Two.”"
    first, second = find_quoted(text)
    assert first.continued and not second.continued


@given(st.text(alphabet="ab .,\n\"“”‘’'„«»―", max_size=80))
def test_never_crashes(text: str) -> None:
    for q in find_quoted(text):
        assert 0 <= q.open < q.start <= q.end <= len(text)
        assert text[q.start : q.end].strip() == text[q.start : q.end]


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet='Ab said “”"‘’―:.,\n', max_size=60))
def test_stage_never_crashes(text: str) -> None:
    for q in quotes_of(text):
        assert 0 <= q.start < q.end <= len(text)
