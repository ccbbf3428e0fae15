"""What a commitment's object is about: heads, targets and opposite actions (``link/objects.py``)."""

from __future__ import annotations

import pytest

from readouts.link import objects
from readouts.link.objects import object_key, opposite


@pytest.mark.parametrize(
    ("text", "head", "target"),
    [
        ("soybeans", "soybean", set()),
        ("soybean cargoes", "soybean", set()),
        ("cargoes of U.S. soybeans (United States)", "soybean", {"united", "states"}),
        ("large amounts of soybeans and other farm produce", "soybean", set()),
        ("percentage points of the tariff", "tariff", set()),
        ("levies on U.S. products (United States)", "tariff", {"product", "united", "states"}),
        ("additional duties on steel", "tariff", {"steel"}),
        ("weapons for Taiwan", "weapon", {"taiwan"}),
        ("arms to the Gulf states", "weapon", {"gulf", "state"}),
        ("general licences for rare earth exports", "licence", {"rare", "earth", "export"}),
        ("mechanism for regular consultations on trade", "mechanism", {"regular", "consultation", "trade"}),
        ("trade and investment markets", "trade", set()),
        ("it", "", set()),
    ],
)
def test_object_key(text: str, head: str, target: set[str]) -> None:
    key = object_key(text)
    assert (key.head, set(key.target)) == (head, target)


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [
        ("U.S. soybeans", "soybean cargoes", True),
        ("tariffs", "duties on Chinese goods", True),
        ("tariffs on steel", "tariffs on electric vehicles", False),
        ("tariffs on American goods (United States)", "levies on U.S. products (United States)", True),
        ("mechanism for regular consultations on trade", "tariffs on Chinese goods", False),
        ("weapons for Taiwan", "arming Taiwan", False),
        ("farm products", "levies on U.S. products", False),
    ],
)
def test_same_thing(one: str, two: str, same: bool) -> None:
    assert object_key(one).same_thing(object_key(two)) is same
    assert object_key(two).same_thing(object_key(one)) is same


@pytest.mark.parametrize(
    ("one", "two", "undo"),
    [
        ("resume", "suspend", True),
        ("suspend", "resume", True),
        ("lift", "impose", True),
        ("roll back", "raise", True),
        ("purchase", "sell", True),
        ("purchase", "buy", False),
        ("cut", "lower", False),
        (None, "sell", False),
    ],
)
def test_opposite(one: str | None, two: str, undo: bool) -> None:
    assert opposite(one, two) is undo


def test_a_bare_yaml_boolean_in_the_lexicon_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake:
        def joinpath(self, name: str) -> Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return "prepositions: [of, on]\n"

    objects.lexicon.cache_clear()
    monkeypatch.setattr(objects.resources, "files", lambda package: Fake())
    try:
        with pytest.raises(objects.LexiconError, match="'prepositions' holds a non-word"):
            objects.lexicon()
    finally:
        monkeypatch.undo()
        objects.lexicon.cache_clear()
