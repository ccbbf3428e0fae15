"""The two shared dev articles: roles, one id for Donald Trump, every quoted person present."""

from __future__ import annotations

from pathlib import Path

import pytest

from readouts.ingest.text import parse_text
from readouts.model import Actor
from readouts.pipeline import default_stages, extract_one


def _actors(shared_dir: Path, name: str) -> dict[str, Actor]:
    article = parse_text((shared_dir / "corpus" / "dev" / name).read_text("utf-8"), source_file=name)
    record = extract_one(article, stages=default_stages(["actors"]))
    return {a.id: a for a in record.actors}


@pytest.fixture(scope="module")
def dev(shared_dir: Path) -> tuple[dict[str, Actor], dict[str, Actor]]:
    return _actors(shared_dir, "seed-000.txt"), _actors(shared_dir, "seed-002.txt")


def _roles(actor: Actor) -> set[tuple[str, str | None]]:
    return {(r.title, r.of) for r in actor.roles}


def test_xi_president(dev: tuple[dict[str, Actor], dict[str, Actor]]) -> None:
    for actors in dev:
        assert ("President", "CHN") in _roles(actors["person:xi-jinping"])


def test_lutnick_commerce_secretary(dev: tuple[dict[str, Actor], dict[str, Actor]]) -> None:
    lutnick = dev[0]["person:howard-lutnick"]
    assert ("Commerce Secretary", "USA") in _roles(lutnick) and lutnick.country == "USA"


def test_trump_one_id(dev: tuple[dict[str, Actor], dict[str, Actor]]) -> None:
    for actors in dev:
        trump = actors["person:donald-trump"]
        assert trump.name == "Donald Trump" and len(trump.mentions) > 5
        assert not [a for a in actors.values() if a.kind == "person" and "Trump" in a.name and a is not trump]


@pytest.mark.parametrize(
    ("article", "person"),
    [
        (0, "person:sanae-takaichi"),
        (0, "person:carlos-salinas"),
        (0, "person:howard-lutnick"),
        (0, "person:xi-jinping"),
        (1, "person:bonnie-glaser"),
        (1, "person:arlan-suderman"),
        (1, "person:ro-khanna"),
        (1, "person:vladimir-putin"),
    ],
)
def test_quoted_people_present(
    dev: tuple[dict[str, Actor], dict[str, Actor]], article: int, person: str
) -> None:
    assert person in dev[article]


def test_organisations_with_countries(dev: tuple[dict[str, Actor], dict[str, Actor]]) -> None:
    first, second = dev
    assert first["org:xinhua"].country == "CHN"
    assert first["org:chn-ministry-of-foreign-affairs"].country == "CHN"
    assert first["org:usa-department-of-agriculture"].country == "USA"
    assert first["org:cofco"].country == "CHN"
    assert second["org:chn-ministry-of-commerce"].country == "CHN"
