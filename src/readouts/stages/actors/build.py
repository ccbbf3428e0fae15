"""One article's actors: find mentions (lexicon, patterns, spaCy, surnames), give people roles from the text,
resolve descriptions and pronouns, and build :class:`Actor` items plus the index other stages query."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from spacy.tokens import Doc

from readouts.model import Actor, ActorKind, Mention, Provenance, Role
from readouts.nlp import ents_of, text_of
from readouts.spans import Spans
from readouts.stages.actors import gazetteer, orgs
from readouts.stages.actors.candidates import (
    Candidate,
    free,
    heading_spans,
    kind_of,
    quoted_spans,
    select,
    spans_of,
)
from readouts.stages.actors.coref import ActorFacts, Resolver
from readouts.stages.actors.described import described_orgs
from readouts.stages.actors.lexicon import Lexicon, slug
from readouts.stages.actors.people import People, appositive_people, orgs_as_people, spacy_people, title_words
from readouts.stages.actors.resolve import ActorIndex
from readouts.stages.actors.roles import FoundRole, apposition, title_before

_HONORIFIC = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.?\s+$")
_FEMALE_WORDS = ("spokeswoman", "chairwoman", "Ms", "Mrs", "Madam", "Queen")


@dataclass
class Draft:
    """An actor while the article is read."""

    id: str
    kind: ActorKind
    name: str
    country: str | None = None
    type: str | None = None
    gender: str | None = None
    roles: list[Role] = field(default_factory=list)

    def add_role(self, role: Role) -> None:
        if all((r.title.lower(), r.of) != (role.title.lower(), role.of) for r in self.roles):
            self.roles.append(role)


class Drafts:
    """The actors of one article, keyed by id, seeded from the lexicon where known."""

    def __init__(self, lex: Lexicon, published: str | None) -> None:
        self.lex = lex
        self.published = published
        self.by_id: dict[str, Draft] = {}

    def get(self, actor_id: str, text: str = "") -> Draft:
        draft = self.by_id.get(actor_id)
        if draft is not None:
            return draft
        known = self.lex.known.get(actor_id)
        if known is not None:
            draft = Draft(actor_id, known.kind, known.name, known.country, known.type, known.gender)
            for r in known.roles:
                if r.holds_on(self.published):
                    draft.add_role(Role(r.title, r.of, r.start))
        else:
            code = actor_id.split(":", 1)[1] if actor_id.startswith("country:") else None
            draft = Draft(actor_id, kind_of(actor_id), text or actor_id, code)
        self.by_id[actor_id] = draft
        return draft

    def facts(self, actor_id: str) -> ActorFacts:
        d = self.get(actor_id)
        return ActorFacts(d.kind, self.country(d), tuple(r.title for r in d.roles), d.type, d.gender)

    def country(self, draft: Draft) -> str | None:
        if draft.kind != "person" or draft.country:
            return draft.country
        for role in draft.roles:
            if role.of and f"country:{role.of}" in self.lex.known:
                return role.of
        for role in draft.roles:
            owner = next((d for d in self.by_id.values() if d.name == role.of and d.kind != "person"), None)
            if owner is not None and owner.country:
                return owner.country
        return None

    def role_of(self, owner_id: str | None) -> str | None:
        """The ``of`` of a role: a country's alpha-3 code or an organisation's name."""
        if owner_id is None:
            return None
        if owner_id.startswith("country:"):
            return owner_id.split(":", 1)[1]
        return self.get(owner_id).name


@dataclass
class Found:
    """Name mentions of an article and what was learnt finding them."""

    named: list[Candidate]
    people: People
    org_countries: dict[str, str]
    ministries: list[orgs.Ministry]


def find(doc: Doc, lex: Lexicon) -> Found:
    """Name mentions: lexicon, ministry patterns, spaCy people, surnames, then unknown spaCy ORGs."""
    body = text_of(doc)
    ministries = orgs.ministries(lex, body)
    with_country = [m.candidate for m in ministries if m.country]
    persons = [*spacy_people(doc, lex), *orgs_as_people(doc, lex), *appositive_people(doc, lex)]
    lexical = [c for c in gazetteer.scan(lex, body) if not _inside_other_entity(doc, c)]
    chosen = select([*lexical, *with_country, *persons])
    people = People(lex)
    named = [c for c in chosen if c.kind != "person"] + people.assign(c for c in chosen if c.kind == "person")
    named += [c for c in people.surnames(doc, named) if not _inside_other_entity(doc, c)]
    new, swallowed, countries = orgs.spacy_orgs(
        doc, named, quoted_spans(body), heading_spans(body), title_words(lex)
    )
    documents = frozenset(str(w) for w in lex.titles.get("document_heads") or ())
    new = [c for c in new if c.text.split()[-1] not in documents]  # "the ... Economic Powers Act": a law
    named = [c for c in named if c not in swallowed] + new
    nouns = frozenset(str(w) for w in lex.titles.get("company_nouns") or ())
    described, replaced, more = described_orgs(doc, named, nouns)  # "state company KazMunayGas"
    named = [c for c in named if c not in replaced] + described
    countries.update(more)
    named += orgs.short_forms(body, named)
    heads = frozenset(str(w) for w in lex.titles.get("body_heads") or ())
    named = orgs.head_words(body, orgs.initialisms(orgs.acronyms(body, named)), heads)
    named += _bare_ministries(ministries, named)
    return Found(sorted(named, key=lambda c: c.start), people, countries, ministries)


_LIST_OR_THE = re.compile(r"^[Tt]he\s|\sand\s|,")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})


def _inside_other_entity(doc: Doc, cand: Candidate) -> bool:
    """A person's short form inside a longer place or thing ("Trump Tower", "Harris County")."""
    if cand.kind != "person" or len(cand.text.split()) > 1:
        return False
    return _place_spans(doc).contains(cand.start, cand.end)


def _place_spans(doc: Doc) -> Spans:
    """The multi-word place and thing entities of a document (not lists, not "the ..."), built once."""
    cached = doc.user_data.get("actors.place_spans")
    if not isinstance(cached, Spans):
        cached = doc.user_data["actors.place_spans"] = Spans(
            (e.start_char, e.end_char)
            for e in ents_of(doc)
            if e.label_ in _PLACE_LABELS and len(e) > 1 and not _LIST_OR_THE.search(e.text)
        )
    return cached


def _bare_ministries(ministries: Sequence[orgs.Ministry], named: Sequence[Candidate]) -> list[Candidate]:
    """ "the foreign ministry" without a country: the latest earlier ministry of that type, if any."""
    found: list[Candidate] = []
    for ministry in ministries:
        cand = ministry.candidate
        if ministry.country or not free((cand.start, cand.end), named):
            continue
        suffix = cand.id.split(":", 1)[1]
        earlier = [c for c in named if c.end <= cand.start and c.id.endswith(suffix) and c.id != cand.id]
        if earlier:
            found.append(cand.with_id(earlier[-1].id))
    return found


def _roles(doc: Doc, lex: Lexicon, named: list[Candidate], drafts: Drafts) -> list[Candidate]:
    """Attach text roles to people; return organisations first seen in appositions."""
    found: list[FoundRole] = []
    extra: list[Candidate] = []
    body = text_of(doc)
    for cand in [c for c in named if c.kind == "person"]:
        role = title_before(doc, cand, lex, named)
        if role is not None:
            found.append(role)
        role, new = apposition(body, cand, lex, [*named, *extra])
        if new is not None and all(not new.candidate.overlaps(c) or c.kind == "country" for c in named):
            extra.append(new.candidate)
            drafts.get(new.candidate.id, new.candidate.text).country = new.country and new.country[8:]
        if role is not None and (new is None or new.candidate in extra):
            found.append(role)
    for cand in named:
        honorific = _HONORIFIC.search(body, max(0, cand.start - 6), cand.start)
        if cand.kind == "person" and honorific:
            drafts.get(cand.id).gender = "m" if honorific.group(1) == "Mr" else "f"
    for role in found:
        draft = drafts.get(role.person)
        draft.add_role(Role(role.title, drafts.role_of(role.of_id), drafts.published))
        if any(w in role.title for w in _FEMALE_WORDS):
            draft.gender = draft.gender or "f"
    return extra


def _fill_people(drafts: Drafts, names: dict[str, str]) -> None:
    """Fullest names for people; a role without an owner is taken to be held in the person's country."""
    for actor_id, name in names.items():
        draft = drafts.get(actor_id, name)
        if actor_id not in drafts.lex.known:
            draft.name = name
            words = name.split()
            given = words[-1] if words[0] in drafts.lex.titles["surname_first"] else words[0]
            if len(words) > 1 and draft.gender is None:
                draft.gender = drafts.lex.genders.get(given)
    for draft in drafts.by_id.values():
        if draft.kind != "person" or not draft.country:
            continue
        roles, draft.roles = draft.roles, []
        for role in roles:
            if role.of is None and _restates(role, roles):
                continue  # "Commission President" before von der Leyen: her known EU role, not a German one
            draft.add_role(Role(role.title, role.of or draft.country, role.since))


def _words(title: str) -> set[str]:
    return set(title.lower().replace("-", " ").split()) - {"of", "the", "for"}


def _restates(role: Role, roles: list[Role]) -> bool:
    """Whether a title the article gives without an owner is one of the person's known roles in short
    ("Commission President" of "President of the European Commission")."""
    words = _words(role.title)
    return any(other.of is not None and words <= _words(other.title) for other in roles)


def run(
    doc: Doc, lex: Lexicon, published: str | None, provenance: Provenance
) -> tuple[list[Actor], ActorIndex]:
    """The article's actors and the index of every mention (pronouns included)."""
    found = find(doc, lex)
    named, people = found.named, found.people
    drafts = Drafts(lex, published)
    for ministry in found.ministries:
        if ministry.country and ministry.candidate.id not in lex.known:
            draft = drafts.get(ministry.candidate.id, ministry.name)
            draft.name, draft.country, draft.type = ministry.name, ministry.country, "ministry"
    for cand in named:
        drafts.get(cand.id, cand.text)
    for org_id, country_id in found.org_countries.items():
        drafts.get(org_id).country = country_id.split(":", 1)[1]
    named += [c for c in _roles(doc, lex, named, drafts) if c not in named]
    named = _without_overlapped_countries(named)
    _fill_people(drafts, people.names())
    for draft in drafts.by_id.values():
        draft.country = drafts.country(draft)
    _fill_people(drafts, {})
    resolver = Resolver(lex, drafts.facts, published)
    body = text_of(doc)
    described = resolver.descriptions(body, named)
    described_spans = spans_of(described)
    named = [c for c in named if not described_spans.overlaps(c.start, c.end)]
    named = sorted([*named, *described], key=lambda c: c.start)
    pronouns = resolver.pronouns(doc, named, quoted_spans(body))
    return _actors(named, pronouns, drafts, provenance)


def _without_overlapped_countries(named: Sequence[Candidate]) -> list[Candidate]:
    """The candidates less every country overlapping another candidate: by bisection over the starts, those
    starting before it and reaching into it (running maximum of ends), then those starting inside it."""
    order = sorted(named, key=lambda c: c.start)
    starts = [c.start for c in order]
    reach = list(accumulate((c.end for c in order), max))

    def overlapped(c: Candidate) -> bool:
        i = bisect_left(starts, c.start)
        if i > 0 and reach[i - 1] > c.start:
            return True
        j = i
        while j < len(order) and order[j].start < c.end:
            if order[j] is not c and c.overlaps(order[j]):
                return True
            j += 1
        return False

    return [c for c in named if not (c.kind == "country" and overlapped(c))]


def _merged(cands: Iterable[Candidate], drafts: Drafts) -> list[Candidate]:
    """Candidates with merged ids (user file); the target takes the merged actor's name and roles."""
    out: list[Candidate] = []
    for cand in cands:
        target = drafts.lex.merges.get(cand.id)
        if target is None:
            out.append(cand)
            continue
        old = drafts.get(cand.id)
        if target not in drafts.by_id and target not in drafts.lex.known:
            drafts.by_id[target] = Draft(target, old.kind, old.name, old.country, old.type, old.gender)
        new = drafts.get(target)
        new.country = new.country or old.country
        for role in old.roles:
            new.add_role(role)
        out.append(cand.with_id(target))
    return out


def _as_written(name: str, mentions: Sequence[Mention]) -> str:
    """A known person's name as this article spells it ("Volodymyr Zelenskiy" where the lexicon says
    Zelensky): the lexicon's name when the article uses it, else its longest spelling of the name."""
    texts = [m.text for m in mentions]
    if not texts or any(name in t for t in texts):
        return name
    longest = max(texts, key=lambda t: len(t.split()))
    words = longest.split()
    if len(words) >= 2:
        return longest
    last = name.split()[-1]
    variant = words and words[-1].lower() != last.lower() and slug(words[-1])[:4] == slug(last)[:4]
    return " ".join([*name.split()[:-1], words[-1]]) if variant else name  # Zelenskiy, Orbán; not "Xi Xi"


def _body_as_written(name: str, mentions: Sequence[Mention]) -> str:
    """A known body's name as this article writes it at its fullest, as the contract asks: "EU" in a story
    that never says European Union, "Group of Seven" in one that says it and "G7"."""
    texts = [re.sub(r"^[Tt]he\s+", "", m.text) for m in mentions]
    if not texts:
        return name
    longest = max(texts, key=len)
    if name.lower() in (f"{longest.lower()}s", f"{longest.lower()}es"):
        return name  # "Houthi attacks" in a story that never writes "Houthis": the group, in the plural
    return name if any(name in t for t in texts) and len(name) >= len(longest) else longest


def _actors(
    named: Sequence[Candidate], pronouns: Sequence[Candidate], drafts: Drafts, provenance: Provenance
) -> tuple[list[Actor], ActorIndex]:
    named = _merged(named, drafts)
    pronouns = _merged(pronouns, drafts)
    actors: dict[str, Actor] = {}
    for actor_id in dict.fromkeys(c.id for c in named):
        draft = drafts.get(actor_id)
        mentions = tuple(Mention(c.start, c.end, c.text) for c in named if c.id == actor_id)
        spelled = [Mention(c.start, c.end, c.text) for c in named if c.id == actor_id and c.form == "name"]
        name = _as_written(draft.name, spelled) if draft.kind == "person" else draft.name
        known = drafts.lex.known.get(actor_id)
        kept = known is not None and known.keep_name  # "European Union" in a story that only says "EU"
        name = _body_as_written(name, spelled) if draft.kind == "organisation" and not kept else name
        aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != name))
        actors[actor_id] = Actor(
            id=actor_id,
            name=name,
            kind=draft.kind,
            provenance=provenance,
            country=draft.country,
            roles=tuple(draft.roles),
            aliases=aliases,
            mentions=mentions,
        )
    every = sorted([*named, *pronouns], key=lambda c: (c.start, c.end))
    index = ActorIndex(
        actors=actors,
        mentions=tuple((Mention(c.start, c.end, c.text), c.id, c.form) for c in every),
        lexicon=drafts.lex,
    )
    return list(actors.values()), index
