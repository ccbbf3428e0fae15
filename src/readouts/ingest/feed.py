"""RSS and Atom feeds (feedparser): one article per entry with text.

The entry's full content (``content:encoded`` / Atom ``content``) is preferred over its summary; HTML is
reduced to paragraphs by :func:`readouts.ingest.html.fragment_text`. Outlet is the feed's title, the date is
the entry's published (else updated) date. Entry origins are ``path#n``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from readouts.errors import EmptyInput, InputError, MalformedInput
from readouts.ingest.draft import Draft, finish
from readouts.ingest.html import fragment_text
from readouts.ingest.loaded import Loaded


def _entry_text(entry: Any) -> str:
    contents = [c for c in entry.get("content", []) if str(c.get("value", "")).strip()]
    if contents:
        best = max(contents, key=lambda c: len(str(c.get("value", ""))))
        value, kind = str(best.get("value", "")), str(best.get("type", "text/html"))
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = str(entry.get("summary", "")), str(detail.get("type", "text/html"))
    return value.strip() if kind == "text/plain" else fragment_text(value)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    value = entry.get("published") or entry.get("updated")
    return str(value) if value else None


def draft_entry(
    entry: Any, feed: Any, *, path: str, source_file: str | None, source_path: str | None
) -> Draft:
    """One feed entry as a Draft."""
    return Draft(
        body=_entry_text(entry),
        path=path,
        input_format="feed",
        source_file=source_file,
        source_path=source_path,
        url=entry.get("link"),
        outlet=feed.get("title"),
        title=fragment_text(str(entry.get("title", ""))) or None,
        published=_entry_date(entry),
        language=feed.get("language"),
        author=entry.get("author"),
        extra=(("entry_id", str(entry["id"])),) if entry.get("id") else (),
    )


def read_feed(
    data: bytes, *, path: str, source_file: str | None = None, source_path: str | None = None
) -> Iterator[Loaded]:
    """One Loaded per feed entry; a feed that does not parse is one :class:`MalformedInput`."""
    import feedparser

    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = list(parsed.get("entries", []))
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            reason = parsed.get("bozo_exception") or "no RSS or Atom feed found"
            yield Loaded(path, error=MalformedInput(path, f"not a valid RSS/Atom feed: {reason}"))
        else:
            yield Loaded(path, error=EmptyInput(path, "the feed has no entries"))
        return
    for number, entry in enumerate(entries, start=1):
        origin = f"{path}#{number}"
        try:
            draft = draft_entry(
                entry, parsed.feed, path=origin, source_file=source_file, source_path=source_path
            )
            yield Loaded(origin, article=finish(draft))
        except InputError as exc:
            yield Loaded(origin, error=exc)
