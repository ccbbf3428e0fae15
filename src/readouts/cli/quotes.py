"""``readouts quotes``: who said what, through which channel, with citations (article, date, offsets).

Reads the store's ``quotes`` table joined with ``articles``, never writes; near-duplicates are left out.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from readouts.cli.app import app, echo_json, fail, open_cli_store
from readouts.errors import ReadoutsError
from readouts.store import schema
from readouts.store.queries import check_date

Q = schema.quotes
ART = schema.articles
ID_WIDTH = 10
SHOWN = 160  # characters of a quote shown in the table (--json has it all)


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes to list; text filters match case-insensitively anywhere in the field."""

    speaker: str | None = None
    channel: str | None = None
    side: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    kind: str | None = None
    limit: int | None = None


@dataclass(frozen=True)
class QuoteRow:
    """One stored quote with its citation."""

    article_id: str
    published: str | None
    outlet: str | None
    title: str | None
    text: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    channel: str | None
    cue: str | None
    side: str | None
    start: int
    end: int
    spans: list[list[int]] | None


def _conditions(flt: QuoteFilter) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = [ART.c.duplicate_of.is_(None)]
    if flt.speaker:
        like = f"%{flt.speaker.lower()}%"
        cond.append(
            or_(func.lower(Q.c.speaker_name).like(like), func.lower(Q.c.speaker) == flt.speaker.lower())
        )
    if flt.channel:
        cond.append(func.lower(Q.c.channel).like(f"%{flt.channel.lower()}%"))
    if flt.side:
        cond.append(func.upper(Q.c.side) == flt.side.upper())
    if flt.text:
        cond.append(func.lower(Q.c.text).like(f"%{flt.text.lower()}%"))
    if flt.kind:
        cond.append(Q.c.kind == flt.kind)
    if flt.since:
        cond.append(ART.c.published >= check_date(flt.since))
    if flt.until:
        until = check_date(flt.until)
        cond.append(func.substr(ART.c.published, 1, len(until)) <= until)
    return cond


def find_quotes(conn: Connection, flt: QuoteFilter) -> list[QuoteRow]:
    """Stored quotes matching a filter, newest article first, then in text order."""
    stmt = (
        select(Q, ART.c.published, ART.c.outlet, ART.c.title)
        .select_from(Q.join(ART, ART.c.id == Q.c.article_id))
        .where(and_(*_conditions(flt)))
        .order_by(ART.c.published.desc().nulls_last(), Q.c.article_id, Q.c.start)
    )
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return [_row(m) for m in conn.execute(stmt).mappings()]


def _row(m: Any) -> QuoteRow:
    return QuoteRow(
        article_id=m["article_id"],
        published=m["published"],
        outlet=m["outlet"],
        title=m["title"],
        text=m["text"],
        kind=m["kind"],
        speaker=m["speaker"],
        speaker_name=m["speaker_name"],
        channel=m["channel"],
        cue=m["cue"],
        side=m["side"],
        start=m["start"],
        end=m["end"],
        spans=json.loads(m["spans_json"]) if m["spans_json"] else None,
    )


def _table(rows: list[QuoteRow]) -> Table:
    table = Table(show_lines=False)
    for name in ("published", "article", "offsets", "speaker", "side", "channel", "kind", "quote"):
        table.add_column(name, overflow="fold")
    for r in rows:
        text = r.text if len(r.text) <= SHOWN else r.text[: SHOWN - 1] + "…"
        table.add_row(
            r.published or "",
            r.article_id[:ID_WIDTH],
            f"{r.start}-{r.end}",
            r.speaker_name or "",
            r.side or "",
            r.channel or "",
            r.kind,
            text,
        )
    return table


@app.command()
def quotes(
    speaker: Annotated[
        str | None, typer.Option("--speaker", help="Speaker name contains this (or equals an actor id).")
    ] = None,
    channel: Annotated[str | None, typer.Option("--channel", help="Channel contains this.")] = None,
    side: Annotated[str | None, typer.Option("--side", help="The speaker's country (alpha-3).")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
    ] = None,
    text: Annotated[str | None, typer.Option("--text", help="Quote text contains this.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="direct or indirect.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 100,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List stored quotes with citations: article id, published date and character offsets."""
    if kind is not None and kind not in ("direct", "indirect"):
        raise fail(f"--kind must be direct or indirect, not {kind!r}")
    flt = QuoteFilter(speaker, channel, side, since, until, text, kind, limit)
    with open_cli_store() as store:
        try:
            with store.engine.connect() as conn:
                rows = find_quotes(conn, flt)
        except ReadoutsError as exc:
            raise fail(str(exc)) from exc
    if as_json:
        echo_json([asdict(r) for r in rows])
        return
    Console(highlight=False, soft_wrap=False, width=200, markup=False).print(_table(rows))
    typer.echo(f"{len(rows)} quote(s)", err=True)
