"""The user actors file: aliases, roles with validity dates, merges and splits, loaded on top of the lexicon.

Path: the ``READOUTS_ACTORS`` environment variable, or the ``user_file`` argument of
:func:`readouts.stages.actors.make_stage` / :func:`lexicon_for`. Format (YAML)::

    actors:                                # new actors, or additions to known ones (matched by id)
      - name: Carlos Salinas               # fullest name (required for a new actor)
        kind: person                       # person | organisation | country (default: person)
        id: person:carlos-salinas          # optional; default <person|org>:<slug of name>, country:<CODE>
        country: USA                       # alpha-3 code
        gender: m                          # m | f, for pronouns (people only)
        type: trade group                  # organisations only (think tank, ministry, company, media, ...)
        aliases: [Salinas, USSEC's Salinas]  # forms that name this actor in any article
        roles:                             # with validity dates (ISO; until omitted = still held)
          - {title: Executive Director, of: U.S. Soybean Export Council, from: 2020-01-01, until: null}
    merges:                                # ids that are one actor: each of ``ids`` becomes ``into``
      - {into: person:donald-trump, ids: [person:trump, person:donald-j-trump]}
    splits:                                # an alias that must no longer link to an actor
      - {alias: Harris, id: person:kamala-harris}

Roles from the file are added to an actor when they hold on the article's published date, like the roles
of the built-in lexicon. A file that does not parse or validate raises :class:`LexiconError`.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from readouts.errors import LexiconError
from readouts.stages.actors.lexicon import Entry, KnownActor, Lexicon, builtin, known_roles, read_yaml, slug

ENV_VAR = "READOUTS_ACTORS"
_KINDS = {"person": "person", "organisation": "org", "organization": "org", "country": "country"}
_LOADED: dict[tuple[str, float], Lexicon] = {}


def user_path(user_file: str | Path | None = None) -> Path | None:
    """The user actors file to use: the argument, else ``$READOUTS_ACTORS``, else none."""
    raw = str(user_file) if user_file is not None else os.environ.get(ENV_VAR)
    return Path(raw).expanduser() if raw else None


def lexicon_for(user_file: str | Path | None = None) -> Lexicon:
    """The built-in lexicon, with the user actors file applied on top when there is one."""
    path = user_path(user_file)
    if path is None:
        return builtin()
    try:
        key = (str(path.resolve()), path.stat().st_mtime)
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the actors file ({exc})") from exc
    if key not in _LOADED:
        _LOADED[key] = apply(builtin(), read_yaml(path), str(path))
    return _LOADED[key]


def _actor_id(item: dict[str, Any], where: str) -> tuple[str, str]:
    kind = str(item.get("kind", "person"))
    if kind not in _KINDS:
        raise LexiconError(f"{where}: unknown kind {kind!r}")
    if item.get("id"):
        return str(item["id"]), kind
    if "name" not in item:
        raise LexiconError(f"{where}: an actor needs a name or an id")
    if kind == "country":
        code = item.get("country")
        if not code:
            raise LexiconError(f"{where}: a country needs its alpha-3 code in 'country'")
        return f"country:{code}", kind
    return f"{_KINDS[kind]}:{slug(str(item['name']))}", kind


def _add_actor(lex: Lexicon, item: Any, where: str) -> None:
    if not isinstance(item, dict):
        raise LexiconError(f"{where}: each actor must be a mapping")
    actor_id, kind = _actor_id(item, where)
    actor = lex.known.get(actor_id)
    if actor is None:
        if "name" not in item:
            raise LexiconError(f"{where}: {actor_id} is not known; give its name")
        kind_name = "organisation" if _KINDS[kind] == "org" else kind
        actor = KnownActor(actor_id, str(item["name"]), kind_name)  # type: ignore[arg-type]
        lex.known[actor_id] = actor
    actor.name = str(item.get("name", actor.name))
    actor.country = item.get("country", actor.country)
    actor.gender = item.get("gender", actor.gender)
    actor.type = item.get("type", actor.type)
    try:
        actor.roles.extend(known_roles(list(item.get("roles", []))))
    except (KeyError, TypeError) as exc:
        raise LexiconError(f"{where}: a role needs a title ({exc})") from exc
    for form in [actor.name, *[str(a) for a in item.get("aliases", [])]]:
        lex.entries[form] = Entry(actor_id, "name")


def apply(base: Lexicon, data: Any, where: str = "actors file") -> Lexicon:
    """A copy of ``base`` with a parsed user actors file applied."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a mapping with actors, merges, splits")
    lex = copy.copy(base)
    lex.entries = dict(base.entries)
    lex.known = copy.deepcopy(base.known)
    lex.merges = dict(base.merges)
    lex.compiled = {}
    for item in data.get("actors", []) or []:
        _add_actor(lex, item, where)
    for merge in data.get("merges", []) or []:
        if not isinstance(merge, dict) or "into" not in merge:
            raise LexiconError(f"{where}: a merge needs 'into' and 'ids'")
        for old in merge.get("ids", []):
            lex.merges[str(old)] = str(merge["into"])
    for split in data.get("splits", []) or []:
        if not isinstance(split, dict) or "alias" not in split:
            raise LexiconError(f"{where}: a split needs 'alias' (and optionally 'id')")
        entry = lex.entries.get(str(split["alias"]))
        if entry is not None and split.get("id") in (None, entry.id):
            del lex.entries[str(split["alias"])]
    return lex
