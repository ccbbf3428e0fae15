"""Participants: an event's parties first, then the other actors its evidence sentence names."""

from __future__ import annotations

import pytest

from readouts.model import Article, Event, Provenance, Record, Span, to_contract
from tests.stages.events.runner import run_passage

PASSAGES = [
    "Japan condemned North Korea's missile launch on Tuesday, the foreign minister of South Korea said.",
    "Canada imposed tariffs on Chinese electric vehicles on Monday after talks with Mexico.",
    "Prime Minister Mark Carney met Indian Prime Minister Narendra Modi in Ottawa on Sunday, "
    "a week after Britain hosted both.",
]


@pytest.mark.parametrize("text", PASSAGES)
def test_every_actor_the_sentence_names_is_listed_after_the_parties(text: str) -> None:
    record = run_passage(text, "2025-06-18", "events")
    assert record["events"], "expected at least one event"
    named = {a["id"] for a in record["actors"] if any(m["start"] < len(text) for m in a["mentions"])}
    for event in record["events"]:
        ids = event["participant_ids"]
        assert 1 <= event["parties"] <= len(ids)
        assert named <= set(ids), f"{named - set(ids)} named but not listed"
        pairs = list(zip(event["participants"], ids, strict=True))
        assert len(set(pairs)) == len(pairs)


def test_the_lead_paragraph_actors_follow_the_parties() -> None:
    text = (
        "HANOI -- Joe Biden and To Lam raised ties to a new level on Sunday.\n\n"
        "On Monday Biden met Prime Minister Pham Minh Chinh at the government office."
    )
    record = run_passage(text, "2025-06-18", "events")
    meetings = [
        e for e in record["events"] if e["type"] == "CONSULT" and "Pham Minh Chinh" in e["participants"]
    ]
    assert meetings, "expected the meeting"
    for event in meetings:
        assert "To Lam" in event["participants"][event["parties"] :]


@pytest.mark.parametrize(
    ("body", "other", "listed"),
    [("Group of Seven", "G7", True), ("European Union", "bloc", False)],
)
def test_a_body_is_also_listed_by_its_other_name(body: str, other: str, listed: bool) -> None:
    """A body's other name is listed beside it ("G7"), a description ("the bloc") is not."""
    text = f"The {body} condemned Russia's strikes on Tuesday. The {other} also warned Moscow of sanctions."
    record = run_passage(text, "2025-06-18", "events")
    events = [e for e in record["events"] if body in e["participants"]]
    assert events, f"expected an event of the {body}"
    for event in events:
        assert (other in event["participants"]) == listed, event
        if listed:
            by_name = dict(zip(event["participants"], event["participant_ids"], strict=True))
            assert by_name[other] == by_name[body]


def test_parties_defaults_to_every_participant_in_the_contract() -> None:
    p = Provenance("events", "0")
    event = Event("CONSULT", Span(0, 5), p, participants=("A", "B"), participant_ids=("x:a", "x:b"))
    record = to_contract_event(event)
    assert record["parties"] == 2
    one = Event("CONSULT", Span(0, 5), p, participants=("A", "B"), parties=1)
    assert to_contract_event(one)["parties"] == 1


def to_contract_event(event: Event) -> dict[str, object]:
    record = Record(article=Article(body="Hello world."), events=(event,))
    out: dict[str, object] = to_contract(record)["events"][0]
    return out


@pytest.mark.parametrize(
    ("text", "body", "home"),
    [
        (
            "NATO Secretary General Mark Rutte accused Russia on Monday of stalling the peace talks.",
            "org:nato",
            "country:NLD",
        ),
        (
            "EU foreign policy chief Kaja Kallas condemned Iran's missile strikes on Tuesday.",
            "org:european-union",
            "country:EST",
        ),
    ],
)
def test_an_official_of_an_international_body_acts_for_it_not_for_their_home_country(
    text: str, body: str, home: str
) -> None:
    events = run_passage(text, "2025-06-18", "events")["events"]
    assert events
    for event in events:
        assert body in event["participant_ids"]
        assert home not in event["participant_ids"]


def test_the_people_of_the_party_states_named_in_the_paragraph_come_last() -> None:
    text = (
        "American and Russian officials met in Riyadh on Tuesday for their first talks in three years. "
        "The American side was led by Secretary of State Marco Rubio, and Foreign Minister Sergei Lavrov "
        "headed the Russian delegation.\n\n"
        "In Kyiv, President Volodymyr Zelensky said Ukraine was not invited."
    )
    events = run_passage(text, "2025-02-19", "events")["events"]
    meeting = next(e for e in events if e["type"] == "CONSULT")
    ids = meeting["participant_ids"]
    assert {"country:USA", "country:RUS"} <= set(ids[: meeting["parties"]])
    assert {"person:marco-rubio", "person:sergei-lavrov"} <= set(ids[meeting["parties"] :])
    assert "person:volodymyr-zelensky" not in ids  # another paragraph


def test_the_states_of_the_parties_are_named_after_them() -> None:
    text = "Japanese Prime Minister Sanae Takaichi met U.S. President Donald Trump in Tokyo on Tuesday."
    meeting = run_passage(text, "2025-10-29", "events")["events"][0]
    parties, rest = (
        meeting["participant_ids"][: meeting["parties"]],
        meeting["participant_ids"][meeting["parties"] :],
    )
    assert {"person:sanae-takaichi", "person:donald-trump"} <= set(parties)
    assert {"country:JPN", "country:USA"} <= set(rest)


def test_a_listed_state_not_yet_a_participant_keeps_its_name() -> None:
    """One event per state of a list ("to Mali and Niger"): a state the event did not list yet is named by
    its name, never by its id."""
    from readouts.stages.events.sides import _split

    p = Provenance("events", "0")
    event = Event("SANCTION", Span(0, 5), p, participants=("Algeria",), participant_ids=("country:DZA",))
    split = _split(event, [("Mali", "country:MLI"), ("Niger", "country:NER")])
    assert [e.participants for e in split] == [("Algeria", "Mali"), ("Algeria", "Niger")]
