"""Indirect speech: "X said (that) ...", "X told Y ...", "..., X said.", "according to X, ...",
"X expressed support for ...", "X urged Y to ...". The text is the reported content, without "that"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from readouts.spans import Spans
from readouts.stages.quotes.channel import channel_of, split_subject
from readouts.stages.quotes.cues import Cue, phrase_cue, verb_cue
from readouts.stages.quotes.layout import Draft, Layout
from readouts.stages.quotes.lexicon import Lexicon

_EDGE_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-", "!", "?", '"', "“", "”", "'", "(", ")"})
_MIN_WORDS = 3
_SUBJ = frozenset({"nsubj", "nsubjpass", "expl"})
_INVERTED = frozenset({"parataxis", "ccomp", "advcl", "conj"})


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop edge punctuation, a leading "that"/"to", and leading conjunctions."""
    while tokens and (tokens[0].text in _EDGE_PUNCT or tokens[0].lower_ in ("that", "and", "but")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].text in _EDGE_PUNCT or tokens[-1].lower_ in ("and", "but", "or")):
        tokens = tokens[:-1]
    return tokens


def _subtree(tok: Token) -> list[Token]:
    return list(tok.doc[tok.left_edge.i : tok.right_edge.i + 1])


def _complement(tok: Token, sent: Span, lex: Lexicon) -> list[Token]:
    """The reported content a verb cue introduces, within its sentence ([] when it introduces none)."""
    return [t for t in _content(tok, sent, lex) if sent.start <= t.i < sent.end]


def _content(tok: Token, sent: Span, lex: Lexicon) -> list[Token]:
    lemma = tok.lemma_.lower()
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if comps:
        return _subtree(comps[-1])
    clause = _misparsed_clause(tok)
    if clause is not None:
        return _subtree(clause)
    if lemma in lex.object_cues:
        for c in tok.children:
            if c.dep_ == "dobj" and c.lemma_.lower() in lex.object_heads:
                return _subtree(c)
    if lemma in lex.addressee_cues:
        objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
        xcomps = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i]
        if objs and xcomps:
            return list(tok.doc[objs[0].left_edge.i : xcomps[-1].right_edge.i + 1])
    if tok.dep_ in _INVERTED and tok.head.i != tok.i and _after_comma(tok, sent):
        lo, hi = tok.left_edge.i, tok.right_edge.i
        return [t for t in sent if not lo <= t.i <= hi]
    return []


def _misparsed_clause(tok: Token) -> Token | None:
    """A that-clause parsed as a relative clause on the cue's object ("said during a briefing that X ...",
    "told the show that X ...") → that clause."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objects += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        for rel in obj.children:
            starts_that = tok.doc[rel.left_edge.i].lower_ == "that"
            if rel.dep_ == "relcl" and starts_that and any(c.dep_ in _SUBJ for c in rel.children):
                return rel
    return None


def _after_comma(tok: Token, sent: Span) -> bool:
    """The cue phrase follows a comma ("..., he said." / "A, he said, B." / "..., said X, a Y.")."""
    first = tok.left_edge.i
    if tok.doc[first].text in (",", "—", "–"):
        return first > sent.start
    return first > sent.start and tok.doc[first - 1].text in (",", "—", "–")


def _according(tok: Token, sent: Span, cue: Cue) -> list[Token]:
    """The sentence minus its "according to X" phrase."""
    end = tok.right_edge.i + 1
    if cue.subject is not None:
        end = max(end, cue.subject.end)
    return [t for t in sent if not (tok.i <= t.i < end)]


def _by_person(cue: Cue) -> bool:
    """A weak cue ("suggested", "signalled") reports speech only when a named person is its subject."""
    return cue.subject is not None and any(t.ent_type_ == "PERSON" for t in cue.subject)


def _cues(sent: Span, lay: Layout, lex: Lexicon) -> list[tuple[Cue, list[Token]]]:
    found: list[tuple[Cue, list[Token]]] = []
    for tok in sent:
        if not lay.outside(tok):
            continue
        cue = verb_cue(tok, lex, lay.outside)
        if cue is not None:
            lemma = tok.lemma_.lower()
            negated = any(c.dep_ == "neg" for c in tok.children)
            weak = lemma in lex.not_indirect and not _by_person(cue)
            if lemma in lex.framing or weak or negated:
                continue
            found.append((cue, _trim(_complement(tok, sent, lex))))
            continue
        cue = phrase_cue(tok, lex)
        if cue is not None:
            found.append((cue, _trim(_according(tok, sent, cue))))
    return found


def _parts(content: list[Token], cue: Cue, taken: Spans) -> list[list[Token]]:
    """The content, or where it holds a direct quote, its conjoined clauses that hold none
    ("said the talks were “constructive” but that Canberra would ...")."""
    if not content or _acceptable(cue, content, taken) or cue.token is None:
        return [content]
    ids = {t.i for t in content}
    clauses = [t for t in content if t.dep_ == "conj" and t.head.i in ids and _has_subject(t)]
    return [_trim([t for t in c.subtree if t.i in ids]) for c in clauses]


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in _SUBJ for c in tok.children)


def _runs(content: list[Token]) -> tuple[tuple[int, int], ...]:
    """The content's contiguous pieces as character ranges (two where a cue interrupts it)."""
    runs: list[list[Token]] = [[content[0]]]
    for tok in content[1:]:
        if tok.i == runs[-1][-1].i + 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    pieces = [_trim(r) for r in runs]
    return tuple((p[0].idx, p[-1].idx + len(p[-1].text)) for p in pieces if p)


def _acceptable(cue: Cue, content: list[Token], taken: Spans) -> bool:
    words = [t for t in content if not t.is_punct]
    if len(words) < _MIN_WORDS or cue.subject is None:
        return False
    is_object = cue.token is not None and content[0].head.i == cue.token.i and content[0].dep_ == "dobj"
    if not is_object and not any(t.pos_ in ("VERB", "AUX") for t in content):
        return False
    if cue.token is not None and any(t.i == cue.token.i for t in content):
        return False
    lo, hi = content[0].idx, content[-1].idx + len(content[-1].text)
    return not taken.overlaps(lo, hi)


def _is_outer(cue: Cue, inner: list[tuple[Cue, list[Token]]], content: list[Token], lex: Lexicon) -> bool:
    """A report of a report: "Xinhua reported that Xi said ..." keeps only Xi's words."""
    if cue.token is None or not content:
        return False
    lo, hi = content[0].i, content[-1].i
    nested = any(c.token is not None and lo <= c.token.i <= hi for c, _ in inner if c is not cue)
    if not nested:
        return False
    _, channel = split_subject(cue.subject, lex)
    outlet = cue.subject is not None and lex.outlet_in(cue.subject.text) is not None
    return outlet or channel is not None or lex.rank(cue.token.lemma_.lower()) >= 2


def indirect_drafts(lay: Layout, lex: Lexicon, taken: list[tuple[int, int]]) -> list[Draft]:
    """Indirect speech in every sentence; content overlapping a direct quote (``taken``) is left to it."""
    out: list[Draft] = []
    direct = Spans(taken)
    for sent in lay.sents:
        found = [
            (cue, part)
            for cue, content in _cues(sent, lay, lex)
            for part in _parts(content, cue, direct)
            if _acceptable(cue, part, direct)
        ]
        for cue, content in found:
            if _is_outer(cue, found, content, lex):
                continue
            speaker, channel = split_subject(cue.subject, lex)
            if speaker is None and channel is None:
                continue
            spans = _runs(content)
            start, end = spans[0][0], spans[-1][1]
            out.append(
                Draft(
                    text=" ".join(lay.text[a:b] for a, b in spans),
                    kind="indirect",
                    start=start,
                    end=end,
                    para=lay.para_of(start),
                    cue=cue.text,
                    speaker_span=speaker,
                    channel=channel_of(sent, lex, lay.outside) or channel,
                    spans=spans,
                )
            )
    return out
