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


LOOKING_BACK = (
    "Xi Jinping spoke with Donald Trump by phone on Wednesday. "
    "Xi said that over the past year the two men had stayed in touch through calls and a meeting."
)


def test_event_spread_over_a_past_period_is_left_undated() -> None:
    events = run_passage(LOOKING_BACK, "2026-02-05", "events")["events"]
    meetings = [e for e in events if e["mode"] == "meeting"]
    assert all(e["date"] is None for e in meetings)


def test_event_lasting_some_hours_keeps_its_day() -> None:
    text = "Charles Michel hosted Aliyev and Pashinyan on Saturday for five hours of talks in Brussels."
    events = run_passage(text, "2023-07-16", "events")["events"]
    assert any(e["type"] == "CONSULT" and e["date"] == "2023-07-15" for e in events)


def test_a_visit_that_is_a_meeting_is_told_once() -> None:
    text = "Lula arrived in Beijing on Tuesday and met Xi Jinping there the same day."
    events = run_passage(text, "2025-05-14", "events")["events"]
    consult = [e for e in events if e["type"] == "CONSULT" and e["status"] == "occurred"]
    assert len(consult) == 1, consult
    assert {"Luiz Inacio Lula da Silva", "Xi Jinping"} <= set(consult[0]["participants"])


def test_a_video_call_and_the_conversation_after_it_are_one_event() -> None:
    text = (
        "Putin and Xi Jinping held a video call on Wednesday. "
        "A Kremlin aide said the conversation had lasted about an hour and a half."
    )
    events = run_passage(text, "2026-02-05", "events")["events"]
    assert len([e for e in events if e["type"] == "CONSULT"]) == 1, events


def test_the_two_leaders_of_a_relative_clause_are_the_calls_own_parties() -> None:
    text = (
        "Xi Jinping spoke with Donald Trump by phone on Wednesday. Earlier on Wednesday, Xi held a video "
        "call with Vladimir Putin, in which the two leaders pledged closer coordination."
    )
    events = run_passage(text, "2026-02-05", "events")["events"]
    video = [e for e in events if e["mode"] == "virtual"]
    parties = video[0]["participants"][: video[0]["parties"]] if video else []
    assert video and "Donald Trump" not in parties, video  # (he is named beside them, in the paragraph)
