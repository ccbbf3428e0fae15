"""The events stage: PLOVER-coded events (type, mode, participants, date, place, status) with evidence.

Triggers and status cues come from ``data/triggers.yaml``. For each trigger in a sentence the stage reads
participants and place off the parse (:mod:`.roles`), dates the event through the time stage
(``date_for_span``), and sets its status (:mod:`.status`). Reports of one event within an article (a
"call" noun beside "spoke", "the call" later on) are merged into the first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from readouts import clause
from readouts.model import Actor, Event, Span
from readouts.nlp import text_of
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at, country_of
from readouts.stages.actors.lexicon import builtin
from readouts.stages.events.dates import (
    by_deadline,
    date_of,
    listed_dates,
    own_date,
    relative_date,
)
from readouts.stages.events.discourse import after, before, dated_from_context
from readouts.stages.events.envoys import envoys_of
from readouts.stages.events.find import triggers_in
from readouts.stages.events.guards import (
    anaphoric,
    anterior,
    asked,
    by_nature,
    called_off,
    for_reason,
    hypothetical,
    negated,
    quoted,
    refused,
    since_then,
    weighed,
)
from readouts.stages.events.lexicon import Trigger, lexicon
from readouts.stages.events.merge import fold_visits, merge_reports, same_event
from readouts.stages.events.named import with_named
from readouts.stages.events.places import place
from readouts.stages.events.roles import (
    agent_of,
    clause_actors,
    participants,
    the_sides,
)
from readouts.stages.events.sides import counterpart, mirrored, object_is_person, per_partner, with_countries
from readouts.stages.events.status import approved, cue_words, status_of, told_ahead
from readouts.stages.events.visits import host_country, invited, inviter, purpose_partners

VERSION = "0.4.69"
_SAID_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "PROTEST", "REQUEST"})
_ONE_SIDED = frozenset({"MOBILIZE", "CONSULT"})  # a drill or a visit needs no counterpart
_AGENTIVE = _SAID_TYPES | {"SUPPORT", "ACCUSE"}
# requests and protests are made to someone: told with no agent ("was urged to", "urging Cairo") the addressee
# is still there (devset: 12 of 18 such matched gold)
_ADDRESSED = frozenset({"REQUEST", "PROTEST"})


# Meetings stay out of this: a president meeting his prime minister over a crisis is coded ("Stubb met
# Orpo"; fifteenth session: 4 of 6 such meetings matched the devset gold).
_BILATERAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})


def _domestic(context: Context, event_type: str, actors: list[Actor]) -> bool:
    """Criticism, requests and support among one country's own actors are politics, not diplomacy."""
    agents = [a for a in actors if a.kind != "country"]  # a state beside its own minister is one side
    if event_type not in _BILATERAL or len(agents) < 2:
        return False
    countries = {a.country if a.kind != "country" else a.id.split(":", 1)[1] for a in actors}
    if None in countries or len(countries) != 1:
        return False
    people = [a for a in agents if a.kind == "person"]
    body = context.article.body
    return sum(1 for a in agents if not any(_titles(body, a, p) or _serves(a, p) for p in people)) >= 2


def _serves(body_actor: Actor, person: Actor) -> bool:
    """Whether a person holds a known role in an organisation ("Naim Qassem", Hezbollah's secretary-general):
    the person speaks for that body, one side with it."""
    names = {body_actor.name, *body_actor.aliases}
    return body_actor.kind == "organisation" and any(r.of in names for r in person.roles)


_TITLE_GAP = re.compile(r"^(?:'s|’s)?\s+(?:[A-Za-z-]+\s+){0,4}$")


def _titles(body: str, body_actor: Actor, person: Actor) -> bool:
    """Whether an organisation is named in a person's title, right before their name ("Vietnam's foreign
    ministry spokeswoman Pham Thu Hang", "Scotland's First Minister John Swinney"): the person's own side."""
    if body_actor.kind != "organisation":
        return False
    return any(
        0 <= p.start - o.end <= 60 and _TITLE_GAP.match(body[o.end : p.start])
        for o in body_actor.mentions
        for p in person.mentions
    )


_MODE_WINDOW = 400  # characters before the trigger's sentence in which mode_from words count


_HOPED = frozenset({"expect", "hope", "plan", "intend", "aim", "want", "seek"})


def _looked_for(token: Token) -> bool:
    """A statement still to be made ("Yellen is expected to press Chinese officials", "hoping to press
    Washington"): its status stays planned or proposed."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in _HOPED


def _mode(token: Token, trigger: Trigger) -> str | None:
    """The trigger's mode, or another one its ``mode_from`` words call for in or just before its sentence."""
    sent = token.sent
    text = text_of(token.doc)[max(0, sent.start_char - _MODE_WINDOW) : sent.end_char].lower()
    words = set(re.findall(r"[a-z]+", text))
    return next((mode for mode, cues in trigger.mode_from if cues & words), trigger.mode)


def _names_place(actor: Actor, where: str, sent: SpacySpan) -> bool:
    """Whether the actor stands in the sentence only as the event's venue ("the summit in The Hague"), not
    also as a party ("the leaders of Japan ... and the United States met in Washington")."""
    here = [m for m in actor.mentions if sent.start_char <= m.start < sent.end_char]
    venue = [m for m in here if m.text == where or where.endswith(m.text)]
    return (bool(venue) or actor.name == where) and len(venue) == len(here)


def _at_home(context: Context, token: Token, where: str) -> bool:
    """Whether the visitor is a person of the country whose place is visited."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)  # not "invited X to visit"
    visitor = agent_of(context, token) if subject is not None else None
    home = builtin().country_code(where)
    return visitor is not None and visitor.kind == "person" and home is not None and visitor.country == home


def _traveller(context: Context, token: Token) -> bool:
    """A person told travelling, arriving or on tour ("Scholz arrived on Thursday evening", "Modi wrapped up
    a two-nation tour"): a visit though no place is named. Not goods, forces or delegations ("the tanks
    would arrive", "the first elements of the force would arrive")."""
    agent = agent_of(context, token)
    return agent is not None and agent.kind == "person"


def _min_actors(trigger: Trigger, actors: list[Actor]) -> int:
    """The trigger's minimum, except that a bloc agrees with itself ("OPEC+ agreed to cut output")."""
    alone = trigger.type == "AGREE" and len(actors) == 1 and actors[0].kind == "organisation"
    return 1 if alone else trigger.min_actors


def _event(
    context: Context, token: Token, trigger: Trigger, earlier: frozenset[str] = frozenset()
) -> Event | None:
    """The event a trigger reports, or None; ``earlier`` holds the types already reported in the article
    (a "the sale" with no date of its own refers back to one of them, and adds nothing)."""
    sent = token.sent
    wants = trigger.object_person or trigger.not_object_person
    if wants and trigger.object_person != object_is_person(context, token):
        return None  # "called Lee" is a call; "welcomed Sisi with a military ceremony" hosts, not supports
    off = trigger.type == "CONSULT" and called_off(token)
    if (trigger.type != "THREATEN" and hypothetical(token, trigger.type)) or (
        negated(token) and not off and not trigger.needs_negation
    ):
        return None
    if quoted(token):
        return None  # events named inside someone's quoted words are their rhetoric, not the record
    if trigger.type == "CONCEDE" and lexicon().promise_cues & set(cue_words(token)[1:]):
        return None  # "agreed to remove restrictions": a commitment (and the deal's AGREE), not done yet
    if refused(token, lexicon().refused_cues):
        return None  # "Iran rejected direct talks": the talks do not take place
    if for_reason(token, lexicon().reason_heads):
        return None  # "sanctioned 12 firms for supplying drones": the alleged supply is no new event
    if by_nature(token, lexicon().natural_forces):
        return None  # "a magnitude 7.3 earthquake struck Port Vila": no party attacks
    if trigger.type == "SANCTION" and "threaten" in cue_words(token)[1:]:
        return None  # "threatened on Sunday to impose tariffs": the threat's own event, whatever its date
    if trigger.type not in _SAID_TYPES and asked(token, lexicon().asked_cues):
        return None  # "demanded that Washington lift sanctions": what is asked for has not happened
    guests = invited(context, token) if trigger.mode == "visit" else None
    targets = trigger.type != "CONSULT" or trigger.bars_infinitive  # a courtesy call's host: "called on X"
    actors = guests or participants(context, token, speaker=trigger.type in _SAID_TYPES, targets=targets)
    if trigger.mode == "visit":
        actors = [*actors, *(a for a in inviter(context, token) if a not in actors)]
    elif (
        trigger.type == "CONSULT" and not actors and token.lemma_.lower() in ("talk", "talks", "negotiation")
    ):
        actors = the_sides(context, token)  # "a further round of talks is expected in Caracas"
    if len(actors) < _min_actors(trigger, actors):
        return None
    if trigger.type in _AGENTIVE - _ADDRESSED and token.pos_ == "VERB" and agent_of(context, token) is None:
        return None  # "tensions threaten to ...", "meet expected demand": no actor does it
    if trigger.type != "CONSULT":
        actors = [*actors, *(a for a in clause_actors(context, token) if a not in actors)]
    if _domestic(context, trigger.type, actors):  # with every party its clause names, none foreign
        return None
    elif trigger.mode != "visit" and len(actors) < 2:  # "made the offer to Zelenskiy in a phone call"
        actors = [
            *actors,
            *(a for a in clause_actors(context, token) if a not in actors and a.kind == "person"),
        ]
    where = place(token, sent, context) or (host_country(context, token) if guests else None)
    if trigger.needs_place and where is None and not _traveller(context, token):
        return None
    if trigger.mode == "visit" and where and _at_home(context, token, where):
        return None  # "Zelensky flew back to Kyiv": a leader at home visits nobody
    if trigger.type == "CONSULT" and where:  # "the summit in The Hague": the venue alone is no party
        others = [a for a in actors if not _names_place(a, where, sent)]
        if not others:
            return None
        actors = others if len(others) >= 2 or any(a.kind == "person" for a in others) else actors
    if trigger.type == "CONSULT":
        actors = [*actors, *envoys_of(context, sent, actors)]
    if trigger.type == "CONSULT" and any(a.kind == "person" for a in actors):
        pairs = [(a.name, a.id) for a in actors]
    else:
        pairs = with_countries(context, actors)
        if trigger.type not in _ONE_SIDED:
            pairs = [*pairs, *counterpart(context, pairs, token.idx)]
    relative = relative_date(context, token)
    speech = trigger.type in _SAID_TYPES | {"AGREE"} and token.pos_ == "VERB"  # "agreed to triple X by 2030"
    speech = speech and not trigger.dated_with_infinitive  # "applied to join in 2021": the applying's date
    date = relative or date_of(context, token, speech=speech, done=trigger.with_words)
    kind = f"{trigger.type}:{trigger.mode}" if trigger.type == "CONSULT" else trigger.type
    when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.verb_of(token).children)
    if anaphoric(token, date if when or relative else own_date(context, token)) and kind in earlier:
        return None  # "during the visit" refers back to a visit, not to a meeting
    if any(c.lower_ == "such" for c in token.children) and trigger.type in earlier:
        return None  # "hosted Wang in March, the first such visit": the hosting already told it
    status = status_of(token, trigger.type, lexicon(), date, context.article.published)
    if weighed(token):
        status = "proposed"  # "is weighing whether to boycott the summit"
    elif off:
        status = "cancelled"  # "would not travel to Washington this week": the planned visit is off
    elif trigger.type in _SAID_TYPES | _AGENTIVE and status != "cancelled" and not _looked_for(token):
        ahead = trigger.type in _ADDRESSED and status == "planned" and clause.is_future(clause.verb_of(token))
        status = "planned" if ahead else "occurred"  # a threat, demand or accusation is made in the saying;
        # "officials said he would ask Qatar to ...": not yet; "threatened a tariff from Nov. 1": not its day
        date = None if status == "occurred" and after(date, context) else date
    elif trigger.type == "AGREE" and status == "planned" and not after(date, context):
        status = "occurred"  # "agreed to hold talks next month": the agreement is made; the talks are planned
    if (
        status == "planned"
        and before(date, context)
        and not told_ahead(token)
        and not approved(token, trigger.type, lexicon())
    ):
        status = "occurred"  # "a call on March 18, in which Putin agreed to halt strikes": a day gone by
    if trigger.planned:
        status = "planned"  # "requested an emergency session of the Security Council"
    if trigger.type == "CONCEDE" and status in ("planned", "proposed"):
        return None  # "will cut the tariff to 10%": a pledge (a commitment), not yet a concession
    date = by_deadline(context, token, date, speech=speech)
    event = Event(
        type=trigger.type,
        evidence=Span(sent.start_char, sent.end_char),
        provenance=STAGE.provenance,
        mode=_mode(token, trigger),
        participants=tuple(name for name, _ in pairs),
        participant_ids=tuple(ident for _, ident in pairs),
        date=date,
        status=status,
        location=where,
        context=trigger.context,
        trigger=token.text,
    )
    return _as_threat(context, token, event)


_THREATENED_ACTS = frozenset({"COERCE"})  # (SANCTION: below, when planned; ASSAULT: 2 matches lost)


def _as_threat(context: Context, token: Token, event: Event) -> Event | None:
    """A sanction someone says will come ("Trump said the U.S. would impose a 100% tariff"), or a sanction or
    coercive step a speaker says his state is ready to take, is a threat, made when the words were said, by
    the speaker as well as the state."""
    if event.type not in ("SANCTION", *_THREATENED_ACTS):
        return event
    cues = cue_words(token)
    ready = event.status == "proposed" and bool(lexicon().readiness_cues & set(cues))
    planned_sanction = (event.type == "SANCTION" and event.status == "planned") or ready
    # ("said Vilnius was ready to close its crossings": a threat made)
    threatened = bool(lexicon().threat_cues & set(cues[1:]))
    verb = clause.verb_of(token)  # the trigger, or the verb whose object it is ("to impose a tariff")
    if threatened and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "Trump's threat last week to impose a tariff": the threat's event, in any tense
    if not planned_sanction and event.type not in _THREATENED_ACTS:
        return event
    if threatened:
        return (
            None  # "threatened to impose tariffs", "has threatened fresh blockades": the threat's own event
        )
    if not planned_sanction:
        return event
    said = clause.speaker_of(token)
    if said is None:
        return event
    speaker = actor_at(context, said.idx, said.idx + len(said))
    side = country_of(context, speaker.id) if speaker is not None else None
    if (side is None and not ready) or (
        side is not None and f"country:{side}" not in event.participant_ids[:2]
    ):
        return event  # an analyst's expectation of another state's sanction is no threat
    names, ids = list(event.participants), list(event.participant_ids)
    if speaker is not None and speaker.id not in ids:
        names.insert(0, speaker.name)
        ids.insert(0, speaker.id)
    return replace(
        event,
        type="THREATEN",
        mode=event.mode if ready else "economic",
        participants=tuple(names),
        participant_ids=tuple(ids),
        date=date_of(context, said.head, speech=True),
        status="occurred",
    )


_ROUNDS = frozenset({"CONSULT", "ASSAULT", "MOBILIZE", "AGREE", "SANCTION", "CONCEDE"})


def _per_date(context: Context, token: Token, events: list[Event]) -> list[Event]:
    """One event per listed date: "talks in Istanbul on May 16, June 2 and July 23" are three rounds."""
    if not events or events[0].type not in _ROUNDS or events[0].date is None:
        return events
    speech = events[0].type in _SAID_TYPES and token.pos_ == "VERB"
    others = listed_dates(context, token, speech=speech)
    return [*events, *(replace(e, date=d) for d in others for e in events)]


def _talks(context: Context, token: Token, event: Event) -> list[Event]:
    """The meeting a trip is made for ("to travel to China in May to push the issue with Wang Wentao"): one
    more event, a meeting of the traveller and the people named in the trip's purpose."""
    if event.mode != "visit" or token.pos_ != "VERB":
        return []
    hosts = [a for a in purpose_partners(context, token) if a.id not in event.participant_ids]
    if not hosts:
        return []
    return [
        replace(
            event,
            mode="meeting",
            participants=(*event.participants, *(a.name for a in hosts)),
            participant_ids=(*event.participant_ids, *(a.id for a in hosts)),
        )
    ]


def _kinds(event: Event) -> tuple[str, ...]:
    """What an event can be referred back to as: its type and mode ("the visit"); a video call is also
    "the call" and "the conversation"."""
    kinds = (event.type, f"{event.type}:{event.mode}")
    return (*kinds, "CONSULT:call") if event.type == "CONSULT" and event.mode == "virtual" else kinds


def extract(doc: Doc, context: Context) -> Sequence[Event]:
    lex = lexicon()
    events: list[Event] = []
    since: set[tuple[int, str | None]] = set()  # undated "since their meeting": an earlier event
    seen: frozenset[str] = frozenset()  # the kinds told so far, rebuilt only when the events change
    for sent in doc.sents:
        done: set[int] = set()
        for token, trigger in triggers_in(sent, lex):
            event = None if token.i in done else _event(context, token, trigger, seen)
            if event is None:
                continue
            if not trigger.planned:  # "requested an emergency session": the request is an event as well
                done.add(token.i)
            if event.date is None and (since_then(token) or anterior(context, token)):
                since.add((event.evidence.start, event.trigger))
            siblings = len(events)  # the events of one listed split never merge with one another
            split = [*per_partner(context, token, event), *_talks(context, token, event)]
            for one in _per_date(context, token, mirrored(token, split)):
                twin = next((i for i, e in enumerate(events[:siblings]) if same_event(context, e, one)), None)
                if twin is None:
                    events.append(one)
                else:
                    events[twin] = merge_reports(events[twin], one)
            seen = frozenset(k for e in events for k in _kinds(e))
    earlier = frozenset(
        i for i, e in enumerate(events) if e.date is None and (e.evidence.start, e.trigger) in since
    )
    return with_named(context, fold_visits(dated_from_context(events, context, doc, earlier)), doc)


STAGE = Stage(name="events", version=VERSION, provides="events", needs=("timexes", "actors"), run=extract)
