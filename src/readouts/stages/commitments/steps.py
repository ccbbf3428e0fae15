"""A rate moved in steps: "the duty will fall to 75% when the deal takes effect and to 40% by its tenth year"
gives one commitment per step, each with the step before as its previous quantity. The steps are read from
the sentence's words after the first step ("and to", "then to", "falling to"), since the parse often hangs
the second "to" on the wrong word."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan

from readouts.model import Commitment
from readouts.stages.commitments.quantities import Quantity, find_quantities

_STEP = re.compile(
    r"(?:\band|\bthen|,)\s+(?:further\s+|eventually\s+|falling\s+|rising\s+|dropping\s+)?to\s+$", re.I
)
_STEP_UNITS = frozenset({"percent"})


def _later_steps(sent: SpacySpan, quantity: float, unit: str) -> list[Quantity]:
    """The quantities of the steps named after the first one in the sentence ("... and to 40%")."""
    text, base = sent.text, sent.start_char
    found = find_quantities(text, base)
    first = next((q for q in found if q.value == quantity and q.unit == unit), None)
    if first is None:
        return []
    return [
        q
        for q in found
        if q.start > first.start
        and q.unit == unit
        and _STEP.search(text[max(0, q.start - base - 30) : q.start - base])
    ]


def steps(sent: SpacySpan, item: Commitment) -> list[Commitment]:
    """The later steps of a commitment to move a rate, each modelled on it."""
    if item.unit not in _STEP_UNITS or item.quantity is None:
        return []
    out, previous = [], item.quantity
    for q in _later_steps(sent, item.quantity, item.unit):
        out.append(dataclasses.replace(item, quantity=q.value, previous_quantity=previous, deadline=None))
        previous = q.value
    return out
