"""What other stages use to ask about actors (re-exported from :mod:`readouts.stages.actors`).

The actors stage stores an :class:`ActorIndex` in ``context.cache[CACHE_KEY]``; every function here reads it:

- :func:`actor_at` — the actor a character span refers to (a name, a description such as "the Chinese
  leader", a pronoun, a country, demonym or capital);
- :func:`mentions_in` — every mention inside a span with its actor (pronouns included);
- :func:`actor_by_id`, :func:`country_of`, :func:`fullest_name`.

Mentions listed in ``Actor.mentions`` are names and descriptions; pronoun mentions (he, his, she, her) are
only in the index, so ``actor_at``/``mentions_in`` resolve them but the record does not list them.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from readouts.errors import PipelineError
from readouts.model import Actor, Mention
from readouts.pipeline import Context

if TYPE_CHECKING:
    from readouts.stages.actors.lexicon import KnownActor, Lexicon

CACHE_KEY = "actors.index"
_KIND_RANK = {"person": 0, "organisation": 1, "country": 2}


@dataclass(frozen=True)
class ActorIndex:
    """One article's actors by id and all its mentions as (mention, actor id, form), in text order."""

    actors: dict[str, Actor]
    mentions: tuple[tuple[Mention, str, str], ...]
    lexicon: Lexicon | None = None
    starts: tuple[int, ...] = field(init=False, repr=False, default=())
    longest: int = field(init=False, repr=False, default=0)

    def __post_init__(self) -> None:  # a sorted key for range lookups (mentions are in text order)
        object.__setattr__(self, "starts", tuple(m.start for m, _, _ in self.mentions))
        object.__setattr__(self, "longest", max((m.end - m.start for m, _, _ in self.mentions), default=0))

    def between(self, start: int, end: int) -> Iterator[tuple[Mention, str, str]]:
        """Mentions starting in ``[start - longest, end)``: every one that can overlap ``[start, end)``."""
        i = bisect_left(self.starts, start - self.longest)
        while i < len(self.mentions) and self.mentions[i][0].start < end:
            yield self.mentions[i]
            i += 1

    def inside(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """What :func:`mentions_in` gives, by slicing: every mention starting at least ``longest`` before
        ``end`` ends by it, so only those starting closer are checked one by one."""
        pairs, starts = self._with_actors
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        sure = max(lo, min(hi, bisect_left(starts, end - self.longest)))
        return pairs[lo:sure] + [p for p in pairs[sure:hi] if p[0].end <= end]

    @functools.cached_property
    def _with_actors(self) -> tuple[list[tuple[Mention, Actor]], list[int]]:
        """The mentions of known actors, with their actors, and their starts (in text order)."""
        pairs = [(m, self.actors[a]) for m, a, _ in self.mentions if a in self.actors]
        return pairs, [m.start for m, _ in pairs]


def index_of(context: Context) -> ActorIndex:
    index = context.cache.get(CACHE_KEY)
    if not isinstance(index, ActorIndex):
        raise PipelineError("the actors stage has not run on this article (declare needs=('actors',))")
    return index


def mentions_in(context: Context, start: int, end: int) -> list[tuple[Mention, Actor]]:
    """Mentions lying inside ``[start, end)``, with their actors, in text order."""
    return index_of(context).inside(start, end)


def actor_at(context: Context, start: int, end: int) -> Actor | None:
    """The actor a span refers to: an exact mention, else the most person-like mention inside the span
    (earliest first), else a mention that contains the span; ``None`` where no mention overlaps."""
    index = index_of(context)
    overlapping = [
        (m, index.actors[a])
        for m, a, _ in index.between(start, end)
        if m.start < end and start < m.end and a in index.actors
    ]
    for m, actor in overlapping:
        if (m.start, m.end) == (start, end):
            return actor
    within = [(m, a) for m, a in overlapping if start <= m.start and m.end <= end]
    if within:
        return min(within, key=lambda p: (_KIND_RANK[p[1].kind], p[0].start))[1]
    around = [(m, a) for m, a in overlapping if m.start <= start and end <= m.end]
    return around[0][1] if around else None


def actor_by_id(context: Context, actor_id: str) -> Actor | None:
    """The article's actor with this id (``None`` if the article does not mention it)."""
    return index_of(context).actors.get(actor_id)


def country_of(context: Context, actor_id: str) -> str | None:
    """The alpha-3 code of an actor's country: a country's own code, an organisation's country, a person's
    country from their roles or description (or the lexicon, for a known actor this article does not name)."""
    if actor_id.startswith("country:"):
        return actor_id.split(":", 1)[1]
    index = index_of(context)
    actor = index.actors.get(actor_id)
    if actor is not None:
        return actor.country
    known = index.lexicon.known.get(actor_id) if index.lexicon is not None else None
    return known.country if known is not None else None


_ACTING_BODIES = frozenset(
    {"international", "provincial government", "state government", "devolved government"}
    | {"regional government"}
)


def _acting_body(lexicon: Lexicon, name: str | None) -> KnownActor | None:
    """The lexicon's acting body (an international organisation, a provincial government) of this name."""
    entry = lexicon.entries.get(name or "")
    known = lexicon.known.get(entry.id) if entry is not None else None
    return known if known is not None and known.type in _ACTING_BODIES else None


def body_of(context: Context, actor: Actor) -> tuple[str, str] | None:
    """(name, id) of the body a person acts for rather than their country: the international organisation or
    provincial or state government of the lexicon that their roles name ("NATO Secretary General Mark Rutte",
    "Ontario Premier Doug Ford"); None for anyone else, or where a known role is national. A title the article
    gives without a country ("Commission President Ursula von der Leyen") resolves to the person's own country
    and does not count as a national role."""
    if actor.kind != "person" or not actor.roles:
        return None
    index = index_of(context)
    if index.lexicon is None:
        return None
    found = [(role, _acting_body(index.lexicon, role.of)) for role in actor.roles]
    bodies = [body for _, body in found if body is not None]
    told = context.article.published
    if not bodies or any(
        body is None and (role.of, role.since) != (actor.country, told) for role, body in found
    ):
        return None  # a known national role, or a title naming another country
    known = bodies[0]  # the lexicon's role comes first
    named = index.actors.get(known.id)  # the article's own name for it ("U.N.")
    return (named.name if named is not None else known.name, known.id)


def fullest_name(actor: Actor) -> str:
    """The fullest name of an actor (the longest name the article or the lexicon gives)."""
    return actor.name
