"""Direct quotes: words inside quotation marks, attributed through the cue that governs them (or is
nearest), a "― Name" dash, a cue in the next or the previous sentence, or a preceding quote (follow-on)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from readouts.stages.quotes.channel import channel_of, split_subject
from readouts.stages.quotes.cues import Cue, cue_at, dash_cue
from readouts.stages.quotes.layout import Draft, Layout
from readouts.stages.quotes.lexicon import Lexicon
from readouts.stages.quotes.marks import Quoted

_WORD = re.compile(r"[\w’'-]+")
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with"})
_CONTENT_POS = frozenset({"VERB", "AUX", "ADV", "PRON", "ADJ", "INTJ"})
_LABEL = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")
_TITLE_VERBS = frozenset({"title", "entitle", "headline", "name"})


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _region(lay: Layout, q: Quoted) -> list[Span]:
    """The sentences a quotation lies in."""
    first = lay.sent_index(q.open)
    last = lay.sent_index(max(q.start, q.end - 1))
    return lay.sents[first : last + 1]


def _ancestor_cue(lay: Layout, q: Quoted, lex: Lexicon) -> Cue | None:
    """The best cue among the words that govern the quotation (innermost of the best rank)."""
    best: tuple[int, int, Cue] | None = None
    for tok in lay.tokens(q.start, q.end):
        depth, cur = 0, tok
        while cur.head.i != cur.i and depth < 12:
            cur, depth = cur.head, depth + 1
            if not lay.outside(cur):
                continue
            cue = cue_at(cur, lex, lay.outside)
            if cue is not None and (best is None or (cue.rank, depth) < best[:2]):
                best = (cue.rank, depth, cue)
    return best[2] if best else None


def _nearest_cue(lay: Layout, q: Quoted, sents: list[Span], lex: Lexicon) -> Cue | None:
    """The cue nearest the quotation in its sentences (not a cue needing a clause of its own)."""
    best: tuple[int, Cue] | None = None
    for sent in sents:
        for tok in sent:
            if not lay.outside(tok):
                continue
            cue = cue_at(tok, lex, lay.outside)
            if cue is None or (cue.kind == "verb" and _needs_clause(tok, lex)):
                continue
            dist = q.open - tok.idx if tok.idx < q.open else tok.idx - q.end
            if best is None or dist < best[0]:
                best = (dist, cue)
    return best[1] if best else None


def _needs_clause(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in lex.need_clause or lemma in lex.framing:
        return True
    return any(c.dep_ in ("ccomp", "dobj") and c.i > tok.i for c in tok.children)


def _bare_attribution(sent: Span, lay: Layout, lex: Lexicon) -> Cue | None:
    """A short sentence that only attributes ("Trump wrote.", "he added on Monday.")."""
    if len(sent) > 25 or not all(lay.outside(t) for t in sent):
        return None
    for tok in sent:
        cue = cue_at(tok, lex, lay.outside)
        if cue is not None and cue.kind == "verb" and cue.subject is not None and not _needs_clause(tok, lex):
            return cue
    return None


def _ends_sentence(lay: Layout, q: Quoted, sents: list[Span]) -> bool:
    tail = lay.text[(q.close if q.close is not None else q.end) + 1 : sents[-1].end_char]
    return not tail.strip(' .,;:!?"”’')


def _adjacent_cue(lay: Layout, q: Quoted, sents: list[Span], lex: Lexicon) -> Cue | None:
    """A cue in the next short sentence, or in a previous sentence ending with a colon."""
    k = lay.sent_index(sents[-1].start_char)
    para = lay.para_of(q.open)
    if k + 1 < len(lay.sents) and _ends_sentence(lay, q, sents):
        nxt = lay.sents[k + 1]
        if lay.para_of(nxt.start_char) == para:
            cue = _bare_attribution(nxt, lay, lex)
            if cue is not None:
                return cue
    j = lay.sent_index(sents[0].start_char) - 1
    if j < 0 or lay.para_of(lay.sents[j].start_char) < para - 1:
        return None
    prev = lay.sents[j]
    if prev.text.rstrip().endswith(":"):
        for tok in prev:
            cue = cue_at(tok, lex, lay.outside)
            if cue is not None and lay.outside(tok):
                return cue
    starts = not lay.text[sents[0].start_char : q.open].strip()
    return _bare_attribution(prev, lay, lex) if starts and lay.para_of(prev.start_char) == para else None


def _is_title(lay: Layout, q: Quoted, cue: Cue | None, lex: Lexicon) -> bool:
    """The title of a work or a name: a marker right before it ("the book", "titled", "an operation
    dubbed"), or Title Case words no cue attributes to anyone."""
    before = [t for t in lay.tokens(max(0, q.open - 60), q.open) if not t.is_punct and not t.is_space][-2:]
    if before and (before[-1].lower_ in lex.title_markers or before[-1].lemma_.lower() in _TITLE_VERBS):
        return True
    if (
        len(before) == 2
        and before[-1].lemma_.lower() in ("call", "dub")
        and before[0].lower_ in lex.title_markers
    ):
        return True
    words = _words(q.text(lay.text))
    big = [w for w in words if w.lower() not in _SMALL]
    if len(words) < 2 or len(big) < 2 or not all(w[0].isupper() for w in big):
        return False
    return cue is None or _root_pos(lay, q) == "PROPN"


def _root_pos(lay: Layout, q: Quoted) -> str:
    """The part of speech of the quotation's head word (the token whose head lies outside it)."""
    toks = lay.tokens(q.start, q.end)
    for tok in toks:
        if not q.start <= tok.head.idx < q.end or tok.head.i == tok.i:
            return str(tok.pos_)
    return ""


def _is_term(lay: Layout, q: Quoted, cue: Cue | None, lex: Lexicon) -> bool:
    """A short noun phrase in quotation marks that nobody is reported to say (a scare quote)."""
    words = _words(q.text(lay.text))
    if cue is None:
        return len(words) <= 3
    if len(words) > 2 or (cue.token is not None and cue.token.lemma_.lower() in lex.framing):
        return False
    toks = lay.tokens(q.start, q.end)
    return not any(t.pos_ in _CONTENT_POS and not (t.pos_ == "ADJ" and t.dep_ == "amod") for t in toks)


def _sentence_like(lay: Layout, q: Quoted, sents: list[Span]) -> bool:
    """The quotation is (most of) its sentences, not a phrase quoted inside one."""
    inner = len(q.text(lay.text))
    whole = sum(len(s.text) for s in sents)
    return inner >= 0.6 * whole or (lay.text[q.start].isupper() and len(_words(q.text(lay.text))) >= 4)


def _label(lay: Layout, q: Quoted) -> Cue | None:
    """A transcript's speaker label opening the quotation ("PENCE: Well, ...")."""
    m = _LABEL.match(lay.text, q.start, q.end)
    span = lay.doc.char_span(m.start(1), m.end(1), alignment_mode="contract") if m else None
    return Cue(token=None, text=":", rank=1, subject=span, kind="label") if span else None


def _attribute(lay: Layout, q: Quoted, sents: list[Span], lex: Lexicon) -> Cue | None:
    label = _label(lay, q)
    if label is not None:
        return label
    para_end = lay.para_end(lay.para_of(q.open))
    if q.close is not None:
        dash = dash_cue(lay.doc, lay.text, q.close, para_end)
        if dash is not None:
            return dash
    return _ancestor_cue(lay, q, lex) or _nearest_cue(lay, q, sents, lex) or _adjacent_cue(lay, q, sents, lex)


def draft(lay: Layout, q: Quoted, lex: Lexicon) -> Draft | None:
    """The draft quote of one quotation, or None for a title or a scare quote."""
    sents = _region(lay, q)
    if not sents:
        return None
    cue = _attribute(lay, q, sents, lex)
    if _is_title(lay, q, cue, lex) or _is_term(lay, q, cue, lex):
        return None
    if cue is None and not (_sentence_like(lay, q, sents) and q.closed):
        return None
    speaker, channel = split_subject(cue.subject if cue else None, lex)
    if cue is not None and cue.token is not None:
        cue_sent = lay.sents[lay.sent_index(cue.token.idx)]
        if cue_sent not in sents:
            sents = [*sents, cue_sent]
    region = [t for s in sents for t in s]
    channel = channel_of(region, lex, lay.outside) or channel
    return Draft(
        text=q.text(lay.text),
        kind="direct",
        start=q.start,
        end=q.end,
        para=lay.para_of(q.open),
        cue=cue.text if cue else None,
        speaker_span=speaker,
        channel=channel,
        follow_on=cue is None,
        continued=q.continued,
        spans=((q.start, q.end),),
    )


def direct_drafts(lay: Layout, lex: Lexicon) -> list[Draft]:
    out: list[Draft] = []
    for q in lay.quoted:
        d = draft(lay, q, lex)
        if d is not None:
            out.append(d)
    return out
