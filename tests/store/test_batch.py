from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

from readouts.batch import IngestReport, ingest
from readouts.model import Timex
from readouts.pipeline import Context, Stage
from readouts.store import Store, open_store
from tests.store.fakes import text as made_up


def _first_word(doc: Doc, context: Context) -> Sequence[Any]:
    if "explode" in context.article.body:
        raise ValueError("this stage cannot cope")
    token = doc[0]
    return (Timex(token.text, token.idx, token.idx + len(token), "DATE", None, TINY.provenance),)


TINY = Stage(name="tiny", version="1", provides="timexes", run=_first_word)


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "b.db")
    yield s  # type: ignore[misc]
    s.close()


def _write(folder: Path, n: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"a{i:03}.txt"
        path.write_text(f"title: Story {i}\npublished: 2025-11-{1 + i % 28:02}\n\n{made_up(i)}\n", "utf-8")
        paths.append(str(path))
    return paths


def test_rerun_skips_stored_articles(store: Store, tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", 5)
    first = ingest(store, paths, extract=False)
    assert (first.new, first.existing, first.failed) == (5, 0, 0)
    again = ingest(store, paths, extract=False)
    assert (again.new, again.existing) == (0, 5)
    assert store.stats()["tables"]["articles"] == 5


def test_extraction_writes_records_and_progress_is_reported(store: Store, tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", 3)
    seen: list[tuple[int, IngestReport]] = []
    report = ingest(store, paths, stages=[TINY], batch_size=2, progress=lambda n, r: seen.append((n, r)))
    assert (report.new, report.records, report.failed) == (3, 3, 0)
    assert seen[-1][0] == 3 and seen[-1][1].new == 3
    for row in store.articles():
        record = store.record(row.id)
        assert record is not None and record["stages"] == ["tiny@1"] and len(record["timexes"]) == 1


def test_articles_stored_without_record_are_extracted_on_a_later_run(store: Store, tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", 2)
    ingest(store, paths, extract=False)
    report = ingest(store, paths, stages=[TINY])
    assert (report.new, report.existing, report.records) == (0, 2, 2)
    assert store.stats()["without_record"] == 0


def test_a_failing_stage_loses_only_its_article(store: Store, tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", 3)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_text("The talks were set to explode into a row over fishing rights.\n", "utf-8")
    report = ingest(store, [*paths, str(bad)], stages=[TINY], batch_size=8)
    assert (report.new, report.failed) == (3, 1)
    assert "extraction failed" in report.failures[0].reason
    assert store.stats()["without_record"] == 1  # kept, so that a later run tries again
    assert ingest(store, [str(bad)], stages=[TINY]).failed == 1


def test_near_duplicates_in_one_run(store: Store, tmp_path: Path) -> None:
    body = made_up(42, 90)
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.txt").write_text(body + "\n", "utf-8")
    (folder / "b.txt").write_text(body.replace(".", ";", 1) + "\n", "utf-8")
    report = ingest(store, [str(folder / "a.txt"), str(folder / "b.txt")], stages=[TINY])
    assert (report.new, report.near_duplicates) == (1, 1)
    assert store.stats()["tables"]["records"] == 1


def test_missing_file_is_a_failure(store: Store, tmp_path: Path) -> None:
    report = ingest(store, [str(tmp_path / "nope.txt")], extract=False)
    assert report.failed == 1 and not report.ok
    assert report.summary() == "ingested 0 new, 0 already stored, 0 near-duplicates, 1 failed"
