"""find_quantities / find_changes on own phrases: value, unit, approximation and previous value."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from _pytest.mark import ParameterSet

from readouts.stages.commitments.quantities import find_changes, find_quantities

# (phrase, [(value, unit, approx, previous value or None), ...]) — what find_changes should give, in order.
Row = tuple[float, str | None, str | None, float | None]


def _xfail(phrase: str, expected: Sequence[Row], reason: str) -> ParameterSet:
    return pytest.param(phrase, expected, marks=pytest.mark.xfail(reason=reason, strict=False), id=phrase)


CASES: list[tuple[str, Sequence[Row]] | ParameterSet] = [
    # a word that only begins like a month is no date ("separate 25%"), a month's name is ("March 25")
    ("a separate 25% tariff", [(25, "percent", None, None)]),
    ("a decent 40 tons", [(40, "t", None, None)]),
    ("on March 25 it bought", []),
    # a year before words ending in a counted noun names which ones; right before one, it counts
    ("his role in the 1988 mass executions of political prisoners", []),
    ("the 2019 list of sanctioned firms", []),
    ("freed 2000 prisoners", [(2000, "count", None, None)]),
    # tons and tonnes
    ("China bought 792,000 tons of soybeans", [(792_000, "t", None, None)]),
    ("a 792,000-ton purchase", [(792_000, "t", None, None)]),
    ("two million tonnes of wheat", [(2e6, "t", None, None)]),
    ("5.5 million metric tons", [(5.5e6, "t", None, None)]),
    ("25 million short tons", [(25e6 * 0.90718474, "t", None, None)]),
    ("12 mln tonnes", [(12e6, "t", None, None)]),
    ("1.2m tons", [(1.2e6, "t", None, None)]),
    ("25m tonnes", [(25e6, "t", None, None)]),
    ("10,000 tonnes", [(10_000, "t", None, None)]),
    ("one million tons", [(1e6, "t", None, None)]),
    ("three hundred tons", [(300, "t", None, None)]),
    ("more than 1 million tons", [(1e6, "t", "more_than", None)]),
    ("about 25 million tons a year", [(25e6, "t", "about", None)]),
    (
        "2.5 million tonnes of corn and 1 million tonnes of wheat",
        [(2.5e6, "t", None, None), (1e6, "t", None, None)],
    ),
    # money
    ("a C$2.3 billion loan", [(2.3e9, "CAD", None, None)]),
    ("A$500 million in grants", [(5e8, "AUD", None, None)]),
    ("US$11.1 billion in arms", [(11.1e9, "USD", None, None)]),
    ("nearly $11.1 billion", [(11.1e9, "USD", "less_than", None)]),
    ("US$ 3 billion", [(3e9, "USD", None, None)]),
    ("$3bn", [(3e9, "USD", None, None)]),
    ("3 bn dollars", [(3e9, "USD", None, None)]),
    ("5 billion US dollars", [(5e9, "USD", None, None)]),
    ("USD 2 billion", [(2e9, "USD", None, None)]),
    ("$1.2 trillion", [(1.2e12, "USD", None, None)]),
    # South Asian scales and "Indian rupees"
    ("projects worth 75 crore Indian rupees", [(750e6, "INR", None, None)]),
    ("5 lakh tonnes of rice", [(500_000, "t", None, None)]),
    # lengths, areas and power keep the text's scale; a length in a hyphened modifier is one too
    ("an 80-kilometre stretch", [(80, "km", None, None)]),
    ("20 km of coastline", [(20, "km", None, None)]),
    ("29,800 square kilometres", [(29_800, "square kilometres", None, None)]),
    ("3 gigawatts of solar", [(3, "GW", None, None)]),
    ("a 206 MW dam", [(206, "MW", None, None)]),
    ("500 million kWh", [(500e6, "kWh", None, None)]),
    ("a 97-metre patrol vessel", []),
    # liquids by volume keep the text's word
    ("130,000 litres of diesel a day", [(130_000, "litres", None, None)]),
    ("2 million gallons of fuel", [(2e6, "gallons", None, None)]),
    ("a $2-billion purchase", [(2e9, "USD", None, None)]),
    ("$3.5-billion deal", [(3.5e9, "USD", None, None)]),
    ("$5 billion worth of goods", [(5e9, "USD", None, None)]),
    ("about 300 million yuan", [(300e6, "yuan", "about", None)]),
    ("RMB 10 billion", [(10e9, "yuan", None, None)]),
    ("10bn yuan", [(10e9, "yuan", None, None)]),
    ("€2.5 billion", [(2.5e9, "EUR", None, None)]),
    ("15 billion euros", [(15e9, "EUR", None, None)]),
    ("£30m", [(30e6, "GBP", None, None)]),
    ("$1 billion in 2026", [(1e9, "USD", None, None)]),
    # percent
    ("roughly 40% of exports", [(40, "percent", "about", None)]),
    ("a 25 per cent tariff", [(25, "percent", None, None)]),
    ("12.5 percent", [(12.5, "percent", None, None)]),
    ("raise tariffs by 15 percentage points", [(15, "percent", None, None)]),
    ("tariffs of 34%", [(34, "percent", None, None)]),
    # counts and the text's own units
    ("20 cargoes of soybeans", [(20, "cargoes", None, None)]),
    ("at least two cargoes", [(2, "cargoes", "at_least", None)]),
    ("more than a dozen vessels", [(12, "count", "more_than", None)]),
    ("twenty-five vessels", [(25, "count", None, None)]),
    ("at least 300 licences", [(300, "count", "at_least", None)]),
    ("some 3,000 troops", [(3000, "count", "about", None)]),
    ("a hundred drones", [(100, "count", None, None)]),
    ("an extra 50 Boeing jets", [(50, "count", None, None)]),
    ("up to 1.5 million barrels per day", [(1.5e6, "bpd", "at_most", None)]),
    ("five more 97-metre patrol vessels", [(5, "count", None, None)]),  # a length is no amount
    ("a 10-year deal for 20 vessels", [(20, "count", None, None)]),
    # changes
    ("cut tariffs from 20% to 10%", [(10, "percent", None, 20)]),
    ("to 20 million metric tons this season, up from 12 million tons", [(20e6, "t", None, 12e6)]),
    ("from 12 to 20 million tons", [(20e6, "t", None, 12e6)]),
    ("reduce the fentanyl tariff to 10 percent from 20 percent", [(10, "percent", None, 20)]),
    ("tariffs rose to 57% from 47%", [(57, "percent", None, 47)]),
    ("from $1bn to $2bn", [(2e9, "USD", None, 1e9)]),
    ("increased to 20 million tons, compared with 12 million tons", [(20e6, "t", None, 12e6)]),
    # not quantities
    ("in 2025 the two sides", []),
    ("one of them said", []),
    ("the 2025/2026 season", []),
    ("a three-year deal", []),
    ("dozens of ships", []),
    ("thousands of troops", []),
    ("in the 1990s", []),
    # fixed gaps
    ("half a million tons", [(5e5, "t", None, None)]),
    ("between 5 and 10 percent", [(5, "percent", None, None), (10, "percent", None, None)]),
    # a part of a whole: the part, in the whole's unit
    ("from 30 of the country's 44 prefectures", [(30, "count", None, None)]),
    ("12 of its 40 vessels", [(12, "count", None, None)]),
    ("50 billion cubic metres a year", [(50e9, "cubic metres", None, None)]),
    # pounds are money after a scale, a weight without one
    ("6 billion pounds of investment", [(6e9, "GBP", None, None)]),
    ("a 2.26 billion pound loan", [(2.26e9, "GBP", None, None)]),
    ("10,000 pounds of beef", [(10_000, None, None, None)]),
    # other currencies by their own word; "won" and "try" before a number are verbs
    ("a fund of 10 trillion won", [(10e12, "won", None, None)]),
    ("100,000 drams for each family", [(100_000, "drams", None, None)]),
    ("the party won 120 seats", [(120, None, None, None)]),
    ("between 10 million and 12 million tons", [(10e6, "t", None, None), (12e6, "t", None, None)]),
    ("10 to 15 cargoes", [(10, "cargoes", None, None), (15, "cargoes", None, None)]),
    _xfail(
        "seven Boeing 737 jets",
        [(7, "count", None, None)],
        "a model number ('737') is read as the count; the number word before it is lost",
    ),
    ("30 F-16 fighter jets", [(30, "count", None, None)]),
    # a number glued to letters that are neither a scale nor a unit is a model's name, not an amount
    ("licences to ship NXT:2050i and NXT:2100i systems", []),
    (
        "four combined-cycle plants with 4,000MW of capacity",
        [(4, "count", None, None), (4000, "MW", None, None)],
    ),
    ("a 10pc stake", [(10, "percent", None, None)]),
    ("Tariffs will drop to 10% from 20% on Nov. 10", [(10, "percent", None, 20)]),
    # a section's, article's or resolution's number is part of its name
    ("under Section 301 of the trade act", []),
    ("opened Section 232 investigations into 3 countries", [(3, "count", None, None)]),
    ("the limits set by Resolution 2231", []),
    _xfail("leaders of the Group of 20", [], "a name's number ('Group of 20') is read as a bare quantity"),
    _xfail("Rs 500 crore", [(5e9, "INR", None, None)], "rupees (Rs, INR) and crore/lakh scales are missing"),
]


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6)


def _params() -> list[ParameterSet]:
    """Plain rows get their phrase as id; xfail rows are already pytest params."""
    return [c if isinstance(c, ParameterSet) else pytest.param(*c, id=c[0]) for c in CASES]


@pytest.mark.parametrize(("phrase", "expected"), _params())
def test_changes(phrase: str, expected: Sequence[Row]) -> None:
    got = [
        (c.new.value, c.new.unit, c.new.approx, c.previous.value if c.previous else None)
        for c in find_changes(phrase)
    ]
    assert len(got) == len(expected), got
    for (value, unit, approx, prev), (e_value, e_unit, e_approx, e_prev) in zip(got, expected, strict=True):
        assert _same(value, e_value) and unit == e_unit and approx == e_approx, got
        assert (prev is None) == (e_prev is None), got
        assert prev is None or e_prev is None or _same(prev, e_prev), got


def test_offsets_point_into_the_text() -> None:
    text = "Beijing pledged to buy about 12 million tons of soybeans."
    (q,) = find_quantities(text, offset=100)
    assert text[q.start - 100 : q.end - 100] == "about 12 million tons"
    assert q.text == "about 12 million tons"


def test_previous_takes_the_unit_of_the_new_value() -> None:
    (change,) = find_changes("cut tariffs from 20 to 10 percent")
    assert change.previous is not None and change.previous.unit == "percent"
    assert change.new.value == 10
