"""The commitments stage (placeholder until its issue lands: provides no items yet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from readouts.pipeline import Context, Stage

VERSION = "0.0.0"


def extract(doc: Doc, context: Context) -> Sequence[Any]:
    return ()


STAGE = Stage(
    name="commitments",
    version=VERSION,
    provides="commitments",
    needs=(
        "timexes",
        "actors",
    ),
    run=extract,
)
