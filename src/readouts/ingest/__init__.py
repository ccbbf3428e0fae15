"""Reading articles from files: one module per input format (text, html, jsonl, feed, warc).

Public entry point: :func:`read_paths` yields one :class:`Loaded` per article found (or per input that
failed), in input order. Nothing is silently dropped: a failure is a ``Loaded`` with ``error`` set, and a
failure of one input never stops the others.

``MAX_BYTES`` (5 MiB) is the size limit of one article's input: a whole text, HTML, JSON or feed file, one
JSON Lines line, one WARC record. Bigger inputs give :class:`~readouts.errors.OversizedInput`.

Every body is cleaned (:mod:`readouts.ingest.clean`): debris lines and a byline are removed, a dateline is
kept in the text and recorded in ``Article.dateline``; a missing publication date is inferred
(:mod:`readouts.ingest.published`). Near duplicates: :mod:`readouts.ingest.dedup`.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from readouts.errors import InputError, UnreadableInput
from readouts.ingest.detect import MAX_BYTES
from readouts.ingest.html import parse_html
from readouts.ingest.loaded import Loaded
from readouts.ingest.reader import read_bytes, read_file
from readouts.ingest.sources import STDIN, expand
from readouts.ingest.text import parse_text

__all__ = [
    "MAX_BYTES",
    "STDIN_NAME",
    "Loaded",
    "parse_html",
    "parse_text",
    "read_bytes",
    "read_file",
    "read_paths",
]

STDIN_NAME = "<stdin>"


def _stdin_bytes(stdin: BinaryIO | None) -> bytes:
    if stdin is not None:
        return stdin.read()
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def read_paths(paths: Sequence[str], *, stdin: BinaryIO | None = None) -> Iterator[Loaded]:
    """Articles from files, folders (recursively, sorted, hidden files skipped), globs, or ``-`` (stdin;
    ``stdin`` overrides ``sys.stdin``). Records inside a file have origins ``file:line`` or ``file#n``."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield Loaded(origin=item.path, error=item)
        elif item == STDIN:
            try:
                data = _stdin_bytes(stdin)
            except OSError as exc:
                yield Loaded(origin=STDIN, error=UnreadableInput(STDIN_NAME, str(exc)))
                continue
            for loaded in read_bytes(data, path=STDIN_NAME):
                yield Loaded(
                    STDIN if loaded.origin == STDIN_NAME else loaded.origin, loaded.article, loaded.error
                )
        else:
            yield from read_file(item)
