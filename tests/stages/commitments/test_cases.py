"""The table of passage -> commitments cases in tests/data/commitments/cases.yaml."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from readouts.evaluation.dates import date_agrees
from readouts.evaluation.match import commitment_matches
from readouts.stages.commitments import STAGE
from tests.stages.events.runner import assign, case_params, load_cases, published_of, run_passage

CASES = load_cases("commitments")
MIN_PASSING = 591  # the floor: raise it as the stage improves, so regressions show
DETAIL_SLACK = 0.2  # share of detail fields (previous quantity, period, deadline) that may differ

pytestmark = pytest.mark.skipif(
    STAGE.version == "0.0.0", reason="readouts.stages.commitments is still the placeholder (version 0.0.0)"
)


def _expected(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for c in case.get("commitments") or []:
        item = dict(c)
        for key in ("period", "deadline"):
            if item.get(key) is not None:
                item[key] = str(item[key])
        out.append(item)
    return out


def _matches(gold: Mapping[str, Any], system: Mapping[str, Any]) -> bool:
    if gold.get("modality") is not None and gold["modality"] != system.get("modality"):
        return False
    return commitment_matches(gold, system)


def _brief(items: Sequence[Mapping[str, Any]]) -> list[str]:
    return [
        f"{c.get('actor')}/{c.get('action')}/{c.get('object')} {c.get('quantity')} {c.get('unit')} "
        f"prev={c.get('previous_quantity')} {c.get('modality')}"
        for c in items
    ]


def _system(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = run_passage(str(case["text"]), published_of(case), "commitments")[
        "commitments"
    ]
    return result


def check(case: Mapping[str, Any]) -> str | None:
    """Why the case fails, or None when it passes."""
    system = _system(case)
    gold = _expected(case)
    if not gold and system:
        return f"expected no commitment, got {_brief(system)}"
    if assign(gold, system, _matches) is None:
        return f"expected {_brief(gold)}, got {_brief(system)}"
    return None


def detail_errors(gold: Mapping[str, Any], system: Mapping[str, Any]) -> list[str]:
    """Fields outside the contract's matching rule that differ: previous quantity, period, deadline. (The
    action's label is not checked: the contract gives it no vocabulary.)"""
    wrong = []
    prev, got = gold.get("previous_quantity"), system.get("previous_quantity")
    if prev is not None and (got is None or abs(float(got) - float(prev)) > 0.01 * abs(float(prev))):
        wrong.append(f"previous_quantity {prev} != {got}")
    for key in ("period", "deadline"):
        want = gold.get(key)
        if want is None:
            continue
        value = system.get(key)
        ok = value is not None and (
            date_agrees(str(want), str(value)) or str(want).lower() in str(value).lower()
        )
        if not ok:
            wrong.append(f"{key} {want!r} != {value!r}")
    return wrong


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict[str, Any]) -> None:
    problem = check(case)
    assert problem is None, problem


def test_floor() -> None:
    """At least MIN_PASSING cases pass (xfail cases included): a regression shows here."""
    passing = sum(check(case) is None for case in CASES)
    assert passing >= MIN_PASSING, f"{passing}/{len(CASES)} commitment cases pass (floor {MIN_PASSING})"


def test_details() -> None:
    """Previous quantity, period and deadline agree on the commitments of passing cases."""
    fields = 0
    wrong: list[str] = []
    for case in CASES:
        if check(case) is not None:
            continue
        system = _system(case)
        gold = _expected(case)
        for g, j in zip(gold, assign(gold, system, _matches) or [], strict=False):
            fields += sum(1 for k in ("previous_quantity", "period", "deadline") if g.get(k))
            wrong.extend(f"{str(case['text'])[:40]!r}: {w}" for w in detail_errors(g, system[j]))
    assert len(wrong) <= DETAIL_SLACK * max(fields, 1), wrong


def test_table_size() -> None:
    assert len(CASES) >= 60
