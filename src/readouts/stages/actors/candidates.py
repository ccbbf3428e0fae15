"""Candidate mentions: a span of the body and the actor it (provisionally) names, and overlap resolution."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace

from readouts.model import ActorKind
from readouts.spans import Disjoint, Spans


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span that names an actor. ``id`` is empty for a person name not yet clustered."""

    start: int
    end: int
    text: str
    id: str
    kind: ActorKind
    form: str = "name"  # name | demonym | capital | description | pronoun
    source: str = "lexicon"  # lexicon | pattern | spacy | surname | apposition | description | pronoun
    priority: int = 0  # lower wins between equally long overlapping candidates

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def with_id(self, actor_id: str) -> Candidate:
        return replace(self, id=actor_id)


def kind_of(actor_id: str) -> ActorKind:
    prefix = actor_id.split(":", 1)[0]
    return "person" if prefix == "person" else "country" if prefix == "country" else "organisation"


def spans_of(cands: Iterable[Candidate]) -> Spans:
    return Spans((c.start, c.end) for c in cands)


class Overlapping:
    """Fixed candidates, asked which of them overlap a span: found by bisection over their starts (no
    candidate starting a longest length or more before the span can reach it), given in their list order."""

    def __init__(self, cands: Iterable[Candidate]) -> None:
        self._cands = list(cands)
        self._order = sorted(range(len(self._cands)), key=lambda i: self._cands[i].start)
        self._starts = [self._cands[i].start for i in self._order]
        self._longest = max((c.end - c.start for c in self._cands), default=0)

    def of(self, start: int, end: int) -> list[Candidate]:
        hits: list[int] = []
        i = bisect_left(self._starts, start - self._longest)
        while i < len(self._starts) and self._starts[i] < end:
            k = self._order[i]
            if start < self._cands[k].end:
                hits.append(k)
            i += 1
        return [self._cands[k] for k in sorted(hits)]


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then lower priority value; result in text order."""
    chosen: list[Candidate] = []
    taken = Disjoint()
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not taken.overlaps(cand.start, cand.end):
            chosen.append(cand)
            taken.add(cand.start, cand.end)
    return sorted(chosen, key=lambda c: c.start)


def free(span: tuple[int, int], taken: Iterable[Candidate]) -> bool:
    """Whether no taken candidate overlaps ``span``."""
    return all(not (span[0] < c.end and c.start < span[1]) for c in taken)


_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")


def quoted_spans(body: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (straight or curly)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(body)]


def heading_spans(body: str) -> list[tuple[int, int]]:
    """Lines that look like headings: short, no final punctuation."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        words = line.split()
        if words and len(words) <= 10 and line.rstrip()[-1] not in '.!?"”:;,)':
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def inside(pos: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)
