"""What every quote finder needs to know about an article: its quotations, paragraphs and sentences,
and which tokens lie inside quotation marks. Also the ``Draft`` a finder produces."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from readouts.model import QuoteKind
from readouts.nlp import text_of
from readouts.stages.quotes.marks import Quoted, find_quoted, paragraphs


@dataclass(frozen=True)
class Draft:
    """A quote found but not yet resolved: its speaker is still a span of the parse."""

    text: str
    kind: QuoteKind
    start: int
    end: int
    para: int
    cue: str | None = None
    speaker_span: Span | None = None
    channel: str | None = None
    follow_on: bool = False
    continued: bool = False  # a quotation running on into the next paragraph
    spans: tuple[tuple[int, int], ...] = field(default=())


class Layout:
    """Quotations, paragraphs and sentences of one parsed article."""

    def __init__(self, doc: Doc, body: str | None = None) -> None:
        self.doc = doc
        self.text = body if body is not None and len(body) == len(text_of(doc)) else text_of(doc)
        self.quoted: list[Quoted] = find_quoted(self.text)
        self.paras = paragraphs(self.text)
        self._para_starts = [lo for lo, _ in self.paras]
        self._ranges = [(q.open, (q.close if q.close is not None else q.end)) for q in self.quoted]
        self._range_starts = [lo for lo, _ in self._ranges]
        self.sents: list[Span] = [piece for s in doc.sents for piece in _split_lines(s)]
        self._sent_starts = [s.start_char for s in self.sents]
        self._tok_starts = [t.idx for t in doc]

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, char) - 1)

    def para_end(self, k: int) -> int:
        return self.paras[k][1] if self.paras else len(self.text)

    def sent_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, char) - 1)

    def token_at(self, char: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self._tok_starts, char) - 1)]

    def quoted_at(self, char: int) -> Quoted | None:
        """The quotation whose marks enclose ``char``, if any."""
        k = bisect.bisect_right(self._range_starts, char) - 1
        if k >= 0 and self._ranges[k][0] <= char <= self._ranges[k][1]:
            return self.quoted[k]
        return None

    def outside(self, tok: Token) -> bool:
        """True when the token is not inside any quotation."""
        return self.quoted_at(tok.idx) is None

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens starting inside ``[start, end)``."""
        lo = bisect.bisect_left(self._tok_starts, start)
        hi = bisect.bisect_left(self._tok_starts, end)
        return [self.doc[i] for i in range(lo, hi)]


def _split_lines(sent: Span) -> list[Span]:
    """A sentence cut at line breaks (the parser may run a sentence over a paragraph end)."""
    doc = sent.doc
    pieces: list[Span] = []
    start = sent.start
    for tok in sent:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            end = tok.i if "\n" in tok.text else tok.i + 1
            if end > start:
                pieces.append(doc[start:end])
            start = tok.i + 1
    if sent.end > start:
        pieces.append(doc[start : sent.end])
    return [p for p in pieces if p.text.strip()]
