"""Expanding inputs: folders (recursive, sorted, hidden skipped), globs and stdin."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from readouts.ingest import read_paths

TEXT = "The envoys met in {place} on Friday and agreed to meet again.\n"


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for rel, place in [
        ("b.txt", "Bern"),
        ("a.txt", "Athens"),
        ("sub/c.txt", "Cairo"),
        ("sub/deeper/d.txt", "Dakar"),
        (".secret.txt", "Nowhere"),
        (".hidden/e.txt", "Nowhere"),
    ]:
        (tmp_path / rel).write_text(TEXT.format(place=place), "utf-8")
    return tmp_path


def _places(paths: list[str]) -> list[str]:
    out = []
    for loaded in read_paths(paths):
        assert loaded.article is not None, loaded.error
        out.append(loaded.article.body.split()[4])
    return out


def test_folder_is_recursive_sorted_and_skips_hidden(tree: Path) -> None:
    assert _places([str(tree)]) == ["Athens", "Bern", "Cairo", "Dakar"]


def test_glob(tree: Path) -> None:
    assert _places([str(tree / "*.txt")]) == ["Athens", "Bern"]
    assert _places([str(tree / "**" / "*.txt")]) == ["Athens", "Bern", "Cairo", "Dakar"]


def test_source_file_and_path(tree: Path) -> None:
    (loaded,) = list(read_paths([str(tree / "sub" / "c.txt")]))
    assert loaded.article is not None
    assert loaded.article.source_file == "c.txt"
    assert loaded.article.source_path == str(tree / "sub" / "c.txt")
    assert loaded.origin == str(tree / "sub" / "c.txt")


def test_stdin_argument() -> None:
    data = b"source: Example Wire\n\n" + TEXT.format(place="Lima").encode()
    (loaded,) = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert loaded.origin == "-"
    assert loaded.article is not None and loaded.article.outlet == "Example Wire"


def test_stdin_jsonl_from_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b'{"text": "The envoys met in Quito."}\n{"text": "The envoys met in Oslo."}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines)))
    loaded = list(read_paths(["-"]))
    assert [x.origin for x in loaded] == ["<stdin>:1", "<stdin>:2"]
    assert all(x.article is not None for x in loaded)


def test_stdin_html_is_sniffed(tmp_path: Path) -> None:
    page = (
        b"<!DOCTYPE html><html><body><article><p>The envoys met in Hanoi on Friday to sign a port deal.</p>"
    )
    page += (
        b"<p>They agreed to meet again in the spring, the foreign ministry said.</p></article></body></html>"
    )
    (loaded,) = list(read_paths(["-"], stdin=io.BytesIO(page)))
    assert loaded.article is not None and loaded.article.input_format == "html"
