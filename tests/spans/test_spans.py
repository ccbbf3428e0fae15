"""Span indexes answer exactly as the scans they replace (random spans, empty ones included)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readouts.spans import Disjoint, Spans
from readouts.stages.time import Mark, TimeIndex

_POS = st.integers(min_value=0, max_value=40)
_SPAN = st.tuples(_POS, st.integers(min_value=0, max_value=8)).map(lambda p: (p[0], p[0] + p[1]))
_SPANS = st.lists(_SPAN, max_size=12)


@given(_SPANS, _SPAN, _POS)
def test_spans_match_a_scan(spans: list[tuple[int, int]], query: tuple[int, int], pos: int) -> None:
    index = Spans(spans)
    start, end = query
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
    assert index.covers(pos) == any(s <= pos < e for s, e in spans)
    assert index.contains(start, end) == any(s <= start and end <= e for s, e in spans)


@given(st.lists(_SPAN, max_size=20))
def test_disjoint_matches_a_scan(offered: list[tuple[int, int]]) -> None:
    taken = Disjoint()
    kept: list[tuple[int, int]] = []
    for start, end in offered:
        scan = any(s < end and start < e for s, e in kept)
        assert taken.overlaps(start, end) == scan
        if not scan:
            taken.add(start, end)
            kept.append((start, end))


def _mark(start: int, end: int) -> Mark:
    return Mark(start, end, "DATE", "2025", 0)


@given(_SPANS, _SPAN, st.booleans())
def test_time_index_lookups_match_a_scan(
    spans: list[tuple[int, int]], query: tuple[int, int], tidy: bool
) -> None:
    """Sorted, non-overlapping sentences (as spaCy gives) take the bisection path; any others the scan."""
    if tidy:
        kept: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if s < e and (not kept or kept[-1][1] <= s):
                kept.append((s, e))
        spans = kept
    index = TimeIndex(None, tuple(_mark(s, e) for s, e in spans), tuple(spans))
    start, end = query
    assert index.within(start, end) == [m for m in index.marks if start <= m.start and m.end <= end]
    expected = next((i for i, (s, e) in enumerate(spans) if s <= start < e), -1)
    assert index.sentence_of(start) == expected
