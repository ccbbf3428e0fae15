"""A request weighed is the act asked, now under consideration: one commitment, not the demand beside it."""

from __future__ import annotations

from tests.stages.events.runner import run_passage


def test_a_request_weighed_replaces_the_demand() -> None:
    text = (
        "Chile asked Japan to fund a new tsunami warning network. A Japanese official said Tokyo would "
        "consider the request."
    )
    items = run_passage(text, "2025-06-10", "commitments")["commitments"]
    assert [(c["actor"], c["modality"]) for c in items] == [("Japan", "considering")]
    assert "tsunami" in items[0]["object"]
