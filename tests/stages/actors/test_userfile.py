"""The user actors file: aliases, roles with dates, merges, splits, the environment variable, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.errors import LexiconError
from readouts.stages.actors import actor_at
from tests.stages.actors.conftest import run_text, span_of

USER = """
actors:
  - name: Carlos Salinas
    country: USA
    gender: m
    aliases: [Salinas, Chuck Salinas]
    roles:
      - {title: Executive Director, of: U.S. Soybean Export Council, from: 2020-01-01}
  - name: Pacific Grain Board
    kind: organisation
    country: CAN
    type: trade group
    aliases: [PGB]
  - id: person:xi-jinping
    aliases: [Chairman Xi]
  - name: Meridia
    kind: country
    country: MRD
    aliases: [Meridia, Meridian Republic]
merges:
  - {into: person:jane-q-roe, ids: [person:jane-roe]}
splits:
  - {alias: Harris, id: person:kamala-harris}
"""


@pytest.fixture()
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(USER, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Salinas said exports were strong.", "Salinas", "person:carlos-salinas"),
        ("Chuck Salinas spoke at the conference.", "Chuck Salinas", "person:carlos-salinas"),
        ("The PGB raised its forecast.", "PGB", "org:pacific-grain-board"),
        ("Chairman Xi met the delegation.", "Chairman Xi", "person:xi-jinping"),
        ("Meridia signed the accord.", "Meridia", "country:MRD"),
        ("Officials from the Meridian Republic attended.", "Meridian Republic", "country:MRD"),
        ("Jane Roe, a trade lawyer, filed the complaint.", "Jane Roe", "person:jane-q-roe"),
    ],
)
def test_user_aliases_and_merges(user_file: Path, text: str, mention: str, expected: str) -> None:
    _, context = run_text(text, "2025-05-01", user_file)
    actor = actor_at(context, *span_of(text, mention))
    assert actor is not None and actor.id == expected


def test_user_role_holds_on_date(user_file: Path) -> None:
    actors, _ = run_text("Salinas said exports were strong.", "2025-05-01", user_file)
    salinas = next(a for a in actors if a.id == "person:carlos-salinas")
    assert salinas.country == "USA"
    assert [(r.title, r.of, r.since) for r in salinas.roles] == [
        ("Executive Director", "U.S. Soybean Export Council", "2020-01-01")
    ]
    actors, _ = run_text("Salinas said exports were strong.", "2019-05-01", user_file)
    assert next(a for a in actors if a.id == "person:carlos-salinas").roles == ()


def test_merge_keeps_name_and_roles(user_file: Path) -> None:
    actors, _ = run_text("Jane Roe, a trade lawyer, filed the complaint.", None, user_file)
    roe = next(a for a in actors if a.id == "person:jane-q-roe")
    assert roe.name == "Jane Roe" and [r.title for r in roe.roles] == ["trade lawyer"]


def test_user_org_country(user_file: Path) -> None:
    actors, _ = run_text("The PGB raised its forecast.", None, user_file)
    assert next(a for a in actors if a.id == "org:pacific-grain-board").country == "CAN"


def test_split_alias(user_file: Path) -> None:
    text = "Harris said the vote would be close."
    _, plain = run_text(text, "2024-06-01")
    assert (actor_at(plain, *span_of(text, "Harris")) or pytest.fail("no actor")).id == "person:kamala-harris"
    _, split = run_text(text, "2024-06-01", user_file)
    actor = actor_at(split, *span_of(text, "Harris"))
    assert actor is None or actor.id != "person:kamala-harris"


def test_environment_variable(user_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_ACTORS", str(user_file))
    text = "Salinas said exports were strong."
    _, context = run_text(text, "2025-05-01")
    assert (
        actor_at(context, *span_of(text, "Salinas")) or pytest.fail("no actor")
    ).id == "person:carlos-salinas"


@pytest.mark.parametrize(
    "content",
    [
        "actors: [1, 2]",
        "- just a list",
        "actors:\n  - {kind: robot, name: X}",
        "actors: [{name: A, roles: [{of: B}]}]",
    ],
)
def test_invalid_files(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, "utf-8")
    with pytest.raises(LexiconError):
        run_text("Nothing here.", None, path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError):
        run_text("Nothing here.", None, tmp_path / "absent.yaml")
