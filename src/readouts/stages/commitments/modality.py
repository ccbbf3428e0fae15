"""A commitment's modality from the words that govern its action and the tense of its clause."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Modality
from readouts.stages.commitments.lexicon import Lexicon

_MODAL_FUTURE = frozenset({"will", "shall", "'ll"})
_MODAL_OPEN = frozenset({"would", "could", "may", "might", "should", "can"})


_REPORTED = frozenset({"largest", "biggest", "first", "latest", "record", "recent", "initial", "second"})
_PERCEIVE = frozenset({"see", "make", "let", "help", "watch", "have"})


def _realised(action: Token) -> bool:
    """Reported as done: a past verb, a bare verb under a past "saw X lower", or a noun under a past verb."""
    verb = clause.verb_of(action)
    if action.pos_ != "VERB":
        reported = any(c.lower_ in _REPORTED for c in action.children) or any(
            c.dep_ == "acl" and c.lemma_ in ("total", "amount", "worth") for c in action.children
        )
        return reported or (clause.is_past(verb) and not clause.is_negated(verb))
    if "to" in clause.auxiliaries(action):
        return False
    if clause.is_past(action):
        return True
    head = action.head
    return action.tag_ == "VB" and head.lemma_ in _PERCEIVE and clause.is_past(head)


_FRAMES = frozenset({"under", "as", "per", "in"})


def _frames(action: Token) -> list[Token]:
    """Nouns framing the action's clause: "will buy jets under the accord", "as part of the truce"."""
    verb = clause.verb_of(action)
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FRAMES):
        for t in prep.subtree:
            if t.pos_ == "NOUN" and t is not action:
                out.append(t)
    return out


def _cue_tokens(action: Token) -> list[Token]:
    """Words that may set the modality: the action's adjectives ("pledged purchases"), its governors, and
    nouns framing its clause ("under the deal")."""
    return [
        *(c for c in action.children if c.dep_ == "amod"),
        *clause.governors(action, limit=4),
        *_frames(action),
    ]


def _cue(token: Token, lex: Lexicon) -> Modality | None:
    lemma = token.lemma_.lower()
    nominal = token.pos_ == "NOUN" or token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
    if nominal and lemma not in lex.noun_cues:
        return None  # "satisfy demand": economic demand, not a demand made of someone
    if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    return next((m for m, words in lex.modality if lemma in words or token.lower_ in words), None)


def _forecast(cue: Token, action: Token) -> bool:
    """An active "X expects Y to act" where X is not Y (a passive "Y is expected to act" is Y's)."""
    cue_subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue_subject is None or cue.pos_ != "VERB":
        return False
    actor = clause.subject(action) if action.pos_ == "VERB" else None
    asked = next((c for c in cue.children if c.dep_ in ("dobj", "ccomp")), None)
    return (actor is not None and actor is not cue_subject) or asked is not None


def _hypothetical(action: Token) -> bool:
    heads = (action, *clause.governors(action, limit=3))
    return any(t.dep_ == "mark" and t.lower_ in ("whether", "if") and t.head in heads for t in action.sent)


def modality_of(action: Token, lex: Lexicon) -> Modality | None:
    """The modality, or None where the clause is hypothetical, negated, or not reported as done."""
    if _hypothetical(action):
        return "considering"
    for token in _cue_tokens(action):
        found = _cue(token, lex)
        if found == "expected" and _forecast(token, action):
            return None  # "the USDA expects China to import ...": somebody else's forecast
        if found is not None:
            return found
    verb = clause.verb_of(action)
    if clause.is_negated(verb):
        return None
    if clause.auxiliaries(verb) & _MODAL_FUTURE:
        return "pledged"
    if clause.auxiliaries(verb) & _MODAL_OPEN:
        return None
    return "executed" if _realised(action) else None


def modality_for(action: Token, lex: Lexicon, *, realisable: bool) -> Modality | None:
    """:func:`modality_of`, except that an action that is not a commitment when done has none then."""
    found = modality_of(action, lex)
    return None if found == "executed" and not realisable else found
