"""The shared dev corpus loads with the header fields it gives."""

from __future__ import annotations

from pathlib import Path

from readouts.ingest import read_paths


def test_dev_corpus_loads(shared_dir: Path) -> None:
    loaded = {x.origin.rsplit("/", 1)[-1]: x for x in read_paths([str(shared_dir / "corpus" / "dev")])}
    assert all(x.error is None for x in loaded.values())
    first = loaded["seed-000.txt"].article
    assert first is not None
    assert (first.published, first.published_inferred, first.outlet) == ("2025-11-25", False, "AsianFin")
    assert first.source_file == "seed-000.txt"
    assert first.body.startswith("AsianFin -- ")
    assert first.dateline == "AsianFin"
    assert "AI Generated Image" not in first.body
    second = loaded["seed-002.txt"].article
    assert second is not None
    assert second.published == "2026-02-05"
    assert second.title is not None and second.title.startswith("Trump, Xi discuss Taiwan")
    assert not second.body.startswith("date") and second.dateline == "WASHINGTON/BEIJING"


def test_dev_corpus_keeps_sentences(shared_dir: Path) -> None:
    """Cleaning removes whole debris lines only: every kept line is a line of the file, unchanged."""
    for path in sorted((shared_dir / "corpus" / "dev").glob("*.txt")):
        (loaded,) = list(read_paths([str(path)]))
        assert loaded.article is not None
        raw_lines = set(path.read_text("utf-8").split("\n"))
        assert all(line in raw_lines for line in loaded.article.body.split("\n"))
