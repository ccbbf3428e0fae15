"""Scoring whole articles: one-to-one matching, counts, ignore lists, timex occurrences, pairing."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readouts.errors import EvaluationError
from readouts.evaluation import KINDS, Counts, score
from readouts.evaluation.bipartite import max_matching

BODY = (
    "Freedonia and Sylvania agreed on Monday to reopen the harbour. "
    '"We will keep talking until the harbour reopens," Anna Berg said on Monday. '
    "Talks resume in April, and the deal runs for two years."
)


def gold(**lists: Any) -> dict[str, Any]:
    return {"source_file": "a.txt", **lists}


def system(**lists: Any) -> dict[str, Any]:
    return {"id": "abc", "source_file": "a.txt", **lists}


def span(text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = BODY.index(text, start + 1)
    return start, start + len(text)


def timex(text: str, value: str | None, nth: int = 0) -> dict[str, Any]:
    start, end = span(text, nth)
    return {"text": text, "start": start, "end": end, "value": value, "type": "DATE"}


def test_max_matching_is_optimal_not_greedy() -> None:
    # gold 0 could take system 0 or 1; gold 1 only system 0: greedy would pair 0-0 and leave gold 1 alone
    assert max_matching([[0, 1], [0]], 2) == {0: 1, 1: 0}
    assert max_matching([[0], [0], [0]], 1) == {0: 0}
    assert max_matching([[], [1]], 2) == {1: 1}


def test_one_gold_two_system_quotes() -> None:
    g = gold(quotes=[{"text": "We will keep talking until the harbour reopens", "speaker_name": "Anna Berg"}])
    s = system(
        quotes=[
            {"text": "We will keep talking until the harbour reopens", "speaker_name": "Anna Berg"},
            {"text": "we will keep talking until the harbour reopens", "speaker_name": "Berg"},
        ]
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["quotes"] == Counts(tp=1, gold=1, system=2)
    assert report.counts["quotes"].p == 0.5
    assert len(report.false_positives["quotes"]) == 1


def test_speaker_matching_uses_optimal_assignment() -> None:
    g = gold(
        quotes=[
            {"text": "the harbour reopens", "speaker_name": None},
            {"text": "the harbour reopens soon", "speaker_name": "Anna Berg"},
        ]
    )
    s = system(
        quotes=[
            {"text": "the harbour reopens soon", "speaker_name": "Anna Berg"},
            {"text": "the harbour reopens", "speaker_name": "Ed Park"},
        ]
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["quotes+speaker"].tp == 2


def test_speaker_miss_says_what_the_system_said() -> None:
    g = gold(quotes=[{"text": "the harbour reopens", "speaker_name": "Anna Berg"}])
    s = system(quotes=[{"text": "the harbour reopens", "speaker_name": "Ed Park"}])
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["quotes"].tp == 1
    assert report.counts["quotes+speaker"] == Counts(tp=0, gold=1, system=1)
    (miss,) = report.misses["quotes+speaker"]
    assert "the harbour reopens" in miss.text and "Ed Park" in miss.detail


def test_ignored_quote_is_neither_hit_nor_false_positive() -> None:
    g = gold(quotes=[], ignore=["harbour deal"])
    s = system(
        quotes=[{"text": "harbour deal", "speaker_name": "X"}, {"text": "a new thing", "speaker_name": "Y"}]
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["quotes"] == Counts(tp=0, gold=0, system=1)
    assert [e.text for e in report.false_positives["quotes"]] == ["“a new thing” — Y"]


def test_timex_counts_every_occurrence() -> None:
    g = gold(timexes=[{"text": "Monday", "type": "DATE", "value": "2026-03-09"}])
    s = system(timexes=[timex("Monday", "2026-03-09"), {**timex("Monday", "2026-03-02", 1)}])
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["timex"] == Counts(tp=2, gold=2, system=2)
    assert report.counts["timex_value"] == Counts(tp=1, gold=2, system=2)


def test_timex_relaxed_extent_and_false_positive_and_ignore() -> None:
    g = gold(
        timexes=[{"text": "April", "type": "DATE", "value": "2026-04"}],
        ignore=["two years"],
    )
    start, end = span("in April")
    s = system(
        timexes=[
            {"text": "in April", "start": start, "end": end, "value": "2026-04"},  # wider: still found
            timex("Monday", "2026-03-09"),  # not in gold: a false positive
            timex("years", "P2Y"),  # inside an ignored text
        ]
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["timex"] == Counts(tp=1, gold=1, system=2)
    assert report.counts["timex_value"] == Counts(tp=1, gold=1, system=2)
    assert [e.text for e in report.false_positives["timex"]] == [f"Monday@{span('Monday')[0]} = 2026-03-09"]


def test_timex_value_precision_counts_only_valued_system_timexes() -> None:
    g = gold(timexes=[{"text": "April", "type": "DATE", "value": "2026-04"}])
    s = system(timexes=[timex("April", None), timex("Monday", None)])
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["timex"] == Counts(tp=1, gold=1, system=2)
    assert report.counts["timex_value"] == Counts(tp=0, gold=1, system=0)


def test_timex_without_body_falls_back_to_text() -> None:
    g = gold(timexes=[{"text": "Monday", "type": "DATE", "value": "2026-03-09"}])
    s = system(timexes=[{"text": "Monday", "start": 0, "end": 0, "value": "2026-03-09"}])
    report = score([g], [s])
    assert report.counts["timex"] == Counts(tp=1, gold=1, system=1)
    assert any("bodies" in n for n in report.notes)


def test_gold_timex_text_missing_from_body_is_noted() -> None:
    report = score([gold(timexes=[{"text": "Tuesday", "value": "x"}])], [system()], bodies={"a.txt": BODY})
    assert report.counts["timex"].gold == 0
    assert any("Tuesday" in n for n in report.notes)


@pytest.mark.parametrize(
    ("gold_keys", "system_keys"),
    [
        ({"source_file": "a.txt"}, {"source_file": "a.txt"}),
        ({"id": "abc"}, {"id": "abc", "source_file": "other.txt"}),
        ({"source_file": "a.txt"}, {"source_file": "a.html"}),  # same stem
    ],
)
def test_pairing(gold_keys: dict[str, str], system_keys: dict[str, str]) -> None:
    g = {**gold_keys, "events": [{"type": "AID", "participants": ["Sylvania"], "date": None}]}
    s = {**system_keys, "events": [{"type": "AID", "participants": ["Sylvania"], "status": "occurred"}]}
    report = score([g], [s])
    assert report.counts["events"].tp == 1
    assert report.articles[0].paired


def test_unpaired_gold_counts_as_missed_and_system_without_gold_is_not_scored() -> None:
    g = gold(events=[{"type": "AID", "participants": ["Sylvania"]}])
    s = {"source_file": "b.txt", "events": [{"type": "AID", "participants": ["Sylvania"]}]}
    report = score([g], [s])
    assert report.counts["events"] == Counts(tp=0, gold=1, system=0)
    assert not report.articles[0].paired


def test_micro_average_over_articles() -> None:
    ev = {"type": "AID", "participants": ["Sylvania"], "status": "occurred"}
    g = [
        {"source_file": "a.txt", "events": [ev, {**ev, "type": "AGREE"}]},
        {"source_file": "b.txt", "events": [ev]},
    ]
    s = [
        {"source_file": "a.txt", "events": [ev]},
        {"source_file": "b.txt", "events": [ev, {**ev, "type": "COERCE"}]},
    ]
    report = score(g, s)
    c = report.counts["events"]
    assert (c.tp, c.gold, c.system) == (2, 3, 3)
    assert c.f1 == pytest.approx(2 / 3)
    assert [r.counts["events"].tp for r in report.articles] == [1, 1]
    by_type = report.event_types
    assert list(by_type) == ["AGREE", "AID", "COERCE"]
    assert by_type["AID"] == Counts(tp=2, gold=2, system=2)
    assert by_type["AGREE"] == Counts(tp=0, gold=1, system=0)
    assert by_type["COERCE"] == Counts(tp=0, gold=0, system=1)
    assert sum(by_type.values(), Counts()) == c


def test_json_shape_and_empty_conventions() -> None:
    report = score([gold()], [system()])
    out = report.as_json()
    assert list(out) == list(KINDS)
    assert all(set(v) == {"p", "r", "f1", "tp", "gold", "system"} for v in out.values())
    assert out["events"]["f1"] == 1.0  # nothing to find, nothing found
    assert Counts(0, 3, 0).as_dict() == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "gold": 3, "system": 0}


def test_bad_gold_raises() -> None:
    with pytest.raises(EvaluationError):
        score([{"source_file": "a.txt", "events": [{"type": "CHAT"}]}], [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 4), max_size=5, unique=True), max_size=5))
def test_max_matching_equals_brute_force(adjacency: list[list[int]]) -> None:
    pairs = max_matching(adjacency, 5)
    assert len(set(pairs.values())) == len(pairs)
    assert all(s in adjacency[g] for g, s in pairs.items())
    best = max(
        (
            sum(1 for g, s in enumerate(choice) if s is not None)
            for choice in itertools.product(*[[None, *row] for row in adjacency])
            if len([s for s in choice if s is not None]) == len({s for s in choice if s is not None})
        ),
        default=0,
    )
    assert len(pairs) == best


def test_misses_say_why() -> None:
    ev = {"type": "AID", "participants": ["Sylvania"], "date": "2026-03", "status": "occurred"}
    cm = {"actor": "Sylvania", "object": "grain", "quantity": 100, "unit": "t"}
    g = gold(
        events=[ev],
        commitments=[cm],
        timexes=[{"text": "April", "type": "DATE", "value": "2026-04"}],
    )
    s = system(
        events=[{**ev, "date": "2026-05-02"}, {**ev, "type": "AGREE", "status": "planned", "date": None}],
        commitments=[{**cm, "quantity": 150}],
        timexes=[timex("April", "2025-04")],
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.misses["events"][0].detail.endswith("(differs in: date)")
    assert report.misses["commitments"][0].detail.endswith("(differs in: quantity/unit)")
    assert report.misses["timex_value"][0].detail == "found with value(s): 2025-04"


def test_a_kind_the_gold_file_leaves_out_is_not_scored() -> None:
    g = gold(events=[{"type": "AGREE", "participants": ["Freedonia"], "status": "occurred"}])
    s = system(
        events=[{"type": "AGREE", "participants": ["Freedonia", "Sylvania"], "status": "occurred"}],
        quotes=[{"text": "We will keep talking", "speaker_name": "Anna Berg"}],
    )
    report = score([g], [s], bodies={"a.txt": BODY})
    assert report.counts["events"] == Counts(tp=1, gold=1, system=1)
    assert report.counts["quotes"] == Counts(tp=0, gold=0, system=0)
