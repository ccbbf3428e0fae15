"""Two sides' accounts of one call, from hand-built records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.link import compare_accounts
from readouts.model import Actor, Article, Event, Provenance, Quote, Record, Role, Span
from readouts.store import open_store

P = Provenance("test", "0")
T, X = "person:donald-trump", "person:xi-jinping"
ACTORS = (
    Actor(T, "Donald Trump", "person", P, "USA", (Role("President", "USA"),)),
    Actor(X, "Xi Jinping", "person", P, "CHN", (Role("President", "CHN"),)),
)


def _record(body: str, published: str, quotes: list[tuple[str, str, str]]) -> Record:
    article = Article(
        body=body, published=published, outlet="Wire", source_file=f"{published}-{len(body)}.txt"
    )
    call = Event("CONSULT", Span(0, 20), P, "call", ("Donald Trump", "Xi Jinping"), (T, X), "2025-11-24")
    items = []
    for text, speaker, side in quotes:
        start = body.index(text)
        items.append(
            Quote(text, "direct", start, start + len(text), P, None, speaker, "readout", "said", side)
        )
    return Record(article=article, actors=ACTORS, events=(call,), quotes=tuple(items))


US = "Trump and Xi spoke by phone. Trump said the call was very good."
CN = "Xi told Trump that Taiwan's return to China is part of the postwar order."


def _records() -> list[Record]:
    return [
        _record(US, "2025-11-25", [("the call was very good", "Donald Trump", "USA")]),
        _record(CN, "2025-11-25", [("Taiwan's return to China", "Xi Jinping", "CHN")]),
    ]


def _contract(records: list[Record]) -> list[dict[str, Any]]:
    from readouts.model import to_contract

    return [to_contract(r) for r in records]


def test_each_side_gets_its_own_statements() -> None:
    (comparison,) = compare_accounts(_contract(_records()))
    by_side = {a.side: [s.text for s in a.statements] for a in comparison.accounts}
    assert by_side == {"USA": ["the call was very good"], "CHN": ["Taiwan's return to China"]}
    assert len(comparison.event.reports) == 2


def test_one_sided_events_are_not_compared() -> None:
    records = _contract(_records())
    for r in records:
        for e in r["events"]:
            e["participant_ids"] = [T]
            e["participants"] = ["Donald Trump"]
    assert compare_accounts(records) == []


def test_compare_command(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_store(db) as store:
        for record in _records():
            store.add(record.article, record)
    result = CliRunner().invoke(get_app(), ["--db", str(db), "compare", "--json"])
    assert result.exit_code == 0, result.output
    (view,) = json.loads(result.output)
    assert [a["side"] for a in view["accounts"]] == ["USA", "CHN"]
    text = CliRunner().invoke(get_app(), ["--db", str(db), "compare", "--between", "Trump", "Xi"])
    assert "Taiwan's return to China" in text.output and "[Wire 2025-11-25" in text.output
