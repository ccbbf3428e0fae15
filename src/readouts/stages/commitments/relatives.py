"""Relative clauses: which noun a verb in one acts on ("the 24 jets it ordered", "licences that Beijing
pledged to offer")."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.lexicon import lexicon

_RELATIVE = frozenset({"that", "which", "who", "whom"})


def is_relative(token: Token) -> bool:
    """Whether a word is a relative pronoun ("that", "which", "who", "whom")."""
    return token.lower_ in _RELATIVE


def _pied_piped(verb: Token) -> bool:
    """ "a meeting at which they agreed", "the memorandum under which Italy trains": the relative word is
    a preposition's object, so the noun is no object of the verb."""
    return any(c.dep_ == "prep" and any(is_relative(g) for g in c.children) for c in verb.children)


def relative_head(verb: Token) -> Token | None:
    """For a verb in a relative clause ("licences that Beijing pledged to offer"), the noun it modifies."""
    for head in (verb, *clause.governors(verb, limit=3)):
        if head.dep_ == "relcl":
            return None if _pied_piped(head) else head.head
    return None


def gapped_object(verb: Token) -> bool:
    """A relative clause with a subject of its own and no object, on a counted noun: that noun is its
    object."""
    counted = any(c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in verb.head.children)
    if verb.dep_ != "relcl" or not counted:
        return False
    if _pied_piped(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(is_relative(c) for c in subjects)


def adopter(verb: Token) -> Token | None:
    """For the verb of a relative clause on a measure that tells what the measure does ("approve a sanctions
    package which would blacklist 200 tankers"), the subject of the verb that adopts it: the EU blacklists.
    A verb that only describes the measure ("a bill which includes $61 billion") is no act of the adopter."""
    lex = lexicon()
    noun = verb.head
    if verb.lemma_.lower() in lex.describing_verbs or noun.lemma_.lower() not in lex.adopted_measures:
        return None
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in lex.adopting_verbs:
        return None
    return clause.subject(noun.head)
