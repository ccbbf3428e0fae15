"""Helpers for the actors tests: run the stage on a text and find mentions by their text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from readouts import nlp
from readouts.model import Actor, Article
from readouts.pipeline import Context
from readouts.stages.actors import extract

Run = Callable[..., tuple[list[Actor], Context]]


def run_text(
    text: str, published: str | None = None, user_file: Path | None = None
) -> tuple[list[Actor], Context]:
    article = Article(body=text, published=published)
    context = Context(article=article)
    actors = list(extract(nlp.parse_one(text), context, user_file))
    return actors, context


def span_of(text: str, mention: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.find(mention, start + 1)
        if start < 0:
            raise AssertionError(f"{mention!r} occurs fewer than {nth} times in {text!r}")
    return start, start + len(mention)


@pytest.fixture()
def run() -> Run:
    return run_text
