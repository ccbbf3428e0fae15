"""Test helpers: made-up texts and a hand-made record."""

from __future__ import annotations

import random

from readouts.model import (
    Actor,
    Article,
    Commitment,
    Event,
    Mention,
    Provenance,
    Quote,
    Record,
    Role,
    Span,
    Timex,
)

SYLLABLES = ("ka", "lo", "mi", "ter", "van", "su", "pre", "dor", "bel", "tis", "nor", "ga", "ul", "ze", "fin")


def words(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def text(seed: int, n: int = 60) -> str:
    """A body of ``n`` made-up words, different for every seed."""
    w = words(seed, n)
    sentences = [" ".join(w[i : i + 12]).capitalize() + "." for i in range(0, n, 12)]
    return " ".join(sentences)


P = Provenance("test", "1")

BODY = (
    "Officials from Norland and Sudmark met in Velten on Tuesday. "
    '"We agreed to buy more grain," the Norland trade minister Ada Brook said. '
    "Sudmark pledged to ship 300,000 tons of wheat by March."
)


def make_record(article: Article) -> Record:
    return Record(
        article=article,
        actors=(
            Actor(
                "person:ada-brook",
                "Ada Brook",
                "person",
                P,
                country="NRL",
                roles=(Role("trade minister", "NRL"),),
                aliases=("Brook",),
                mentions=(Mention(111, 120, "Ada Brook"),),
            ),
            Actor("country:NRL", "Norland", "country", P, mentions=(Mention(15, 22, "Norland"),)),
            Actor("org:grain-board", "Grain Board", "organisation", P),
        ),
        quotes=(Quote("We agreed to buy more grain,", "direct", 62, 90, P, speaker="person:ada-brook"),),
        events=(Event("CONSULT", Span(0, 60), P, mode="meeting", participants=("Norland", "Sudmark")),),
        commitments=(
            Commitment("Sudmark", "ship", "wheat", "pledged", Span(127, 185), P, quantity=300000.0),
        ),
        timexes=(Timex("Tuesday", 51, 58, "DATE", "2025-11-25", P),),
        stages=(P,),
    )
