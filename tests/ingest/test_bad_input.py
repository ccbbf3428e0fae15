"""Bad inputs: each kind gives its own InputError naming the file, and never stops the other inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readouts.errors import (
    BinaryInput,
    EmptyInput,
    EncodingInputError,
    InputError,
    MalformedInput,
    OversizedInput,
    UnreadableInput,
)
from readouts.ingest import MAX_BYTES, read_paths

GOOD = "source: Example Wire\n\nThe envoys met in Geneva on Friday and agreed to meet again.\n"


def _errors(paths: list[Path | str]) -> list[InputError | None]:
    return [x.error for x in read_paths([str(p) for p in paths])]


def test_max_bytes_is_five_mebibytes() -> None:
    assert MAX_BYTES == 5 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("empty.txt", b"", EmptyInput),
        ("blank.txt", b"  \n\t\n \n", EmptyInput),
        ("only-debris.txt", b"Advertisement\nShare this article\n", EmptyInput),
        ("only-header.txt", b"source: Example Wire\npublished: 2025-01-02\n\n", EmptyInput),
        ("nul.txt", b"The envoys\x00met\x00on Friday.", BinaryInput),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput),
        ("noise.txt", bytes(range(1, 32)) * 40, BinaryInput),
        (
            "stray.txt",
            b"The envoys met \x81\x8d\x8f\x90\x9d in Geneva on Friday to talk about trade.\n" * 3,
            EncodingInputError,
        ),
        ("header.txt", b"source: Example Wire\nThe envoys met.\n", MalformedInput),
        ("bad.json", b'{"text": "unclosed', MalformedInput),
        ("bad.rss", b"<rss version='2.0'><channel><title>x</title", MalformedInput),
        ("page.html", b"just words, no markup at all", MalformedInput),
    ],
)
def test_each_bad_input_kind(tmp_path: Path, name: str, content: bytes, kind: type[InputError]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    (error,) = _errors([path])
    assert isinstance(error, kind), error
    assert str(path) in str(error)
    assert error.reason


def test_oversized(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"The envoys met on Friday. " * (MAX_BYTES // 26 + 10))
    (error,) = _errors([path])
    assert isinstance(error, OversizedInput)


def test_missing_file_and_pattern(tmp_path: Path) -> None:
    missing, pattern = _errors([tmp_path / "nope.txt", tmp_path / "*.nothing"])
    assert isinstance(missing, UnreadableInput) and "no such file" in missing.reason
    assert isinstance(pattern, UnreadableInput) and "pattern" in pattern.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, "utf-8")
    path.chmod(0)
    (error,) = _errors([path])
    assert isinstance(error, UnreadableInput) and "permission" in error.reason


def test_cp1252_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = "The envoys met in Zürich on Friday, the café owner said – “a good day” for the région.\n"
    path.write_bytes((text * 3).encode("cp1252"))
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.article is not None
    assert loaded.article.body.startswith(
        "The envoys met in Zürich on Friday, the café owner said – “a good day”"
    )


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    text = "Le ministre a déclaré à Genève que les négociations reprendront très bientôt.\n"
    path.write_bytes(text.encode("latin-1"))
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.article is not None and loaded.article.body == text.strip()


def test_utf16_with_bom_is_text(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD.encode("utf-16"))
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.article is not None and loaded.article.outlet == "Example Wire"


def test_a_failure_never_stops_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "c.txt").write_text(GOOD.replace("Geneva", "Vienna"), "utf-8")
    loaded = list(read_paths([str(tmp_path / "missing.txt"), str(tmp_path)]))
    assert [type(x.error).__name__ if x.error else "ok" for x in loaded] == [
        "UnreadableInput",
        "ok",
        "BinaryInput",
        "ok",
    ]


def test_permission_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from readouts.ingest import reader

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "a.txt"
    path.write_text(GOOD, "utf-8")
    monkeypatch.setattr(reader, "open", refuse, raising=False)
    (error,) = _errors([path])
    assert isinstance(error, UnreadableInput) and error.reason == "permission denied"


def test_directory_as_file_is_unreadable(tmp_path: Path) -> None:
    from readouts.ingest.reader import read_file

    (loaded,) = list(read_file(str(tmp_path)))
    assert isinstance(loaded.error, UnreadableInput) and "directory" in loaded.error.reason


def test_a_stray_nul_in_long_text_is_dropped_not_fatal(tmp_path: Path) -> None:
    body = GOOD + "The ministers spoke again on Saturday about grain shipments and port fees.\n" * 40
    path = tmp_path / "stray.txt"
    path.write_bytes(body.replace("Saturday", "Sat\x00urday", 1).encode())
    (item,) = read_paths([str(path)])
    assert item.error is None and item.article is not None
    assert "\x00" not in item.article.body and "Saturday" in item.article.body
