"""The long-article benchmark's article: template bodies (headers dropped) joined until long enough."""

from __future__ import annotations

from pathlib import Path

from bench import long
from readouts.ingest import read_paths


def test_bodies_drop_the_header(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: A test\npublished: 2025-01-02\n\nFirst paragraph here.\n\nSecond one.\n", "utf-8")
    assert long.template_bodies([path]) == ["First paragraph here.\n\nSecond one."]


def test_build_body_cycles_until_long_enough() -> None:
    body = long.build_body(10, ["one two three", "four five"])
    assert body == "one two three\n\nfour five\n\none two three\n\nfour five"
    assert len(body.split()) >= 10


def test_written_article_reads_back(tmp_path: Path) -> None:
    body = long.build_body(5, ["Ministers met in Rome on Tuesday.", "They agreed to meet again."])
    path = tmp_path / "long.txt"
    path.write_text(long.as_file_text(body, 5), "utf-8")
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.article is not None
    assert loaded.article.body == body
    assert loaded.article.published == long.PUBLISHED
