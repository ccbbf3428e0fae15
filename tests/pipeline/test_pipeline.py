"""The stage registry: ordering, dependencies, and the contract's shape of a record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from readouts.errors import PipelineError
from readouts.model import Article, Record, to_contract
from readouts.pipeline import Context, Stage, default_stages, parse_view, resolve_order

CONTRACT_KEYS = ["id", "source_file", "url", "outlet", "title", "published", "published_inferred",
                 "actors", "quotes", "events", "commitments", "timexes"]  # fmt: skip


def _run(doc: Any, context: Context) -> Sequence[Any]:
    return ()


def stage(name: str, provides: str, needs: tuple[str, ...] = ()) -> Stage:
    return Stage(name=name, version="1", provides=provides, run=_run, needs=needs)


def test_order_follows_needs() -> None:
    ordered = resolve_order(
        [stage("q", "quotes", ("actors",)), stage("a", "actors", ("timexes",)), stage("t", "timexes")]
    )
    assert [s.name for s in ordered] == ["t", "a", "q"]


@pytest.mark.parametrize(
    "stages",
    [
        [stage("q", "quotes", ("actors",))],
        [stage("x", "nonsense")],
        [stage("a", "actors", ("quotes",)), stage("q", "quotes", ("actors",))],
    ],
)
def test_impossible_orders_raise(stages: list[Stage]) -> None:
    with pytest.raises(PipelineError):
        resolve_order(stages)


def test_only_pulls_in_what_is_needed() -> None:
    names = [s.name for s in default_stages(["events"])]
    assert names.index("time") < names.index("events")
    assert names.index("actors") < names.index("events")
    assert "quotes" not in names
    with pytest.raises(PipelineError):
        default_stages(["no-such-stage"])


def test_contract_keys_in_order() -> None:
    obj = to_contract(Record(article=Article(body="Text.")))
    assert list(obj)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS


@pytest.mark.parametrize(
    "body",
    [
        "BEIJING (Reuters) - China said.",
        "AsianFin -- Trump spoke.",
        "Lead line.\nWASHINGTON: Officials met.",
        "No dateline here.",
    ],
)
def test_parse_view_keeps_offsets(body: str) -> None:
    view = parse_view(body)
    assert len(view) == len(body)
    assert view.strip().endswith(body.strip()[-5:])
