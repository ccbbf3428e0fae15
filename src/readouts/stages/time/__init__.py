"""The time stage: TIMEX3 tagging and normalisation (DATE, TIME, DURATION, SET), anchored on the
article's published date.

Other stages date their items through :func:`date_for_span` and :func:`interval` (see ``interval.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from spacy.tokens import Doc

from readouts.model import Provenance, Timex, TimexType
from readouts.pipeline import Context, Stage
from readouts.stages.time import dates, holidays
from readouts.stages.time.annotate import annotate
from readouts.stages.time.interval import CACHE_KEY, Mark, TimeIndex, calendar_value, date_for_span, interval
from readouts.stages.time.values import duration_end

VERSION = "0.2.6"
PROVENANCE = Provenance("time", VERSION)

__all__ = [
    "CACHE_KEY",
    "STAGE",
    "VERSION",
    "Mark",
    "TimeIndex",
    "calendar_value",
    "date_for_span",
    "dates",
    "duration_end",
    "extract",
    "holidays",
    "interval",
]


def extract(doc: Doc, context: Context) -> Sequence[Timex]:
    """The timexes of an article; also stores a :class:`TimeIndex` under ``context.cache[CACHE_KEY]``."""
    index, anchored = annotate(doc, context.article.published)
    context.cache[CACHE_KEY] = index
    return [
        Timex(
            text=m.text,
            start=m.start,
            end=m.end,
            type=cast(TimexType, m.type),
            value=m.value,
            provenance=PROVENANCE,
            anchored=ok,
        )
        for m, ok in zip(index.marks, anchored, strict=True)
    ]


STAGE = Stage(name="time", version=VERSION, provides="timexes", needs=(), run=extract)
