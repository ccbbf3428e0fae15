"""Candidate mentions: a span of the body and the actor it (provisionally) names, and overlap resolution."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from readouts.model import ActorKind


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


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then lower priority value; result in text order."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if not any(cand.overlaps(c) for c in chosen):
            chosen.append(cand)
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
