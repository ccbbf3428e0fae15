"""``readouts actors`` and ``readouts actor NAME``: the people, countries and organisations in the store.

Both read the store's ``actors`` and ``mentions`` tables (one row per actor per article), never write.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import Connection, distinct, func, or_, select

from readouts.cli.app import app, echo_json, fail, open_cli_store
from readouts.store import schema

KINDS = ("person", "country", "organisation")
ACT = schema.actors
MEN = schema.mentions
ART = schema.articles


@dataclass(frozen=True)
class ActorSummary:
    """One actor across the store: how many articles name it and how often."""

    id: str
    name: str
    kind: str
    country: str | None
    articles: int
    mentions: int


@dataclass(frozen=True)
class RoleSpan:
    """A role as the articles give it: first and last published date of the articles that say so."""

    title: str
    of: str | None
    since: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int


@dataclass(frozen=True)
class ActorDetail:
    actor: ActorSummary
    aliases: list[str] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)


def list_actors(
    conn: Connection, kind: str | None = None, country: str | None = None, limit: int | None = None
) -> list[ActorSummary]:
    """Actors named in stored records, most articles first."""
    n_articles = func.count(distinct(ACT.c.article_id)).label("n")
    stmt = select(
        ACT.c.actor_id, func.max(ACT.c.name), func.max(ACT.c.kind), func.max(ACT.c.country), n_articles
    )
    if kind:
        stmt = stmt.where(ACT.c.kind == kind)
    if country:
        stmt = stmt.where(func.upper(ACT.c.country) == country.upper())
    stmt = stmt.group_by(ACT.c.actor_id).order_by(n_articles.desc(), ACT.c.actor_id)
    if limit:
        stmt = stmt.limit(limit)
    rows = conn.execute(stmt).all()
    counts = _mention_counts(conn, [r[0] for r in rows])
    return [ActorSummary(r[0], r[1], r[2], r[3], int(r[4]), counts.get(r[0], 0)) for r in rows]


def _mention_counts(conn: Connection, ids: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(MEN.c.actor_id, func.count()).where(MEN.c.actor_id.in_(chunk)).group_by(MEN.c.actor_id)
        counts.update({str(a): int(n) for a, n in conn.execute(stmt)})
    return counts


def find_actor_ids(conn: Connection, name: str) -> list[str]:
    """Actor ids a name means: the id itself, an exact name, else names or aliases containing it."""
    low = name.lower()
    exact = (
        select(ACT.c.actor_id).distinct().where(or_(ACT.c.actor_id == name, func.lower(ACT.c.name) == low))
    )
    found = [str(r[0]) for r in conn.execute(exact)]
    if found:
        return found
    alias = select(ACT.c.actor_id).distinct().where(func.lower(ACT.c.aliases_json).like(f'%"{low}"%'))
    found = [str(r[0]) for r in conn.execute(alias)]
    if found:
        return found
    pattern = f"%{low}%"
    loose = (
        select(ACT.c.actor_id)
        .distinct()
        .where(or_(func.lower(ACT.c.name).like(pattern), func.lower(ACT.c.aliases_json).like(pattern)))
    )
    return [str(r[0]) for r in conn.execute(loose)]


def _roles(rows: Iterable[tuple[str, str | None]]) -> list[RoleSpan]:
    spans: dict[tuple[str, str | None], dict[str, Any]] = {}
    for roles_json, published in rows:
        for role in json.loads(roles_json):
            key = (role["title"], role.get("of"))
            span = spans.setdefault(key, {"since": role.get("since"), "dates": [], "n": 0})
            span["n"] += 1
            if published:
                span["dates"].append(published)
            if role.get("since") and (span["since"] is None or role["since"] < span["since"]):
                span["since"] = role["since"]
    out = [
        RoleSpan(t, of, s["since"], min(s["dates"], default=None), max(s["dates"], default=None), s["n"])
        for (t, of), s in spans.items()
    ]
    return sorted(out, key=lambda r: (r.first_seen or "", r.since or "", r.title))


def actor_detail(conn: Connection, actor_id: str) -> ActorDetail | None:
    """Everything the store says of one actor: aliases, roles over time, the articles naming it."""
    summaries = [s for s in list_actors(conn) if s.id == actor_id]
    if not summaries:
        return None
    stmt = (
        select(ACT.c.roles_json, ACT.c.aliases_json, ART.c.published, ART.c.id, ART.c.title, ART.c.outlet)
        .select_from(ACT.join(ART, ART.c.id == ACT.c.article_id))
        .where(ACT.c.actor_id == actor_id)
        .order_by(ART.c.published.nulls_first(), ART.c.id)
    )
    rows = conn.execute(stmt).all()
    aliases = list(dict.fromkeys(a for r in rows for a in json.loads(r[1])))
    per_article = select(MEN.c.article_id, func.count()).where(MEN.c.actor_id == actor_id)
    mentions: dict[str, int] = {
        str(k): int(v) for k, v in conn.execute(per_article.group_by(MEN.c.article_id))
    }
    articles = [
        {"id": r[3], "published": r[2], "title": r[4], "outlet": r[5], "mentions": int(mentions.get(r[3], 0))}
        for r in rows
    ]
    roles = _roles((r[0], r[2]) for r in rows)
    return ActorDetail(summaries[0], aliases, roles, articles)


@app.command("actors")
def actors_command(
    kind: Annotated[str | None, typer.Option("--kind", help="person, country or organisation.")] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="Only actors of this country (alpha-3).")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List the actors of the stored records, most articles first."""
    if kind is not None and kind not in KINDS:
        raise fail(f"--kind must be one of {', '.join(KINDS)}")
    with open_cli_store() as store, store.engine.connect() as conn:
        found = list_actors(conn, kind, country, limit)
    if as_json:
        echo_json([asdict(a) for a in found])
        return
    table = Table("name", "kind", "country", "articles", "mentions")
    table.add_column("id", overflow="fold")
    for a in found:
        table.add_row(a.name, a.kind, a.country or "", str(a.articles), str(a.mentions), a.id)
    Console(highlight=False, soft_wrap=False, markup=False).print(table)
    typer.echo(f"{len(found)} actor(s)", err=True)


@app.command("actor")
def actor_command(
    name: Annotated[str, typer.Argument(help="An actor id, name or alias (any case).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show one actor: roles over time, aliases, the articles that mention it."""
    with open_cli_store() as store, store.engine.connect() as conn:
        ids = find_actor_ids(conn, name)
        if len(ids) > 1:
            raise fail(f"{name!r} is ambiguous: {', '.join(sorted(ids)[:10])}", code=1)
        detail = actor_detail(conn, ids[0]) if ids else None
    if detail is None:
        raise fail(f"no actor {name!r} in the store", code=1)
    if as_json:
        echo_json(asdict(detail))
        return
    _print_detail(detail)


def _print_detail(detail: ActorDetail) -> None:
    a = detail.actor
    console = Console(highlight=False, soft_wrap=False, markup=False)
    console.print(f"{a.name}  ({a.id}, {a.kind}{', ' + a.country if a.country else ''})")
    console.print(f"{a.articles} article(s), {a.mentions} mention(s)")
    if detail.aliases:
        console.print("aliases: " + "; ".join(detail.aliases))
    if detail.roles:
        roles = Table("title", "of", "since", "first seen", "last seen", "articles", title="roles")
        for r in detail.roles:
            roles.add_row(
                r.title, r.of or "", r.since or "", r.first_seen or "", r.last_seen or "", str(r.articles)
            )
        console.print(roles)
    arts = Table("article", "published", "outlet", "title", "mentions", title="articles")
    for art in detail.articles:
        arts.add_row(
            art["id"][:10],
            art["published"] or "",
            art["outlet"] or "",
            art["title"] or "",
            str(art["mentions"]),
        )
    console.print(arts)
