"""Publication dates: normalising given values and inferring missing ones."""

from __future__ import annotations

import pytest

from readouts.ingest.published import infer_published, normalise_published, url_date
from readouts.ingest.text import parse_text


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-11-25", "2025-11-25"),
        ("2025-11-25T10:00:00Z", "2025-11-25"),
        ("2025-11-25 10:00", "2025-11-25"),
        ("Nov 25, 2025", "2025-11-25"),
        ("November 25, 2025", "2025-11-25"),
        ("25 November 2025", "2025-11-25"),
        ("Tuesday, 25 Nov 2025", "2025-11-25"),
        ("Tue, 25 Nov 2025 10:00:00 GMT", "2025-11-25"),
        ("Tue, 25 Nov 2025 23:30:00 -0500", "2025-11-25"),
        ("2025/11/25", "2025-11-25"),
        ("Sept. 3, 2025", "2025-09-03"),
        ("1764064800", "2025-11-25"),
        ("1764064800000", "2025-11-25"),
        ("11/25/2025", "2025-11-25"),
        ("25/11/2025", "2025-11-25"),
        ("11/10/2025", None),
        ("soon", None),
        ("2025-11", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_normalise_published(value: str, iso: str | None) -> None:
    assert normalise_published(value) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://example.com/world/2025/11/24/leaders-call", "2025-11-24"),
        ("https://example.com/2025-11-24-leaders-call.html", "2025-11-24"),
        ("https://example.com/news/20251124/leaders-call", "2025-11-24"),
        ("https://example.com/news/article-12345678", None),
        ("https://example.com/2025/13/40/x", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, iso: str | None) -> None:
    found = url_date(url)
    assert (found.isoformat() if found else None) == iso


def test_url_date_comes_first() -> None:
    body = "The treaty was signed on March 3, 2024, in Lisbon."
    assert infer_published(body, url="https://x.example/2025/01/09/treaty") == "2025-01-09"


def test_dateline_date_takes_the_text_year() -> None:
    body = "WASHINGTON, Nov 24 (Reuters) - The pact signed on Oct. 30, 2025 held."
    assert infer_published(body, dateline_date="Nov 24") == "2025-11-24"


def test_latest_backward_looking_date() -> None:
    body = (
        "Ministers met on 20 November 2025 in Rome. A first round took place on Oct 2, 2025. "
        "The accord will take effect on January 1, 2027."
    )
    assert infer_published(body) == "2025-11-20"


def test_published_line_hint() -> None:
    assert infer_published("Talks went on.", hints=("Published: Nov 25, 2025, 10:04 IST",)) == "2025-11-25"


def test_nothing_to_infer() -> None:
    assert infer_published("The leaders spoke on Monday.") is None


def test_article_marks_inferred_dates() -> None:
    given = parse_text("published: Nov 25, 2025\n\nThe envoys met on Monday.")
    assert (given.published, given.published_inferred) == ("2025-11-25", False)
    inferred = parse_text("url: https://x.example/2025/11/24/a\n\nThe envoys met on Monday.")
    assert (inferred.published, inferred.published_inferred) == ("2025-11-24", True)
    unknown = parse_text("The envoys met on Monday.")
    assert (unknown.published, unknown.published_inferred) == (None, False)
