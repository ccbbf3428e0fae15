"""Recognising inputs: the size limit, the format of a file, binary content and the text encoding.

``MAX_BYTES`` (5 MiB) bounds one article's input: a whole text, HTML or feed file, one JSON Lines line, one
WARC record's payload. Larger inputs fail with :class:`OversizedInput` (JSON Lines and WARC files themselves
may be of any size: they are read record by record).
"""

from __future__ import annotations

import codecs
import re
from typing import Literal

import charset_normalizer

from readouts.errors import BinaryInput, EncodingInputError

MAX_BYTES = 5 * 1024 * 1024

Format = Literal["text", "html", "jsonl", "json", "feed", "warc"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".rdf": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}  # fmt: skip

_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"BZh",
    b"\xfd7zXZ", b"RIFF", b"OggS", b"\x00\x00\x01\x00", b"ID3", b"SQLite format 3", b"\xd0\xcf\x11\xe0",
)  # fmt: skip
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip
MOSTLY_ASCII = (
    0.9  # a mostly-ASCII file whose other bytes only a non-Western code page explains is undecodable
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "iso8859_1", "cp1250", "cp1257", "iso8859_10", "iso8859_2"}
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_ROOT = re.compile(rb"<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]", re.I)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def format_of(name: str | None, head: bytes) -> Format:
    """The reader for a file: by its extension when known, else by its first bytes."""
    lower = (name or "").lower()
    for ext in sorted(EXTENSIONS, key=len, reverse=True):
        if lower.endswith(ext):
            return EXTENSIONS[ext]
    return sniff(head)


def sniff(head: bytes) -> Format:
    """The format the first bytes of an input suggest; ``text`` when nothing else fits."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/"):
        return "warc" if is_warc_head(head) else "text"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if probe.startswith(b"<") and _FEED_ROOT.search(probe):
        return "feed"
    if probe.startswith(b"<") and _HTML_ROOT.search(probe):
        return "html"
    if probe.startswith(b"{"):
        return "jsonl"
    if probe.startswith(b"["):
        return "json"
    return "text"


def is_warc_head(head: bytes) -> bool:
    """Whether the first bytes of a (possibly gzipped) file open a WARC or ARC record."""
    plain = _gunzip_head(head) if head.startswith(b"\x1f\x8b") else head
    return plain.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://"))


def _gunzip_head(head: bytes) -> bytes:
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    except zlib.error:
        return b""


_STRAY_NULS = 0.001  # NUL bytes up to this share of a sample are scraping debris, not a binary file


def check_binary(data: bytes, path: str) -> None:
    """Raise :class:`BinaryInput` for bytes that are not text (NUL bytes, known binary signatures)."""
    if any(data.startswith(bom) for bom, _ in _BOMS[:2] + _BOMS[3:]):
        return
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInput(path, "binary data (a known binary file signature), not text")
    sample = data[:65536]
    if sample.count(b"\x00") > _STRAY_NULS * len(sample):
        raise BinaryInput(path, "binary data (NUL bytes), not text")
    if sample and len(_CONTROL.findall(sample)) > 0.05 * len(sample):
        raise BinaryInput(path, "binary data (control bytes), not text")


def decode(data: bytes, path: str, *, declared: str | None = None) -> str:
    """Bytes to text: a BOM, else UTF-8, else ``declared`` (an HTML/HTTP charset), else a detected encoding.

    Raises :class:`BinaryInput` or :class:`EncodingInputError` when the bytes are not text in any encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise EncodingInputError(
                    path, f"invalid {encoding} after its byte-order mark: {exc}"
                ) from exc
    check_binary(data, path)
    data = data.replace(b"\x00", b"")  # a few stray NULs from a scraper: dropped, the text kept
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared.lower().replace("_", "-") not in {"utf-8", "utf8"}:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _detected(data, path)


def _detected(data: bytes, path: str) -> str:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise EncodingInputError(path, "not UTF-8, and no text encoding explains the bytes")
    candidates = {m.encoding for m in matches}
    if best.encoding in _WESTERN or candidates & {"cp1252", "latin_1", "iso8859_15", "iso8859_1"}:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            if not re.search(rb"[\x80-\x9f]", data):
                return data.decode("latin-1")
    ascii_share = sum(b < 0x80 for b in data) / max(len(data), 1)
    if ascii_share > MOSTLY_ASCII and best.encoding not in _WESTERN:
        raise EncodingInputError(
            path, f"stray bytes that are not UTF-8 (best guess {best.encoding} is unlikely)"
        )
    return str(best)


def html_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if any."""
    m = _HTML_CHARSET.search(head[:4096])
    return m.group(1).decode("ascii") if m else None
