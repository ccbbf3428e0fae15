"""Cues: the words that attribute words to a speaker ("said", "wrote", "according to", a dash), and the
span each cue names as its speaker (the subject of the verb, the object of "according to")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from readouts.stages.quotes.lexicon import Lexicon

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
RELATIVE = frozenset({"who", "which", "that"})
_CLIMB = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl"})
Outside = Callable[[Token], bool]


def _anywhere(tok: Token) -> bool:
    return True


_DASH_NAME = re.compile(r"[^\S\n]*[―—–]+[^\S\n]*([A-Z][^\n,;:!?()]{1,60}?)[.\s]*(?:\n|$)")


@dataclass(frozen=True)
class Cue:
    """A cue word and the speaker span it names (``None`` where the text names none)."""

    token: Token | None
    text: str
    rank: int
    subject: Span | None
    kind: str = "verb"  # "verb", "phrase" (according to) or "dash"


def entity_of(tok: Token) -> Span:
    """The named entity a token lies in (the token must have an entity type)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _named_child(tok: Token) -> Span | None:
    """The person a description names beside it ("the envoy Mariam Haddad", "the premier, Sven Lund,")."""
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "npadvmod", "nmod") and child.ent_type_ == "PERSON":
            return entity_of(child)
    return None


def noun_phrase(tok: Token) -> Span:
    """The span naming what ``tok`` heads: its named entity, or the noun phrase up to the token."""
    doc = tok.doc
    if tok.ent_type_ in ENTITY_LABELS:
        return entity_of(tok)
    if tok.pos_ == "PRON":
        return doc[tok.i : tok.i + 1]
    named = _named_child(tok)
    if named is not None:
        return named
    start = tok.left_edge.i
    for i in range(start, tok.i):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
    while start < tok.i and doc[start].dep_ in ("punct", "cc", "preconj"):
        start += 1
    return doc[start : tok.i + 1]


def _same_line(subject: Token, verb: Token) -> Token:
    """A subject parsed across a line break (a caption before it) → the last noun on the verb's line."""
    doc = subject.doc
    lo, hi = sorted((subject.i, verb.i))
    breaks = [i for i in range(lo, hi) if "\n" in doc[i].text or "\n" in doc[i].whitespace_]
    if not breaks or subject.i > verb.i:
        return subject
    nouns = [t for t in doc[breaks[-1] + 1 : verb.i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else subject


def _leading_entity(root: Token) -> Span | None:
    """A subjectless root (a misparse: "Trump/VERB highlighted ...") → the entity opening its sentence."""
    first = root.sent[0]
    while first.is_space and first.i + 1 < root.i:
        first = first.doc[first.i + 1]
    if first.i < root.i and first.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and first.ent_iob_ == "B":
        return noun_phrase(first)
    return None


def _pick(run: list[Token]) -> Span | None:
    """The speaker among words around a cue: the first person named, else the first other name."""
    names = [t for t in run if t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    for want in (("PERSON",), ("ORG", "GPE", "NORP")):
        for tok in names:
            if tok.ent_type_ in want:
                return noun_phrase(tok)
    for tok in names:
        if tok.pos_ in ("PROPN", "PRON"):
            return noun_phrase(tok)
    return None


def _beside(verb: Token, outside: Outside) -> Span | None:
    """The name between a quotation and its cue (or right after the cue) when the parsed subject lies
    inside the quotation: "“...,” Flynn, a top aide, said" / "“...,” said Ann Lee"."""
    doc = verb.doc
    i = verb.i - 1
    while i >= max(0, verb.i - 12) and outside(doc[i]) and doc[i].text not in (".", "!", "?", "\n"):
        i -= 1
    found = _pick(list(doc[i + 1 : verb.i]))
    if found is not None:
        return found
    j = verb.i + 1
    while j < min(len(doc), verb.i + 7) and outside(doc[j]) and doc[j].text not in (".", "!", "?", "\n"):
        j += 1
    return _pick(list(doc[verb.i + 1 : j]))


def subject_of(tok: Token, lex: Lexicon, outside: Outside = _anywhere) -> Span | None:
    """The speaker span of a verb: its subject, else the subject of the verb it hangs from."""
    t = tok
    for _ in range(4):
        for child in t.children:
            if child.dep_ == "nsubj" and not outside(child):
                return _beside(tok, outside)
            if child.dep_ == "nsubj":
                if child.lower_ in lex.expletives:
                    return None
                if child.lower_ in RELATIVE and t.dep_ == "relcl":
                    return noun_phrase(t.head)
                return noun_phrase(_same_line(child, t))
        if t.head.i == t.i:
            return _leading_entity(t)
        if t.dep_ not in _CLIMB:
            return None
        t = t.head
        if t.dep_ in ("ROOT", "nsubj") and (t.pos_ == "PROPN" or t.ent_type_ in ENTITY_LABELS):
            return noun_phrase(t)
    return None


def _particle(tok: Token) -> str:
    for child in tok.children:
        if child.dep_ == "prt":
            return child.lower_
    return ""


def verb_cue(tok: Token, lex: Lexicon, outside: Outside = _anywhere) -> Cue | None:
    """The cue a verb token makes, if it is one."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma not in lex.speech:
        return None
    if lemma == "point" and _particle(tok) != "out":
        return None
    text = f"{tok.text} out" if lemma == "point" else tok.text
    return Cue(token=tok, text=text, rank=lex.rank(lemma), subject=subject_of(tok, lex, outside))


def phrase_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """An "according to X" cue starting at ``tok``; its subject is X."""
    doc = tok.doc
    for phrase in lex.phrases:
        if tok.lower_ != phrase[0]:
            continue
        end = tok.i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[tok.i : end]) != phrase:
            continue
        last = doc[end - 1]
        objects = [c for c in last.children if c.dep_ == "pobj"]
        if not objects and end < len(doc):
            objects = [doc[end]] if doc[end].pos_ in ("NOUN", "PROPN", "PRON") else []
            objects = [o.head if o.dep_ == "compound" else o for o in objects]
        subject = noun_phrase(objects[0]) if objects else None
        return Cue(token=tok, text=" ".join(phrase), rank=1, subject=subject, kind="phrase")
    return None


def cue_at(tok: Token, lex: Lexicon, outside: Outside = _anywhere) -> Cue | None:
    return verb_cue(tok, lex, outside) or phrase_cue(tok, lex)


def dash_cue(doc: Doc, text: str, close: int, line_end: int) -> Cue | None:
    """A "― Name" attribution right after a closing quotation mark (``text`` is the doc's text)."""
    m = _DASH_NAME.match(text, close + 1, line_end)
    if m is None:
        return None
    span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    return Cue(token=None, text=m.group(0).strip()[0], rank=1, subject=span, kind="dash")
