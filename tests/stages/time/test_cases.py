"""The table of hand-written cases (tests/data/time/cases.yaml) run through the real stage.

``.venv/bin/pytest tests/stages/time/test_cases.py -s`` prints the value accuracy over the whole table.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.stages.time.helpers import cases, outcome

CASES = cases()
_RESULTS: dict[int, bool] = {}


@pytest.mark.parametrize("index", range(len(CASES)), ids=[f"{i:03d}-{c[2]}" for i, c in enumerate(CASES)])
def test_case(index: int) -> None:
    case: list[Any] = CASES[index]
    ok, got = outcome(case)
    _RESULTS[index] = ok
    assert ok, f"{case[1]!r}: expected {case[2]!r} {case[3]} {case[4]}, got {got}"


def test_table_accuracy() -> None:
    results = [_RESULTS[i] if i in _RESULTS else outcome(c)[0] for i, c in enumerate(CASES)]
    positives = [ok for ok, c in zip(results, CASES, strict=True) if c[3] is not None]
    print(
        f"\ntime table: {len(CASES)} cases ({len(positives)} with a value, {len(CASES) - len(positives)} "
        f"negatives); value accuracy {sum(positives) / len(positives):.3f}, "
        f"all cases {sum(results) / len(results):.3f}"
    )
    assert len(CASES) >= 200
    assert sum(results) / len(results) >= 0.95
