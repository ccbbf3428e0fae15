"""Speaker resolution: a speaker span → the actor it refers to (through the actors stage), with a
fallback for runs without actors (pronouns to the last speaker, surnames to the fullest name)."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from readouts.errors import ReadoutsError
from readouts.nlp import ents_of
from readouts.pipeline import Context
from readouts.stages.quotes.lexicon import load

PERSONAL = frozenset({"he", "she", "him", "her", "i", "me"})
GROUP = frozenset({"they", "we", "them", "us"})
_ARTICLES = ("the ", "a ", "an ")


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the actor id (when the actors stage knows it), name and country."""

    name: str | None
    id: str | None = None
    side: str | None = None
    person: bool = False


def _actors() -> Any | None:
    try:
        module = importlib.import_module("readouts.stages.actors")
    except ImportError:
        return None
    return module if hasattr(module, "actor_at") and hasattr(module, "fullest_name") else None


def _covers_root(api: Any, context: Context, span: Span) -> bool:
    """Some actor mention inside the span covers its head word (not only a modifier: "the U.S. president")."""
    root = span.root
    mentions = api.mentions_in(context, span.start_char, span.end_char)
    return any(m.start <= root.idx < m.end for m, _ in mentions)


def _via_actors(context: Context, span: Span) -> Speaker | None:
    api = _actors()
    if api is None:
        return None
    try:
        actor = api.actor_at(context, span.start_char, span.end_char)
        if actor is None:
            return None
        described = actor.kind == "person" and span.root.lemma_.lower() in load().person_heads
        if span.root.pos_ == "NOUN" and not described and not _covers_root(api, context, span):
            return None
        name = clean_name(str(api.fullest_name(actor)))
        side = api.country_of(context, actor.id) if hasattr(api, "country_of") else actor.country
    except (ReadoutsError, AttributeError, KeyError):
        return None
    return Speaker(name=name, id=str(actor.id), side=side, person=actor.kind == "person")


def clean_name(text: str) -> str:
    """A span's text as a name: no leading article, no trailing possessive or punctuation."""
    name = " ".join(text.split()).strip(" ,.;:\"“”'―—–-")
    for art in _ARTICLES:
        if name.lower().startswith(art):
            name = name[len(art) :]
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    return name


def _fullest(doc: Doc, span: Span) -> str:
    """The longest PERSON name in the article that ends with the span's last word."""
    name = clean_name(span.text)
    parts = name.split()
    if not parts:
        return name
    best, first_match = name, None
    for ent in ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        words = clean_name(ent.text).split()
        low = [w.lower() for w in words]
        tail = [p.lower() for p in parts]
        if len(words) > len(parts) and low[-len(parts) :] == tail and len(" ".join(words)) > len(best):
            best = " ".join(words)
        elif len(parts) == 1 and len(words) == 2 and low[0] == tail[0] and first_match is None:
            first_match = " ".join(words)
    return first_match if best == name and first_match else best


def _nearest_person(doc: Doc, before: int) -> str | None:
    """The last person named before a character offset (a PERSON entity, or a proper-noun subject)."""
    head = doc.char_span(0, before, alignment_mode="contract") if before else None
    for tok in reversed(head if head is not None else []):
        if tok.ent_type_ == "PERSON" or (tok.dep_ == "nsubj" and tok.pos_ == "PROPN"):
            start = tok.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
                start -= 1
            return _fullest(doc, doc[start : tok.i + 1])
    return None


def _nearest_body(doc: Doc, before: int) -> Speaker | None:
    """What "it" stands for: the nearest earlier non-person subject within two sentences (a ministry)."""
    first_sent = doc[before].sent
    floor = doc[first_sent.start - 1].sent.start if first_sent.start > 0 else 0
    for tok in reversed(doc[floor:before]):
        if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON":
            start = tok.left_edge.i
            return Speaker(name=clean_name(doc[start : tok.i + 1].text) or None)
    return None


def resolve(doc: Doc, context: Context, span: Span | None, recent: Sequence[Speaker]) -> Speaker | None:
    """The speaker a span refers to; ``recent`` holds earlier speakers, latest last."""
    if span is None or len(span) == 0:
        return None
    found = _via_actors(context, span)
    if found is not None:
        return found
    low = span.text.lower()
    if len(span) == 1 and low in PERSONAL:
        for prev in reversed(recent):
            if prev.person:
                return prev
        name = _nearest_person(doc, span.start_char)
        return Speaker(name=name, person=True) if name else None
    if len(span) == 1 and low in GROUP:
        return recent[-1] if recent and not recent[-1].person else None
    if len(span) == 1 and low == "it":
        return _nearest_body(doc, span.start)
    is_person = any(t.ent_type_ == "PERSON" for t in span)
    proper = all(w[:1].isupper() for w in clean_name(span.text).split()) and span.root.ent_type_ in (
        "",
        "PERSON",
        "ORG",
    )
    name = _fullest(doc, span) if is_person or proper else clean_name(span.text)
    is_person = is_person or name != clean_name(span.text)
    return Speaker(name=name or None, person=is_person)
