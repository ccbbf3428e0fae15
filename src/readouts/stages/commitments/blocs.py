"""Members named as a group ("allies will spend 3.5% of GDP", "each member is to submit a plan", "member
states agreed"): the commitment is the bloc's, the alliance or union the article has named before."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.pipeline import Context
from readouts.stages.actors import mentions_in
from readouts.stages.commitments.lexicon import Lexicon

_GROUP_WORDS = frozenset({"state", "country", "nation", "government"})  # "member states"


def _member_noun(token: Token, lex: Lexicon) -> bool:
    """ "allies", "each ally", "the members", "member states"; not "U.S. allies" or "its allies"."""
    lemma = token.lemma_.lower()
    member = lemma in lex.member_nouns or (
        lemma in _GROUP_WORDS
        and any(c.dep_ == "compound" and c.lemma_.lower() in lex.member_nouns for c in token.children)
    )
    if not member or token.pos_ != "NOUN":
        return False
    owned = any(
        c.dep_ in ("poss", "nmod") or (c.dep_ in ("amod", "compound") and c.ent_type_) for c in token.children
    )
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # "members of the committee"
    return not owned and not of and token.dep_ not in ("conj", "appos")


def member_bloc(context: Context, token: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(name, id) of the bloc whose members ``token`` names: the bloc the article has named most often
    before it (the latest on a tie); ``None`` where it names none."""
    if not _member_noun(token, lex):
        return None
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for _, actor in mentions_in(context, 0, token.idx):
        if (
            actor.kind == "organisation"
            and {actor.name.lower(), *(a.lower() for a in actor.aliases)} & lex.blocs
        ):
            counts[actor.id] = counts.get(actor.id, 0) + 1
            names.pop(actor.id, None)
            names[actor.id] = actor.name  # the latest mention last
    if not counts:
        return None
    best = max(reversed(list(names)), key=lambda i: counts[i])
    members = [c for c in token.lefts if c.dep_ == "compound" and c.lemma_.lower() in lex.member_nouns]
    return " ".join([names[best], *(c.text for c in members), token.text]), best  # "NATO allies"
