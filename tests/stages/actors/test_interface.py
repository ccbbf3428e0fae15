"""The interface other stages use, identity across articles, the record's actors list."""

from __future__ import annotations

import pytest

from readouts.errors import PipelineError
from readouts.model import Article
from readouts.pipeline import Context, default_stages, extract_one
from readouts.stages.actors import (
    STAGE,
    VERSION,
    actor_at,
    actor_by_id,
    country_of,
    fullest_name,
    mentions_in,
)
from tests.stages.actors.conftest import run_text, span_of

TEXT = (
    "U.S. President Donald Trump called Chinese President Xi Jinping on Monday. "
    "Trump said the call went well, and he praised Xi. The Chinese leader urged caution on Taiwan. "
    "Beijing's commerce ministry later said purchases would continue."
)


def test_stage_declaration() -> None:
    assert STAGE.name == "actors" and STAGE.provides == "actors" and STAGE.version == VERSION == "0.2.9"
    assert STAGE.needs == ()
    assert any(s.name == "actors" for s in default_stages(["actors"]))


def test_actor_at_kinds() -> None:
    _, ctx = run_text(TEXT, "2025-11-25")
    assert (
        actor_at(ctx, *span_of(TEXT, "Chinese President Xi Jinping")) or pytest.fail()
    ).id == "person:xi-jinping"
    start, end = span_of(TEXT, " he ")
    assert (actor_at(ctx, start + 1, end - 1) or pytest.fail()).id == "person:donald-trump"
    assert (actor_at(ctx, *span_of(TEXT, "The Chinese leader")) or pytest.fail()).id == "person:xi-jinping"
    start, end = span_of(TEXT, "Beijing's commerce ministry")
    assert (actor_at(ctx, start, end) or pytest.fail()).id == "org:chn-ministry-of-commerce"
    assert (actor_at(ctx, start + 1, start + 3) or pytest.fail()).id == "org:chn-ministry-of-commerce"
    assert actor_at(ctx, *span_of(TEXT, "on Monday")) is None


def test_mentions_in_includes_pronouns() -> None:
    _, ctx = run_text(TEXT, "2025-11-25")
    start, end = span_of(TEXT, "Trump said the call went well, and he praised Xi.")
    found = [(m.text, a.id) for m, a in mentions_in(ctx, start, end)]
    assert found == [
        ("Trump", "person:donald-trump"),
        ("he", "person:donald-trump"),
        ("Xi", "person:xi-jinping"),
    ]


def test_by_id_country_and_name() -> None:
    _, ctx = run_text(TEXT, "2025-11-25")
    xi = actor_by_id(ctx, "person:xi-jinping")
    assert xi is not None and fullest_name(xi) == "Xi Jinping"
    assert country_of(ctx, "person:xi-jinping") == "CHN"
    assert country_of(ctx, "person:donald-trump") == "USA"
    assert country_of(ctx, "country:TWN") == "TWN"
    assert country_of(ctx, "org:chn-ministry-of-commerce") == "CHN"
    assert country_of(ctx, "person:vladimir-putin") == "RUS"  # known, not in this article
    assert actor_by_id(ctx, "person:vladimir-putin") is None


def test_actor_items() -> None:
    actors, _ = run_text(TEXT, "2025-11-25")
    trump = next(a for a in actors if a.id == "person:donald-trump")
    assert trump.kind == "person" and trump.name == "Donald Trump" and trump.country == "USA"
    assert ("President", "USA") in [(r.title, r.of) for r in trump.roles]
    assert "Trump" in trump.aliases and "he" not in trump.aliases
    assert all(TEXT[m.start : m.end] == m.text for a in actors for m in a.mentions)
    assert trump.provenance == STAGE.provenance
    assert len({a.id for a in actors}) == len(actors)


def test_without_stage_raises() -> None:
    with pytest.raises(PipelineError):
        actor_at(Context(article=Article(body="x")), 0, 1)


@pytest.mark.parametrize(
    ("first", "second", "mention", "expected"),
    [
        ("President Donald Trump spoke.", "Trump later left.", "Trump", "person:donald-trump"),
        ("Xi Jinping arrived.", "Xi's plane landed.", "Xi", "person:xi-jinping"),
        ("Vladimir Putin spoke.", "Putin did not comment.", "Putin", "person:vladimir-putin"),
        ("Carlos Salinas spoke.", "Carlos Salinas spoke again.", "Carlos Salinas", "person:carlos-salinas"),
        (
            "China's foreign ministry spoke.",
            "The Chinese foreign ministry spoke.",
            "ministry",
            "org:chn-ministry-of-foreign-affairs",
        ),
        ("The U.S. imposed rules.", "America imposed rules.", None, "country:USA"),
        ("Taipei protested.", "Taiwan protested.", None, "country:TWN"),
    ],
)
def test_same_id_across_articles(first: str, second: str, mention: str | None, expected: str) -> None:
    for text in (first, second):
        actors, ctx = run_text(text, "2025-11-25")
        if mention is None:
            assert expected in {a.id for a in actors}
        else:
            start = text.find(mention)
            actor = actor_at(ctx, start, start + len(mention))
            assert actor is not None and actor.id == expected


def test_pipeline_record() -> None:
    record = extract_one(Article(body=TEXT, published="2025-11-25"), stages=default_stages(["actors"]))
    assert {"person:donald-trump", "person:xi-jinping", "country:CHN"} <= {a.id for a in record.actors}
