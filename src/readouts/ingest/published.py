"""Publication dates: normalising a given value to ISO ``YYYY-MM-DD`` and inferring a missing one.

Inference order (the first that gives a date wins): a ``Published:``/``Updated:`` line removed as debris, a
date in the URL (``/2025/11/24/``), the dateline's date ("WASHINGTON, Nov 24 (Reuters)", year taken from the
text), then the latest explicit full date in the text whose sentence does not look ahead (``future_cues`` in
``data/dates.yaml``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from email.utils import parsedate_tz
from functools import cache

from readouts.ingest import lexicon

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/_-]?(\d{2})[/_-]?(\d{2})(?=[/_.-]|$)")
_URL_DATE_SEP = re.compile(r"/((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)")
_HINT = re.compile(r"(?i)\W*(?:first |last )?(?:published|updated|posted|modified)")
_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")


@cache
def _months() -> dict[str, int]:
    return {str(k): int(v) for k, v in lexicon.load("dates")["months"].items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month = "|".join(sorted(_months(), key=len, reverse=True))
    mdy = re.compile(rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?!\d)", re.I)
    dmy = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({month})\.?(?:,?\s+(\d{{4}}))?\b", re.I
    )
    cues = "|".join(
        re.escape(c) for c in sorted(lexicon.words("dates", "future_cues"), key=len, reverse=True)
    )
    return mdy, dmy, re.compile(rf"\b(?:{cues})\b", re.I)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str) -> Iterator[tuple[dt.date, int, int]]:
    """Full dates written out in ``text`` (ISO, "Nov 25, 2025", "25 November 2025") with their spans."""
    mdy, dmy, _ = _patterns()
    for m in _ISO.finditer(text):
        if (d := _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
            yield d, m.start(), m.end()
    for m in mdy.finditer(text):
        if m.group(3) and (d := _date(int(m.group(3)), _months()[m.group(1).lower()], int(m.group(2)))):
            yield d, m.start(), m.end()
    for m in dmy.finditer(text):
        if m.group(3) and (d := _date(int(m.group(3)), _months()[m.group(2).lower()], int(m.group(1)))):
            yield d, m.start(), m.end()


def parse_date(value: str) -> dt.date | None:
    """A full calendar date from an ISO value, an RFC 822 value or a written date; ``None`` otherwise."""
    value = value.strip()
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])", value):
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d{9,10}|\d{12,13}", value):  # Unix time in seconds or milliseconds
        seconds = int(value) / (1000 if len(value) > 10 else 1)
        return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if first > 12 or second > 12:  # an unambiguous day/month order; otherwise no date
            return _date(year, min(first, second), max(first, second))
        return None
    if (rfc := parsedate_tz(value)) is not None and re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", value):
        return _date(rfc[0], rfc[1], rfc[2])
    found = sorted(explicit_dates(value), key=lambda x: x[1])
    return found[0][0] if found else None


def normalise_published(value: str | None) -> str | None:
    """``value`` as ISO ``YYYY-MM-DD``, or ``None`` when it holds no full date."""
    if not value:
        return None
    d = parse_date(value)
    return d.isoformat() if d else None


def url_date(url: str | None) -> dt.date | None:
    """A date in a URL path ("/2025/11/24/", "/2025-11-24-", "/20251124/")."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?")[0]
    for pattern in (_URL_DATE_SEP, _URL_DATE):
        for m in pattern.finditer(path):
            if (d := _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))) is not None:
                return d
    return None


def partial_date(text: str, year: int) -> dt.date | None:
    """A month-and-day ("Nov 24", "24 November"), completed with ``year`` when it gives none."""
    mdy, dmy, _ = _patterns()
    if m := mdy.search(text):
        return _date(int(m.group(3) or year), _months()[m.group(1).lower()], int(m.group(2)))
    if m := dmy.search(text):
        return _date(int(m.group(3) or year), _months()[m.group(2).lower()], int(m.group(1)))
    return None


def _backward_dates(body: str) -> list[dt.date]:
    cue = _patterns()[2]
    out: list[dt.date] = []
    for sentence in _SENTENCE.split(body):
        if not cue.search(sentence):
            out.extend(d for d, _, _ in explicit_dates(sentence))
    return out


def infer_published(
    body: str, *, url: str | None = None, dateline_date: str | None = None, hints: Sequence[str] = ()
) -> str | None:
    """The inferred publication date of an article (ISO), or ``None`` (see the module docstring)."""
    for hint in hints:
        if _HINT.match(hint) and (d := _first(explicit_dates(hint))) is not None:
            return d.isoformat()
    if (d := url_date(url)) is not None:
        return d.isoformat()
    full = [d for d, _, _ in explicit_dates(body)]
    if dateline_date:
        years = [x.year for x in full]
        year = max(years) if years else None
        if (d := partial_date(dateline_date, year or 0)) is not None and d.year > 1:
            return d.isoformat()
    backward = _backward_dates(body)
    return max(backward).isoformat() if backward else None


def _first(items: Iterable[tuple[dt.date, int, int]]) -> dt.date | None:
    return next((d for d, _, _ in items), None)
