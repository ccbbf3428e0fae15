"""The table of mention -> actor cases in tests/data/actors/cases.yaml."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import actor_at
from tests.stages.actors.conftest import run_text, span_of

CASES = Path(__file__).resolve().parents[2] / "data" / "actors" / "cases.yaml"


def _flatten() -> list[Any]:
    params = []
    for i, item in enumerate(yaml.safe_load(CASES.read_text("utf-8"))):
        published = str(item["published"]) if item.get("published") else None
        for j, exp in enumerate(item["expect"]):
            label = f"{i:03d}-{j}-{exp['mention']}"
            params.append(pytest.param(item["text"], published, exp, id=label))
    return params


@functools.cache
def _run(text: str, published: str | None) -> tuple[list[Actor], Context]:
    return run_text(text, published)


@pytest.mark.parametrize(("text", "published", "exp"), _flatten())
def test_case(text: str, published: str | None, exp: dict[str, Any]) -> None:
    _, context = _run(text, published)
    start, end = span_of(text, exp["mention"], exp.get("nth", 1))
    actor = actor_at(context, start, end)
    if exp["id"] is None:
        assert actor is None, f"{exp['mention']!r} should name no actor, got {actor and actor.id}"
        return
    assert actor is not None, f"{exp['mention']!r} names no actor"
    assert actor.id == exp["id"]
    if "country" in exp:
        assert actor.country == exp["country"]
    if "name" in exp:
        assert actor.name == exp["name"]
    if "role" in exp:
        title, of = exp["role"]
        assert any(r.title.lower() == title.lower() and r.of == of for r in actor.roles), actor.roles
    if "not_role" in exp:  # a title the article gives that restates a known role adds no second one
        title, of = exp["not_role"]
        assert not any(r.title.lower() == title.lower() and r.of == of for r in actor.roles), actor.roles
