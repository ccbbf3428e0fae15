"""WARC archives (warcio): each HTML ``response`` record (HTTP 200) goes through the HTML reader.

The url is the record's ``WARC-Target-URI``; other records (requests, metadata, images, redirects) are not
articles and are passed over. Record origins are ``path#offset``. A payload over ``MAX_BYTES`` is an
:class:`OversizedInput`; a damaged archive ends with one :class:`MalformedInput`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from readouts.errors import EmptyInput, InputError, MalformedInput, OversizedInput
from readouts.ingest.detect import MAX_BYTES, decode, html_charset, is_warc_head
from readouts.ingest.draft import finish
from readouts.ingest.html import draft_html
from readouts.ingest.loaded import Loaded

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = str(record.http_headers.get_statuscode() or "")
    ctype = str(record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and any(ctype.startswith(t) for t in HTML_TYPES)


def _charset(record: Any) -> str | None:
    ctype = str(record.http_headers.get_header("Content-Type") or "")
    for part in ctype.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def _record(
    record: Any, payload: bytes, origin: str, source_file: str | None, source_path: str | None
) -> Loaded:
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        if len(payload) > MAX_BYTES:
            raise OversizedInput(origin, f"record payload larger than {MAX_BYTES} bytes")
        markup = decode(payload, origin, declared=_charset(record) or html_charset(payload))
        draft = draft_html(
            markup,
            path=origin,
            url=url,
            source_file=source_file,
            source_path=source_path,
            input_format="warc",
        )
        return Loaded(origin, article=finish(draft))
    except InputError as exc:
        return Loaded(origin, error=exc)


def read_warc(
    stream: IO[bytes], *, path: str, source_file: str | None = None, source_path: str | None = None
) -> Iterator[Loaded]:
    """One Loaded per HTML response record of a (gzipped or plain) WARC stream."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(512)
    stream.seek(0)
    if not is_warc_head(head):
        yield Loaded(path, error=MalformedInput(path, "not a WARC archive (no WARC/1.x record header)"))
        return
    iterator = ArchiveIterator(stream)
    records = articles = 0
    try:
        for record in iterator:
            records += 1
            if _is_html_response(record):
                articles += 1
                payload = record.content_stream().read(MAX_BYTES + 1)
                origin = f"{path}#{iterator.get_record_offset()}"
                yield _record(record, payload, origin, source_file, source_path)
    except (ArchiveLoadFailed, ValueError, EOFError, OSError) as exc:
        yield Loaded(path, error=MalformedInput(path, f"not a readable WARC archive: {exc}"))
        return
    if not records:
        yield Loaded(path, error=MalformedInput(path, "no WARC records found"))
    elif not articles:
        yield Loaded(path, error=EmptyInput(path, f"none of its {records} WARC records is an HTML response"))
