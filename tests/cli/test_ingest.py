from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.store import open_store
from tests.store.fakes import text as made_up


def _folder(tmp_path: Path, n: int = 3) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i}.txt").write_text(
            f"source: Wire\npublished: 2025-11-0{i + 1}\n\n{made_up(i)}\n", "utf-8"
        )
    return folder


def test_ingest_folder_then_again(cli: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = cli.invoke(get_app(), ["ingest", "--no-extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert "ingested 3 new, 0 already stored, 0 near-duplicates, 0 failed" in result.stdout
    again = cli.invoke(get_app(), ["ingest", "--no-extract", str(folder)])
    assert "ingested 0 new, 3 already stored" in again.stdout
    with open_store(tmp_path / "test.db") as store:
        assert store.stats()["tables"]["articles"] == 3


def test_bad_inputs_fail_but_good_ones_are_stored(cli: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    (folder / "image.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("", "utf-8")
    result = cli.invoke(get_app(), ["ingest", "--no-extract", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert any("image.txt" in line for line in errors) and any("empty.txt" in line for line in errors)
    assert "ingested 2 new, 0 already stored, 0 near-duplicates, 2 failed" in result.stdout
    with open_store(tmp_path / "test.db") as store:
        assert store.stats()["tables"]["articles"] == 2


def test_ingest_json_report(cli: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    result = cli.invoke(
        get_app(), ["ingest", "--no-extract", "--json", str(folder / "s0.txt"), str(folder / "s1.txt")]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["new"], report["failed"], report["failures"]) == (2, 0, [])


def test_ingest_with_a_stage(cli: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    result = cli.invoke(get_app(), ["ingest", "--stage", "time", str(folder / "s0.txt")])
    assert result.exit_code == 0, result.output
    with open_store(tmp_path / "test.db") as store:
        assert store.stats()["tables"]["records"] == 1


def test_ingest_needs_inputs(cli: CliRunner) -> None:
    result = cli.invoke(get_app(), ["ingest"])
    assert result.exit_code == 2
    assert "nothing to ingest" in result.stderr


def test_db_option_wins(cli: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    other = tmp_path / "other" / "x.db"
    result = cli.invoke(get_app(), ["--db", str(other), "ingest", "--no-extract", str(folder)])
    assert result.exit_code == 0, result.output
    assert other.is_file() and not (tmp_path / "test.db").exists()


def test_dev_corpus_twice_leaves_two_articles(cli: CliRunner, tmp_path: Path, shared_dir: Path) -> None:
    corpus = str(shared_dir / "corpus" / "dev")
    for _ in range(2):
        result = cli.invoke(get_app(), ["ingest", "--no-extract", corpus])
        assert result.exit_code == 0, result.output
    with open_store(tmp_path / "test.db") as store:
        assert store.stats()["tables"]["articles"] == 2


def test_ingest_examples(cli: CliRunner, tmp_path: Path) -> None:
    from readouts.examples import example_paths

    result = cli.invoke(get_app(), ["ingest", "--examples", "--no-extract"])
    assert result.exit_code == 0, result.output
    with open_store(tmp_path / "test.db") as store:
        numbers = store.stats()
    assert numbers["tables"]["articles"] == len(example_paths()) > 0
