"""Reading subjects off the parse (``readouts.clause.subject``), where the parser's attachment is wrong."""

from __future__ import annotations

import pytest

from readouts.clause import is_future, past_participle_clause, subject
from readouts.nlp import parse_one


def _subject_of(text: str, verb: str) -> str | None:
    token = next(t for t in parse_one(text) if t.text == verb)
    found = subject(token)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a past-tense verb joined to a reported clause in the present or future: the speaker's next act
        (
            'Trump grumbled on Friday that Canada "won\'t take our dairy" even as Canadian shoppers pay '
            "more, and threatened to double tariffs.",
            "threatened",
            "Trump",
        ),
        (
            'Erdogan said Sweden "has not done enough" to curb militants, and demanded that it extradite '
            "suspects.",
            "demanded",
            "Erdogan",
        ),
        (
            "The minister said the agency will review every licence, and pledged to publish the rules.",
            "pledged",
            "minister",
        ),
        # a reported clause in the past (perfect) keeps its own subject for the verb joined to it
        ("Ottawa said the cutter had stopped a trawler and held its crew for a day.", "held", "cutter"),
        # a verb in the same tense as the reported clause is part of what was said
        (
            "Lazaro said Manila demanded that Beijing cease its patrols and withdraw its ships.",
            "withdraw",
            "Beijing",
        ),
        # a state ("was ready to") is still what was said
        (
            "Timmermans said the bloc would not reopen the law, but was ready to help producers.",
            "was",
            "bloc",
        ),
    ],
)
def test_subject(text: str, verb: str, expected: str) -> None:
    assert _subject_of(text, verb) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("India eased frictions, cutting the duty on bourbon to 100%.", "cutting", True),
        ("India will ease frictions, cutting the duty on bourbon.", "cutting", False),  # told ahead
        ("India did not ease frictions, cutting the duty on bourbon.", "cutting", False),  # negated
        ("India eased frictions while cutting the duty on bourbon.", "cutting", False),  # its own conjunction
    ],
)
def test_past_participle_clause(text: str, verb: str, expected: bool) -> None:
    token = next(t for t in parse_one(text) if t.text == verb)
    assert past_participle_clause(token) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a base-form verb joined to a future one shares its "would" or "will"
        (
            "Tokyo said it would train 5,000 nurses over three years and provide $2 billion in loans to "
            "Ghana.",
            "provide",
            True,
        ),
        ("Ankara will build two ports and operate them for 30 years.", "operate", True),
        # a past verb joined to it is told as done, and a verb with its own subject is its own clause
        ("Lima said it would respect the ruling and urged Quito to do the same.", "urged", False),
        ("Seoul will send envoys and Tokyo may follow.", "follow", False),
    ],
)
def test_conjoined_verb_shares_the_future(text: str, verb: str, expected: bool) -> None:
    token = next(t for t in parse_one(text) if t.text == verb)
    assert is_future(token) is expected
