"""`readouts timeline` and `readouts commitments` over a store filled with hand-built records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli import records
from readouts.cli.app import get_app
from readouts.model import Article, Commitment, Event, Provenance, Record, Span
from readouts.store import open_store

P = Provenance("test", "0")
IDS = ("person:donald-trump", "person:xi-jinping")


def _call(date: str) -> Event:
    return Event("CONSULT", Span(0, 20), P, "call", ("Donald Trump", "Xi Jinping"), IDS, date)


def _soy(qty: float, modality: str, prev: float | None = None) -> Commitment:
    return Commitment(
        "China",
        "purchase",
        "soybeans",
        modality,
        Span(0, 30),
        P,
        "country:CHN",
        qty,
        "t",
        prev,  # type: ignore[arg-type]
    )


def _fill(db: Path) -> None:
    rows = [
        (
            "Leaders spoke by phone on Monday about farm trade.",
            "2025-11-25",
            [_call("2025-11-24")],
            [_soy(12e6, "pledged")],
        ),
        ("The two presidents held a call, the ministry said.", "2025-11-26", [_call("2025-11-24")], []),
        (
            "A second call covered soybeans and chips.",
            "2026-02-05",
            [_call("2026-02-04")],
            [_soy(20e6, "considering", 12e6)],
        ),
    ]
    with open_store(db) as store:
        for body, published, events, commitments in rows:
            article = Article(body=body, published=published, outlet="Wire", source_file=f"{published}.txt")
            store.add(article, Record(article=article, events=tuple(events), commitments=tuple(commitments)))


def test_timeline_merges_reports_and_cites_them(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    _fill(db)
    result = CliRunner().invoke(get_app(), ["--db", str(db), "timeline", "--json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    assert [e["date"] for e in events] == ["2025-11-24", "2026-02-04"]
    assert len(events[0]["citations"]) == 2
    between = CliRunner().invoke(
        get_app(), ["--db", str(db), "timeline", "--between", "Trump", "Xi", "--since", "2026"]
    )
    assert between.exit_code == 0
    assert "2026-02-04" in between.output and "2025-11-24" not in between.output


def test_commitments_history(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    _fill(db)
    result = CliRunner().invoke(get_app(), ["--db", str(db), "commitments", "--object", "soybean", "--json"])
    assert result.exit_code == 0, result.output
    (track,) = json.loads(result.output)
    assert track["history"] == [12e6, 20e6]
    assert track["status"] == "open"
    assert track["voiced_by"] == []  # every report names China itself
    table = CliRunner().invoke(get_app(), ["--db", str(db), "commitments"], env={"COLUMNS": "200"})
    assert "12,000,000 t → 20,000,000 t" in table.output


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (1, "years", "1 year"),
        (1, "cargoes", "1 cargo"),
        (2, "cargoes", "2 cargoes"),
        (12e6, "t", "12,000,000 t"),
        (1, "USD", "1 USD"),
        (25.5, "percent", "25.5 percent"),
        (None, "t", ""),
    ],
)
def test_quantities_read_as_written(value: float | None, unit: str, text: str) -> None:
    assert records._quantity(value, unit) == text
