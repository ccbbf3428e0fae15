"""Running the real time stage over hand-written sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from readouts import nlp
from readouts.model import Article, Timex
from readouts.pipeline import Context
from readouts.stages import time as time_stage

DATA = Path(__file__).resolve().parents[2] / "data" / "time"


def run(body: str, published: str | None) -> tuple[list[Timex], Context]:
    """The timexes of a body parsed by the project's spaCy pipeline, and the context after the stage."""
    context = Context(article=Article(body=body, published=published))
    items = list(time_stage.extract(nlp.parse_one(body), context))
    return items, context


def cases() -> list[list[Any]]:
    raw = yaml.safe_load((DATA / "cases.yaml").read_text("utf-8"))
    return [[str(c[0]), c[1], str(c[2]), c[3], None if c[4] is None else str(c[4])] for c in raw["cases"]]


def outcome(case: list[Any]) -> tuple[bool, str]:
    """Whether a case holds, and what the stage produced."""
    anchor, sentence, expr, typ, value = case
    items, _ = run(sentence, anchor)
    got = [(t.text, t.type, t.value) for t in items]
    if typ is None:
        return all(t.text != expr and t.text.lower() != expr.lower() for t in items), repr(got)
    return any(t.text == expr and t.type == typ and t.value == value for t in items), repr(got)
