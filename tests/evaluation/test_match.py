"""The contract's item-level rules, one table per kind."""

from __future__ import annotations

from typing import Any

import pytest

from readouts.evaluation import match

GOLD_QUOTE = {
    "text": "We will keep talking until the harbour reopens",
    "speaker_name": "Anna Berg",
}  # 8 tokens


@pytest.mark.parametrize(
    ("system_text", "expected"),
    [
        ("We will keep talking until the harbour reopens", True),
        ("we will keep talking", True),  # exactly half of the gold tokens
        ("we will keep", False),  # three of eight
        ("Officials said we will keep talking, the minister told reporters at length today", True),
        ("harbour harbour harbour harbour", False),  # multiset: one harbour in gold
        ("", False),
    ],
)
def test_quote_text_overlap_threshold(system_text: str, expected: bool) -> None:
    assert match.quote_matches(GOLD_QUOTE, {"text": system_text}) is expected


@pytest.mark.parametrize(
    ("gold", "system", "expected"),
    [
        ({"speaker_name": "Anna Berg"}, {"speaker_name": "Berg"}, True),
        ({"speaker_name": "Anna Berg"}, {"speaker_name": "Anna"}, False),
        ({"speaker_name": "Anna Berg"}, {"speaker_name": None}, False),
        ({"speaker_name": "Freedonia"}, {"speaker_name": "Freedonia's trade ministry"}, True),
        ({"speaker_name": "Freedonia's trade ministry"}, {"speaker_name": "trade ministry"}, True),
        (
            {"speaker_name": "Anna Berg", "speaker_alternatives": ["Freedonia"]},
            {"speaker_name": "Freedonia"},
            True,
        ),
        (
            {"speaker_name": "Anna Berg", "speaker_alternatives": ["Freedonia"]},
            {"speaker_name": "Sylvania"},
            False,
        ),
        ({"speaker_name": None}, {"speaker_name": "someone else entirely"}, True),  # pronoun speaker
        ({"speaker_name": None}, {"speaker_name": None}, True),
        ({"speaker_name": "China"}, {"speaker_name": "Beijing", "speaker": "country:CHN"}, True),
    ],
)
def test_speaker(gold: dict[str, Any], system: dict[str, Any], expected: bool) -> None:
    text = {"text": "the harbour stays open"}
    assert match.quote_speaker_matches(gold | text, system | text) is expected


@pytest.mark.parametrize(
    ("system_text", "ignored"),
    [
        ("open skies", True),
        ("Open skies!", True),
        ("skies", True),
        ("the open skies deal was signed by both sides last night", False),
        ("closed borders", False),
    ],
)
def test_quote_ignore(system_text: str, ignored: bool) -> None:
    assert match.quote_ignored({"text": system_text}, ["open skies"]) is ignored


GOLD_EVENT = {
    "type": "CONSULT",
    "participants": ["United States", "Anna Berg"],
    "date": "2026-04",
    "status": "planned",
}
SYSTEM_EVENT = {
    "type": "CONSULT",
    "participants": ["Washington", "Foreign Minister Anna Berg", "Ed Park"],
    "participant_ids": ["country:USA", "person:anna-berg", "person:ed-park"],
    "date": "2026-04-15",
    "status": "planned",
}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, True),
        ({"type": "AGREE"}, False),
        ({"status": "occurred"}, False),
        ({"date": "2026-05-02"}, False),
        ({"date": None}, False),
        ({"participants": ["US", "Berg"], "participant_ids": []}, True),  # same country by name
        ({"participants": ["Washington", "Berg"], "participant_ids": [None, None]}, False),
        ({"participants": ["Anna Berg"], "participant_ids": ["person:anna-berg"]}, False),  # one missing
    ],
)
def test_event(change: dict[str, Any], expected: bool) -> None:
    assert match.event_matches(GOLD_EVENT, SYSTEM_EVENT | change) is expected


def test_event_gold_date_null_not_checked() -> None:
    assert match.event_matches(GOLD_EVENT | {"date": None}, SYSTEM_EVENT | {"date": "1999"})


GOLD_COMMITMENT = {"actor": "Freedonia", "object": "wheat shipments", "quantity": 2_000_000, "unit": "t"}
SYSTEM_COMMITMENT = {"actor": "Freedonia", "actor_id": "country:XFD", "object": "shipment of wheat"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"quantity": 2_000_000, "unit": "t"}, True),
        ({"quantity": 2_019_999, "unit": "t"}, True),  # within 1%
        ({"quantity": 1_980_000, "unit": "t"}, True),  # exactly 1%
        ({"quantity": 2_020_001, "unit": "t"}, False),
        ({"quantity": 2_000_000, "unit": "USD"}, False),
        ({"quantity": None, "unit": "t"}, False),
        ({"quantity": 2_000_000, "unit": "t", "object": "shipments"}, True),  # singular forms
        ({"quantity": 2_000_000, "unit": "t", "object": "rice"}, False),
        ({"quantity": 2_000_000, "unit": "t", "object": "to the"}, False),  # stop words only
        ({"quantity": 2_000_000, "unit": "t", "actor": "Sylvania"}, False),
        ({"quantity": 2_000_000, "unit": "t", "actor": "the Freedonia government"}, True),
    ],
)
def test_commitment(change: dict[str, Any], expected: bool) -> None:
    assert match.commitment_matches(GOLD_COMMITMENT, SYSTEM_COMMITMENT | change) is expected


@pytest.mark.parametrize(
    ("gold_object", "system_object", "expected"),
    [
        ("battery", "batteries", True),
        ("soybean purchases", "purchase of soybeans", True),
        ("arms to Taiwan", "sales to Japan", False),
    ],
)
def test_objects_share_word(gold_object: str, system_object: str, expected: bool) -> None:
    assert match.objects_share_word(gold_object, system_object) is expected


def test_commitment_without_gold_quantity_ignores_system_quantity() -> None:
    gold = {"actor": "Freedonia", "object": "wheat"}
    assert match.commitment_matches(
        gold, {"actor": "Freedonia", "object": "wheat", "quantity": 5, "unit": "t"}
    )


BODY = "On Monday the talks began. By monday night, and again on Monday, they stalled; Mondays are slow."


def test_every_occurrence_on_word_boundaries() -> None:
    occ = match.timex_occurrences([{"text": "Monday", "value": "2026-03-09"}], BODY)
    second = BODY.index("Monday, they")
    # not "monday" (lower case, not at a sentence start), not "Mondays"
    assert [(o.start, o.end) for o in occ] == [(3, 9), (second, second + 6)]


def test_first_letter_may_be_capitalised() -> None:
    body = "Last month prices rose; they fell last month too."
    occ = match.timex_occurrences([{"text": "last month", "value": "2026-02"}], body)
    assert len(occ) == 2


def test_occurrence_inside_a_longer_gold_occurrence_is_dropped() -> None:
    body = "They met on Feb 4 and again on 4 March."
    occ = match.timex_occurrences([{"text": "Feb 4", "value": "x"}, {"text": "4", "value": "y"}], body)
    assert [o.text for o in occ] == ["Feb 4", "4"]
    assert occ[1].start == body.index("4 March")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(3, 9, True), (0, 9, True), (8, 20, True), (0, 3, False), (9, 12, False)],
)
def test_timex_relaxed_extent(start: int, end: int, expected: bool) -> None:
    occ = match.Occurrence("Monday", 3, 9, "2026-03-09")
    assert match.timex_found(occ, {"start": start, "end": end, "value": None}) is expected


def test_timex_value_needs_equal_value() -> None:
    occ = match.Occurrence("Monday", 3, 9, "2026-03-09")
    assert match.timex_value_matches(occ, {"start": 3, "end": 9, "value": "2026-03-09"})
    assert not match.timex_value_matches(occ, {"start": 3, "end": 9, "value": "2026-03-16"})


def test_timex_ignore_by_occurrence() -> None:
    body = "They will meet later this year, officials said."
    start = body.index("this year")
    assert match.timex_ignored({"start": start, "end": start + 9}, ["later this year"], body)
    assert not match.timex_ignored({"start": 0, "end": 4}, ["later this year"], body)


@pytest.mark.parametrize(("gold", "system"), [("P10Y", "P1DE"), ("P200Y", "P2CE"), ("P1DE", "P10Y")])
def test_decades_and_centuries_equal_years(gold: str, system: str) -> None:
    from readouts.evaluation.match import Occurrence, timex_value_matches

    occ = Occurrence("the past decade", -1, -1, gold)
    assert timex_value_matches(occ, {"text": "the past decade", "value": system})


@pytest.mark.parametrize(
    ("gold", "system"),
    [
        ("yuan", "CNY"),
        ("reais", "BRL"),
        ("EUR", "euros"),
        ("t", "t"),
        ("MYR", "ringgit"),
        ("won", "KRW"),
        ("roubles", "RUB"),
        ("Swiss francs", "CHF"),
    ],
)
def test_currency_words_and_codes_are_one_unit(gold: str, system: str) -> None:
    from readouts.evaluation.match import quantity_matches

    assert quantity_matches({"quantity": 100, "unit": gold}, {"quantity": 100, "unit": system})


@pytest.mark.parametrize(("gold", "system"), [("pesos", "PHP"), ("francs", "CHF"), ("MYR", "USD")])
def test_currency_words_several_states_use_stay_their_own_unit(gold: str, system: str) -> None:
    from readouts.evaluation.match import quantity_matches

    assert not quantity_matches({"quantity": 100, "unit": gold}, {"quantity": 100, "unit": system})
