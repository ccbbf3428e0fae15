"""Words, countries and the name rule."""

from __future__ import annotations

import pytest

from readouts.evaluation.names import country_code, names_match, singular, tokens


def test_tokens_are_lower_case_word_runs() -> None:
    assert tokens("It's OK—really, 20 tons!") == ["it", "s", "ok", "really", "20", "tons"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("China", "CHN"),
        ("the United States", "USA"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("Taiwan", "TWN"),
        ("Japan", "JPN"),
        ("Britain", "GBR"),
        ("China's", "CHN"),
        ("IT", None),
        ("Donald Trump", None),
        ("Ministry of Commerce", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize(
    ("gold", "system", "system_id", "expected"),
    [
        # last word of the gold name equals a word of the system name
        ("Donald Trump", "Trump", None, True),
        ("Donald Trump", "President Donald J. Trump", None, True),
        ("Donald Trump", "Donald", None, False),
        ("Xi Jinping", "Xi", None, False),
        ("Xi Jinping", "jinping", None, True),
        ("Donald Trump’s", "Trump", None, True),  # possessive ending dropped
        ("Marta Lindqvist", None, None, False),
        # countries and organisations: either name contains the other
        ("China", "China's foreign ministry", None, True),
        ("China's foreign affairs ministry", "China", None, True),
        ("Chinese ministry", "the Chinese ministry of commerce", None, True),
        ("Xinhua", "Xinhua news agency", None, True),
        ("Chinese ministry", "Beijing", None, False),
        # same country by name or by a country id
        ("United States", "US", None, True),
        ("United States", "Washington", "country:USA", True),
        ("China", "Beijing", "country:CHN", True),
        ("China", "Beijing", None, False),
        ("China", "Japan", "country:JPN", False),
        # a person's first name inside a longer name is not enough, even for an organisation speaker id
        ("Anna Berg", "Anna", "person:anna-berg", False),
        # an organisation id lets containment apply
        ("Freedonia Trade Council", "Trade Council", "organisation:freedonia-trade-council", True),
    ],
)
def test_names_match(gold: str, system: str | None, system_id: str | None, expected: bool) -> None:
    assert names_match(gold, system, system_id) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("soybeans", "soybean"),
        ("tariffs", "tariff"),
        ("licenses", "license"),
        ("batteries", "battery"),
        ("taxes", "tax"),
        ("dishes", "dish"),
        ("gas", "gas"),
        ("glass", "glass"),
        ("status", "status"),
        ("analysis", "analysis"),
        ("Cargoes", "cargoe"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected
