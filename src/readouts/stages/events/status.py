"""An event's status (occurred, planned, proposed, cancelled) from the words that govern its trigger,
the tense of its verb, and its date against the article's publication date."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import EventStatus
from readouts.stages.events.lexicon import Lexicon
from readouts.stages.time import interval

_STATUS: dict[str, EventStatus] = {
    "cancelled": "cancelled",
    "planned_accept": "planned",
    "proposed": "proposed",
    "planned": "planned",
}
_MODIFIERS = frozenset({"amod", "compound", "acl"})
# A trigger inside "after the talks", "during his visit" is a time reference for the governing clause,
# whose words ("agreed ... after talks") say nothing of the trigger's own status.
_TEMPORAL = frozenset(
    {"after", "before", "during", "following", "since", "amid", "at", "ahead", "when", "as", "while", "where"}
)
_DUE = frozenset({"due", "set", "scheduled", "supposed", "slated", "expected", "likely"})
_DUE_VERBS = frozenset({"suppose", "schedule", "slate"})
_ACTIVE_ONLY = frozenset({"set"})  # "set duties" is an act; "a meeting set for May" a plan


def _counts(head: Token) -> bool:
    if head.dep_ == "acl" and any(c.dep_ == "prep" and c.lower_ == "at" for c in head.children):
        return False  # "meetings aimed at stabilising relations": a purpose, no plan
    if head.lemma_.lower() not in _ACTIVE_ONLY:
        return True
    return head.tag_ == "VBN" and not any(c.dep_ in clause.SUBJECTS for c in head.children)


def _accepted(trigger: Token) -> list[str]:
    """ "an invitation to attend the summit, which the leader accepted": the verb of a relative clause
    after the trigger that takes what went before as its object (wherever the parser hangs it)."""
    return [
        t.lemma_.lower()
        for t in trigger.sent
        if t.i > trigger.i and t.dep_ == "relcl"
        and any(g.dep_ == "dobj" and g.lower_ in ("which", "that") for g in t.children)
    ]  # fmt: skip


def _aside(prep: Token) -> bool:
    """ "agreed, in a separate meeting, to upgrade ...": a setting set off by commas, not what is agreed."""
    return prep.dep_ == "prep" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == ","


def cue_words(trigger: Token, limit: int = 3) -> list[str]:
    """Lemmas of the trigger, its modifiers ("expected visit", "a meeting planned for May") and the verbs
    and nouns governing it, nearest first, up to a temporal preposition or clause."""
    out = [trigger.lemma_.lower()]
    out.extend(c.lemma_.lower() for c in trigger.children if c.dep_ in _MODIFIERS and _counts(c))
    current = trigger
    for _ in range(limit):
        if current.head.i == current.i:
            break
        if current.dep_ == "conj" and current.pos_ == "VERB" and not _infinitive_conjunct(current):
            break  # "accepted an invitation ..., and invited Xi to pay a visit": another clause
        if current.dep_ == "advcl" and current.tag_ == "VBG":
            break  # "agreed to expand production, closing their first summit": the summit is no plan
        if (
            current.head.lower_ in _TEMPORAL
            or _on_a_trip(current)
            or _aside(current.head)
            or any(c.dep_ == "mark" and c.lower_ in _TEMPORAL for c in current.children)
        ):
            break
        out.extend(_misplaced_noun(current))
        current = current.head
        if current.pos_ in ("VERB", "NOUN", "AUX", "ADJ") and _counts(current):
            out.extend(clause.lemma_forms(current))  # "called off", "ruled out"

    out.extend(clause.lemma_forms(trigger)[1:])
    out.extend(w for w in _accepted(trigger) if w == "accept")
    return out


_TRIPS = frozenset({"visit", "trip", "tour", "journey"})


def _on_a_trip(current: Token) -> bool:
    """ "sought to repair ties on his first state visit": the trip is the setting of what is sought, made
    whatever comes of it."""
    return (
        current.lemma_.lower() in _TRIPS
        and current.dep_ == "pobj"
        and current.head.lower_ == "on"
        and any(c.dep_ == "poss" for c in current.children)
    )


def _infinitive_conjunct(verb: Token) -> bool:
    """ "agreed to activate the mechanism and to step up intelligence sharing": a second infinitive, with
    no subject of its own, that the governing verb also governs."""
    deps = {c.dep_ for c in verb.children}
    if deps & clause.SUBJECTS:
        return False
    # "ready to recruit 1,500 soldiers and eventually deploy 8,000": a bare verb sharing the first one's "to"
    bare = verb.tag_ == "VB" and "aux" not in deps and "to" in clause.auxiliaries(verb.head)
    return bare or "to" in clause.auxiliaries(verb)


def _misplaced_noun(verb: Token) -> list[str]:
    """ "announced plans last year to deploy 200 soldiers": the parser hangs the infinitive on the verb,
    not on the noun it completes; that noun (the verb's object before it) governs it."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    return [c.lemma_.lower() for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]


def _planned_with(verb: Token) -> bool:
    """ "Talks are to begin next month" (the trigger the subject of a scheduling "be"), and "Hamas is to
    release 33 hostages, while Israel frees prisoners" (a clause set beside a planned one)."""
    if verb.lemma_ == "be" and any(clause.scheduled(c) for c in verb.children if c.dep_ == "xcomp"):
        return True
    beside = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children
    )
    return beside and (clause.is_future(verb.head) or clause.scheduled(verb.head))


_WHEN = frozenset({"when", "once", "after", "before", "until", "till"})


def _when_ahead(verb: Token) -> bool:
    """ "Seoul would announce more investment when Lee visits": a present tense in a time clause under a
    verb told as ahead is ahead too."""
    timed = verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN for c in verb.children
    )
    head = verb.head
    return (
        timed
        and verb.tag_ in ("VBZ", "VBP")
        and (clause.is_future(head) or "would" in clause.auxiliaries(head))
    )


def _due(verb: Token) -> bool:
    """Talks told as due, expected or supposed to begin ("Negotiations are due to begin in the coming weeks",
    "talks were supposed to open on February 3"). Meetings only: a tariff "set to take effect" is imposed."""
    if verb.lemma_.lower() in _DUE_VERBS and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in _DUE and any(g.dep_ == "xcomp" for g in c.children)
        for c in verb.children
    )


def told_ahead(token: Token) -> bool:
    """Whether the trigger's clause, or one it hangs from, is told as ahead ("will buy", "would leave",
    "agreed to conduct patrols", "agreed to work toward a summit"): its date may be the telling's."""
    verbs = [clause.verb_of(token), *clause.governors(token, limit=3)]
    ahead = {"will", "would", "shall", "'ll"}
    return any(
        clause.auxiliaries(v) & ahead or clause.scheduled(v) or "to" in clause.auxiliaries(v)
        for v in verbs
        if v.pos_ in ("VERB", "AUX")
    )


def approved(trigger: Token, event_type: str, lex: Lexicon, cues: list[str] | None = None) -> bool:
    """An act allowed, not yet done ("approved the deployment", "authorised the operation"); not a deal (the
    approval is the agreement) nor aid (a loan approved is given). ``cues``: the trigger's cue words, where
    already read."""
    if event_type in ("AGREE", "AID"):
        return False
    return bool(lex.approval_cues & set((cues or cue_words(trigger, limit=4))[1:]))


def _promised(trigger: Token, lex: Lexicon) -> bool:
    """ "pledged to send", and "committed to deploying" (a gerund after "to")."""
    if trigger.dep_ == "xcomp":
        return trigger.head.lemma_.lower() in lex.promise_cues
    to = trigger.head
    return trigger.dep_ == "pcomp" and to.lower_ == "to" and to.head.lemma_.lower() in lex.promise_cues


def status_of(
    trigger: Token, event_type: str, lex: Lexicon, date: str | None, published: str | None
) -> EventStatus:
    cues = cue_words(trigger, limit=4)
    verb = clause.verb_of(trigger)
    cues.extend(sorted(clause.auxiliaries(verb)))
    for name, words in lex.status:
        hits = words - {"agree"} if event_type == "AGREE" else words
        if name == "cancelled" and trigger.pos_ == "VERB":
            hits = hits - {trigger.lemma_.lower()}  # "scrapped its ban": the scrapping is the act, done
        if any(c in hits for c in cues):
            return _STATUS[name]
    if approved(trigger, event_type, lex, cues):
        return "planned"
    promised = _promised(trigger, lex)
    due = event_type == "CONSULT" and _due(verb)
    ahead = promised or clause.is_future(verb) or clause.scheduled(verb) or _planned_with(verb)
    if ahead or due or _when_ahead(verb):
        return "planned"  # "will meet", "pledged to send a frigate", "Hamas is to release 33 hostages"
    when, today = interval(date), interval(published)
    if when and today and when[0] > today[1]:
        return "planned"
    return "occurred"
