"""An event told as the start of a period ("since their meeting in Busan") happened before the news: no
context date (the lead's day, the month of publication) is given to it."""

from __future__ import annotations

from tests.stages.events.runner import run_passage

TEXT = (
    "Xi Jinping spoke with Donald Trump by phone on Monday. "
    "Xi said that since their meeting in Busan, relations had kept a steady course."
)


def test_since_meeting_is_left_undated() -> None:
    events = run_passage(TEXT, "2025-11-25", "events")["events"]
    by_mode = {e["mode"]: e for e in events}
    assert by_mode["call"]["date"] == "2025-11-24"
    assert by_mode["meeting"]["date"] is None
