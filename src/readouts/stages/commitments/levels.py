"""An amount named by a bare level ("demanded that Spain reach the 5% level", "to hit that mark"): what is
measured is what the article last measured in that unit ("raise defence spending to 5% of GDP")."""

from __future__ import annotations

import dataclasses

from readouts.model import Commitment
from readouts.stages.commitments.lexicon import Lexicon


def _bare(obj: str, lex: Lexicon) -> bool:
    words = [w for w in obj.lower().split() if w not in ("the", "a", "that", "this", "its", "their")]
    return len(words) == 1 and words[0] in lex.level_nouns


def with_level(item: Commitment, out: list[Commitment], lex: Lexicon) -> Commitment:
    """``item`` with a bare level for object worded as the last thing measured in the same unit."""
    if item.quantity is None or item.unit is None or not _bare(item.object, lex):
        return item
    earlier = next((c for c in reversed(out) if c.unit == item.unit and not _bare(c.object, lex)), None)
    return dataclasses.replace(item, object=earlier.object) if earlier is not None else item
