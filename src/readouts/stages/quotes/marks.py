"""Quotation-mark pairing: the quoted spans of a text, robust to scraped text with unbalanced marks.

Double marks (straight ``"`` and curly “ ” „ « ») open and close quotations; a mark's role is read from its
neighbours where it is ambiguous. Marks nested inside an open quotation are part of it. Single curly marks
(‘ ’) open a quotation only at top level. A quotation still open at the end of a paragraph is closed there;
it is ``continued`` when the next paragraph opens with a mark (the news convention for a quote running over
paragraphs), and otherwise not ``closed`` (an unbalanced mark).
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = "“„«"
CLOSERS = "»"
AMBIGUOUS = '"”‟'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = OPENERS + CLOSERS + AMBIGUOUS
PAIR = '"\x01'  # stands in for '' (same length, so offsets hold)
_OPEN_BEFORE = " \t\n([{—–-/:"
_CLOSE_AFTER = " \t\n.,;:!?)]}—–-…"


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quotation: ``start``/``end`` delimit the words inside the marks (trimmed of white space)."""

    open: int
    close: int | None
    start: int
    end: int
    closed: bool = True
    continued: bool = False

    def text(self, body: str) -> str:
        return body[self.start : self.end]


def _role(text: str, i: int) -> str:
    prev = text[i - 1] if i > 0 else " "
    j = i + 2 if text[i + 1 : i + 2] == "\x01" else i + 1
    nxt = text[j] if j < len(text) else " "
    opening = prev in _OPEN_BEFORE and not nxt.isspace()
    closing = (nxt in _CLOSE_AFTER or nxt in ALL_MARKS + SINGLE_CLOSE) and not prev.isspace()
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    return "either"


def _make(text: str, open_at: int, close_at: int | None, end_at: int, **flags: bool) -> Quoted | None:
    start, end = open_at + 1, end_at
    while start < end and (text[start].isspace() or text[start] == "\x01"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Quoted(open=open_at, close=close_at, start=start, end=end, **flags)


class _Scanner:
    """Pairs the marks of one paragraph ``[lo, hi)``."""

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.found: list[Quoted] = []
        self.open_at: int | None = None
        self.single = False
        self.depth = 0

    def run(self) -> tuple[list[Quoted], int | None]:
        for i in range(self.lo, self.hi):
            c = self.text[i]
            if self.open_at is None:
                self._at_top(i, c)
            elif self.single:
                if c == SINGLE_CLOSE and _role(self.text, i) == "close":
                    self._close(i)
            else:
                self._inside(i, c)
        return self.found, self.open_at

    def _at_top(self, i: int, c: str) -> None:
        role = _role(self.text, i) if c in AMBIGUOUS else ""
        if c in OPENERS or (c == '"' and role != "close") or (c in AMBIGUOUS and role == "open"):
            self.open_at, self.single, self.depth = i, False, 0
        elif c == SINGLE_OPEN and _role(self.text, i) == "open":
            self.open_at, self.single, self.depth = i, True, 0

    def _inside(self, i: int, c: str) -> None:
        if c == "“" and self.depth == 0 and self.text[self.open_at or 0] == "„":
            self._close(i)  # German „...“
        elif c in OPENERS:
            self.depth += 1
        elif c in CLOSERS or c in AMBIGUOUS:
            if self.depth and (c != '"' or _role(self.text, i) != "open"):
                self.depth -= 1
            elif self.depth == 0 and c == "”" and _role(self.text, i) == "open":
                self.depth += 1
            elif self.depth == 0:
                self._close(i)
            else:
                self.depth += 1

    def _close(self, i: int) -> None:
        assert self.open_at is not None
        q = _make(self.text, self.open_at, i, i)
        if q is not None:
            self.found.append(q)
        self.open_at, self.single, self.depth = None, False, 0


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of the text's lines (a line break ends a paragraph)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens_with_mark(text: str, lo: int, hi: int) -> bool:
    stripped = text[lo:hi].lstrip()
    return bool(stripped) and stripped[0] in OPENERS + AMBIGUOUS + SINGLE_OPEN


def find_quoted(text: str) -> list[Quoted]:
    """Every quotation in text, in order; never raises on unbalanced or stray marks.

    Two apostrophes (``''``, an old typewriter convention) count as one double mark."""
    text = text.replace("''", PAIR)
    paras = paragraphs(text)
    out: list[Quoted] = []
    for k, (lo, hi) in enumerate(paras):
        found, still_open = _Scanner(text, lo, hi).run()
        out.extend(found)
        if still_open is None:
            continue
        continued = k + 1 < len(paras) and _opens_with_mark(text, *paras[k + 1])
        q = _make(text, still_open, None, hi, closed=continued, continued=continued)
        if q is not None:
            out.append(q)
    return out
