"""A sentence-initial name the parser misreads ("Trump" as a noun with "imposed tariffs" as its object):
the name still acts, and the measure and its verb stay one event with the actor first."""

from __future__ import annotations

import pytest

from tests.stages.events.runner import run_passage


@pytest.mark.parametrize(
    ("text", "published", "actor", "target"),
    [
        ("ECOWAS imposed sanctions on Niger on Monday.", "2023-10-31", "ECOWAS", "Niger"),
        ("Trump imposed tariffs on Canada on Monday.", "2025-03-05", "Donald Trump", "Canada"),
    ],
)
def test_a_misread_subject_still_acts_once(text: str, published: str, actor: str, target: str) -> None:
    events = [e for e in run_passage(text, published, "events")["events"] if e["type"] == "SANCTION"]
    assert len(events) == 1, events
    assert events[0]["participants"][0] == actor
    assert target in events[0]["participants"]
