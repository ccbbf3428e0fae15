"""Cleaning: normalisation, the debris lexicon, bylines and datelines."""

from __future__ import annotations

import pytest

from readouts.ingest.clean import clean_body, debris_pattern, normalise_text
from readouts.ingest.lead import find_byline, find_dateline


def test_normalise_text_keeps_paragraphs() -> None:
    raw = "First  line\u00a0here.\r\nSecond\tline.\r\n\r\n\r\n\r\nNew paragraph\u200b.  \n"
    assert normalise_text(raw) == "First line here.\nSecond line.\n\nNew paragraph."


def test_normalise_text_applies_nfc() -> None:
    assert normalise_text("Zu\u0308rich") == "Z\u00fcrich"


DEBRIS = [
    "AI Generated Image",
    "(AI-generated image)",
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Share this article",
    "Share",
    "Facebook | Twitter | Email",
    "Read more: Talks on the border resume in Geneva",
    "Also read | Five things to know about the summit",
    "Related Articles",
    "Click here to subscribe to our daily briefing",
    "Sign up for our newsletter",
    "Subscribe now",
    "(Photo: Reuters)",
    "Photo: Jane Roe/AFP",
    "Image source, Getty Images",
    "Image caption, Delegates arrive at the venue",
    "Delegates arrive at the venue on Monday. Jane Roe/Getty Images",
    "Ministers shake hands in Seoul on Tuesday. (Photo: Xinhua)",
    "The two leaders meet in Beijing. Jane Roe/Reuters",
    "Protesters gather near parliament. (AP Photo/John Poe)",
    "Representational image",
    "File photo",
    "Listen to this article",
    "4 min read",
    "(Reporting by Jane Roe; Editing by John Poe)",
    "Reporting by Jane Roe in Nairobi; Editing by John Poe",
    "Copyright 2025 Example News. All rights reserved.",
    "© 2025 Example Media",
    "Tags: Diplomacy, Trade",
    "Follow us on X for the latest updates",
    "Published: Nov 25, 2025, 10:04 IST",
    "Updated on 2025-11-25",
    "Updated 5 hours ago",
    "(This story has not been edited by staff and is auto-generated from a syndicated feed.)",
]

SENTENCES = [
    "Share prices in Tokyo rose after the announcement.",
    "Advertisement spending by the government doubled last year, the audit office said.",
    "Read the statement in full, the spokesperson told reporters.",
    "Reporting by the Financial Times found that the deal was nearly done.",
    "Research by the institute shows a sharp rise in grain imports.",
    "Copyright disputes between the two countries have dragged on for years.",
    "Updated figures were released by the ministry on Monday.",
    "The photo was taken at the summit, officials said.",
    "Photos of the meeting were published by state media on Tuesday.",
    "Click-through rates are not a measure of diplomatic success, she said.",
    "Follow-up talks are planned for March.",
    "The museum was founded by J. Paul Getty.",
    "Subscribers to the treaty must report their stocks every year.",
    "Related talks will take place in Vienna next week.",
    "Taiwan Question Takes Center Stage",
    "AREAS OF TENSION AND GOODWILL GESTURES",
]


@pytest.mark.parametrize("line", DEBRIS)
def test_debris_lines_are_recognised(line: str) -> None:
    assert debris_pattern(line) is not None


@pytest.mark.parametrize("line", SENTENCES)
def test_real_sentences_are_kept(line: str) -> None:
    assert debris_pattern(line) is None


def test_clean_body_removes_debris_but_keeps_text() -> None:
    raw = (
        "The talks began on Monday.\n\nAI Generated Image\nBoth sides spoke.\nAdvertisement\nThey met again."
    )
    cleaned = clean_body(raw)
    assert cleaned.body == "The talks began on Monday.\n\nBoth sides spoke.\nThey met again."
    assert cleaned.removed == ("AI Generated Image", "Advertisement")


BYLINES = [
    ("By Jane Doe", "Jane Doe", None),
    ("By Jane Doe and John Roe, Reuters", "Jane Doe, John Roe", "Reuters"),
    ("BY JANE DOE", "Jane Doe", None),
    ("By Jane Doe, Staff Writer", "Jane Doe", "Staff Writer"),
    ("By Ursula von der Leyen", "Ursula von der Leyen", None),
    ("By Jane Doe | Nov 25, 2025", "Jane Doe", None),
    ("By Jane Doe in Beijing", "Jane Doe", None),
    ("By Reuters Staff", None, "Reuters Staff"),
    ("By Associated Press", None, "Associated Press"),
]


@pytest.mark.parametrize(("line", "author", "affiliation"), BYLINES)
def test_bylines(line: str, author: str | None, affiliation: str | None) -> None:
    byline = find_byline(line)
    assert byline is not None
    assert byline.author == author
    assert byline.affiliation == affiliation


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the talks had stalled over the wording of the final text.",
        "By contrast, the Chinese statement made no mention of trade.",
        "By the end of the year both sides hope to sign.",
        "Bypass roads were closed during the visit.",
        "By Monday",
        "By Foreign Minister Wang Yi's account, the talks went well.",
    ],
)
def test_sentences_are_not_bylines(line: str) -> None:
    assert find_byline(line) is None


DATELINES = [
    ("BEIJING (Reuters) - China said on Monday it would reply.", "BEIJING", "Reuters", None),
    ("WASHINGTON/BEIJING: China is weighing more purchases.", "WASHINGTON/BEIJING", None, None),
    ("AsianFin -- The two leaders spoke on Monday.", "AsianFin", None, None),
    ("WASHINGTON, Nov 24 (Reuters) - The call lasted an hour.", "WASHINGTON", "Reuters", "Nov 24"),
    ("KYIV, Ukraine (AP) — Drones struck overnight.", "KYIV", "AP", None),
    ("Beijing, Nov. 24 (Xinhua) -- Talks opened in Beijing.", "Beijing", "Xinhua", "Nov. 24"),
    ("SÃO PAULO (Reuters) - Brazil said it would respond.", "SÃO PAULO", "Reuters", None),
]


@pytest.mark.parametrize(("line", "place", "agency", "date"), DATELINES)
def test_datelines(line: str, place: str, agency: str | None, date: str | None) -> None:
    found = find_dateline(line)
    assert found is not None
    assert (found.place, found.agency, found.date) == (place, agency, date)


@pytest.mark.parametrize(
    "line",
    [
        "Xi Jinping — who has led China since 2012 — spoke first.",
        "NOTE: this story has been updated.",
        "On Nov 24 - a Monday - the leaders spoke.",
        "The U.S. president described the call as very good.",
        "US-China talks resumed on Monday.",
        "Trump: a very good call with President Xi.",
    ],
)
def test_sentences_are_not_datelines(line: str) -> None:
    assert find_dateline(line) is None


def test_byline_removed_and_dateline_kept() -> None:
    raw = (
        "By Jane Doe and John Roe, Reuters\nGENEVA (Reuters) - Envoys met on Friday.\nThey talked for hours."
    )
    cleaned = clean_body(raw)
    assert cleaned.body == "GENEVA (Reuters) - Envoys met on Friday.\nThey talked for hours."
    assert cleaned.author == "Jane Doe, John Roe"
    assert cleaned.dateline == "GENEVA"
    assert cleaned.agency == "Reuters"


def test_title_repeated_as_first_line_is_dropped() -> None:
    cleaned = clean_body("Envoys meet in Geneva\nThe envoys met on Friday.", title="Envoys Meet in Geneva")
    assert cleaned.body == "The envoys met on Friday."
