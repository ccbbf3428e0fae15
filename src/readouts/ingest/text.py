"""Plain-text articles: ``key: value`` header lines ended by a blank line, or a ` date YYYY-MM-DD Title` line.

Header keys (``data/headers.yaml``): url, source (-> outlet), published, title, language, author, and a few
aliases; other keys in a header go to ``Article.extra``. Everything after the header is the body.
"""

from __future__ import annotations

import re
from functools import cache

from readouts.errors import MalformedInput
from readouts.ingest import lexicon
from readouts.ingest.draft import Draft, finish
from readouts.model import Article

_HEADER = re.compile(r"([A-Za-z][\w-]{0,30})[ \t]*:[ \t]*(.*)")
_DATE_LINE = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*))?")
_NEWLINES = re.compile(r"\r\n?")


@cache
def header_keys() -> dict[str, str]:
    """Accepted header keys (lower case) -> the Draft field each fills."""
    return {str(k): str(v) for k, v in lexicon.load("headers")["keys"].items()}


def _header(lines: list[str], path: str) -> tuple[dict[str, str], list[tuple[str, str]], int]:
    """Known fields, other keys, and the index of the first body line."""
    fields: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    i = 0
    while i < len(lines) and (m := _HEADER.fullmatch(lines[i].strip())):
        key, value = m.group(1).lower(), m.group(2).strip()
        if key in header_keys():
            fields.setdefault(header_keys()[key], value)
        else:
            extra.append((key, value))
        i += 1
    if i < len(lines) and lines[i].strip():
        raise MalformedInput(path, f"header not ended by a blank line (line {i + 1}: {lines[i][:60]!r})")
    return fields, extra, i + 1


def draft_text(
    text: str, *, path: str, source_file: str | None = None, source_path: str | None = None
) -> Draft:
    """Split a plain-text article into header fields and body."""
    text = _NEWLINES.sub("\n", text.lstrip("\ufeff"))
    lines = text.split("\n")
    fields: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    if m := _DATE_LINE.fullmatch(lines[0]):
        fields = {"published": m.group(1), "title": (m.group(2) or "").strip()}
        body = "\n".join(lines[1:])
    elif (m := _HEADER.fullmatch(lines[0].strip())) and m.group(1).lower() in header_keys():
        fields, extra, start = _header(lines, path)
        body = "\n".join(lines[start:])
    else:
        body = text
    published = fields.get("published")  # one that does not parse is kept as published_raw, and inferred
    return Draft(
        body=body,
        path=path,
        input_format="text",
        source_file=source_file,
        source_path=source_path,
        url=fields.get("url"),
        outlet=fields.get("outlet"),
        title=fields.get("title"),
        published=published,
        language=fields.get("language"),
        author=fields.get("author"),
        extra=tuple(extra),
    )


def parse_text(text: str, *, source_file: str | None = None, source_path: str | None = None) -> Article:
    """A plain-text article (header and body) as a cleaned :class:`Article`."""
    path = source_path or source_file or "<text>"
    return finish(draft_text(text, path=path, source_file=source_file, source_path=source_path))
