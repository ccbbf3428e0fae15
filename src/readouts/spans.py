"""Span indexes: "does any of these character spans overlap, cover or contain ..." and "which tokens start in
this span" answered by bisection, with the same answers as a scan over every span or token, so per-mention
and per-trigger checks stay cheap on long articles."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate

from spacy.tokens import Doc, Token

_TOKEN_STARTS = "readouts.token_starts"


class Spans:
    """Fixed spans ``[start, end)`` answering "does any overlap / cover / contain ..." by bisection: the
    same answers as a scan over all of them, in logarithmic time (sorted starts, running maximum of ends)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._ends = list(accumulate((e for _, e in ordered), max))  # the largest end up to each start

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span ``(s, e)`` has ``s < end`` and ``start < e``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def covers(self, pos: int) -> bool:
        """Whether a span ``(s, e)`` has ``s <= pos < e``."""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._ends[i - 1] > pos

    def contains(self, start: int, end: int) -> bool:
        """Whether a span ``(s, e)`` has ``s <= start`` and ``end <= e``."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._ends[i - 1] >= end


class Disjoint:
    """A growing set of mutually non-overlapping spans (add only a span that :meth:`overlaps` none of them),
    queried for overlap by bisection with the same answer as a scan; empty spans, which can sit inside
    another without overlapping it, are kept aside and scanned."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._empty: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # sorted, disjoint, non-empty: the ends rise with the starts
        if i > 0 and self._ends[i - 1] > start:
            return True
        return any(s < end and start < e for s, e in self._empty)

    def add(self, start: int, end: int) -> None:
        if start >= end:
            self._empty.append((start, end))
            return
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def tokens_starting_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens whose first character lies in ``[start, end)``, in order: ``[t for t in doc if start <=
    t.idx < end]`` without walking the document (token starts are kept on it)."""
    starts = doc.user_data.get(_TOKEN_STARTS)
    if not isinstance(starts, list):
        starts = doc.user_data[_TOKEN_STARTS] = [t.idx for t in doc]
    return [doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]
