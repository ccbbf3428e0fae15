"""``readouts articles``, ``readouts show`` and ``readouts stats``: what the store holds."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from readouts.cli.app import app, echo_json, fail, open_cli_store
from readouts.errors import ReadoutsError
from readouts.model import RECORD_FIELDS
from readouts.store import ArticleRow, Entities

ID_WIDTH = 10
ENTITIES_SHOWN = 5  # names of each kind shown in the table (--json has them all)


def _console() -> Console:
    return Console(highlight=False, soft_wrap=False, markup=False)


@app.command()
def articles(
    since: Annotated[
        str | None, typer.Option("--since", help="Published on or after (YYYY[-MM[-DD]]).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Published on or before (YYYY[-MM[-DD]]).")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (any case).")] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Full-text search of title and body.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many.")] = 50,
    entities: Annotated[
        bool, typer.Option("--entities", help="Also list the people, countries and organisations named.")
    ] = False,
    duplicates: Annotated[
        bool, typer.Option("--duplicates", help="Also list near-duplicates (copies of a listed article).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list.")] = False,
) -> None:
    """List stored articles, newest first (near-duplicates only with --duplicates)."""
    with open_cli_store() as store:
        try:
            rows = store.articles(
                since=since,
                until=until,
                outlet=outlet,
                query=query,
                limit=limit,
                include_duplicates=duplicates,
                with_body=not as_json,
            )
        except ReadoutsError as exc:
            raise fail(str(exc)) from exc
        found = store.entities([r.id for r in rows]) if entities else {}
    if as_json:
        items = [r.as_dict() | ({"entities": found[r.id].as_dict()} if entities else {}) for r in rows]
        echo_json(items)
        return
    _console().print(_articles_table(rows, found if entities else None))
    typer.echo(f"{len(rows)} article(s)", err=True)


def _named(entities: Entities, most: int = ENTITIES_SHOWN) -> Text:
    out = Text()
    for label, names in (("people", entities.people), ("countries", entities.countries)):
        if names:
            more = f" +{len(names) - most}" if len(names) > most else ""
            out.append(f"{label}: ", style="bold").append(", ".join(names[:most]) + more + "\n")
    if entities.organisations:
        names = entities.organisations
        more = f" +{len(names) - most}" if len(names) > most else ""
        out.append("organisations: ", style="bold").append(", ".join(names[:most]) + more)
    out.rstrip()
    return out


def _articles_table(rows: list[ArticleRow], entities: dict[str, Entities] | None) -> Table:
    table = Table(show_lines=entities is not None)
    table.add_column("id", no_wrap=True)
    table.add_column("published", no_wrap=True)
    if entities is None:
        table.add_column("outlet", overflow="fold", ratio=1)
        table.add_column("title", overflow="fold", ratio=3)
        for r in rows:
            table.add_row(r.id[:ID_WIDTH], r.published or "", r.outlet or "", _title(r))
        return table
    table.add_column("title / outlet", overflow="fold", ratio=2)
    table.add_column("named", overflow="fold", ratio=3)
    for r in rows:
        title = Text(_title(r))
        if r.outlet:
            title.append("\n" + r.outlet, style="dim")
        table.add_row(r.id[:ID_WIDTH], r.published or "", title, _named(entities[r.id]))
    return table


def _title(row: ArticleRow, n: int = 8) -> str:
    title = row.title or " ".join((row.body or "").split()[:n]) + " ..."
    return f"{title} (copy of {row.duplicate_of[:ID_WIDTH]})" if row.duplicate_of else title


def _record_summary(record: dict[str, Any]) -> list[str]:
    lines = [f"stages: {', '.join(record.get('stages', []))}"]
    for key in RECORD_FIELDS:
        items = record.get(key) or []
        lines.append(f"{key}: {len(items)}")
    names = [f"{a['name']} ({a['kind']})" for a in record.get("actors", [])]
    if names:
        lines.append("actors named: " + ", ".join(names))
    for q in record.get("quotes", [])[:5]:
        lines.append(f'quote: {q.get("speaker_name") or "?"}: "{q["text"]}"')
    for e in record.get("events", [])[:5]:
        lines.append(
            f"event: {e['type']} {', '.join(e.get('participants', []))} {e.get('date') or ''}".rstrip()
        )
    return lines


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id or a unique prefix of one.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the article and its record as JSON.")
    ] = False,
) -> None:
    """Show one stored article: metadata, body and its record."""
    with open_cli_store() as store:
        try:
            row = store.get(article_id)
        except ReadoutsError as exc:
            raise fail(str(exc)) from exc
        if row is None:
            raise fail(f"no stored article has the id {article_id!r}")
        record = store.record(row.id)
    if as_json:
        echo_json({"article": row.as_dict(), "record": record})
        return
    console = _console()
    meta = Table(show_header=False, box=None)
    for key, value in row.as_dict().items():
        if key not in ("body", "extra") and value not in (None, ""):
            meta.add_row(key, str(value))
    for key, value in row.extra:
        meta.add_row(key, value)
    console.print(meta)
    console.print()
    console.print(row.body or "", markup=False, soft_wrap=True)
    console.print()
    if record is None:
        why = f"a near-duplicate of {row.duplicate_of}" if row.duplicate_of else "not extracted yet"
        console.print(f"record: none ({why})", markup=False)
    else:
        for line in _record_summary(record):
            console.print(line, markup=False)


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False) -> None:
    """Counts of what the store holds: per table, per outlet, and the published date range."""
    with open_cli_store() as store:
        numbers = store.stats()
    if as_json:
        echo_json(numbers)
        return
    console = _console()
    console.print(f"store: {numbers['store']} (schema version {numbers['schema_version']})", markup=False)
    counts = Table("table", "rows")
    for name, n in numbers["tables"].items():
        counts.add_row(name, str(n))
    console.print(counts)
    first, last = numbers["published"]["first"], numbers["published"]["last"]
    console.print(f"published: {first or '?'} to {last or '?'}", markup=False)
    console.print(f"near-duplicates: {numbers['near_duplicates']}", markup=False)
    console.print(f"without a record: {numbers['without_record']}", markup=False)
    outlets = Table("outlet", "articles")
    for name, n in numbers["by_outlet"].items():
        outlets.add_row(name, str(n))
    console.print(outlets)
