"""What a word that names no actor refers to: "the junta" (the country the article names most), "the group"
(the organisation it names most), "allies" and "the leaders" of a bloc's summit (the bloc), "the foreign
ministry" (the dateline's country), "his government" (the speaker's); "it" is
:func:`readouts.clause.named_subject_before`."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import mentions_in
from readouts.stages.actors.lexicon import builtin
from readouts.stages.events.lexicon import lexicon as events_lexicon

_STATE_BODIES = frozenset(
    {"ministry", "presidency"}
)  # "the foreign ministry summoned ...": no word says whose


def _named_so_far(context: Context, token: Token) -> tuple[Counter[str], dict[str, Actor]]:
    """How often the article names each actor before ``token``, and the actors by id."""
    counts: Counter[str] = Counter()
    actors: dict[str, Actor] = {}
    for _, actor in mentions_in(context, 0, token.idx):
        counts[actor.id] += 1
        actors[actor.id] = actor
    return counts, actors


def _most(counts: Counter[str], actors: dict[str, Actor], wanted: set[str]) -> str | None:
    """The id named most among ``wanted`` (the first named on a tie)."""
    ranked = [k for k in actors if k in wanted]
    return max(ranked, key=lambda k: counts[k]) if ranked else None


def most_named_country(context: Context, token: Token) -> Actor | None:
    """The country the article names most before ``token``."""
    counts, actors = _named_so_far(context, token)
    best = _most(counts, actors, {k for k, a in actors.items() if a.kind == "country"})
    return actors[best] if best else None


def unnamed_group(token: Token) -> bool:
    """ "the group", "the militants": a group word after "the", with no word of which ("the Group of
    Seven", "the rebel group M23", "Houthi militants")."""
    if token.lower_ not in events_lexicon().group_words or not token.is_lower:
        return False
    if any(c.dep_ in ("amod", "compound", "poss", "nmod", "appos") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)


def named_group(context: Context, token: Token) -> Actor | None:
    """For "the group" or "the militants" with no word of which: the organisation (not a state body) the
    article names most before ``token``."""
    counts, actors = _named_so_far(context, token)
    groups = {k for k, a in actors.items() if a.kind == "organisation"}
    best = _most(counts, actors, groups)
    return actors[best] if best else None


def named_bloc(context: Context, token: Token, at_least: int = 1) -> Actor | None:
    """The bloc (an international organisation) the article names most before ``token``, if it names it
    ``at_least`` times."""
    counts, actors = _named_so_far(context, token)
    blocs = {k for k, a in actors.items() if a.kind == "organisation" and a.country is None}
    best = _most(counts, actors, blocs)
    return actors[best] if best and counts[best] >= at_least else None


def summit_bloc(context: Context, token: Token) -> Actor | None:
    """For "the leaders" or "they" with no word of whose: the bloc the article names most, where it names
    it at least twice and more often than any one person (a G7 summit, not a Trump-Xi meeting on an APEC
    summit's sidelines)."""
    counts, actors = _named_so_far(context, token)
    blocs = {k for k, a in actors.items() if a.kind == "organisation" and a.country is None}
    best = _most(counts, actors, blocs)
    people = [counts[k] for k, a in actors.items() if a.kind == "person"]
    if best is None or counts[best] < 2 or counts[best] <= max(people, default=0):
        return None
    return actors[best]


def home_body(context: Context, token: Token) -> Actor | None:
    """For "the foreign ministry" with no word of whose (no possessor, no country's name or adjective): the
    country of the article's dateline where the article names it, else the country it names most."""
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    unnamed = not any(w.dep_ == "poss" or w.ent_type_ or not w.is_lower for w in words)
    if token.lemma_.lower() not in _STATE_BODIES or not token.is_lower or not unnamed:
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
        return None
    dateline = context.article.dateline or ""
    code = builtin().country_code(dateline) or builtin().country_code(dateline.title())
    counts, actors = _named_so_far(context, token)
    home = actors.get(f"country:{code}") if code else None
    if home is not None:
        return home
    best = _most(counts, actors, {k for k, a in actors.items() if a.kind == "country"})
    return actors[best] if best else None  # the most named country, from the same one scan


_GOVERNMENTS = frozenset({"government", "administration", "cabinet", "party", "country"})
_OWNERS = frozenset({"his", "her", "their", "our", "my"})


def speakers_own(subj: Token) -> Token | None:
    """For "his government" (or party, cabinet ...) under a speech verb, the speaker ("Orban said his
    government would veto the package": Orban acts through it)."""
    if subj.lemma_.lower() not in _GOVERNMENTS or not any(
        c.dep_ == "poss" and c.lower_ in _OWNERS for c in subj.children
    ):
        return None
    return clause.speaker_of(subj)
