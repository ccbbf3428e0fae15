"""The gate's floor policy: a score sets the floor score - 0.02, rounded down to two decimals."""

from __future__ import annotations

import pytest

from readouts.evaluation.gate import policy_floor


@pytest.mark.parametrize(
    ("score", "floor"),
    [(0.6176, 0.59), (0.63, 0.61), (0.0, 0.0), (0.01, 0.0), (1.0, 0.98), (0.5299, 0.5)],
)
def test_policy_floor(score: float, floor: float) -> None:
    assert policy_floor(score) == pytest.approx(floor)
