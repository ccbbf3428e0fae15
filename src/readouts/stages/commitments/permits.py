"""What a permit verb lets in or lets act: "will let 600 aid trucks into Gaza", "allowed 160 Afghan trucks to
cross", "would let Russian citizens enter without a visa". The allower's commitment is to allow that
party or thing, unless what it is let do is itself an action of the lexicon ("would allow Nvidia to sell
chips": the sale, the allower's)."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.lexicon import Lexicon


def permitted(verb: Token, lex: Lexicon) -> Token | None:
    """The party or thing ``verb`` (a permit verb) lets act or lets in, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.permit_verbs:
        return None
    comp = next(
        (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None
    )
    if comp is not None and comp.lemma_.lower() in lex.by_verb:
        return None  # "would allow Nvidia to sell chips": the sale is the commitment
    if comp is not None and comp.lemma_.lower() in lex.lapse_verbs:
        return None  # "let its pound fall by 40%", "let the ban expire": no one let in
    party = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if party is None and comp is not None:  # "let Russian citizens enter": the clause's subject
        party = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if party is None or party.pos_ not in ("NOUN", "PROPN"):  # not "let them ..."
        return None
    return party
