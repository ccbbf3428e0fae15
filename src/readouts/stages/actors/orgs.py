"""Organisations: ministries named by pattern ("China's foreign affairs ministry", "the Chinese foreign
ministry", "Ministry of Commerce"), and spaCy ORG entities the lexicon does not know (kept with the country of
an adjacent demonym or possessive)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from readouts.nlp import ents_of, text_of
from readouts.spans import Spans
from readouts.stages.actors.candidates import Candidate, Overlapping
from readouts.stages.actors.lexicon import Lexicon, slug

_APOS = r"(?:'s|’s)"
_GEOGRAPHIC = re.compile(
    r"\b(?:Gulf|Coast|Sea|Ocean|Strait|Peninsula|Border|Region|Northwest|Northeast|Southwest|Southeast|Midwest|Islands?)\b"
)


def _country_forms(lex: Lexicon) -> str:
    forms = [
        f for f, e in lex.entries.items() if e.id.startswith("country:") and not (f.isupper() and len(f) >= 5)
    ]
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cached = lex.compiled.get("ministries")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    mods = _country_forms(lex)
    types = "|".join(re.escape(t) for t in sorted(lex.titles["ministry_types"], key=len, reverse=True))
    before = re.compile(
        rf"(?:\b(?:[Tt]he)\s+)?(?:(?P<mod>{mods}){_APOS}?\s+)?(?P<type>(?i:{types}))\s+"
        rf"(?P<head>(?i:ministry|department))(?![\w-])"
    )
    after = re.compile(
        rf"(?:(?P<mod>{mods}){_APOS}?\s+)?(?P<head>Ministry|Department)\s+of\s+(?:the\s+)?(?P<type>(?i:{types}))"
        rf"(?:\s+of\s+(?:the\s+)?(?P<mod2>{mods}))?(?!\w)"
    )
    lex.compiled["ministries"] = (before, after)
    return before, after


def ministry_id(lex: Lexicon, code: str | None, canonical: str) -> tuple[str, str]:
    """The (id, name) of a country's ministry of a canonical type ("Foreign Affairs")."""
    if code == "USA":
        canonical = {"Defence": "Defense", "Treasury": "the Treasury"}.get(canonical, canonical)
        actor_id, name = f"org:usa-department-of-{slug(canonical)}", f"U.S. Department of {canonical}"
    elif code is None:
        actor_id, name = f"org:ministry-of-{slug(canonical)}", f"Ministry of {canonical}"
    else:
        actor_id = f"org:{code.lower()}-ministry-of-{slug(canonical)}"
        name = f"{lex.demonym(code)} Ministry of {canonical}"
    known = lex.known.get(actor_id)
    return actor_id, known.name if known else name


@dataclass(frozen=True, slots=True)
class Ministry:
    """A ministry found by pattern: its candidate, display name and country (None: "the foreign ministry")."""

    candidate: Candidate
    name: str
    country: str | None
    canonical: str


_HEAD = re.compile(r"(?i)ministry|department")
_WINDOW = 120  # characters around a "ministry"/"department" in which the full patterns are tried


def _windows(body: str) -> list[tuple[int, int]]:
    """Merged stretches of the body around each "ministry"/"department": the patterns run only there."""
    spans: list[tuple[int, int]] = []
    for m in _HEAD.finditer(body):
        start, end = max(0, m.start() - _WINDOW), min(len(body), m.end() + _WINDOW)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def ministries(lex: Lexicon, body: str) -> list[Ministry]:
    """Ministries named by pattern; those without a country are later resolved to an earlier ministry."""
    found: list[Ministry] = []
    windows = _windows(body)
    for pattern in _patterns(lex):
        for m in (m for start, end in windows for m in pattern.finditer(body, start, end)):
            found.append(_ministry(lex, body, m))
    return found


def _ministry(lex: Lexicon, body: str, m: re.Match[str]) -> Ministry:
    groups = m.groupdict()
    mod = groups.get("mod") or groups.get("mod2")
    end = m.end("type") if groups.get("mod") and groups.get("mod2") else m.end()
    canonical = lex.titles["ministry_types"][m.group("type").lower()]
    code = lex.country_code(mod) if mod else None
    actor_id, name = ministry_id(lex, code, canonical)
    actor_id = lex.merges.get(actor_id, actor_id)
    cand = Candidate(m.start(), end, body[m.start() : end], actor_id, "organisation", source="pattern")
    return Ministry(cand, name, code, canonical)


def _clean(text: str, start: int) -> tuple[str, int]:
    text = re.split(r"\s+[-–—]+(?:\s|$)", text)[0]
    text = re.sub(r"(?:\s+[a-z][\w-]*)+$", "", text)
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text, start = text[len(prefix) :], start + len(prefix)
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    kept = text.lstrip()  # "the \n Jane": the name starts after the line break
    return kept.rstrip(), start + len(text) - len(kept)


def adjacent_country(body: str, start: int, taken: Sequence[Candidate]) -> str | None:
    """A country named just before an organisation ("China's Cofco", "Chinese tech giant X")."""
    for cand in taken:
        if cand.kind == "country" and 0 <= start - cand.end <= 40:
            gap = body[cand.end : start]
            if re.fullmatch(r"(?:'s|’s)?\s+(?:[a-z-]+\s+){0,3}", gap):
                return cand.id
    return None


def _title_part(text: str, after: str, words: frozenset[str]) -> bool:
    """An ORG that is part of a title before a name ("Secretary of State Marco Rubio")."""
    return all(w in words for w in text.split()) and bool(re.match(r"\s+(?:[A-Z][\w.-]*\s+){1,4}", after))


def spacy_orgs(
    doc: Doc,
    taken: Sequence[Candidate],
    quoted: Sequence[tuple[int, int]],
    headings: Sequence[tuple[int, int]],
    words: frozenset[str] = frozenset(),
) -> tuple[list[Candidate], list[Candidate], dict[str, str]]:
    """Unknown ORG entities: (new candidates, country candidates they swallow, org id -> country id)."""
    body = text_of(doc)
    found: list[Candidate] = []
    swallowed: list[Candidate] = []
    countries: dict[str, str] = {}
    quoted_spans, heading_spans, near = Spans(quoted), Spans(headings), Overlapping(taken)
    for ent in ents_of(doc):
        if ent.label_ != "ORG":
            continue
        text, start = _clean(ent.text, ent.start_char)
        end = start + len(text)
        if (
            len(text) < 2
            or "\n" in text
            or not text[0].isupper()
            or (text.isupper() and len(text) > 5)
            or quoted_spans.covers(start)
            or heading_spans.covers(start)
        ):
            continue
        if _title_part(text, body[end : end + 40], words):
            continue
        overlapping = near.of(start, end)
        if any(c.kind != "country" or not (start <= c.start and c.end <= end) for c in overlapping):
            continue
        rest = body[overlapping[-1].end : end] if overlapping else ""
        rest += (
            " " + re.sub(r"^(?:The|the)\s+", "", body[start : overlapping[0].start]) if overlapping else ""
        )
        if overlapping and (not re.search(r"\b[A-Z]", rest) or _GEOGRAPHIC.search(rest)):
            continue  # a country name with lower-case or geographic words ("US Gulf"); not "Air India"
        actor_id = f"org:{slug(text)}"
        country = overlapping[0].id if overlapping else adjacent_country(body, start, taken)
        if country:
            countries[actor_id] = country
        swallowed.extend(overlapping)
        found.append(Candidate(start, end, text, actor_id, "organisation", source="spacy", priority=3))
    return found, swallowed, countries


_CORPORATE = re.compile(
    r"\s+(?:Energy|Group|Inc\.?|Corp\.?|Corporation|Co\.?|Company|Holdings|Ltd\.?|LLC|Technologies|"
    r"International|Motors|Airlines|Industries|Enterprises|Partners)$"
)


def short_forms(body: str, named: Sequence[Candidate]) -> list[Candidate]:
    """Later mentions of an unknown company without its suffix ("Peabody Energy" ... "Peabody")."""
    found: list[Candidate] = []
    for org in [c for c in named if c.source == "spacy" and c.kind == "organisation"]:
        short = _CORPORATE.sub("", org.text)
        if short == org.text or len(short) < 3:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", body):
            span = (m.start(), m.end())
            if all(not (span[0] < c.end and c.start < span[1]) for c in (*named, *found)):
                found.append(Candidate(span[0], span[1], short, org.id, "organisation", source="short"))
    return found


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Z0-9&+\-]{1,9})\)")
_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Z0-9&+\-]{1,9}\)?$")
_NAME_HEAD = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w'-]*\s+)+(?:on|of|for)\s+)$")


def acronyms(body: str, named: Sequence[Candidate]) -> list[Candidate]:
    """An organisation spelled out before its acronym ("the Forum on China-Africa Cooperation (FOCAC)"):
    the full name (its "Forum on" head too, where the tagger cut it off) and every later use of the acronym
    are one actor, called by the full name."""
    out = list(named)
    for org in [c for c in named if c.kind == "organisation" and c.source == "spacy"]:
        inner = _INNER_ACRONYM.search(org.text)  # the tagger took "Cooperation (OIC" as one name
        if inner is not None:
            org = replace(org, end=org.start + inner.start(), text=org.text[: inner.start()])
        m = _ACRONYM.match(body, org.end)
        if m is None:
            continue
        head = _NAME_HEAD.search(body[max(0, org.start - 60) : org.start])
        start = org.start - len(head.group(1)) if head else org.start
        name = body[start : org.end]
        full = Candidate(
            start, org.end, name, f"org:{slug(name)}", "organisation", "name", "spacy", org.priority
        )
        acronym = m.group(1)
        out = [c for c in out if c.start != org.start and c.id != f"org:{slug(acronym)}"]
        out.append(full)
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", body):
            if all(not (use.start() < c.end and c.start < use.end()) for c in out):
                out.append(
                    Candidate(use.start(), use.end(), acronym, full.id, "organisation", source="short")
                )
    return out


_BARE_ACRONYM = re.compile(r"^[A-Z][A-Z&]{2,6}$")
_NAME_LINKS = frozenset({"of", "the", "and", "for", "on", "&"})


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Abu Dhabi National Oil Company" → ADNOC)."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _NAME_LINKS]
    return "".join(w[0] for w in words if w[0].isupper())


def initialisms(named: Sequence[Candidate]) -> list[Candidate]:
    """An acronym used without brackets after the name it abbreviates ("the Abu Dhabi National Oil Company
    ... ADNOC said"): the same actor as that name, where the tagger made the acronym an actor of its own."""
    out = list(named)
    full = [c for c in named if c.kind == "organisation" and " " in c.text.strip()]
    for i, org in enumerate(out):
        if _BARE_ACRONYM.match(org.text) is None or org.id not in (
            f"org:{slug(org.text)}",
            f"person:{slug(org.text)}",
        ):
            continue  # a known body keeps its own id (the tagger may take an acronym for a person)
        earlier = next((c for c in full if c.start < org.start and _initials(c.text) == org.text), None)
        if earlier is not None:
            out[i] = replace(org, id=earlier.id, kind="organisation")
    return out


def head_words(body: str, named: Sequence[Candidate], heads: frozenset[str]) -> list[Candidate]:
    """ "The" and a one-word organisation name that is the last word of one other organisation the article
    names ("the Commission" after "the European Commission", "the Fund" after "the International Monetary
    Fund"), for the name heads ``body_heads`` in ``titles.yaml`` lists: that organisation."""
    longer: dict[str, set[str]] = {}
    for c in named:
        words = c.text.split()
        if c.kind == "organisation" and len(words) > 1 and words[-1] in heads:
            longer.setdefault(words[-1], set()).add(c.id)
    out = []
    for c in named:
        ids = longer.get(c.text, set()) if c.kind == "organisation" and c.source == "spacy" else set()
        the = body[max(0, c.start - 4) : c.start].lower() == "the "
        out.append(c.with_id(next(iter(ids))) if len(ids) == 1 and the else c)
    return out
