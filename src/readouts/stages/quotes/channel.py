"""Channels: the platform, document or outlet the text names as where words were said or written."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from readouts.stages.quotes.lexicon import Lexicon

CHANNEL_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "to", "per"})
_ATTACH_PREPS = frozenset({"from", "of", "with", "by", "on", "to"})
_DETS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "these", "those"})

Outside = Callable[[Token], bool]


def is_channel_head(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in lex.channel_heads and tok.lower_ not in lex.channel_heads:
        return False
    if lemma == "call":
        return tok.pos_ == "NOUN"
    return tok.pos_ in ("NOUN", "PROPN")


def phrase(tok: Token, lex: Lexicon) -> str:
    """The channel named by a head noun: its modifiers and a following "from/of/with/on X", no article."""
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and (doc[start].lower_ in _DETS or doc[start].dep_ in ("punct", "predet")):
        start += 1
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in _ATTACH_PREPS and child.i == end and not _temporal(child):
            end = child.right_edge.i + 1
            break
    text = doc[start:end].text.strip(" ,.;:")
    return lex.platform_in(text) or text


def _temporal(prep: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)


def _platform(tok: Token, lex: Lexicon) -> str | None:
    """The platform a preposition's object names ("on Truth Social", "on X")."""
    start = tok.left_edge.i
    name = tok.doc[start : tok.i + 1].text
    for platform in lex.platforms:
        if name == platform or name.removeprefix("the ") == platform:
            return platform
    return None


def _from_prep(prep: Token, lex: Lexicon) -> str | None:
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        platform = _platform(obj, lex)
        if platform is not None:
            return platform
        if is_channel_head(obj, lex):
            return phrase(obj, lex)
    return None


def _from_subject(tok: Token, lex: Lexicon, speech: frozenset[str]) -> str | None:
    """A channel named as the subject of a reporting verb, or an outlet that was told something."""
    if tok.lemma_.lower() not in speech or tok.pos_ not in ("VERB", "AUX"):
        return None
    for child in tok.children:
        text = child.doc[child.left_edge.i : child.i + 1].text
        if child.dep_ == "nsubj" and is_channel_head(child, lex):
            return phrase(child, lex)
        if child.dep_ in ("nsubj", "dobj", "dative") and child.pos_ == "PROPN":
            outlet = lex.outlet_in(text)
            if outlet is not None:
                return outlet
    return None


def channel_of(tokens: Sequence[Token] | Span, lex: Lexicon, outside: Outside) -> str | None:
    """The first channel named among tokens (outside quotations): a prepositional phrase, a
    channel noun as subject, then an outlet that reported or was told the words."""
    by_prep: str | None = None
    by_subject: str | None = None
    for tok in tokens:
        if not outside(tok):
            continue
        if by_prep is None and tok.dep_ == "prep" and tok.lower_ in CHANNEL_PREPS:
            by_prep = _from_prep(tok, lex)
        if by_subject is None:
            by_subject = _from_subject(tok, lex, lex.speech)
    return by_prep or by_subject


def split_subject(span: Span | None, lex: Lexicon) -> tuple[Span | None, str | None]:
    """A speaker span that names a channel ("the ministry's readout") → (its owner, the channel)."""
    if span is None or len(span) == 0:
        return span, None
    head = span.root
    if not is_channel_head(head, lex):
        return span, None
    channel = phrase(head, lex)
    for child in head.children:
        if child.dep_ == "poss":
            return _owner(child), channel
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return _owner(obj), channel
    outlet = lex.outlet_in(span.text)
    return span, outlet or channel


def _owner(tok: Token) -> Span:
    doc = tok.doc
    start = tok.left_edge.i
    while start < tok.i and doc[start].lower_ in _DETS:
        start += 1
    end = tok.i + 1
    if end < len(doc) and doc[end].tag_ == "POS":
        return doc[start:end]
    return doc[start:end]
