"""Peer tools turned into contract records, so the project's scorer can score them beside readouts.

- quotes: textacy's ``textacy.extract.triples.direct_quotations`` over the same spaCy parse readouts uses;
  speaker = the speaker tokens joined, text = the content without its quotation marks. textacy raises on an
  odd number of quotation marks: that article counts as no output and as one failure.
- timexes: dateparser's ``search_dates`` with the published date as the relative base; each match's text is
  located in the body (in order), its value is the date at day precision, its type ``DATE``.

Both libraries come with the ``peers`` extra (``pip install -e '.[peers]'``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from readouts.model import Article

QUOTE_MARKS = frozenset("\"'“”‘’«»„‟‹›")
TEXTACY_STAGE = "textacy.direct_quotations"
DATEPARSER_STAGE = "dateparser.search_dates"
INSTALL_HINT = "install the peers extra: .venv/bin/pip install -e '.[peers]'"


class PeerMissing(RuntimeError):
    """A peer library is not installed."""


class _Token(Protocol):
    @property
    def text(self) -> str: ...


class _Span(Protocol):
    @property
    def start_char(self) -> int: ...
    @property
    def end_char(self) -> int: ...


@dataclass(frozen=True)
class PeerRun:
    """One peer's contract records over a corpus, how many articles it failed on, and how long it took."""

    name: str
    records: tuple[dict[str, Any], ...]
    failed: int
    seconds: float


def record(article: Article, **items: list[dict[str, Any]]) -> dict[str, Any]:
    """A contract record for an article holding only the given item lists."""
    out: dict[str, Any] = {
        "id": article.id,
        "source_file": article.source_file,
        "published": article.published,
    }
    for field in ("actors", "quotes", "events", "commitments", "timexes"):
        out[field] = items.get(field, [])
    return out


def quote_from_triple(
    body: str, speaker: Sequence[_Token], cue: Sequence[_Token], content: _Span
) -> dict[str, Any]:
    """A contract quote from one textacy (speaker, cue, content) triple; the quotation marks are trimmed."""
    start, end = content.start_char, content.end_char
    while start < end and body[start] in QUOTE_MARKS:
        start += 1
    while end > start and body[end - 1] in QUOTE_MARKS:
        end -= 1
    return {
        "text": body[start:end],
        "kind": "direct",
        "speaker": None,
        "speaker_name": " ".join(t.text for t in speaker) or None,
        "channel": None,
        "cue": " ".join(t.text for t in cue) or None,
        "start": start,
        "end": end,
        "stage": TEXTACY_STAGE,
    }


def timexes_from_matches(body: str, matches: Iterable[tuple[str, dt.datetime]]) -> list[dict[str, Any]]:
    """Contract timexes from dateparser's (text, datetime) matches, located in ``body`` in order."""
    out: list[dict[str, Any]] = []
    cursor = 0
    for text, when in matches:
        start = body.find(text, cursor)
        if start < 0:
            start = body.find(text)
        if start < 0:
            continue  # dateparser normalised the text; it cannot be placed, so it is not a timex
        end = start + len(text)
        cursor = end
        out.append(
            {
                "text": text,
                "start": start,
                "end": end,
                "type": "DATE",
                "value": when.date().isoformat(),
                "stage": DATEPARSER_STAGE,
            }
        )
    return out


def _textacy_extractor() -> Callable[[Any], Iterable[Any]]:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        raise PeerMissing(f"textacy is not installed ({exc}); {INSTALL_HINT}") from exc
    extractor: Callable[[Any], Iterable[Any]] = direct_quotations
    return extractor


def _dateparser_search() -> Callable[..., Any]:
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        raise PeerMissing(f"dateparser is not installed ({exc}); {INSTALL_HINT}") from exc
    return search_dates  # type: ignore[no-any-return]


def run_textacy(articles: Sequence[Article], docs: Sequence[Any]) -> PeerRun:
    """textacy's direct quotations for parsed articles (``docs`` in the same order)."""
    extract = _textacy_extractor()
    records, failed = [], 0
    start = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        try:
            quotes = [quote_from_triple(article.body, t.speaker, t.cue, t.content) for t in extract(doc)]
        except ValueError:  # an odd number of quotation marks: textacy bails out on the whole article
            quotes, failed = [], failed + 1
        records.append(record(article, quotes=quotes))
    return PeerRun("textacy", tuple(records), failed, time.perf_counter() - start)


def _relative_base(article: Article) -> dt.datetime | None:
    if not article.published:
        return None
    try:
        return dt.datetime.fromisoformat(article.published[:10])
    except ValueError:
        return None


def run_dateparser(articles: Sequence[Article]) -> PeerRun:
    """dateparser's dates found in each article body, relative to its published date."""
    search = _dateparser_search()
    records, failed = [], 0
    start = time.perf_counter()
    for article in articles:
        base = _relative_base(article)
        settings = {"RELATIVE_BASE": base} if base else {}
        try:
            matches = search(article.body, languages=["en"], settings=settings) or []
        except Exception:  # a peer's own failure on one article counts as no output for it
            matches, failed = [], failed + 1
        records.append(record(article, timexes=timexes_from_matches(article.body, matches)))
    return PeerRun("dateparser", tuple(records), failed, time.perf_counter() - start)
