"""Numbers that give people's ages are no amounts: "those aged 18 to 25" is who, not how many."""

from __future__ import annotations

import pytest

from tests.stages.events.runner import run_passage


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow agreed to swap all badly injured prisoners of war and those aged 20 to 23.",
        "Kyiv and Moscow agreed to hand back captured prisoners of war aged 19 to 22.",
    ],
)
def test_ages_are_not_counted(text: str) -> None:
    items = run_passage(text, "2025-06-20", "commitments")["commitments"]
    assert items, "the release or exchange itself is still a commitment"
    assert all(c["quantity"] is None for c in items), [(c["object"], c["quantity"]) for c in items]
