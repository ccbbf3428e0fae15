"""The sides of a state-level event: the states the people act for, the other side of a one-sided act,
and one event per state where a deal or a tariff lists several."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor, Event
from readouts.nlp import text_of
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, actor_by_id, body_of, country_of, mentions_in
from readouts.stages.actors.lexicon import builtin
from readouts.stages.events.lexicon import lexicon


def with_countries(context: Context, actors: list[Actor]) -> list[tuple[str, str]]:
    """(name, id) pairs: the actors, then the countries of the people among them (state-level events), or
    the body a person acts for (NATO's secretary general for NATO, Ontario's premier for Ontario)."""
    pairs = [(a.name, a.id) for a in actors]
    ids = {a.id for a in actors}
    for actor in actors:
        body = body_of(context, actor)
        if body is not None:
            if body[1] not in ids:
                ids.add(body[1])
                pairs.append(body)
            continue
        code = country_of(context, actor.id) if actor.kind != "country" else None
        key = f"country:{code}"
        if code and key not in ids:
            ids.add(key)
            named = actor_by_id(context, key) or builtin().known.get(key)
            pairs.append((named.name if named else code, key))
    return pairs


def counterpart(context: Context, pairs: list[tuple[str, str]], before: int) -> list[tuple[str, str]]:
    """For a directed event whose named parties all stand on one side ("Manila rejected the claim",
    "Seoul condemned the launch"): the other side, the country the article has named most before it
    other than that one. Nothing when two sides are named already or the article names no other."""
    sides = {country_of(context, ident) or ident for _, ident in pairs}
    sides = {s.split(":", 1)[1] if s.startswith("country:") else s for s in sides}
    if len(sides) > 1:  # a spokesperson of no known country does not make a second side
        sides = {s for s in sides if not s.startswith("person:")} or sides
    if len(sides) != 1:
        return []
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for _, actor in mentions_in(context, 0, before):
        if actor.kind == "country":
            side = actor.id.split(":", 1)[1]
        elif actor.kind == "organisation" and actor.country is None:
            side = actor.id  # a bloc or an international body ("the EU", "NATO")
        else:
            continue
        if side not in sides:
            counts[side] = counts.get(side, 0) + 1
            names[side] = actor.name
    if not counts:
        return []
    side = max(counts, key=lambda k: counts[k])
    ident = side if ":" in side else f"country:{side}"
    return [(names[side], ident)]


_SPLIT_TYPES = frozenset({"AGREE", "SANCTION", "AID"})
_PARTNER_LIST_PREPS = frozenset({"with", "on", "against", "to"})


# "the UAE and Germany each pledged $100 million": one pledge per donor; "Japan and Canada condemned the
# boarding": one accusation per accuser (each its own voice)
_DONOR_TYPES = frozenset({"AID", "ACCUSE"})


def per_partner(context: Context, trigger: Token, event: Event) -> list[Event]:
    """ "signed deals with Malaysia, Japan and South Korea", "tariffs on Canada, Mexico and China": one
    event per listed state, each with the parties that are not in the list; aid given by several states
    named together is one event per donor."""
    verb = clause.verb_of(trigger)
    if event.type == "CONSULT" and trigger.pos_ == "VERB" and trigger.lemma_ == "meet":
        guests = next((c for c in trigger.children if c.dep_ == "dobj"), None)  # "met Pan and Lan": two
        people = _listed(context, guests, "person") if guests is not None else []
        return _split(event, people) if len(people) >= 2 else [event]
    if event.type == "CONSULT" and event.mode == "call":  # "on the phone with Sharif, Munir and Jaishankar"
        return _split_calls(context, trigger, verb, event)
    if event.type == "CONSULT" and event.mode == "visit":  # "visited Kinshasa and Kigali": two visits
        return _split_visits(context, trigger, verb, event)
    if event.type in _DONOR_TYPES:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        donors = _listed_states(context, subject) if subject is not None else []
        return _split(event, donors, first=True) if len(donors) >= 2 else [event]
    if event.type not in _SPLIT_TYPES:
        return [event]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for head in (trigger, verb, trigger.head, *objects):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in _PARTNER_LIST_PREPS):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            listed = _listed_states(context, pobj) if pobj is not None else []
            if len(listed) >= 2:
                return _split(event, listed)
    return [event]


def _split_calls(context: Context, trigger: Token, verb: Token, event: Event) -> list[Event]:
    """A call with several people listed ("spoke by phone with Sharif, Munir and Jaishankar"): one call
    with each of them."""
    for head in (trigger, verb):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "with"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            people = _listed(context, pobj, "person") if pobj is not None else []
            if len(people) >= 2:
                return _split(event, people)
    return [event]


def _split_visits(context: Context, trigger: Token, verb: Token, event: Event) -> list[Event]:
    """A visit to several places listed ("visited Kinshasa and Kigali", "travels to Brunei and Singapore"):
    one visit to each, at that place."""
    for head in (trigger, verb):
        for child in head.children:
            to = child.dep_ == "prep" and child.lower_ == "to"
            if not (to or (child.dep_ == "dobj" and head.lemma_ == "visit")):
                continue
            place = next((g for g in child.children if g.dep_ == "pobj"), None) if to else child
            if place is None or not place.conjuncts:
                continue
            listed = _listed_states(context, place)
            if len(listed) == len(place.conjuncts) + 1:
                names = [_place_name(t) for t in (place, *place.conjuncts)]
                return [replace(e, location=n) for e, n in zip(_split(event, listed), names, strict=True)]
    return [event]


def _place_name(token: Token) -> str:
    """The place a token names, as the entity around it has it ("North Korea"), without "the"."""
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    text = ent.text if ent is not None else token.text
    return text[4:] if text.lower().startswith("the ") else text


def _listed_states(context: Context, pobj: Token) -> list[tuple[str, str]]:
    return _listed(context, pobj, "country")


def _listed(context: Context, pobj: Token, kind: str) -> list[tuple[str, str]]:
    """The (name, id) of each actor a list names, all of one kind, or none."""
    found: dict[str, str] = {}
    for part in [pobj, *pobj.conjuncts]:
        actor = actor_at(context, part.idx, part.idx + len(part))
        if actor is None or actor.kind != kind:
            return []
        found.setdefault(actor.id, actor.name)
    return [(name, ident) for ident, name in found.items()]


def _split(event: Event, listed: list[tuple[str, str]], *, first: bool = False) -> list[Event]:
    """One event per listed actor, with the parties not listed; the listed one leads where it is the subject
    (``first``: a donor, an accuser), else it follows them (a partner, a target)."""
    pairs = list(zip(event.participants, event.participant_ids, strict=False))
    ids = {ident for _, ident in listed}
    rest = [(n, i) for n, i in pairs if i not in ids]
    out = []
    for actor_name, ident in listed:
        name = next((n for n, i in pairs if i == ident), actor_name)  # the event's spelling, else the actor's
        chosen = [(name, ident), *rest] if first else [*rest, (name, ident)]
        out.append(
            replace(
                event,
                participants=tuple(n for n, _ in chosen),
                participant_ids=tuple(i for _, i in chosen),
            )
        )
    return out


def object_is_person(context: Context, token: Token) -> bool:
    """Whether the trigger acts on a person: a verb's object or passive subject, the noun a participle
    describes ("Marc Fogel, freed from a Russian prison"), a noun's "of" ("the release of Marc Fogel")."""
    patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and token.dep_ == "conj" and any(c.dep_ == "auxpass" for c in token.children):
        # "Putin landed before dawn and was welcomed with a ceremony": the passive shares the subject
        patients = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not patients:  # "called U.S. President Donald Trump" parsed as naming him: the person is the object
        patients = [c for c in token.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
    if not patients:  # "called on President Marcos at the palace"
        preps = [token] if token.dep_ == "prep" else list(token.children)
        patients = [g for c in preps if c.lower_ in ("on", "upon") for g in c.children if g.dep_ == "pobj"]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        patients.append(token.head)
    if token.pos_ == "NOUN":  # "the release of Marc Fogel"
        patients.extend(g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    for patient in patients:
        actor = actor_at(context, patient.idx, patient.idx + len(patient))
        if actor is not None and actor.kind == "person":
            return True
        if patient.lower_ in lexicon().person_nouns and _whose(context, patient):
            return True  # "called Iranian officials", "phoned his Chinese counterpart"
    return False


def _whose(context: Context, noun: Token) -> bool:
    """Whether an actor says whose a role noun is ("Iranian officials", "Japan's foreign minister")."""
    return any(actor_at(context, t.idx, t.idx + len(t)) is not None for t in noun.lefts)


_RECIPROCAL = re.compile(r"\b(?:each other|one another|of the other|the other['’]s)\b", re.IGNORECASE)
_MIRRORED_TYPES = frozenset({"SANCTION", "ACCUSE"})


def mirrored(trigger: Token, events: list[Event]) -> list[Event]:
    """A tit-for-tat act told once ("each country expelled a diplomat of the other", "accused each other")
    is two acts, one each way: the event and its mirror, the first two parties swapped."""
    acts = [e for e in events if e.type in _MIRRORED_TYPES and len(e.participants) >= 2]
    if not acts:
        return events
    verb = clause.verb_of(trigger)
    each = any(c.lower_ == "each" for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.children))
    end = verb.right_edge.idx + len(verb.right_edge)
    if not each and not _RECIPROCAL.search(text_of(verb.doc)[verb.left_edge.idx : end]):
        return events
    out = list(events)
    for e in acts:
        names, ids = list(e.participants), list(e.participant_ids)
        names[:2], ids[:2] = names[1::-1], ids[1::-1]
        out.append(replace(e, participants=tuple(names), participant_ids=tuple(ids)))
    return out
