"""What keeps a trigger from being an event: a condition, a negation, a quotation, a request for it, a
refusal of it, a reason given for another act; and what marks a report as referring back to an earlier one
("the call", "since their meeting")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from readouts import clause
from readouts.nlp import subtree_chars, text_of
from readouts.pipeline import Context
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import TimeIndex

_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})
_AFTER = frozenset({"since", "after", "following", "during"})


_CONDITIONS = frozenset({"if", "unless", "whether"})
_ATTEND = frozenset({"attend", "hold", "join", "host", "make"})


_MAYBE = frozenset({"could", "would", "might", "may", "can"})
_WARDED = frozenset({"against", "deter", "prevent", "avert", "repel", "counter", "cover"})
_FORCE = frozenset({"ASSAULT", "COERCE"})


def hypothetical(token: Token, event_type: str) -> bool:
    """ "if China attacked Taiwan": an event in a condition has not happened (a threat may still be made);
    nor has force that only "could trigger" something or that arms are bought to "defend against"."""
    verb = clause.verb_of(token)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children) and not weighed(token):
        return True
    if event_type != "SANCTION" and _consequence(verb):
        return True  # "Ireland would arrest Netanyahu if he travelled there"
    if _licensed(verb):
        return True  # "said Ukraine had the right to use British weapons to strike Russia": not done
    if event_type not in _FORCE or token.pos_ != "NOUN":
        return False
    return (
        bool(clause.auxiliaries(verb) & _MAYBE)
        or token.head.lemma_.lower() in _WARDED
        or _subject_of_maybe(token)
    )


_LICENCES = frozenset(
    {"right", "permission", "authority", "authorisation", "authorization", "freedom", "licence"}
)


def _licensed(verb: Token) -> bool:
    """An infinitive a right or a permission names ("the right to strike targets", "permission to use the
    missiles to hit Russia"): an act allowed, not one done."""
    if "to" not in clause.auxiliaries(verb):
        return False
    return any(g.pos_ == "NOUN" and g.lemma_.lower() in _LICENCES for g in clause.governors(verb, limit=3))


def _consequence(verb: Token) -> bool:
    """A verb told with "would" or "could" as following from a condition ("would arrest him if he came")."""
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )
    return conditioned and bool(clause.auxiliaries(verb) & _MAYBE)


def weighed(token: Token) -> bool:
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


def quoted(token: Token) -> bool:
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


def negated(token: Token) -> bool:
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


def called_off(token: Token) -> bool:
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


def for_reason(token: Token, heads: frozenset[str]) -> bool:
    """Whether the trigger stands in the "for ..." reason of a sanction or accusation, or in what someone
    is accused of ("accused Ukraine of attacking the plant")."""
    prep = token.head
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    head = prep.head.lemma_.lower()
    return (prep.lower_ == "for" and head in heads) or (prep.lower_ == "of" and head in _ACCUSING)


_ACCUSING = frozenset({"accuse", "suspect", "charge", "convict"})


def since_then(token: Token) -> bool:
    """ "since their meeting", "since the summit": a definite event noun marking the start of a period."""
    definite = [c for c in token.children if c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE]
    if token.pos_ != "NOUN" or not definite:
        return False
    first = min(c.i for c in definite)  # also where the parser makes "since" a clause's mark
    return token.head.lower_ == "since" or (first > 0 and token.doc[first - 1].lower_ == "since")


_DEFINITE = frozenset({"the", "their", "its", "his", "her", "that", "this"})


def anterior(context: Context, token: Token) -> bool:
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


def refused(token: Token, cues: frozenset[str]) -> bool:
    """ "Iran rejected direct talks", "Hungary vetoed the sanctions package": what is refused does not
    happen."""
    noun = token.head if token.dep_ == "compound" else token
    if token.pos_ == "VERB" and token.dep_ == "xcomp":  # "declined to back the draft"
        return bool(set(clause.lemma_forms(token.head)) & cues)
    if token.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    verb = noun.head  # "vetoed the package"; "failed to strike a deal", "refused to sign the accord"
    above = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return bool(set(clause.lemma_forms(verb)) & cues) or (
        above is not None and bool(set(clause.lemma_forms(above)) & cues)
    )


def asked(token: Token, cues: frozenset[str]) -> bool:
    """Whether the trigger stands in what a request asks for ("urged Moscow to release ...", "demanded
    the release of ..."), not merely beside it ("in a call on Friday, Trump pressed for ...")."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        infinitive = current.dep_ in ("advcl", "acl") and "to" in clause.auxiliaries(current)  # "asked China
        # through diplomatic channels to lift" (a misparse as an adverbial clause), "pressure to arrest"
        if (current.dep_ in _CONTENT or infinitive) and set(clause.lemma_forms(current.head)) & cues:
            return True
        sought = current is token and current.dep_ == "pobj" and current.head.lower_ == "for"
        if sought and set(clause.lemma_forms(current.head.head)) & cues:
            return True  # "pressed for the removal of the tariff" (not the tariff: it was slapped on)
        if _called_for(current):
            return True  # "called on Israel to rescind the order", "called for new sanctions on Russia"
        current = current.head
    return False


def _called_for(clause_verb: Token) -> bool:
    """An infinitive or "for" clause under "call on X" / "call for" ("called on Israel to rescind"), or
    the object of "call for" ("called for new sanctions")."""
    head = clause_verb.head
    if clause_verb.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "call":
        return True
    if head.lemma_.lower() != "call" or head.pos_ != "VERB":
        return False
    on = any(  # "called on Israel", not "called the emir on Tuesday to pledge support"
        c.dep_ == "prep"
        and c.lower_ in ("on", "upon")
        and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in head.children
    )
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in clause_verb.children)
    infinitive = clause_verb.dep_ in ("xcomp", "advcl") and "to" in clause.auxiliaries(clause_verb)
    return (infinitive and on) or (clause_verb.dep_ == "advcl" and marked)


def anaphoric(token: Token, date: str | None) -> bool:
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


def by_nature(token: Token, forces: frozenset[str]) -> bool:
    """Whether the trigger's verb has a natural force for its subject ("an earthquake struck Port Vila")."""
    subjects = (c for c in clause.verb_of(token).children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(s.lemma_.lower() in forces for s in subjects)  # ("a magnitude 6.8 earthquake": two read)
