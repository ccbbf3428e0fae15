"""A verb's particle as the record names its action: "roll over", "set aside", "pull out"; also where the
parser did not join the two ("rolled over $2 billion", "over" read as "more than")."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.lexicon import lexicon


def is_particle(child: Token) -> bool:
    """A verb's particle, also "out" read as a preposition ("pulled 12 diplomats out of X"); not the "up" of
    "up to 42 jets", a bound on the amount."""
    doc = child.doc
    bound = child.lower_ == "up" and child.i + 2 < len(doc) and doc[child.i + 1].lower_ == "to"
    if bound and (doc[child.i + 2].like_num or doc[child.i + 2].tag_ == "$"):
        return False
    return child.dep_ == "prt" or (
        child.dep_ == "prep" and child.lower_ == "out" and child.i > child.head.i + 1
    )


def verb_label(token: Token) -> str:
    """The verb as the record names its action, with its particle ("roll over", "set aside")."""
    return f"{token.lemma_.lower()} {particle_of(token) or ''}".strip()


def particle_of(token: Token) -> str | None:
    """The verb's particle, or the word after it where the two make a verb of the lexicon that the parser
    did not join ("rolled over $2 billion", "over" read as "more than"; "set aside $82 million")."""
    particle = next((c.lower_ for c in token.children if is_particle(c)), None)
    if particle is None and token.lemma_.lower() == "make" and _made_available(token):
        return "available"  # "will make $400 million available to the central bank"
    if particle is not None or token.i + 1 >= len(token.doc):
        return particle
    after = token.doc[token.i + 1].lower_
    return after if f"{token.lemma_.lower()} {after}" in lexicon().by_verb else None


def _made_available(verb: Token) -> bool:
    """ "make $400 million available": "available" beside the verb or on its object, wherever the parser
    hangs it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.lower_ == "available" for h in (verb, *objects) for c in h.children)
