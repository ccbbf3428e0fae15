"""A measure said to move: "the tariff on Brazilian goods would fall to 15%", "duties will be cut to 10%".
The measure is the clause's subject; whoever announced the move makes it, less the party the measure
targets ("Brazilian goods": Brazil does not set the tariff)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.lexicon import Action, Lexicon

_MEASURES = frozenset({"tariff", "tariffs", "duty", "duties", "levy", "levies", "rate", "rates"})


def moved_measure(verb: Token, lex: Lexicon) -> tuple[Action, str, Token] | None:
    """(action, label, measure) for "X would fall/drop to N%" or a passive "X would be cut to N%"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _MEASURES:
        return None
    lemma = verb.lemma_.lower()
    name = lex.measure_moves.get(lemma)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if name is None and passive and lemma in lex.by_verb and lex.by_verb[lemma].name in ("lower", "raise"):
        name = lex.by_verb[lemma].name
    action = next((a for a in lex.by_verb.values() if a.name == name), None) if name else None
    return (action, action.name, subject) if action is not None else None


def announcer(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of the speech verb reporting the move ("Trump said the tariff would fall")."""
    for governor in clause.governors(verb, limit=3):
        if governor.lemma_.lower() in lex.speech_verbs:
            return clause.subject(governor)
    return None
