"""Joint actors named by a phrase: "the two sides", "both countries", "each side", "the two leaders" stand
for the two countries (or people) the text has just named."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.model import Actor
from readouts.pipeline import Context
from readouts.stages.actors import actor_by_id, country_of, mentions_in
from readouts.stages.actors.lexicon import builtin
from readouts.stages.commitments.lexicon import lexicon
from readouts.stages.commitments.modality import binds

_PAIR_NOUNS = {
    "side": "country",
    "country": "country",
    "nation": "country",
    "government": "country",
    "capital": "country",
    "leader": "person",
    "president": "person",
    "minister": "person",
    "official": "person",
    "envoy": "person",
    "negotiator": "person",
    "delegation": "country",
    "state": "country",
    "power": "country",  # "the two regional powers"
    "neighbour": "country",
    "neighbor": "country",
    "ally": "country",
    "partner": "country",
    "economy": "country",
}
_LEADER_TITLES = ("president", "prime minister", "premier", "chancellor", "king", "leader", "emperor")
_LOOKBACK = 1500  # characters before the phrase in which the two are looked for


def is_pair(token: Token) -> bool:
    two = any(c.dep_ == "nummod" and c.lower_ in ("two", "2") for c in token.children)
    both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "amod") for c in token.children)
    return token.lemma_.lower() in _PAIR_NOUNS and (two or both or _each(token))


def _each(token: Token) -> bool:
    """ "Each country would drop its lawsuits", "neither side would use force": "each" or "neither" and a pair
    noun as the subject of a modal verb (not "with each side naming a lead official")."""
    each = any(c.lower_ in ("each", "neither") and c.dep_ == "det" for c in token.children)
    return each and token.dep_ == "nsubj" and any(c.dep_ == "aux" for c in token.head.children)


def _country_name(context: Context, actor: Actor) -> tuple[str, str] | None:
    code = country_of(context, actor.id)
    if not code:
        return None
    country = actor_by_id(context, f"country:{code}")
    known = builtin().known.get(f"country:{code}")
    return (country.name if country else known.name if known else code), f"country:{code}"


def pair_actor(context: Context, token: Token, *, countries: bool) -> list[tuple[str, str]] | None:
    """The two actors "the two sides" or "the two leaders" stands for, as (name, id) pairs; people become
    their countries where ``countries`` is asked or the noun names countries."""
    if not is_pair(token):
        return None
    people = _PAIR_NOUNS[token.lemma_.lower()] == "person"
    leaders = _two_leaders(context, token) if people else None
    states = countries or token.lemma_.lower() not in ("leader", "president")  # ministers act for states
    if leaders is not None and states:  # "the two leaders agreed to share data": their countries
        lifted = [c for a in leaders if (c := _country_name(context, a)) is not None]
        if len(lifted) == 2 and lifted[0] != lifted[1]:
            return lifted
    if countries or not people:
        asker = _asker(context, token)
        return _sentence_countries(context, token, asker) or top_countries(context, token, asker)
    return [(a.name, a.id) for a in leaders] if leaders is not None else None


def _two_leaders(context: Context, token: Token) -> list[Actor] | None:
    """The two leaders (or ministers, envoys ...: people with the phrase's title) named last before the
    phrase, the first named first."""
    noun = token.lemma_.lower()
    seen: dict[str, Actor] = {}
    for _, actor in reversed(mentions_in(context, max(0, token.idx - _LOOKBACK), token.idx)):
        if actor.kind == "person" and (
            _leads(actor) if noun in ("leader", "president") else _titled(actor, noun)
        ):
            seen.setdefault(actor.id, actor)
        if len(seen) == 2:
            second, first = seen.values()
            return [first, second]
    return None


def _party(context: Context, actor: Actor) -> tuple[str, str] | None:
    """The side an actor stands for in a pair: an armed group is its own side ("the army and the RSF ...
    the two sides"), anyone else their country."""
    known = builtin().known.get(actor.id)
    if known is not None and known.type == "armed group":
        return actor.name, actor.id
    return _country_name(context, actor)


def _asker(context: Context, token: Token) -> frozenset[str]:
    """Countries of whoever asks "the two sides" to act ("China urged the two sides to ..."): the subject
    of the verb the phrase is the object of; the asker is not one of the two."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or binds(verb, lexicon()):
        return frozenset()  # "the memorandum, signed by X and Y, commits the two governments": no asker
    found: set[str] = set()
    for subject in _subjects(verb):
        first, last = subject.left_edge, subject.right_edge
        for _, actor in mentions_in(context, first.idx, last.idx + len(last)):
            country = _country_name(context, actor)
            if country is not None:
                found.add(country[1])
    return frozenset(found)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or its first conjunct's ("condemned the raid and urged the two sides"); for a
    pronoun, the subject of the speech verb above ("the State Department said it urged ...")."""
    while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ == "conj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and all(s.pos_ == "PRON" for s in subjects) and verb.dep_ == "ccomp":
        return [c for c in verb.head.children if c.dep_ == "nsubj"] or subjects
    return subjects


def _sentence_countries(
    context: Context, token: Token, asker: frozenset[str] = frozenset()
) -> list[tuple[str, str]] | None:
    """Exactly two countries named earlier in the phrase's sentence ("X pledged to invest in Y, and the two
    governments announced ..."), leaving out the one who asks them."""
    found: dict[str, str] = {}
    for _, actor in mentions_in(context, token.sent.start_char, token.idx):
        country = _party(context, actor)
        if country is not None and country[1] not in asker:
            found.setdefault(country[1], country[0])
    if len(found) != 2:
        return None
    return [(name, key) for key, name in found.items()]


def _titled(actor: Actor, noun: str) -> bool:
    """A person with the phrase's title ("minister", "envoy"); any titled person for "officials"."""
    return any(noun == "official" or noun in r.title.lower() for r in actor.roles)


def _leads(actor: Actor) -> bool:
    return any(any(word in r.title.lower() for word in _LEADER_TITLES) for r in actor.roles)


def _country_counts(
    context: Context, token: Token, *, groups: bool = False
) -> tuple[dict[str, int], dict[str, str]]:
    """How often the article names each country (or, with ``groups``, each side: armed groups count apart
    from their country) up to ``token``, and the name it first uses."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for _, actor in mentions_in(context, 0, token.idx):
        found = _party(context, actor) if groups else _country_name(context, actor)
        if found is not None:
            counts[found[1]] = counts.get(found[1], 0) + 1
            names.setdefault(found[1], found[0])
    return counts, names


def top_countries(
    context: Context, token: Token, asker: frozenset[str] = frozenset()
) -> list[tuple[str, str]] | None:
    """The two countries the article has named most often up to the phrase (the first named first), other
    than the one who asks them."""
    counts, names = _country_counts(context, token, groups=True)
    top = sorted((k for k in counts if k not in asker), key=lambda k: -counts[k])[:2]
    if len(top) < 2:
        return None
    first, second = sorted(top, key=list(names).index)
    return [(names[first], first), (names[second], second)]


def main_country(context: Context, token: Token) -> tuple[str, str] | None:
    """The country the article has named most often up to ``token``, where it is named at least twice
    as often as any other (the article's own country); else ``None``."""
    counts, names = _country_counts(context, token)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    best = max(names, key=lambda k: counts[k])
    return names[best], best


def nearby_country(context: Context, token: Token) -> tuple[str, str] | None:
    """The one country named in the phrase's sentence or the sentence before it, up to the phrase ("Spain
    would not go along. Its prime minister said his government would ...": Spain); else ``None``."""
    sent = token.sent
    before = token.doc[sent.start - 1].sent if sent.start > 0 else sent
    found: dict[str, str] = {}
    for _, actor in mentions_in(context, before.start_char, token.idx):
        if actor.kind == "country" or actor.id.startswith("country:"):
            country = _country_name(context, actor)
            if country is not None:
                found.setdefault(country[1], country[0])
    if len(found) != 1:
        return None
    return next((name, key) for key, name in found.items())
