"""Expanding the paths a user gives into input files: files, folders (recursive), globs and ``-`` (stdin)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from readouts.errors import UnreadableInput

STDIN = "-"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def walk(root: str) -> Iterator[str | UnreadableInput]:
    """Files under a folder, recursively, sorted by path; hidden files and folders are skipped."""
    found: list[tuple[tuple[str, ...], str]] = []
    errors: list[UnreadableInput] = []

    def on_error(exc: OSError) -> None:
        errors.append(UnreadableInput(str(exc.filename or root), exc.strerror or "cannot list folder"))

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in files:
            if not _hidden(name):
                full = os.path.join(folder, name)
                found.append((tuple(os.path.relpath(full, root).split(os.sep)), full))
    yield from errors
    for _, full in sorted(found):
        yield full


def expand(paths: Sequence[str]) -> Iterator[str | UnreadableInput]:
    """Each given path as input files in order: ``-`` stays ``-``; a folder gives its files; a glob that
    names no existing path gives its sorted matches; anything else that does not exist is an error."""
    for raw in paths:
        if raw == STDIN:
            yield raw
        elif os.path.isdir(raw):
            yield from walk(raw)
        elif os.path.lexists(raw):
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield UnreadableInput(raw, "no file matches this pattern")
            for match in matches:
                yield from walk(match) if os.path.isdir(match) else iter([match])
        else:
            yield UnreadableInput(raw, "no such file or directory")
