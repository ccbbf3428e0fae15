"""Cleaning an article body: Unicode NFC, line endings, spaces, scraping debris; byline and dateline.

:func:`clean_body` returns the body that every later stage's offsets point into, so it is exactly the text
kept: paragraphs and line breaks survive, debris lines (``data/debris.yaml``) and a byline line are removed,
and a dateline stays in the text (it is part of the first sentence) while being recorded as metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from readouts.errors import LexiconError
from readouts.ingest import lead, lexicon

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]|[\x00-\x08\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
LEAD_LINES = 4  # the byline and dateline are looked for in the first non-blank lines only


@dataclass(frozen=True)
class Cleaned:
    """A cleaned body and what was taken from (or noted in) its lead."""

    body: str
    author: str | None = None
    affiliation: str | None = None
    dateline: str | None = None
    dateline_date: str | None = None
    agency: str | None = None
    removed: tuple[str, ...] = ()
    headline: str | None = None


@dataclass(frozen=True)
class _Pattern:
    id: str
    regex: re.Pattern[str]


@cache
def _debris() -> tuple[int, tuple[_Pattern, ...]]:
    data = lexicon.load("debris")
    out: list[_Pattern] = []
    for entry in data.get("patterns", []):
        flags = 0 if entry.get("case") == "sensitive" else re.IGNORECASE
        try:
            out.append(_Pattern(str(entry["id"]), re.compile(str(entry["pattern"]), flags)))
        except (KeyError, re.error) as exc:
            raise LexiconError(f"ingest lexicon debris.yaml: bad pattern {entry!r}: {exc}") from exc
    return int(data.get("max_line_chars", 320)), tuple(out)


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line endings, invisible characters dropped, space runs collapsed, lines trimmed,
    at most one blank line between paragraphs, no blank lines around the text."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", text))
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n")


def debris_pattern(line: str) -> str | None:
    """The id of the debris pattern a (trimmed) line matches as a whole, or ``None``."""
    limit, patterns = _debris()
    if not line or len(line) > limit:
        return None
    for pattern in patterns:
        if pattern.regex.fullmatch(line):
            return pattern.id
    return None


def is_debris(line: str) -> bool:
    """Whether a whole line is scraping debris (see ``data/debris.yaml``)."""
    return debris_pattern(line.strip()) is not None


def _same_words(a: str, b: str) -> bool:
    def words(s: str) -> list[str]:
        return re.findall(r"\w+", s.casefold())

    return bool(words(a)) and words(a) == words(b)


def clean_body(text: str, *, title: str | None = None) -> Cleaned:
    """Clean ``text`` into a body; a first line repeating ``title`` is dropped as well, and without a
    ``title`` a headline-like first line directly above a byline is taken out as ``headline``."""
    lines = normalise_text(text).split("\n")
    kept: list[str] = []
    removed: list[str] = []
    author: lead.Byline | None = None
    headline: str | None = None
    lead_seen = 0
    for line in lines:
        if line and debris_pattern(line) is not None:
            removed.append(line)
            continue
        if line and lead_seen < LEAD_LINES:
            lead_seen += 1
            if lead_seen == 1 and title and _same_words(line, title):
                removed.append(line)
                continue
            if author is None and (byline := lead.find_byline(line)) is not None:
                author = byline
                removed.append(line)
                if not title and lead_seen == 2 and (headline := _headline(kept)) is not None:
                    kept.clear()
                continue
        kept.append(line)
    body = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")
    dateline = _find_dateline(body)
    return Cleaned(
        body=body,
        author=author.author if author else None,
        affiliation=author.affiliation if author else None,
        dateline=dateline.place if dateline else None,
        dateline_date=dateline.date if dateline else None,
        agency=dateline.agency if dateline and dateline.agency else (author.agency if author else None),
        removed=tuple(removed),
        headline=headline,
    )


def _headline(kept: list[str]) -> str | None:
    """The one line above a byline, taken out as the headline when it reads like one (no final stop)."""
    lines = [line for line in kept if line]
    if len(lines) != 1 or len(lines[0]) > 200 or lines[0][-1] in '.!?:;,"”’)':
        return None
    return lines[0]


def _find_dateline(body: str) -> lead.Dateline | None:
    seen = 0
    for line in body.split("\n"):
        if not line:
            continue
        if (found := lead.find_dateline(line)) is not None:
            return found
        seen += 1
        if seen >= LEAD_LINES - 1:
            break
    return None
