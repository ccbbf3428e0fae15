"""Reading one input (a file, or bytes from stdin) with the reader its format calls for."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from readouts.errors import EmptyInput, InputError, OversizedInput, UnreadableInput
from readouts.ingest.detect import MAX_BYTES, Format, check_binary, decode, format_of, html_charset, sniff
from readouts.ingest.draft import finish
from readouts.ingest.feed import read_feed
from readouts.ingest.html import draft_html
from readouts.ingest.jsonl import read_json, read_jsonl
from readouts.ingest.loaded import Loaded
from readouts.ingest.text import draft_text
from readouts.ingest.warc import read_warc
from readouts.model import Article

STREAMED: frozenset[Format] = frozenset({"jsonl", "warc"})


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    return exc.strerror or str(exc)


def read_file(path: str) -> Iterator[Loaded]:
    """The articles of one file (several for JSON Lines, JSON arrays, feeds and WARC archives)."""
    name = Path(path).name
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
            fmt = format_of(name, head)
            stream.seek(0)
            if fmt == "warc":
                yield from read_warc(stream, path=path, source_file=name, source_path=path)
            elif fmt == "jsonl":
                yield from read_jsonl(stream, path=path, source_file=name, source_path=path)
            else:
                data = stream.read(MAX_BYTES + 1)
                yield from read_bytes(data, fmt=fmt, path=path, source_file=name, source_path=path)
    except OSError as exc:
        yield Loaded(path, error=UnreadableInput(path, _os_reason(exc)))


def read_bytes(
    data: bytes,
    *,
    fmt: Format | None = None,
    path: str,
    source_file: str | None = None,
    source_path: str | None = None,
) -> Iterator[Loaded]:
    """The articles in ``data`` (the whole of one input). ``fmt`` defaults to what the bytes look like."""
    fmt = fmt or sniff(data[:4096])
    origin = path
    try:
        if fmt == "warc":
            yield from read_warc(
                io.BytesIO(data), path=path, source_file=source_file, source_path=source_path
            )
            return
        if fmt == "jsonl":
            lines = data.splitlines()
            yield from read_jsonl(lines, path=path, source_file=source_file, source_path=source_path)
            return
        if len(data) > MAX_BYTES:
            raise OversizedInput(path, f"larger than the {MAX_BYTES}-byte limit (readouts.ingest.MAX_BYTES)")
        if not data.strip():
            raise EmptyInput(path, "empty file" if not data else "only white space")
        if fmt == "json":
            check_binary(data, path)
            yield from read_json(data, path=path, source_file=source_file, source_path=source_path)
        elif fmt == "feed":
            check_binary(data, path)
            yield from read_feed(data, path=path, source_file=source_file, source_path=source_path)
        else:
            yield Loaded(origin, article=_single(data, fmt, path, source_file, source_path))
    except InputError as exc:
        yield Loaded(origin, error=exc)


def _single(data: bytes, fmt: Format, path: str, source_file: str | None, source_path: str | None) -> Article:
    if fmt == "html":
        markup = decode(data, path, declared=html_charset(data))
        draft = draft_html(markup, path=path, source_file=source_file, source_path=source_path)
    else:
        text = decode(data, path)
        if not text.strip():
            raise EmptyInput(path, "only white space")
        draft = draft_text(text, path=path, source_file=source_file, source_path=source_path)
    return finish(draft)
