"""Dollars told bare after the article has said whose: "the program will cost 368 billion Australian
dollars ... the government would spend 8 billion dollars" is in Australian dollars, not American ones."""

from __future__ import annotations

import dataclasses
import functools
import re

from readouts.model import Commitment
from readouts.pipeline import Context
from readouts.stages.commitments.quantities import local_dollars

_BARE = re.compile(r"\bdollars?\b", re.IGNORECASE)
_AMERICAN = re.compile(r"\$|\b(?:U\.?S\.?|US|American)\s+dollars?\b", re.IGNORECASE)


@functools.cache
def _named() -> re.Pattern[str]:
    words = sorted(local_dollars(), key=len, reverse=True)
    symbols = [re.escape(w) for w in words if w.endswith("$")]
    states = [re.escape(w).replace("\\ ", r"\s+") for w in words if not w.endswith("$")]
    return re.compile(
        rf"\b(?:{'|'.join(states)})\s+dollars?\b|(?:{'|'.join(symbols)})(?=\s?\d)", re.IGNORECASE
    )


def in_local_dollars(context: Context, item: Commitment) -> Commitment:
    """The commitment in the dollars the article last named as another state's, where its sentence gives
    a bare "dollars" and no "$" or American dollars; else unchanged."""
    if item.unit != "USD":
        return item
    body = context.article.body
    told = body[item.evidence.start : item.evidence.end]
    if not _BARE.search(told) or _AMERICAN.search(told):
        return item
    named = list(_named().finditer(body, 0, item.evidence.start))
    if not named:
        return item
    last = named[-1].group(0).lower()
    code = next((c for w, c in local_dollars().items() if last.startswith(w)), None)
    return dataclasses.replace(item, unit=code) if code else item
