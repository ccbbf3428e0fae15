"""The stage never fails on odd input, and every mention's offsets point at its text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.stages.actors import actor_at, mentions_in
from tests.stages.actors.conftest import run_text

WORDS = st.sampled_from(
    ["China", "U.S.", "Xi", "Trump", "he", "she", "the", "Chinese", "leader", "ministry", "said", "'s", ",",
     "\"", "“", "”", "Beijing", "foreign", "President", "Jane", "Roe", "of", "Fund", "Sino-US", "\n", "."]
)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, max_size=30))
def test_any_word_soup(words: list[str]) -> None:
    text = " ".join(words)
    actors, context = run_text(text, "2025-01-01")
    for actor in actors:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text
    for m, actor in mentions_in(context, 0, len(text)):
        assert text[m.start : m.end] == m.text and actor.id
    actor_at(context, 0, len(text))


@pytest.mark.parametrize("text", ["", " ", "\n\n", "...", "“”", "he said", "The ministry said."])
def test_degenerate_texts(text: str) -> None:
    actors, context = run_text(text)
    assert actor_at(context, 0, len(text)) is None or actors
