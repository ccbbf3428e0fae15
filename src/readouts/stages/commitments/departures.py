"""Troops told leaving by their number ("the remaining 900 or so Kenyan soldiers would leave by road and
air", "about 4,000 troops were due to leave Niger", "a first group of 100 soldiers flew out of Goma"): their
state withdraws that many. The verb has the troops as its subject, so the action readers (which take what a
verb acts on) do not see them. Word lists: ``departing_verbs`` and ``moving_bodies`` in ``actions.yaml``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Provenance, Span
from readouts.pipeline import Context
from readouts.stages.commitments.counted import plural_count
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import modality_of
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.who import buyer_actors

_OUT = frozenset({"out", "home", "back"})  # "flew out of Goma", "pulled back", "went home"
_OWNERS = frozenset({"NORP", "GPE", "ORG"})


def _owner(word: Token) -> bool:
    """A word that may say whose troops they are: a state's or body's name or adjective ("Kenyan", tagged
    as anything by the entity model, or "France's")."""
    return word.ent_type_ in _OWNERS or (word.text[:1].isupper() and word.pos_ in ("ADJ", "PROPN"))


def _departing(verb: Token, lex: Lexicon) -> bool:
    """A verb of leaving: one of ``departing_verbs``, or a verb of moving with "out", "home" or "back"."""
    lemma = verb.lemma_.lower()
    if lemma in lex.departing_verbs:
        return True
    return lemma in ("fly", "go", "pull", "move") and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _OUT for c in verb.children
    )


_GROUPS = frozenset({"group", "batch", "contingent", "wave", "detachment"})


def _of_group(subject: Token | None) -> Token | None:
    """The troops a group is "of" ("a first group of about 100 Kenyan soldiers"), else the subject."""
    if subject is None or subject.lemma_.lower() not in _GROUPS:
        return subject
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj"), subject) if of is not None else subject


def departures(context: Context, sent: SpacySpan, lex: Lexicon, provenance: Provenance) -> list[Commitment]:
    """A withdrawal, with its count, for each verb of leaving whose subject is a counted body of troops."""
    out: list[Commitment] = []
    for verb in sent:
        if verb.pos_ != "VERB" or not _departing(verb, lex):
            continue
        troops = _of_group(clause.subject(verb))
        if troops is None or troops.lemma_.lower() not in lex.moving_bodies:
            continue
        if not any(c.dep_ in ("amod", "compound", "poss") and _owner(c) for c in troops.lefts):
            continue  # whose troops the phrase must say ("Kenyan soldiers", "France's troops")
        count = plural_count(troops)
        modality = modality_of(verb, lex) if count is not None else None
        if count is None or modality is None:
            continue
        out.extend(
            Commitment(
                actor=name,
                actor_id=key,
                action="withdraw",
                object=phrase(troops, with_prep=False),
                modality=modality,
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=count,
                unit="count",
            )
            for name, key in buyer_actors(context, troops, lex)[:1]
        )
    return out
