"""The peer adapters: textacy triples and dateparser matches turned into contract items."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from bench import peers
from readouts.model import Article


@dataclass(frozen=True)
class Tok:
    text: str


@dataclass(frozen=True)
class Content:
    start_char: int
    end_char: int


BODY = 'Foreign Minister Ana Ruiz said: "We will hold talks next week." Officials on Tuesday agreed.'


def test_quote_from_triple_trims_marks_and_joins_speaker() -> None:
    start = BODY.index('"')
    end = BODY.index('"', start + 1) + 1
    q = peers.quote_from_triple(BODY, [Tok("Ana"), Tok("Ruiz")], [Tok("said")], Content(start, end))
    assert q["text"] == "We will hold talks next week."
    assert BODY[q["start"] : q["end"]] == q["text"]
    assert (q["kind"], q["speaker_name"], q["cue"]) == ("direct", "Ana Ruiz", "said")


def test_timexes_from_matches_locates_in_order() -> None:
    body = "On Tuesday they met; on Tuesday they spoke again."
    when = dt.datetime(2026, 3, 10, 15, 30)
    out = peers.timexes_from_matches(body, [("Tuesday", when), ("Tuesday", when), ("not there", when)])
    assert [(t["start"], t["end"]) for t in out] == [(3, 10), (24, 31)]
    assert all(t["value"] == "2026-03-10" and t["type"] == "DATE" for t in out)


def test_record_has_every_list() -> None:
    rec = peers.record(Article(body="Text.", source_file="a.txt"), quotes=[{"text": "x"}])
    assert rec["source_file"] == "a.txt" and rec["quotes"] == [{"text": "x"}]
    assert rec["timexes"] == [] and rec["events"] == []


def test_textacy_runs_and_counts_odd_quote_marks_as_failure() -> None:
    pytest.importorskip("textacy")
    from readouts import nlp

    good = Article(body='"We will hold talks again soon with our partners," Ana Ruiz said on Tuesday.')
    odd = Article(body='Ana Ruiz said "we will hold talks again soon with our partners on Tuesday.')
    run = peers.run_textacy([good, odd], [nlp.parse_one(good.body), nlp.parse_one(odd.body)])
    assert run.failed == 1
    quotes = run.records[0]["quotes"]
    assert quotes and quotes[0]["text"].startswith("We will hold talks")
    assert "Ruiz" in (quotes[0]["speaker_name"] or "")
    assert run.records[1]["quotes"] == []


def test_dateparser_runs_relative_to_published() -> None:
    pytest.importorskip("dateparser")
    art = Article(body="The ministers met on 3 March 2026 in Lisbon.", published="2026-03-10")
    run = peers.run_dateparser([art])
    values = {t["value"] for t in run.records[0]["timexes"]}
    assert "2026-03-03" in values
