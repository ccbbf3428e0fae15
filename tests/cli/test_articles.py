from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.model import Article
from readouts.store import open_store
from tests.store.fakes import BODY, make_record
from tests.store.fakes import text as made_up

MEETING = Article(body=BODY, outlet="Wire", published="2025-11-26", title="Norland and Sudmark meet")
OTHER = Article(body=made_up(3), outlet="Herald", published="2025-10-02", title="Harbour works resume")
COPY = Article(body=OTHER.body.replace(".", "!", 1), outlet="Echo", published="2025-10-03")


@pytest.fixture()
def filled(cli: CliRunner, tmp_path: Path) -> CliRunner:
    with open_store(tmp_path / "test.db") as store:
        store.add(MEETING, make_record(MEETING))
        store.add(OTHER)
        store.add(COPY)
    return cli


def test_articles_table(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["articles"])
    assert result.exit_code == 0, result.output
    assert MEETING.id[:10] in result.stdout and OTHER.id[:10] in result.stdout
    assert COPY.id[:10] not in result.stdout
    assert result.stdout.index(MEETING.id[:10]) < result.stdout.index(OTHER.id[:10])


def test_articles_json_with_filters(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["articles", "--json", "--since", "2025-11"])
    assert [a["id"] for a in json.loads(result.stdout)] == [MEETING.id]
    result = filled.invoke(get_app(), ["articles", "--json", "--outlet", "herald"])
    assert [a["id"] for a in json.loads(result.stdout)] == [OTHER.id]
    result = filled.invoke(get_app(), ["articles", "--json", "--query", "wheat"])
    assert [a["id"] for a in json.loads(result.stdout)] == [MEETING.id]
    result = filled.invoke(get_app(), ["articles", "--json", "--limit", "1"])
    assert len(json.loads(result.stdout)) == 1


def test_articles_entities(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["articles", "--json", "--entities", "--query", "wheat"])
    [item] = json.loads(result.stdout)
    assert item["entities"] == {
        "people": ["Ada Brook"],
        "countries": ["Norland"],
        "organisations": ["Grain Board"],
    }
    table = filled.invoke(get_app(), ["articles", "--entities"], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "Ada Brook" in table.stdout and "Grain Board" in table.stdout


def test_articles_bad_date(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["articles", "--since", "yesterday"])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_show_by_prefix(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["show", MEETING.id[:8]])
    assert result.exit_code == 0, result.output
    assert "Norland and Sudmark meet" in result.stdout and "Velten" in result.stdout
    assert "quotes: 1" in result.stdout and "Ada Brook (person)" in result.stdout


def test_show_json(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["show", "--json", MEETING.id])
    shown = json.loads(result.stdout)
    assert shown["article"]["body"] == BODY and shown["record"]["id"] == MEETING.id
    copy = json.loads(filled.invoke(get_app(), ["show", "--json", COPY.id]).stdout)
    assert copy["article"]["duplicate_of"] == OTHER.id and copy["record"] is None


def test_show_near_duplicate_and_unknown(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["show", COPY.id])
    assert f"near-duplicate of {OTHER.id}" in result.stdout
    missing = filled.invoke(get_app(), ["show", "nothing-like-this"])
    assert missing.exit_code == 2 and "no stored article" in missing.stderr


def test_stats(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["stats", "--json"])
    numbers = json.loads(result.stdout)
    assert numbers["tables"]["articles"] == 3 and numbers["near_duplicates"] == 1
    assert numbers["by_outlet"] == {"Herald": 1, "Wire": 1}
    table = filled.invoke(get_app(), ["stats"])
    assert table.exit_code == 0 and "near-duplicates: 1" in table.stdout


def test_commands_on_an_empty_store(cli: CliRunner) -> None:
    assert json.loads(cli.invoke(get_app(), ["articles", "--json"]).stdout) == []
    assert json.loads(cli.invoke(get_app(), ["stats", "--json"]).stdout)["tables"]["articles"] == 0


def test_articles_with_duplicates(filled: CliRunner) -> None:
    result = filled.invoke(get_app(), ["articles", "--duplicates"], env={"COLUMNS": "200"})
    assert COPY.id[:10] in result.stdout and f"copy of {OTHER.id[:10]}" in result.stdout
