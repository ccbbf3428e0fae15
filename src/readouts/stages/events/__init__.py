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
from readouts.nlp import subtree_chars, text_of
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at, country_of
from readouts.stages.events.dates import (
    by_deadline,
    date_of,
    listed_dates,
    own_date,
    perfect_month,
    relative_date,
)
from readouts.stages.events.discourse import after, dated_from_context
from readouts.stages.events.find import triggers_in
from readouts.stages.events.lexicon import Trigger, lexicon
from readouts.stages.events.merge import fold_visits, merge_reports, same_event
from readouts.stages.events.named import with_named
from readouts.stages.events.places import place
from readouts.stages.events.roles import (
    agent_of,
    clause_actors,
    envoys_of,
    host_country,
    invited,
    inviter,
    participants,
    purpose_partners,
    speaker_of,
    the_sides,
)
from readouts.stages.events.sides import counterpart, object_is_person, per_partner, with_countries
from readouts.stages.events.status import cue_words, status_of
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import TimeIndex

VERSION = "0.4.0"
_SAID_TYPES = frozenset({"THREATEN", "ACCUSE", "REJECT", "PROTEST", "REQUEST"})
_ONE_SIDED = frozenset({"MOBILIZE", "CONSULT"})  # a drill or a visit needs no counterpart
_AGENTIVE = _SAID_TYPES | {"SUPPORT", "ACCUSE"}
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})


_BILATERAL = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "CONSULT"})


def _domestic(context: Context, event_type: str, actors: list[Actor]) -> bool:
    """Meetings, criticism, requests and support among one country's own actors are politics, not
    diplomacy."""
    agents = [a for a in actors if a.kind != "country"]  # a state beside its own minister is one side
    if event_type not in _BILATERAL or len(agents) < 2:
        return False
    countries = {a.country if a.kind != "country" else a.id.split(":", 1)[1] for a in actors}
    return None not in countries and len(countries) == 1


_AFTER = frozenset({"since", "after", "following", "during"})


_CONDITIONS = frozenset({"if", "unless", "whether"})
_ATTEND = frozenset({"attend", "hold", "join", "host", "make"})


_MAYBE = frozenset({"could", "would", "might", "may", "can"})
_WARDED = frozenset({"against", "deter", "prevent", "avert", "repel", "counter", "cover"})
_FORCE = frozenset({"ASSAULT", "COERCE"})


def _hypothetical(token: Token, event_type: str) -> bool:
    """ "if China attacked Taiwan": an event in a condition has not happened (a threat may still be made);
    nor has force that only "could trigger" something or that arms are bought to "defend against"."""
    verb = clause.verb_of(token)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children) and not _weighed(token):
        return True
    if event_type != "SANCTION" and _consequence(verb):
        return True  # "Ireland would arrest Netanyahu if he travelled there"
    if event_type not in _FORCE or token.pos_ != "NOUN":
        return False
    return (
        bool(clause.auxiliaries(verb) & _MAYBE)
        or token.head.lemma_.lower() in _WARDED
        or _subject_of_maybe(token)
    )


def _consequence(verb: Token) -> bool:
    """A verb told with "would" or "could" as following from a condition ("would arrest him if he came")."""
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )
    return conditioned and bool(clause.auxiliaries(verb) & _MAYBE)


def _weighed(token: Token) -> bool:
    """ "weighing whether to boycott the summit": an act under consideration, proposed (not a condition)."""
    if token.pos_ != "VERB":
        return False  # "whether to attend the summit": the summit itself is no proposal
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return "whether" in marks and "to" in clause.auxiliaries(token)


def _subject_of_maybe(noun: Token) -> bool:
    """ "said an armed attack on its vessels would invoke the treaty": the parse makes the attack the
    object of "said" and leaves "would invoke" without a subject; the attack is only a condition."""
    if noun.dep_ != "dobj":
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > noun.i
        and not any(g.dep_ in clause.SUBJECTS for g in c.children)
        and clause.auxiliaries(c) & _MAYBE
        for c in noun.head.children
    )


_LACKING = frozenset({"lack", "omit"})
_NEGATABLE = frozenset({"dobj", "pobj", "pcomp", "prep", "xcomp", "nsubjpass", "compound", "amod"})


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


_QUOTED_WORDS = 6  # a quoted fragment this short ("strongly condemns") is the reporter's sentence's verb


def _quoted(token: Token) -> bool:
    """Whether the trigger stands inside a quoted passage of some length (an odd number of quote marks
    before it in its paragraph, and at least ``_QUOTED_WORDS`` words between the marks around it)."""
    text = text_of(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    marks = [i for i in range(start, token.idx) if text[i] in _QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return False
    ends = [text.find(q, token.idx) for q in _QUOTE_MARKS]
    end = min((e for e in ends if e != -1), default=len(text))
    return len(text[marks[-1] : end].split()) >= _QUOTED_WORDS


def _negated(token: Token) -> bool:
    """ "no meeting was planned", "did not reach a deal", "met without reaching a ceasefire"."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children):
        return True  # "no meeting was planned", "any deployment would be a target"
    if token.pos_ == "VERB" and any(
        c.dep_ in ("nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in token.children
    ):
        return True  # "no combat troops would be sent", "has sent no troops"
    if token.head.lower_ == "of" and token.head.head.lower_ in ("free", "exempt", "clear"):
        return True  # "wine can enter free of punitive duties"
    current = token
    for _ in range(4):
        if any(c.dep_ == "neg" for c in current.children) or current.lower_ == "without":
            return True
        if current.dep_ == "dobj" and current.head.lemma_ in _LACKING:
            return True  # "the text lacked a condemnation of Hamas"
        if current.dep_ not in _NEGATABLE or current.head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in ("since", "after"):
            return False  # "have not spoken since a phone call on January 17": the call took place
        current = current.head
    return False


_CONTENT = frozenset({"xcomp", "ccomp", "dobj"})


def _called_off(token: Token) -> bool:
    """A visit or meeting that "will not" or "would not" take place: one that was planned, now off."""
    verb = token if token.pos_ == "VERB" else token.head
    if verb != token and (token.dep_ != "dobj" or verb.lemma_.lower() not in _ATTEND):
        return False  # "will not attend the summit", not "did not say when the summit would be"
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS | {"until"} for m in c.children)
        for c in verb.children
    ):
        return False  # "would not meet Biden unless ...": a condition, not a cancellation
    return bool(clause.auxiliaries(verb) & {"will", "would", "wo"})


def _for_reason(token: Token, heads: frozenset[str]) -> bool:
    """Whether the trigger stands in the "for ..." reason of a sanction or accusation, or in what someone
    is accused of ("accused Ukraine of attacking the plant")."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    head = prep.head.lemma_.lower()
    return (prep.lower_ == "for" and head in heads) or (prep.lower_ == "of" and head in _ACCUSING)


_ACCUSING = frozenset({"accuse", "suspect", "charge", "convict"})


def _since_then(token: Token) -> bool:
    """ "since their meeting", "since the summit": a definite event noun marking the start of a period."""
    definite = [c for c in token.children if c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE]
    if token.pos_ != "NOUN" or not definite:
        return False
    first = min(c.i for c in definite)  # also where the parser makes "since" a clause's mark
    return token.head.lower_ == "since" or (first > 0 and token.doc[first - 1].lower_ == "since")


_DEFINITE = frozenset({"the", "their", "its", "his", "her", "that", "this"})


def _anterior(context: Context, token: Token) -> bool:
    """An event spread over a past period named in its clause ("over the past year they kept in touch
    through calls and a meeting") happened before the news, on no day its context gives. (A past perfect
    alone says too little: "Wheeler had earlier been summoned" was the same day.)"""
    verb = clause.verb_of(token)
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return False
    spans = [
        subtree_chars(c)
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod") and token not in c.subtree
    ]
    if not spans:
        return False
    text = text_of(token.doc)
    return any(
        m.type == "DURATION"
        and _LOOKING_BACK.search(text[m.start : m.end])
        and any(a <= m.start < b for a, b in spans)
        for m in index.within(min(a for a, _ in spans), max(b for _, b in spans))
    )


_LOOKING_BACK = re.compile(r"\b(?:past|last|recent|previous)\b", re.IGNORECASE)  # "over the past year"


def _refused(token: Token, cues: frozenset[str]) -> bool:
    """ "Iran rejected direct talks", "Hungary vetoed the sanctions package": what is refused does not
    happen."""
    noun = token.head if token.dep_ == "compound" else token
    return token.pos_ == "NOUN" and noun.dep_ == "dobj" and bool(set(clause.lemma_forms(noun.head)) & cues)


def _asked(token: Token, cues: frozenset[str]) -> bool:
    """Whether the trigger stands in what a request asks for ("urged Moscow to release ...", "demanded
    the release of ..."), not merely beside it ("in a call on Friday, Trump pressed for ...")."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        if current.dep_ in _CONTENT and set(clause.lemma_forms(current.head)) & cues:
            return True
        if _called_for(current):
            return True  # "called on Israel to rescind the order", "calls for the plant to be returned"
        current = current.head
    return False


def _called_for(clause_verb: Token) -> bool:
    """An infinitive or "for" clause under "call on X" / "call for" ("called on Israel to rescind")."""
    head = clause_verb.head
    if head.lemma_.lower() != "call" or head.pos_ != "VERB":
        return False
    on = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in head.children)
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause_verb.children)
    infinitive = clause_verb.dep_ in ("xcomp", "advcl") and "to" in clause.auxiliaries(clause_verb)
    return (infinitive and on) or (clause_verb.dep_ == "advcl" and marked)


def _anaphoric(token: Token, date: str | None) -> bool:
    """'the call' with no date of its own, or 'since the summit', refers back to an event already
    reported."""
    restricted = any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in token.children) or any(
        c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" for c in token.children
    )  # "the NATO summit": named by its holder, not a reference back
    return (
        token.pos_ == "NOUN"
        and (date is None or token.head.lower_ in _AFTER)
        and any(c.dep_ == "det" and c.lower_ in _ANAPHORIC for c in token.children)
        and not restricted  # "raised the levy on Canadian lumber": new, however definite
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
    if trigger.object_person and not object_is_person(context, token):
        return None
    called_off = trigger.type == "CONSULT" and _called_off(token)
    if (trigger.type != "THREATEN" and _hypothetical(token, trigger.type)) or (
        _negated(token) and not called_off and not trigger.needs_negation
    ):
        return None
    if _quoted(token):
        return None  # events named inside someone's quoted words are their rhetoric, not the record
    if trigger.type == "CONCEDE" and lexicon().promise_cues & set(cue_words(token)[1:]):
        return None  # "agreed to remove restrictions": a commitment (and the deal's AGREE), not done yet
    if _refused(token, lexicon().refused_cues):
        return None  # "Iran rejected direct talks": the talks do not take place
    if _for_reason(token, lexicon().reason_heads):
        return None  # "sanctioned 12 firms for supplying drones": the alleged supply is no new event
    if trigger.type == "SANCTION" and "threaten" in cue_words(token)[1:]:
        return None  # "threatened on Sunday to impose tariffs": the threat's own event, whatever its date
    if trigger.type not in _SAID_TYPES and _asked(token, lexicon().asked_cues):
        return None  # "demanded that Washington lift sanctions": what is asked for has not happened
    guests = invited(context, token) if trigger.mode == "visit" else None
    actors = guests or participants(
        context, token, speaker=trigger.type in _SAID_TYPES, targets=trigger.type != "CONSULT"
    )
    if trigger.mode == "visit":
        actors = [*actors, *(a for a in inviter(context, token) if a not in actors)]
    elif (
        trigger.type == "CONSULT" and not actors and token.lemma_.lower() in ("talk", "talks", "negotiation")
    ):
        actors = the_sides(context, token)  # "a further round of talks is expected in Caracas"
    if len(actors) < _min_actors(trigger, actors) or _domestic(context, trigger.type, actors):
        return None
    if trigger.type in _AGENTIVE and token.pos_ == "VERB" and agent_of(context, token) is None:
        return None  # "tensions threaten to ...", "meet expected demand": no actor does it
    if trigger.type != "CONSULT":
        actors = [*actors, *(a for a in clause_actors(context, token) if a not in actors)]
    elif trigger.mode != "visit" and len(actors) < 2:  # "made the offer to Zelenskiy in a phone call"
        actors = [
            *actors,
            *(a for a in clause_actors(context, token) if a not in actors and a.kind == "person"),
        ]
    where = place(token, sent, context) or (host_country(context, token) if guests else None)
    if trigger.needs_place and where is None:
        return None
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
    date = relative or date_of(context, token, speech=speech, done=trigger.with_words)
    kind = f"{trigger.type}:{trigger.mode}" if trigger.type == "CONSULT" else trigger.type
    when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.verb_of(token).children)
    if _anaphoric(token, date if when or relative else own_date(context, token)) and kind in earlier:
        return None  # "during the visit" refers back to a visit, not to a meeting
    if any(c.lower_ == "such" for c in token.children) and trigger.type in earlier:
        return None  # "hosted Wang in March, the first such visit": the hosting already told it
    status = status_of(token, trigger.type, lexicon(), date, context.article.published)
    if _weighed(token):
        status = "proposed"  # "is weighing whether to boycott the summit"
    elif called_off:
        status = "cancelled"  # "would not travel to Washington this week": the planned visit is off
    elif trigger.type in _SAID_TYPES | _AGENTIVE and status != "cancelled" and not _looked_for(token):
        status = "occurred"  # a threat, demand or accusation is made in the saying
    elif trigger.type == "AID" and status == "planned" and not after(date, context):
        status = "occurred"  # "will send 14 tanks": the pledge of aid is the act
    elif trigger.type == "AGREE" and status in ("planned", "proposed") and not after(date, context):
        status = "occurred"  # "agreed to hold talks next month": the agreement is made; the talks are planned
    if trigger.type == "CONCEDE" and status in ("planned", "proposed"):
        return None  # "will cut the tariff to 10%": a pledge (a commitment), not yet a concession
    if date is None and status == "occurred":
        date = perfect_month(token, context.article.published)
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


def _as_threat(context: Context, token: Token, event: Event) -> Event | None:
    """A sanction someone says will come ("Trump said the U.S. would impose a 100% tariff") is a threat,
    made when the words were said, by the speaker as well as the state."""
    if event.type != "SANCTION" or event.status != "planned":
        return event
    if lexicon().threat_cues & set(cue_words(token)[1:]):
        return None  # "threatened to impose tariffs": the threat verb's own event
    said = speaker_of(token)
    if said is None:
        return event
    speaker = actor_at(context, said.idx, said.idx + len(said))
    side = country_of(context, speaker.id) if speaker is not None else None
    if side is None or f"country:{side}" not in event.participant_ids[:2]:
        return event  # an analyst's expectation of another state's sanction is no threat
    names, ids = list(event.participants), list(event.participant_ids)
    if speaker is not None and speaker.id not in ids:
        names.insert(0, speaker.name)
        ids.insert(0, speaker.id)
    return replace(
        event,
        type="THREATEN",
        mode="economic",
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
            done.add(token.i)
            if event.date is None and (_since_then(token) or _anterior(context, token)):
                since.add((event.evidence.start, event.trigger))
            siblings = len(events)  # the events of one listed split never merge with one another
            for one in _per_date(
                context, token, [*per_partner(context, token, event), *_talks(context, token, event)]
            ):
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
