"""JSON Lines (one article object per line) and JSON files (one object, or an array of objects).

Fields: ``text`` or ``body`` (or ``content``; else ``html``, reduced to text), ``title``, ``url``, ``source``
(-> outlet), ``published``, ``language``, ``author``; other scalar fields go to ``Article.extra``. A bad line
is a :class:`MalformedInput` naming ``file:line``; the other lines still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from readouts.errors import EncodingInputError, InputError, MalformedInput, OversizedInput
from readouts.ingest.detect import MAX_BYTES
from readouts.ingest.draft import Draft, finish
from readouts.ingest.html import fragment_text
from readouts.ingest.loaded import Loaded

FIELDS: dict[str, tuple[str, ...]] = {
    "body": ("text", "body", "content", "article", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "outlet": ("source", "outlet", "sitename", "site", "publisher", "source_domain"),
    "published": ("published", "date", "pubdate", "published_at", "date_publish", "datetime"),
    "language": ("language", "lang"),
    "author": ("author", "authors", "byline"),
}
_USED = frozenset(k for keys in FIELDS.values() for k in keys) | {"html"}


def _field(obj: dict[str, Any], name: str) -> str | None:
    for key in FIELDS[name]:
        value = obj.get(key)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ", ".join(value)
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            value = value["name"]
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
            return str(value)
    return None


def draft_record(obj: Any, *, path: str, source_file: str | None, source_path: str | None) -> Draft:
    """One JSON article object as a Draft; :class:`MalformedInput` when it is not one."""
    if not isinstance(obj, dict):
        raise MalformedInput(path, f"expected a JSON object, found {type(obj).__name__}")
    body = _field(obj, "body")
    if body is None and isinstance(obj.get("html"), str):
        body = fragment_text(obj["html"])
    if body is None:
        raise MalformedInput(path, "no 'text' or 'body' field with the article text")
    extra = tuple(
        (str(k), str(v))
        for k, v in obj.items()
        if k not in _USED and isinstance(v, str | int | float | bool) and len(str(v)) <= 500
    )
    return Draft(
        body=body,
        path=path,
        input_format="jsonl",
        source_file=source_file,
        source_path=source_path,
        url=_field(obj, "url"),
        outlet=_field(obj, "outlet"),
        title=_field(obj, "title"),
        published=_field(obj, "published"),
        language=_field(obj, "language"),
        author=_field(obj, "author"),
        extra=extra,
    )


def _load(obj: Any, origin: str, source_file: str | None, source_path: str | None) -> Loaded:
    try:
        draft = draft_record(obj, path=origin, source_file=source_file, source_path=source_path)
        return Loaded(origin=origin, article=finish(draft))
    except InputError as exc:
        return Loaded(origin=origin, error=exc)


def read_jsonl(
    lines: Iterable[bytes], *, path: str, source_file: str | None = None, source_path: str | None = None
) -> Iterator[Loaded]:
    """One Loaded per non-blank line; ``origin`` and error paths are ``path:line``."""
    for number, raw in enumerate(lines, start=1):
        origin = f"{path}:{number}"
        if len(raw) > MAX_BYTES:
            yield Loaded(origin, error=OversizedInput(origin, f"line larger than {MAX_BYTES} bytes"))
            continue
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield Loaded(origin, error=EncodingInputError(origin, f"not UTF-8: {exc.reason}"))
            continue
        except json.JSONDecodeError as exc:
            yield Loaded(
                origin, error=MalformedInput(origin, f"invalid JSON: {exc.msg} (column {exc.colno})")
            )
            continue
        yield _load(obj, origin, source_file, source_path)


def read_json(
    data: bytes, *, path: str, source_file: str | None = None, source_path: str | None = None
) -> Iterator[Loaded]:
    """A JSON file: one object, an array of objects (``path#n``), or else JSON Lines."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        yield from read_jsonl(data.splitlines(), path=path, source_file=source_file, source_path=source_path)
        return
    if isinstance(doc, list):
        for number, obj in enumerate(doc, start=1):
            yield _load(obj, f"{path}#{number}", source_file, source_path)
    else:
        yield _load(doc, path, source_file, source_path)
