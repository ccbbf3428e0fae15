"""Which way an underspecified timex points, from the verb that governs it (and a window fallback).

``direction`` returns ``"past"``, ``"future"``, ``"present"``, ``"neutral"`` (an event talked about: the
nearest date, without the news' lean to the past) or ``None`` (no evidence: nearest date, leaning past).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import yaml
from spacy.tokens import Doc, Span, Token

from readouts.clause import SPEECH_LEMMAS

Tense = Literal["past", "future", "present", "neutral"]

_VERB_POS = ("VERB", "AUX")
_NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "nummod")


@dataclass(frozen=True)
class Cues:
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    future_nouns: frozenset[str]
    future_adjectives: frozenset[str]
    past_adjectives: frozenset[str]
    past_prepositions: frozenset[str]
    future_prepositions: frozenset[str]
    start_prepositions: frozenset[str]
    plain_future: frozenset[str]
    effect_words: frozenset[str]
    topic_verbs: frozenset[str]
    topic_prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    prospect_heads: frozenset[str]
    scheduled_acts: frozenset[str]
    agreed_acts: frozenset[str]
    scheduling_verbs: frozenset[str]


@functools.cache
def cues() -> Cues:
    raw = yaml.safe_load(
        resources.files("readouts.stages.time").joinpath("data", "tense.yaml").read_text("utf-8")
    )
    return Cues(**{k: frozenset(str(w).lower() for w in v) for k, v in raw.items()})


def _noun_cue(noun: Token, c: Cues) -> Tense | None:
    for child in noun.children:
        word = child.lower_
        if child.dep_ in ("amod", "compound", "det", "advmod") and word in c.future_adjectives:
            return "future"
        if child.dep_ in ("amod", "compound", "det") and word in c.past_adjectives:
            return "past"
    if noun.lemma_.lower() in c.future_nouns:
        return "future"
    return None


def _topic(noun: Token, c: Cues) -> bool:
    """Whether a noun is what someone is asked or speaks about ("asked about a visit")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in c.topic_prepositions:
        return False
    return prep.head.pos_ in _VERB_POS and prep.head.lemma_.lower() in c.topic_verbs


def _prospect(noun: Token, c: Cues) -> bool:
    """Whether a noun is what something prepares for ("the groundwork for a summit")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("for", "toward", "towards")
        and prep.head.lemma_.lower() in c.prospect_heads
    )


def _auxes(verb: Token) -> list[Token]:
    return [t for t in verb.children if t.dep_ in ("aux", "auxpass")]


def _infinitive_tense(verb: Token, c: Cues) -> Tense:
    """An infinitive looks ahead ("plans to visit", "an invitation to visit") unless a past verb that is no
    verb of planning governs it ("was forced to step down in July")."""
    gov = verb.head
    if gov.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl") and _noun_cue(gov, c) is None:
        above = gov.head  # "handed Chevron an authorisation to resume work on July 24": the handing's tense
        if above.pos_ in _VERB_POS and above.lemma_.lower() not in c.future_verbs:
            return "past" if _verb_tense(above, c) == "past" else "future"
    if gov.i == verb.i or gov.pos_ not in _VERB_POS or gov.lemma_.lower() in c.future_verbs | {"be"}:
        return "future"
    return "past" if _verb_tense(gov, c) == "past" else "future"


def _gerund_ahead(verb: Token, c: Cues) -> bool:
    """A gerund after a verb of planning, as its object or after its preposition ("proposed holding talks",
    "looked forward to visiting", "plans on meeting", "committed to buying"), looks ahead whatever the tense
    of that verb."""
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj"):  # "had proposed holding talks in June"
        return verb.head.pos_ in _VERB_POS and verb.head.lemma_.lower() in c.future_verbs
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in ("to", "on", "toward", "towards"):
        return False
    gov = prep.head
    return gov.pos_ in _VERB_POS and gov.lemma_.lower() in c.future_verbs


def _verb_tense(verb: Token, c: Cues) -> Tense | None:
    """The tense a verb (with its auxiliaries) expresses, None for a non-finite verb without auxiliaries."""
    auxes = _auxes(verb)
    words = [a.lower_ for a in auxes]
    if verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "Trump threatened on Sunday to ...", the past tagged as a participle
    if any(w in c.future_aux for w in words):
        return "past" if "have" in words else "future"
    if "to" in words or (verb.tag_ == "VB" and verb.dep_ == "xcomp"):
        return _infinitive_tense(verb, c)
    if _gerund_ahead(verb, c):
        return "future"
    if _done_by(verb, auxes, c):
        return "past"  # "a declaration agreed by the two ministers on April 25"
    planned = verb.lemma_.lower() in c.future_verbs and verb.tag_ in ("VBZ", "VBP", "VBN", "VBG")
    if planned and not any(a.tag_ == "VBD" for a in auxes):
        return "future"
    if _reduced_expected(verb, auxes, c):
        return "future"  # "..., with Li Qiang expected to arrive early": "is expected", its "is" left out
    reduced = verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ != "ROOT"
    if reduced and not auxes:  # "an order signed on Tuesday"
        return "past"
    if any(a.tag_ == "VBD" or a.lower_ in ("had", "has", "have", "did") for a in auxes):
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future" if verb.tag_ == "VBG" or any(a.lower_ == "going" for a in auxes) else "present"
    return None


_TIME_PREPS = frozenset({"before", "after", "since", "while"})


def _bare_gerund(verb: Token, below: Token, c: Cues) -> bool:
    """A gerund after a preposition of time under a verb ("held up the aid for weeks before agreeing in
    February"): it has no tense of its own, for a timex that dates it, not one in its object or after "from"
    ("after threatening a tariff from Nov. 1"); ``below`` is the token the climb came from."""
    prep = verb.head
    return (
        verb.tag_ == "VBG"
        and not _auxes(verb)
        and below.dep_ not in ("dobj", "xcomp", "ccomp")
        and below.lower_ not in c.start_prepositions
        and verb.dep_ == "pcomp"
        and prep.lower_ in _TIME_PREPS
        and prep.head.pos_ in _VERB_POS
        and prep.head.i != verb.i
    )


def _reduced_expected(verb: Token, auxes: list[Token], c: Cues) -> bool:
    """A participle of planning read as a past verb, with no auxiliary, an infinitive after it and a "with"
    phrase holding it ("hosts leaders on Oct. 15-16, with Li Qiang expected to arrive")."""
    if verb.tag_ != "VBD" or auxes or verb.lemma_.lower() not in _REDUCED:
        return False
    if not any(ch.dep_ == "xcomp" and ch.tag_ == "VB" for ch in verb.children):
        return False
    firsts = [ch.left_edge.i for ch in verb.children if ch.dep_ == "nsubj"]
    return any(i > 0 and verb.doc[i - 1].lower_ == "with" for i in firsts)


_REDUCED = frozenset({"expect", "schedule", "set", "slate", "due"})


def _done_by(verb: Token, auxes: list[Token], c: Cues) -> bool:
    """A participle of agreeing with its agent and no auxiliary, modifying a noun ("a declaration agreed by
    the two ministers on April 25"): the agreeing is done, and the date is its own."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and not auxes
        and verb.lemma_.lower() in c.agreed_acts
        and any(child.dep_ == "agent" for child in verb.children)
    )


def _governing_tense(tok: Token, c: Cues, *, day: bool = False) -> Tense | None:
    """Climb from the timex to the first verb that shows tense; nouns on the way can decide too, except that
    for a ``day`` ("proposed sales on Wednesday") a past verb above the noun outweighs its future cue."""
    seen = 0
    cur = prev = tok
    while seen < 12:
        seen += 1
        if cur.pos_ in _VERB_POS and cur.i != tok.i:
            if day and _planned_on_day(cur, c):
                return "past"
            if _bare_gerund(cur, prev, c):  # the verb above "before agreeing" tells its tense
                cur, prev = cur.head.head, cur.head
                continue
            tense = _verb_tense(cur, c)
            if tense is not None:
                return tense
            if cur.dep_ in ("ROOT",) or cur.head.i == cur.i:
                return None
        elif cur.i != tok.i and cur.pos_ in ("NOUN", "PROPN"):
            cue = _noun_cue(cur, c)
            if _topic(cur, c):  # "asked about a visit in April": the asking does not date the visit
                return "neutral"
            if _prospect(cur, c):  # "paved the way for a visit in April"
                return "future"
            if cue == "future" and day and cur.head.i != cur.i:
                return "past" if _governing_tense(cur.head, c) == "past" else cue
            if cue is not None:
                return cue
        if cur.head.i == cur.i:
            return None
        cur, prev = cur.head, cur
    return None


def _planned_on_day(verb: Token, c: Cues) -> bool:
    """An infinitive of no scheduled act under a past verb of planning ("agreed to cooperate on nuclear
    energy on Monday"): the weekday dates the agreeing."""
    gov = verb.head
    return (
        "to" in [a.lower_ for a in _auxes(verb)]
        and verb.dep_ == "xcomp"
        and verb.lemma_.lower() not in c.scheduled_acts
        and gov.lemma_.lower() in c.future_verbs
        and gov.tag_ == "VBD"
    )


def _window(sent: Span, first: Token, c: Cues) -> Tense | None:
    """Fallback: the nearest auxiliary or finite verb left of the timex within the sentence."""
    for t in reversed(sent[: max(0, first.i - sent.start)]):
        if first.i - t.i > 10:
            break
        if t.lower_ in c.future_aux or (t.lower_ == "to" and t.nbor(1).tag_ == "VB"):
            return "future"
        if t.tag_ == "VBD":
            return "past"
    return None


_SKIP = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "'s", "’s"})
_PURPOSE = frozenset({"for", "until", "till", "by", "before", "ahead"})


def _future_sentence(sent: Span, c: Cues) -> bool:
    """Whether a sentence has a plain future ("will", "shall") or speaks of something taking effect."""
    words = [t.lower_ for t in sent]
    return any(w in c.plain_future for w in words) or any(
        w in c.effect_words and (i == 0 or words[i - 1] not in ("had", "has", "have", "took"))
        for i, w in enumerate(words)
    )


def _preposition(doc: Doc, first: Token) -> str:
    """The preposition before a timex, skipping determiners ("ahead of the Spring Festival" -> ahead)."""
    i = first.i - 1
    while i >= 0 and doc[i].lower_ in _SKIP:
        i -= 1
    if i < 0:
        return ""
    word = doc[i].lower_
    if word == "of" and i > 0 and doc[i - 1].lower_ in ("ahead", "end", "eve"):
        return doc[i - 1].lower_
    return word


def _plain_future(tok: Token, c: Cues) -> bool:
    """Whether the first verb above a token is marked future ("will use Monday's debate", "expect X to win
    Monday's debate"), not merely an infinitive ("an effort to recover from Monday's debate")."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in _VERB_POS:
            auxes = [a.lower_ for a in _auxes(cur)]
            if any(a in ("will", "'ll", "’ll", "shall", "wo") for a in auxes):
                return True
            gov = cur.head
            return (
                "to" in auxes
                and gov.pos_ in _VERB_POS
                and gov.lemma_.lower() in c.future_verbs
                and gov.tag_ not in ("VBD", "VBN")
            )
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _noun_modifier(root: Token, first: Token, doc: Doc, c: Cues, through_nouns: bool) -> Tense | None:
    """The direction of a timex modifying a noun: the noun's own cues, else (a past verb over a noun that is
    no purpose or deadline) the past, else no lean."""
    noun = root.head
    head_cue = _noun_cue(noun, c)
    if head_cue is not None:
        return head_cue
    left = [t.lower_ for t in doc[max(first.sent.start, first.i - 3) : first.i]]
    if any(w in c.future_adjectives for w in left):
        return "future"
    tense = _governing_tense(noun, c)
    if through_nouns:  # a weekday on a noun: a past verb, or a verb that plainly looks ahead
        return "future" if _plain_future(noun, c) else "past" if tense == "past" else None
    purpose = noun.dep_ == "pobj" and noun.head.lower_ in _PURPOSE
    return "past" if tense == "past" and not purpose else None


def _speech_before(doc: Doc, first: Token, prep: str) -> Token | None:
    """The speech verb just before a day ("said on Wednesday", "announced Monday"), if any."""
    i = first.i - (2 if prep == "on" and first.i > 0 and doc[first.i - 1].lower_ == "on" else 1)
    verb = doc[i] if i >= 0 else None
    if verb is None or verb.lemma_.lower() not in SPEECH_LEMMAS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return verb


def _set_for(root: Token, c: Cues) -> bool:
    """Whether the timex is what a thing was set for: the object of "for" on a participle of scheduling
    ("scheduled for Wednesday", "planned for Saturday"): the past tense of the telling says nothing of it."""
    prep = root.head
    verb = prep.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "for"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in c.scheduling_verbs
    )


def _ahead_of_clause(root: Token, c: Cues) -> bool:
    """Whether a verb above the timex has a future auxiliary ("would impose a tariff on cars imported from
    April 2")."""
    cur = root
    for _ in range(8):
        if any(a.lower_ in c.future_aux for a in _auxes(cur)):
            return True
        if cur.head.i == cur.i or cur.dep_ == "ccomp":
            return False
        cur = cur.head
    return False


def direction(doc: Doc, start: int, end: int, *, through_nouns: bool = False) -> Tense | None:
    """The direction of the timex at [start, end) in the parsed body. A timex modifying a noun ("the October
    meeting") follows that noun's modifiers or a past verb, unless ``through_nouns`` (weekdays: "at Monday's
    debate") lets the governing verb decide whatever its tense."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    c = cues()
    first = span[0]
    prep = _preposition(doc, first)
    root = span.root
    while (
        root.dep_ == "conj" and root.head.i != root.i
    ):  # "December and January delivery": the first conjunct
        root = root.head
    said = _speech_before(doc, first, prep)
    if said is not None:  # "Trump said on Wednesday he would ...": the day is the saying's, however parsed
        return _verb_tense(said, c)
    if prep in c.past_prepositions:
        return "past"
    if prep in c.start_prepositions and (_future_sentence(span.sent, c) or _ahead_of_clause(root, c)):
        return "future"  # "takes effect from Monday", "said it would tax cars imported from April 2"
    if prep in c.future_prepositions:
        return None if _governing_tense(root, c) == "past" else "future"
    if _set_for(root, c):  # "is scheduled for June 1" ahead; "a visit that had been
        # scheduled for Wednesday" ahead or just gone by: the nearest
        return "neutral" if _governing_tense(root, c) == "past" else "future"
    if root.dep_ in _NOUN_MODIFIER_DEPS and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:
        return _noun_modifier(root, first, doc, c, through_nouns)
    return _governing_tense(root, c, day=through_nouns) or _window(span.sent, first, c)
