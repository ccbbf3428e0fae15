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


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Under the deal, Seoul will cut its tariff on beef from 40% to 20% when the pact enters into "
            "force, and lower it further to 10% by the fifth year.",
            "lower",
        ),
        ("Rebels agreed to free the hostages.", "free"),
    ],
)
def test_adjectives_with_an_object_are_verbs(text: str, word: str) -> None:
    token = next(t for t in parse_one(text) if t.text == word)
    assert token.pos_ == "VERB" and token.lemma_ == word


def test_adjectives_stay_adjectives() -> None:
    token = next(t for t in parse_one("Prices were lower in May.") if t.text == "lower")
    assert token.pos_ == "ADJ"
