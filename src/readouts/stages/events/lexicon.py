"""The events lexicon (``data/triggers.yaml``): triggers by lemma or phrase, and status cue words."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from readouts.errors import LexiconError
from readouts.model import PLOVER_TYPES


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    context: str | None
    min_actors: int
    lemma: str | None = None
    phrase: tuple[str, ...] = ()
    pos: str | None = None
    with_words: frozenset[str] = frozenset()
    exclude_prev: frozenset[str] = frozenset()
    exclude_next: frozenset[str] = frozenset()
    needs_place: bool = False
    require_country: bool = False
    object_person: bool = False
    not_object_person: bool = False  # "welcomed the decision", not "welcomed Kishida to the White House"
    mode_from: tuple[tuple[str, frozenset[str]], ...] = ()
    first_pos: str | None = None
    not_xcomp: frozenset[str] = frozenset()
    needs_complement: bool = False
    not_object: frozenset[str] = frozenset()
    not_governor: frozenset[str] = frozenset()
    object_of: frozenset[str] = frozenset()
    self_future: bool = False
    objects: frozenset[str] = frozenset()  # the verb's object (or passive subject) must be one of these
    with_near: bool = False  # ``with`` words may stand in the sentence before or after the trigger's
    not_prep: frozenset[str] = frozenset()  # prepositions the verb must not take ("lifted duties to 50%")
    needs_prep: frozenset[str] = frozenset()  # the verb must take one of these prepositions
    clause_words: frozenset[str] = frozenset()  # a word of these in the verb's future clause ("would face
    # consequences")
    needs_infinitive: bool = False  # "called on Iran to halt", not "called on the president at the palace"
    bars_infinitive: bool = False  # "called on the president at the palace", not "called on Iran to halt"
    needs_negation: bool = False  # "would not accept the deal": the refusal is the event
    subjects: frozenset[str] = frozenset()  # the verb's subject must be one of these ("troops left")
    modifiers: frozenset[str] = frozenset()  # a word that must modify the noun ("joint exercises", "exercises
    # with the Guyana Defence Force")
    complements: frozenset[str] = frozenset()  # what a verb of naming calls its object ("a provocation")
    clause_heads: frozenset[str] = frozenset()  # the reported clause's verb, or what "be" says it is
    planned: bool = False  # the trigger asks for the event ("requested an emergency session"): still to come
    modal: bool = False  # the lemma is a modal ("should"): the event is the reported verb it governs
    dated_with_infinitive: bool = False  # "applied to join the OECD in 2024": that date is the verb's
    intransitive: bool = False  # no direct object ("EU ambassadors met in Brussels", "was met by Mirziyoyev")


@dataclass(frozen=True)
class Lexicon:
    by_lemma: dict[str, tuple[Trigger, ...]]
    phrases: tuple[Trigger, ...]
    status: tuple[tuple[str, frozenset[str]], ...]  # (status, cue lemmas) in priority order
    threat_cues: frozenset[str] = frozenset()  # verbs under which a sanction is only threatened
    readiness_cues: frozenset[str] = frozenset()  # "said it was ready to close its border": a threat made
    asked_cues: frozenset[str] = frozenset()  # verbs under which an event is only asked for
    promise_cues: frozenset[str] = frozenset()  # verbs under which a concession is only promised
    approval_cues: frozenset[str] = frozenset()  # verbs allowing an act not yet done
    sequence_verbs: frozenset[str] = frozenset()  # verbs whose subject only comes before or after the event
    meeting_verbs: frozenset[str] = frozenset()  # verbs whose object takes part ("met Lee", "briefed Orpo")
    refused_cues: frozenset[str] = frozenset()  # verbs under which an event is refused, so does not happen
    reason_heads: frozenset[str] = frozenset()  # verbs whose "for ..." phrase is the reason for the act
    natural_forces: frozenset[str] = frozenset()  # "an earthquake struck Port Vila": no party acts
    group_heads: frozenset[str] = frozenset()  # "Western governments", "the Chinese embassy": named groups
    person_nouns: frozenset[str] = frozenset()  # "called Iranian officials": people named by their role
    ruler_words: frozenset[str] = frozenset()  # "the junta": the rulers of the country the article names most
    group_words: frozenset[str] = frozenset()  # "the group": the organisation the article names most
    seats: frozenset[str] = frozenset()  # "visited the White House": seats of government, lower-case
    topic_heads: frozenset[str] = frozenset()  # "negotiations focused on tariffs": what is talked of
    phrases_by_first: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)  # built once, by lexicon()


def _by_first(phrases: tuple[Trigger, ...]) -> dict[str, tuple[Trigger, ...]]:
    """Phrase triggers by their first word, longest first."""
    index: dict[str, list[Trigger]] = {}
    for trigger in phrases:
        index.setdefault(trigger.phrase[0], []).append(trigger)
    return {k: tuple(v) for k, v in index.items()}


_KEYS = frozenset(
    {
        "lemma", "phrase", "type", "mode", "context", "min_actors", "pos", "with", "exclude_prev",
        "exclude_next", "needs_place", "require_country", "object_person", "not_object_person", "mode_from",
        "first_pos",
        "not_xcomp", "needs_complement", "not_object", "not_governor", "object_of", "self_future", "objects",
        "with_near", "not_prep", "needs_prep", "clause_words", "needs_infinitive", "bars_infinitive",
        "needs_negation", "modifiers", "planned", "subjects", "clause_heads", "complements",
        "modal", "dated_with_infinitive", "intransitive",
    }
)  # fmt: skip


def _trigger(entry: dict[str, Any]) -> Trigger:
    if entry.get("type") not in PLOVER_TYPES:
        raise LexiconError(f"events/data/triggers.yaml: {entry!r} has no PLOVER type")
    unknown = set(entry) - _KEYS
    if unknown:
        raise LexiconError(f"events/data/triggers.yaml: {entry!r} has unknown key(s) {sorted(unknown)}")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in entry.get(key) or ())

    modes = entry.get("mode_from") or {}
    return Trigger(
        type=entry["type"],
        mode=entry.get("mode"),
        context=entry.get("context"),
        min_actors=int(entry.get("min_actors", 1)),
        lemma=entry.get("lemma"),
        phrase=tuple(str(entry.get("phrase", "")).lower().split()),
        pos=entry.get("pos"),
        with_words=words("with"),
        exclude_prev=words("exclude_prev"),
        exclude_next=words("exclude_next"),
        needs_place=bool(entry.get("needs_place")),
        require_country=bool(entry.get("require_country")),
        object_person=bool(entry.get("object_person")),
        not_object_person=bool(entry.get("not_object_person")),
        mode_from=tuple((str(m), frozenset(str(w) for w in ws)) for m, ws in modes.items()),
        first_pos=entry.get("first_pos"),
        not_xcomp=words("not_xcomp"),
        needs_complement=bool(entry.get("needs_complement")),
        not_object=words("not_object"),
        not_governor=words("not_governor"),
        object_of=words("object_of"),
        self_future=bool(entry.get("self_future")),
        objects=words("objects"),
        with_near=bool(entry.get("with_near")),
        not_prep=words("not_prep"),
        needs_prep=words("needs_prep"),
        clause_words=words("clause_words"),
        needs_infinitive=bool(entry.get("needs_infinitive")),
        bars_infinitive=bool(entry.get("bars_infinitive")),
        planned=bool(entry.get("planned")),
        needs_negation=bool(entry.get("needs_negation")),
        modifiers=words("modifiers"),
        clause_heads=words("clause_heads"),
        complements=words("complements"),
        subjects=words("subjects"),
        modal=bool(entry.get("modal")),
        dated_with_infinitive=bool(entry.get("dated_with_infinitive")),
        intransitive=bool(entry.get("intransitive")),
    )


@functools.cache
def lexicon() -> Lexicon:
    text = resources.files("readouts.stages.events").joinpath("data/triggers.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"events/data/triggers.yaml: {exc}") from exc
    triggers = [_trigger(e) for e in data.get("triggers") or []]
    by_lemma: dict[str, list[Trigger]] = {}
    for t in triggers:
        if t.lemma:
            by_lemma.setdefault(t.lemma, []).append(t)
    order = ("cancelled", "planned_accept", "proposed", "planned")
    cues = data.get("status") or {}
    status = [(s, frozenset(cues.get(s) or ())) for s in order if s in cues]
    phrases = tuple(sorted((t for t in triggers if t.phrase), key=lambda t: -len(t.phrase)))
    return Lexicon(
        by_lemma={k: tuple(v) for k, v in by_lemma.items()},
        phrases=phrases,
        status=tuple(status),
        threat_cues=frozenset(str(w) for w in data.get("threat_cues") or ()),
        readiness_cues=frozenset(str(w) for w in data.get("readiness_cues") or ()),
        asked_cues=frozenset(str(w) for w in data.get("asked_cues") or ()),
        promise_cues=frozenset(str(w) for w in data.get("promise_cues") or ()),
        approval_cues=frozenset(str(w) for w in data.get("approval_cues") or ()),
        sequence_verbs=frozenset(str(w) for w in data.get("sequence_verbs") or ()),
        meeting_verbs=frozenset(str(w) for w in data.get("meeting_verbs") or ()),
        refused_cues=frozenset(str(w) for w in data.get("refused_cues") or ()),
        reason_heads=frozenset(str(w) for w in data.get("reason_heads") or ()),
        natural_forces=frozenset(str(w) for w in data.get("natural_forces") or ()),
        group_heads=frozenset(str(w) for w in data.get("group_heads") or ()),
        person_nouns=frozenset(str(w) for w in data.get("person_nouns") or ()),
        ruler_words=frozenset(str(w) for w in data.get("ruler_words") or ()),
        group_words=frozenset(str(w) for w in data.get("group_words") or ()),
        seats=frozenset(str(w).lower() for w in data.get("seats") or ()),
        topic_heads=frozenset(str(w) for w in data.get("topic_heads") or ()),
        phrases_by_first=_by_first(phrases),
    )
