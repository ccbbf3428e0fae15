"""``readouts quotes``: filters and citations over a store filled through the real quotes stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.model import Article
from readouts.pipeline import default_stages, extract_one
from readouts.store import open_store

BODY = (
    "Trade Minister Ada Brook spoke with her Sudmark counterpart on Tuesday.\n"
    '"We agreed to buy more grain," Brook wrote on Telegram. "Ships will sail in May."\n'
    "Sudmark's foreign ministry said in a statement that the talks had been frank."
)
OLDER = "Finance Minister Otto Lind said on Monday that the budget would be balanced next year."


@pytest.fixture()
def filled(cli: CliRunner, tmp_path: Path) -> CliRunner:
    with open_store(tmp_path / "test.db") as store:
        for body, published in ((BODY, "2025-11-26"), (OLDER, "2025-10-02")):
            article = Article(body=body, outlet="Wire", published=published)
            store.add(article, extract_one(article, stages=default_stages(["actors", "quotes"])))
    return cli


def _json(runner: CliRunner, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(get_app(), ["quotes", "--json", *args])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_quotes_json_has_citations(filled: CliRunner) -> None:
    rows = _json(filled)
    assert len(rows) == 4
    first = rows[0]
    assert first["published"] == "2025-11-26"
    assert BODY[first["start"] : first["end"]] == first["text"]  # type: ignore[index,misc]
    assert first["text"] == "We agreed to buy more grain,"
    assert first["channel"] == "Telegram"


def test_quotes_filters(filled: CliRunner) -> None:
    assert {r["text"] for r in _json(filled, "--speaker", "brook")} == {
        "We agreed to buy more grain,",
        "Ships will sail in May.",
    }
    assert [r["kind"] for r in _json(filled, "--channel", "statement")] == ["indirect"]
    assert len(_json(filled, "--since", "2025-11")) == 3
    assert [r["published"] for r in _json(filled, "--until", "2025-10")] == ["2025-10-02"]
    assert [r["text"] for r in _json(filled, "--text", "budget")] == [
        "the budget would be balanced next year"
    ]


def test_quotes_table_and_bad_input(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["quotes"])
    assert result.exit_code == 0, result.output
    assert "Telegram" in result.stdout
    assert filled.invoke(get_app(), ["quotes", "--since", "last week"]).exit_code != 0
    assert filled.invoke(get_app(), ["quotes", "--kind", "rumour"]).exit_code != 0
