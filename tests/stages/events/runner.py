"""Run the real pipeline stages on a short passage and give the contract's dicts; load YAML case tables."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from readouts import nlp
from readouts.evaluation.bipartite import max_matching
from readouts.model import Article, to_contract
from readouts.pipeline import Context, Stage, default_stages, parse_view, run_stages

DATA = Path(__file__).resolve().parents[2] / "data"


@functools.cache
def stages_for(field: str) -> tuple[Stage, ...]:
    """The default stage providing ``field`` and, transitively, the stages it needs, in run order."""
    by_field = {s.provides: s for s in default_stages()}
    wanted: set[str] = set()
    todo = [field]
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo.extend(by_field[name].needs)
    return default_stages(wanted)


@functools.cache
def run_passage(text: str, published: str | None, field: str) -> dict[str, Any]:
    """The contract object for ``text`` after the stages ``field`` needs (time → actors → ``field``)."""
    article = Article(body=text, published=published)
    doc = nlp.parse_one(parse_view(text))
    record = run_stages(article, doc, stages_for(field))
    return to_contract(record)


def context_for(text: str, published: str | None, field: str) -> Context:
    """A Context after running the stages ``field`` needs, for tests that look at intermediate items."""
    article = Article(body=text, published=published)
    doc = nlp.parse_one(parse_view(text))
    context = Context(article=article)
    for stage in stages_for(field):
        context.results[stage.provides] = tuple(stage.run(doc, context))
    return context


def load_cases(area: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((DATA / area / "cases.yaml").read_text("utf-8"))
    if not isinstance(data, list):
        raise AssertionError(f"tests/data/{area}/cases.yaml is not a list")
    return data


def case_params(cases: list[dict[str, Any]]) -> list[Any]:
    """pytest params (one per case), xfail(strict=False) where the case says ``xfail: reason``."""
    params = []
    for i, case in enumerate(cases):
        words = "-".join(str(case["text"]).split()[:5])
        marks = [pytest.mark.xfail(reason=str(case["xfail"]), strict=False)] if case.get("xfail") else []
        params.append(pytest.param(case, id=f"{i:03d}-{words}", marks=marks))
    return params


def published_of(case: Mapping[str, Any]) -> str | None:
    value = case.get("published")
    return None if value is None else str(value)


def assign(
    gold: Sequence[Mapping[str, Any]],
    system: Sequence[Mapping[str, Any]],
    matches: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> list[int] | None:
    """The system item each gold item is paired with (one to one, by the scorer's maximum matching), or
    None when some gold item has no partner."""
    adjacency = [[j for j, s in enumerate(system) if matches(g, s)] for g in gold]
    pairs = max_matching(adjacency, len(system))
    return [pairs[i] for i in range(len(gold))] if len(pairs) == len(gold) else None
