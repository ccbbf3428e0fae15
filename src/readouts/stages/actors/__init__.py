"""The actors stage: people, countries and organisations, one identity across articles, roles from the text.

Ids: ``person:<slug of the fullest name>`` (``person:xi-jinping``), ``country:<ISO alpha-3>`` (Taiwan is
``country:TWN``), ``org:<slug>`` (``org:xinhua``). The European Union is an organisation,
``org:european-union`` ("EU", "Brussels"); a government ("the Chinese government", "the Trump
administration", "Beijing") is its country; the White House and the Kremlin are organisations of their
countries. Known leaders, officials and organisations live in ``data/*.yaml``; a user actors file
(``READOUTS_ACTORS``, see :mod:`readouts.stages.actors.userfile`) is applied on top. Other stages query the
actors through :mod:`readouts.stages.actors.resolve` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from readouts.model import Actor
from readouts.pipeline import Context, Stage
from readouts.stages.actors.resolve import (
    CACHE_KEY,
    ActorIndex,
    actor_at,
    actor_by_id,
    body_of,
    country_of,
    fullest_name,
    mentions_in,
)
from readouts.stages.actors.userfile import lexicon_for

VERSION = "0.2.9"

__all__ = [
    "CACHE_KEY",
    "STAGE",
    "VERSION",
    "ActorIndex",
    "actor_at",
    "actor_by_id",
    "body_of",
    "country_of",
    "extract",
    "fullest_name",
    "make_stage",
    "mentions_in",
]


def extract(doc: Doc, context: Context, user_file: str | Path | None = None) -> Sequence[Actor]:
    """The article's actors; the mention index goes to ``context.cache[CACHE_KEY]``."""
    from readouts.stages.actors.build import run

    lex = lexicon_for(user_file)
    actors, index = run(doc, lex, context.article.published, STAGE.provenance)
    context.cache[CACHE_KEY] = index
    return actors


def make_stage(user_file: str | Path | None = None) -> Stage:
    """The actors stage reading a given user actors file (instead of ``$READOUTS_ACTORS``)."""

    def run(doc: Doc, context: Context) -> Sequence[Actor]:
        return extract(doc, context, user_file)

    return Stage(name="actors", version=VERSION, provides="actors", needs=(), run=run)


STAGE = Stage(name="actors", version=VERSION, provides="actors", needs=(), run=extract)
