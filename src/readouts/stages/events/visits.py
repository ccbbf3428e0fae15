"""Who a visit brings together beyond the verb's own arguments: the guest of an offered visit, the host who
invited them, the people a trip is made to see, and the host's country as the place of an offered visit."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import actor_by_id, country_of
from readouts.stages.events.roles import head_actor, their
from readouts.stages.events.status import cue_words

_OFFER = frozenset({"offer", "invite", "invitation", "propose"})


def invited(context: Context, trigger: Token) -> list[Actor] | None:
    """For a visit that is offered ("invited Xi to visit", "an offer for a state visit"), the visitor: the
    one invited, else the other party of the last two people named. None where the visit is not offered."""
    cues = cue_words(trigger)
    if "accept" in cues or not _OFFER & set(cues):
        return None
    offer = next((g for g in clause.governors(trigger, limit=3) if g.lemma_.lower() in _OFFER), None)
    if offer is not None:
        guest = next((c for c in offer.children if c.dep_ in ("dobj", "dative")), None)
        if guest is not None and guest is not trigger and guest.head.i == offer.i:
            actor = head_actor(context, guest)
            if actor is not None:
                return [actor]
    host = clause.subject(clause.verb_of(trigger))
    host_actor = head_actor(context, host) if host is not None else None
    others = [a for a in their(context, trigger) if host_actor is None or a.id != host_actor.id]
    return others[:1] or None


def inviter(context: Context, trigger: Token) -> list[Actor]:
    """Who invited the visitor, where an invitation names them ("accepted an invitation from King Salman
    to visit Riyadh"): the host takes part in the visit."""
    for gov in clause.governors(trigger, limit=3):
        if gov.lemma_.lower() not in ("invitation", "invite"):
            continue
        froms = (p for p in gov.children if p.dep_ == "prep" and p.lower_ == "from")
        found = [head_actor(context, o) for p in froms for o in p.children if o.dep_ == "pobj"]
        found += [head_actor(context, c) for c in gov.children if c.dep_ == "poss"]  # "Trump's invitation"
        return [a for a in found if a is not None]
    return []


def purpose_partners(context: Context, trigger: Token) -> list[Actor]:
    """People a traveller goes to see, named in the trip's purpose ("plans to travel to China in May to
    push the issue with Commerce Minister Wang Wentao")."""
    found: list[Actor] = []
    for purpose in (c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in purpose.children):
            continue
        heads = [purpose, *(c for c in purpose.children if c.dep_ == "dobj")]  # "discuss access with X"
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                actor = head_actor(context, pobj)
                if actor is not None and actor.kind == "person" and actor not in found:
                    found.append(actor)
    return found


def host_country(context: Context, trigger: Token) -> str | None:
    """The offering side's country name, the place of an offered visit where the text names none."""
    host = clause.subject(clause.verb_of(trigger))
    actor = head_actor(context, host) if host is not None else None
    code = country_of(context, actor.id) if actor is not None else None
    named = actor_by_id(context, f"country:{code}") if code else None
    return named.name if named else None
