"""Companies and other bodies the entity model missed, named right after a word saying what they are
("Kazakh state company KazMunayGas", "German-Swedish developer Svevind", "delivery platform Meituan", "drone
maker Baykar"): the name, and each later mention of the same name, is an organisation (with the country of a
demonym or possessive just before the description)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from readouts.nlp import text_of
from readouts.spans import Spans
from readouts.stages.actors.candidates import Candidate
from readouts.stages.actors.lexicon import slug
from readouts.stages.actors.orgs import adjacent_country

_NAME_TAGS = frozenset({"NNP", "NNPS"})


def _name_after(noun: Token) -> tuple[int, int] | None:
    """The proper-noun run right after a description word (up to four tokens), as token indexes."""
    doc = noun.doc
    end = noun.i + 1
    while end < len(doc) and end - noun.i <= 4 and doc[end].tag_ in _NAME_TAGS and doc[end].text[0].isupper():
        end += 1
    return (noun.i + 1, end) if end > noun.i + 1 else None


def described_orgs(
    doc: Doc, taken: Sequence[Candidate], nouns: frozenset[str]
) -> tuple[list[Candidate], list[Candidate], dict[str, str]]:
    """New organisation candidates named after a description word of ``nouns`` (and their later mentions),
    the person candidates they replace (the entity model read "state company Qazbrine" as a person), and
    the country each is of."""
    body = text_of(doc)
    others = [c for c in taken if c.kind != "person"]
    spans = Spans((c.start, c.end) for c in others)
    found: list[Candidate] = []
    countries: dict[str, str] = {}
    for token in doc:
        if token.lower_ not in nouns or not token.text.islower():
            continue
        run = _name_after(token)
        if run is None:
            continue
        start, end = doc[run[0]].idx, doc[run[1] - 1].idx + len(doc[run[1] - 1])
        name = body[start:end]
        if spans.overlaps(start, end) or any(c.start < end and start < c.end for c in found):
            continue
        if any(c.start < end and start < c.end and c.text != name for c in taken):
            continue  # part of a longer person's name
        actor_id = f"org:{slug(name)}"
        country = adjacent_country(body, start, taken)
        if country:
            countries[actor_id] = country
        found.append(Candidate(start, end, name, actor_id, "organisation", source="description", priority=3))
    names = {c.text for c in found}
    replaced = [c for c in taken if c.kind == "person" and c.text in names]
    kept = Spans((c.start, c.end) for c in taken if c not in replaced)
    found += _later_mentions(body, found, kept)
    return found, replaced, countries


def _later_mentions(body: str, found: Sequence[Candidate], spans: Spans) -> list[Candidate]:
    """Every other mention of a described name, where no other candidate is."""
    out: list[Candidate] = []
    seen = {(c.start, c.end) for c in found}
    for cand in {c.text: c for c in found}.values():
        for m in re.finditer(rf"(?<![\w-]){re.escape(cand.text)}(?![\w-])", body):
            if (m.start(), m.end()) in seen or spans.overlaps(m.start(), m.end()):
                continue
            seen.add((m.start(), m.end()))
            out.append(
                Candidate(m.start(), m.end(), cand.text, cand.id, "organisation", source="description")
            )
    return out
