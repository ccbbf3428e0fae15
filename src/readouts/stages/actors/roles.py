"""Roles from the text: titles before a name ("U.S. Commerce Secretary Howard Lutnick", "Central Military
Commission Vice-Chairman Zhang Youxia") and appositions after it ("X, executive director for East Asia at the
Y Council", "X of the Z Fund", "X, China's foreign minister")."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from readouts.nlp import text_of
from readouts.spans import Spans
from readouts.stages.actors.candidates import Candidate, spans_of
from readouts.stages.actors.lexicon import Lexicon, slug
from readouts.stages.actors.people import title_words

_GLUE = frozenset({"of", "the", "for", "and", "-"})
_ORG = re.compile(r"(?:the\s+|The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|for|and|on|the|&|de|[A-Z][\w.&'’-]*))*")
_CLAUSE_END = re.compile(r"[,;:()\"“”\n]|\.(?:\s|$)|\s(?:who|which|said|says|told|and|but)\b")
_PREP = re.compile(r"\s(?:at|of|for|with|from|in)\s+(?=(?:the\s+)?[A-Z])")


@dataclass(frozen=True, slots=True)
class FoundRole:
    """A role the text gives a person: title, and the actor id (country or org) it is held in."""

    person: str
    title: str
    of_id: str | None
    start: int


@dataclass(frozen=True, slots=True)
class NewOrg:
    """An organisation first seen in an apposition, with the country its name gives."""

    candidate: Candidate
    country: str | None


_GAP = re.compile(r"(?:'s|’s)?\s*")


def _adjacent(body: str, start: int, taken: Sequence[Candidate]) -> Candidate | None:
    """A country or organisation candidate that ends just before ``start`` (allowing "'s")."""
    floor = _gap_floor(body, start)
    for cand in taken:
        if cand.kind != "person" and floor <= cand.end <= start and _GAP.fullmatch(body, cand.end, start):
            return cand
    return None


def _gap_floor(body: str, start: int) -> int:
    """The earliest position from which ``_GAP`` can match up to ``start``: back over white space (``\\s``
    is ``str.isspace``), then over one "'s"."""
    pos = start
    while pos > 0 and body[pos - 1].isspace():
        pos -= 1
    return pos - 2 if body[max(0, pos - 2) : pos] in ("'s", "’s") else pos


def _body(doc: Doc) -> str:
    body = doc.user_data.get("actors.body")
    if body is None:
        body = doc.user_data["actors.body"] = text_of(doc)
    return body  # type: ignore[no-any-return]


def _token_starts(doc: Doc) -> list[int]:
    starts = doc.user_data.get("actors.token_starts")
    if starts is None:
        starts = [t.idx for t in doc]
        doc.user_data["actors.token_starts"] = starts
    return starts  # type: ignore[no-any-return]


def _others(doc: Doc, taken: Sequence[Candidate]) -> tuple[list[Candidate], Spans]:
    """The candidates that are not people, and their spans; kept on the document for the next call with an
    equal ``taken`` (one article's people are looked up against the same list)."""
    cached = doc.user_data.get("actors.others")
    if cached is not None and cached[0] == taken:
        return cached[1], cached[2]  # type: ignore[no-any-return]
    others = [c for c in taken if c.kind != "person"]
    spans = spans_of(others)
    doc.user_data["actors.others"] = (list(taken), others, spans)
    return others, spans


def title_before(doc: Doc, cand: Candidate, lex: Lexicon, taken: Sequence[Candidate]) -> FoundRole | None:
    """The title directly before a person name, and the country or organisation it belongs to."""
    first_token = bisect.bisect_right(_token_starts(doc), cand.start) - 1
    if first_token < 0:
        return None
    words = title_words(lex)
    heads = {h.lower() for h in (*lex.titles["heads"], *lex.titles["lower_heads"])}
    others, other_spans = _others(doc, taken)
    run: list[int] = []
    i = first_token - 1 if doc[first_token].idx == cand.start else first_token
    while i >= 0:
        tok = doc[i]
        if other_spans.covers(tok.idx):
            break
        if (
            tok.text in words
            or (tok.text == "-" and run)
            or (tok.text.lower() in words and tok.text.islower())
        ):
            run.insert(0, i)
            i -= 1
        else:
            break
    while run and doc[run[0]].lower_ in _GLUE:
        run.pop(0)
    if not run or doc[run[-1]].lower_ not in heads:
        return None
    first = doc[run[0]]
    body = _body(doc)
    title = body[first.idx : doc[run[-1]].idx + len(doc[run[-1]].text)]
    title = " ".join(lex.titles["abbreviations"].get(w, w) for w in title.split(" "))
    owner = _adjacent(body, first.idx, others)
    return FoundRole(cand.id, title, owner.id if owner else None, first.idx)


def _has_head(title: str, lex: Lexicon) -> bool:
    low = title.lower()
    return any(re.search(rf"\b{re.escape(h)}\b", low) for h in lex.titles["apposition_heads"])


def _org_of(
    text: str, start: int, lex: Lexicon, taken: Sequence[Candidate]
) -> tuple[str | None, NewOrg | None]:
    """The actor an organisation phrase names: a taken candidate, a lexicon name, or a new organisation."""
    m = _ORG.match(text)
    if m is None:
        return None, None
    name = re.sub(r"(?:\s+(?:of|for|and|on|the|&|de))+$", "", m.group(0))
    lead = len(name) - len(re.sub(r"^(?:the|The)\s+", "", name))
    name, start = name[lead:], start + lead
    for cand in taken:
        if cand.kind != "person" and cand.start == start and cand.end >= start + len(name) - 1:
            return cand.id, None
    entry = lex.entries.get(name)
    if entry is not None:
        return entry.id, None
    inner = [c for c in taken if start <= c.start and c.end <= start + len(name)]
    if any(c.kind != "country" for c in inner):
        return None, None
    country = next((c.id for c in inner), None)
    new = Candidate(start, start + len(name), name, f"org:{slug(name)}", "organisation", source="apposition")
    return new.id, NewOrg(new, country)


def apposition(
    body: str, cand: Candidate, lex: Lexicon, taken: Sequence[Candidate]
) -> tuple[FoundRole | None, NewOrg | None]:
    """The role an apposition or "of" phrase after a name gives."""
    rest = body[cand.end : cand.end + 240]
    end = _CLAUSE_END.search(rest, 1)
    clause = rest[: end.start()] if end else rest
    lead_of = re.match(r"\s+(?:of|from)\s+(?=(?:the\s+)?[A-Z])", clause)
    if lead_of:
        start = cand.end + lead_of.end()
        of_id, new = _org_of(clause[lead_of.end() :], start, lex, taken)
        return (FoundRole(cand.id, "affiliate", of_id, cand.end), new) if of_id else (None, None)
    m = re.match(r",\s+(?:(?:the|a|an)\s+)?", clause)
    if m is None or not clause[m.end() :].strip():
        return None, None
    body_start = cand.end + m.end()
    phrase = clause[m.end() :]
    preps = list(_PREP.finditer(phrase))
    title, of_id, new = phrase.strip(), None, None
    if preps:
        last = preps[-1]
        title = phrase[: last.start()].strip()
        of_id, new = _org_of(phrase[last.end() :], body_start + last.end(), lex, taken)
    lead = re.match(r"(?P<mod>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:'s|’s)?\s+(?=[a-z])", title)
    code = lex.country_code(lead.group("mod")) if lead else None
    if lead and code:
        of_id = of_id or f"country:{code}"
        title = title[lead.end() :]
    if not title or len(title.split()) > 8 or not _has_head(title, lex):
        return None, None
    return FoundRole(cand.id, title, of_id, body_start), new
