"""The lemma fixes of ``readouts/lemmas.yaml`` run after the English pipeline."""

from __future__ import annotations

import pytest

from readouts.nlp import parse_one


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Canberra hopes to reopen talks.", "hopes", "hope"),
        ("Canberra hoped to reopen talks.", "hoped", "hope"),
        ("Canberra is hoping to reopen talks.", "hoping", "hope"),
    ],
)
def test_verb_lemmas_are_fixed(text: str, word: str, lemma: str) -> None:
    token = next(t for t in parse_one(text) if t.text == word)
    assert token.lemma_ == lemma


def test_nouns_keep_their_lemma() -> None:
    token = next(t for t in parse_one("Hopes of a deal faded.") if t.text == "Hopes")
    assert token.lemma_ == "hope"
