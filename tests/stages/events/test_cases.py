"""The table of passage -> events cases in tests/data/events/cases.yaml, scored by the contract's rule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest

from readouts.evaluation.match import event_matches
from tests.stages.events.runner import assign, case_params, load_cases, published_of, run_passage

CASES = load_cases("events")
MIN_PASSING = 684  # the floor: raise it as the stage improves, so regressions show
MODE_SLACK = 0.05  # share of matched events whose mode may differ


def _expected(case: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for e in case.get("events") or []:
        item = dict(e)
        item["date"] = None if e.get("date") is None else str(e["date"])
        out.append(item)
    return out


def _brief(events: Sequence[Mapping[str, Any]]) -> list[str]:
    return [
        f"{e['type']}/{e.get('mode')} {e.get('participants')} {e.get('date')} {e.get('status')}"
        for e in events
    ]


def check(case: Mapping[str, Any]) -> str | None:
    """Why the case fails, or None when it passes."""
    system = run_passage(str(case["text"]), published_of(case), "events")["events"]
    gold = _expected(case)
    absent = {str(t) for t in case.get("absent") or []}
    if not gold and not absent and system:
        return f"expected no event, got {_brief(system)}"
    wrong = [e for e in system if e["type"] in absent]
    if wrong:
        return f"types {sorted(absent)} must not appear, got {_brief(wrong)}"
    if assign(gold, system, event_matches) is None:
        return f"expected {_brief(gold)}, got {_brief(system)}"
    return None


@pytest.mark.parametrize("case", case_params(CASES))
def test_case(case: dict[str, Any]) -> None:
    problem = check(case)
    assert problem is None, problem


def test_floor() -> None:
    """At least MIN_PASSING cases pass (xfail cases included): a regression shows here."""
    passing = sum(check(case) is None for case in CASES)
    assert passing >= MIN_PASSING, f"{passing}/{len(CASES)} event cases pass (floor {MIN_PASSING})"


def test_modes() -> None:
    """Modes (not part of the contract's matching rule) agree on the events of passing cases."""
    pairs = 0
    wrong: list[str] = []
    for case in CASES:
        if check(case) is not None:
            continue
        system = run_passage(str(case["text"]), published_of(case), "events")["events"]
        gold = _expected(case)
        for g, j in zip(gold, assign(gold, system, event_matches) or [], strict=False):
            if g.get("mode") is None:
                continue
            pairs += 1
            allowed = g["mode"] if isinstance(g["mode"], list) else [g["mode"]]
            # any system event the gold one matches may carry the mode (the one-to-one assignment may pair it
            # with another of the sentence's events, now that participants list the paragraph's actors)
            if not any(e["mode"] in allowed for e in system if event_matches(g, e)):
                wrong.append(f"{case['text'][:50]!r}: {g['mode']} != {system[j]['mode']}")
    assert len(wrong) <= MODE_SLACK * max(pairs, 1), wrong


def test_table_size() -> None:
    assert len(CASES) >= 100
