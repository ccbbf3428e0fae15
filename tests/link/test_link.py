"""Cross-article linking over hand-built contract records."""

from __future__ import annotations

from typing import Any

import pytest

from readouts.link import merge_events, track_commitments
from readouts.link.commitments import object_words
from readouts.link.views import filter_tracks


def record(aid: str, published: str, events: list[dict[str, Any]] = (), commitments=()) -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "id": aid,
        "published": published,
        "outlet": "Wire",
        "title": None,
        "source_file": f"{aid}.txt",
        "actors": [{"id": "org:cofco", "name": "Cofco", "kind": "organisation", "country": "CHN"}],
        "events": list(events),
        "commitments": list(commitments),
    }


def call(date: str | None, *ids: str, status: str = "occurred", mode: str = "call") -> dict[str, Any]:
    names = {"person:donald-trump": "Donald Trump", "person:xi-jinping": "Xi Jinping"}
    return {
        "type": "CONSULT",
        "mode": mode,
        "participants": [names.get(i, i) for i in ids],
        "participant_ids": list(ids),
        "date": date,
        "status": status,
        "location": None,
        "evidence": {"start": 0, "end": 10},
    }


T, X = "person:donald-trump", "person:xi-jinping"


def test_one_call_reported_three_times_is_one_event() -> None:
    merged = merge_events(
        [
            record("a", "2025-11-25", [call("2025-11-24", T, X)]),
            record("b", "2025-11-25", [call("2025-11-24", X, T)]),
            record("c", "2025-11-26", [call(None, T, X)]),
        ]
    )
    assert len(merged) == 1
    assert merged[0].date == "2025-11-24"
    assert [c.article_id for c in merged[0].citations] == ["a", "b", "c"]


def test_two_calls_months_apart_stay_apart_oldest_first() -> None:
    merged = merge_events(
        [
            record("b", "2026-02-05", [call("2026-02-04", T, X)]),
            record("a", "2025-11-25", [call("2025-11-24", T, X)]),
        ]
    )
    assert [m.date for m in merged] == ["2025-11-24", "2026-02-04"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (call("2025-10", T, X, mode="meeting"), call("2025-10-30", T, X, mode="meeting"), True),
        (call("2025-10", T, X, mode="meeting"), call("2025-10-30", T, X, mode="call"), False),
        (call("2025-10-30", T), call("2025-10-30", X), False),
        (call("2026-04", T, mode="visit", status="planned"), call("2026-04-02", T, mode="visit"), True),
        (call("2026-02-04", X, "person:vladimir-putin"), call("2026-02-04", X, T), False),  # Xi: two calls
    ],
)
def test_merge_rules(first: dict[str, Any], second: dict[str, Any], same: bool) -> None:
    merged = merge_events([record("a", "2025-11-01", [first]), record("b", "2026-04-03", [second])])
    assert (len(merged) == 1) is same


def test_planned_then_occurred_takes_latest_status() -> None:
    merged = merge_events(
        [
            record("a", "2025-11-25", [call("2026-04", T, mode="visit", status="planned")]),
            record("b", "2026-04-03", [call("2026-04-02", T, mode="visit")]),
        ]
    )
    assert merged[0].status == "occurred"
    assert merged[0].date == "2026-04-02"


def pledge(qty: float | None, modality: str, prev: float | None = None, **kw: Any) -> dict[str, Any]:
    base = {
        "actor": "China",
        "actor_id": "country:CHN",
        "action": "purchase",
        "object": "soybeans",
        "quantity": qty,
        "unit": "t",
        "previous_quantity": prev,
        "period": None,
        "deadline": None,
        "modality": modality,
        "evidence": {"start": 5, "end": 50},
    }
    base.update(kw)
    return base


def test_soybean_history_and_execution() -> None:
    tracks = track_commitments(
        [
            record("a", "2025-11-01", commitments=[pledge(12e6, "pledged")]),
            record("b", "2025-11-20", commitments=[pledge(792_000, "executed")]),
            record("c", "2026-02-05", commitments=[pledge(20e6, "considering", prev=12e6)]),
            record(
                "d",
                "2026-02-06",
                commitments=[
                    pledge(20, "executed", actor="Cofco", actor_id="org:cofco", object="soybean cargo")
                ],
            ),
        ]
    )
    assert len(tracks) == 1
    track = tracks[0]
    assert track.history == (12e6, 20e6)
    assert track.target == (20e6, "t")
    assert [e.citation.article_id for e in track.executions] == ["b", "d"]
    assert track.status == "in progress"
    assert [r.citation.article_id for r in track.superseded] == ["a"]


LICENCES = pledge(None, "pledged", object="general licences", deadline="2025-11-30")


def test_met_and_missed() -> None:
    met = track_commitments(
        [
            record("a", "2025-11-01", commitments=[pledge(1e6, "pledged")]),
            record("b", "2025-12-01", commitments=[pledge(1.2e6, "executed")]),
        ]
    )
    assert met[0].status == "met"
    missed = track_commitments(
        [
            record(
                "a",
                "2025-11-01",
                commitments=[pledge(None, "pledged", object="general licences", deadline="2025-11-30")],
            )
        ],
        today="2026-01-10",
    )
    assert missed[0].status == "missed"
    still_open = track_commitments(
        [
            record(
                "a",
                "2025-11-01",
                commitments=[pledge(None, "pledged", object="general licences", deadline="2025-11-30")],
            )
        ],
    )
    assert still_open[0].status == "open"


def test_different_objects_make_different_tracks() -> None:
    tracks = track_commitments(
        [
            record("a", "2025-11-01", commitments=[pledge(12e6, "pledged")]),
            record("b", "2025-11-02", commitments=[pledge(None, "agreed", object="rare earth export curbs")]),
        ]
    )
    assert len(tracks) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("soybean cargoes", {"soybean", "cargo"}),
        ("arms to Taiwan", {"arm", "taiwan"}),
        ("general licenses for rare earth exports", {"general", "license", "rare", "earth", "export"}),
        ("tariff cuts on fentanyl", {"tariff", "cut", "fentanyl"}),
        ("policies", {"policy"}),
    ],
)
def test_object_words(text: str, words: set[str]) -> None:
    assert object_words(text) == words


def test_glosses_count_for_a_search_not_for_tracking() -> None:
    assert object_words("trip to Guangzhou (China)") == {"trip", "guangzhou"}
    assert object_words("trip to Guangzhou (China)", glosses=True) == {"trip", "guangzhou", "china"}


def test_one_off_and_yearly_pledges_are_two_tracks() -> None:
    tracks = track_commitments(
        [
            record("a", "2025-10-30", commitments=[pledge(12e6, "agreed", deadline="2025-12-31")]),
            record("b", "2025-10-30", commitments=[pledge(25e6, "agreed", period="annually")]),
            record("c", "2026-02-05", commitments=[pledge(20e6, "considering", prev=12e6)]),
        ]
    )
    assert sorted(t.history for t in tracks) == [(12e6, 20e6), (25e6,)]


def test_an_undated_meeting_told_as_done_joins_the_pairs_latest_meeting_before() -> None:
    merged = merge_events(
        [
            record("osaka", "2019-06-30", [call("2019-06-29", T, X, mode="meeting")]),
            record("busan", "2025-10-31", [call("2025-10-30", T, X, mode="meeting")]),
            record("later", "2025-11-25", [call(None, T, X, mode="meeting")]),  # "since their meeting"
        ]
    )
    assert [(m.date, len(m.reports)) for m in merged] == [("2019-06-29", 1), ("2025-10-30", 2)]


def test_actors_named_beside_the_parties_neither_join_reports_nor_show_in_the_merged_event() -> None:
    taiwan = "country:TWN"
    first = {**call("2025-11-24", T, X), "participants": ["Donald Trump", "Xi Jinping", "Taiwan"]}
    first["participant_ids"] = [T, X, taiwan]
    first["parties"] = 2
    other = call("2025-11-24", taiwan)  # shares only the bystander with the first
    merged = merge_events([record("a", "2025-11-25", [first]), record("b", "2025-11-25", [other])])
    assert len(merged) == 2
    ours = next(m for m in merged if T in m.participant_ids)
    assert ours.participant_ids == (T, X)


def test_tariffs_on_different_goods_are_two_tracks_and_a_rate_is_met_when_set() -> None:
    def rate(qty: float, modality: str, action: str, obj: str) -> dict[str, Any]:
        return pledge(qty, modality, action=action, object=obj, unit="percent")

    tracks = track_commitments(
        [
            record("a", "2025-04-01", commitments=[rate(30, "pledged", "lower", "tariffs on steel")]),
            record("b", "2025-04-02", commitments=[rate(25, "pledged", "impose", "duties on cars")]),
            record("c", "2025-04-09", commitments=[rate(125, "executed", "raise", "tariffs on steel")]),
        ]
    )
    by_object = {t.object: t for t in tracks}
    assert set(by_object) == {"tariffs on steel", "duties on cars"}
    assert by_object["tariffs on steel"].status == "open"  # a raise to 125% carries out no cut to 30%
    met = track_commitments(
        [
            record("a", "2025-04-01", commitments=[rate(30, "pledged", "lower", "tariffs on steel")]),
            record("c", "2025-05-09", commitments=[rate(30, "executed", "cut", "steel tariffs")]),
        ]
    )
    assert [t.status for t in met] == ["met"]


def test_an_execution_of_the_opposite_act_stays_on_the_track_but_meets_nothing() -> None:
    tracks = track_commitments(
        [
            record(
                "a", "2025-04-01", commitments=[pledge(None, "demanded", action="resume", object="imports")]
            ),
            record(
                "b",
                "2025-04-09",
                commitments=[pledge(None, "executed", action="suspend", object="imports of seafood")],
            ),
        ]
    )
    assert len(tracks) == 1 and len(tracks[0].executions) == 1
    assert tracks[0].status == "open"


def test_unrelated_objects_sharing_a_word_stay_apart() -> None:
    tracks = track_commitments(
        [
            record(
                "a", "2025-05-12", commitments=[pledge(None, "agreed", object="mechanism for talks on trade")]
            ),
            record("b", "2025-05-13", commitments=[pledge(None, "pledged", object="trade in farm goods")]),
        ]
    )
    assert len(tracks) == 2


def test_a_history_steps_only_in_the_targets_unit() -> None:
    tracks = track_commitments(
        [
            record("a", "2025-11-01", commitments=[pledge(12e6, "pledged")]),
            record("b", "2025-11-02", commitments=[pledge(5e9, "pledged", unit="USD")]),
            record("c", "2026-02-05", commitments=[pledge(20e6, "considering", prev=12e6)]),
        ]
    )
    assert [t.history for t in tracks] == [(12e6, 20e6)]


def test_track_names_the_bound_party_and_who_voiced_it() -> None:
    usa = {"id": "country:USA", "name": "United States", "kind": "country", "country": "USA"}
    trump = pledge(
        25,
        "pledged",
        actor="Donald Trump",
        actor_id="country:USA",
        action="impose",
        object="tariff",
        unit="percent",
    )
    first = record("a", "2025-02-01", commitments=[trump])
    first["actors"] = [usa]
    later = record(
        "b", "2025-03-04", commitments=[{**trump, "actor": "United States", "modality": "executed"}]
    )
    later["actors"] = [usa]
    tracks = track_commitments([first, later])
    assert [(t.actor, t.actor_id, t.voiced_by) for t in tracks] == [
        ("United States", "country:USA", ("Donald Trump",))
    ]
    assert all(filter_tracks(tracks, actor=name) for name in ("United States", "Trump", "country:USA"))
