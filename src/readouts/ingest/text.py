"""Plain-text articles: ``key: value`` header lines ended by a blank line, or a ` date YYYY-MM-DD Title` line."""

from __future__ import annotations

import re

from readouts.model import Article

_HEADER = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(.*)$")
HEADER_KEYS = {"url", "source", "published", "title", "language", "author"}


def parse_text(text: str, *, source_file: str | None = None) -> Article:
    lines = text.split("\n")
    meta: dict[str, str] = {}
    m = _DATE_LINE.match(lines[0]) if lines else None
    if m:
        meta = {"published": m.group(1), "title": m.group(2).strip()}
        body = "\n".join(lines[1:])
    else:
        i = 0
        while i < len(lines) and (h := _HEADER.match(lines[i])) and h.group(1).lower() in HEADER_KEYS:
            meta[h.group(1).lower()] = h.group(2).strip()
            i += 1
        body = "\n".join(lines[i + 1 :]) if meta and i < len(lines) and not lines[i].strip() else text
        if body is text:
            meta = {}
    return Article(
        body=body,
        source_file=source_file,
        url=meta.get("url"),
        outlet=meta.get("source"),
        title=meta.get("title"),
        published=meta.get("published"),
        language=meta.get("language"),
    )
