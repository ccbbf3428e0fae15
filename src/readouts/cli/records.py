"""``readouts timeline``, ``commitments`` and ``compare``: the merged record across stored articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from readouts.cli.app import app, echo_json, open_cli_store
from readouts.link import CommitmentReport, merge_events, track_commitments
from readouts.link.compare import compare_accounts
from readouts.link.objects import singular
from readouts.link.views import comparison_view, event_view, filter_events, filter_tracks, track_view


def _quantity(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    if value == 1 and unit and unit.islower():
        unit = singular(unit)  # "1 year", "1 cargo"; codes (USD) stay
    return f"{number} {unit or ''}".strip()


def _report_line(report: CommitmentReport) -> str:
    amount = _quantity(report.item.get("quantity"), report.item.get("unit"))
    voice = report.item.get("actor")
    by = f" (by {voice})" if voice and voice != report.party else ""
    return f"{report.item.get('modality')} {amount}{by} {report.citation.label()}"


@app.command()
def timeline(
    actor: Annotated[str | None, typer.Option(help="Only events this actor takes part in.")] = None,
    between: Annotated[
        tuple[str, str] | None, typer.Option(help="Only events with both actors (two names).")
    ] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Events merged across every stored article, oldest first, each with its citations."""
    with open_cli_store() as store:
        merged = merge_events(store.records())
    events = filter_events(merged, actor=actor, between=between, type=type, since=since, until=until)
    if as_json:
        echo_json([event_view(e) for e in events])
        return
    table = Table("date", "event", "participants", "status", "where", "reports")
    for e in events:
        kind = f"{e.type}/{e.mode}" if e.mode else e.type
        cites = "\n".join(c.label() for c in e.citations)
        table.add_row(e.date or "?", kind, ", ".join(e.participants), e.status, e.location or "", cites)
    Console(markup=False).print(table)


@app.command()
def commitments(
    actor: Annotated[str | None, typer.Option(help="Only this actor's commitments.")] = None,
    object: Annotated[
        str | None, typer.Option("--object", help="Only objects sharing a word with this.")
    ] = None,
    status: Annotated[str | None, typer.Option(help="open, in progress, met or missed.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Each commitment's trajectory across stored articles: pledges, changes and executions, cited."""
    with open_cli_store() as store:
        tracks = track_commitments(store.records())
    chosen = filter_tracks(tracks, actor=actor, object=object, status=status)
    if as_json:
        echo_json([track_view(t) for t in chosen])
        return
    table = Table("actor", "object", "status", "history", "reports")
    for t in chosen:
        history = " → ".join(_quantity(q, t.target[1]) for q in t.history)
        lines = [_report_line(r) for r in (*t.pledges, *t.executions)]
        table.add_row(t.actor, t.object, t.status, history, "\n".join(lines))
    Console(markup=False).print(table)


@app.command()
def compare(
    between: Annotated[
        tuple[str, str] | None, typer.Option(help="Only events with both actors (two names).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Each side's account of the same call or meeting: what its speakers said, with citations."""
    with open_cli_store() as store:
        found = compare_accounts(store.records())
    chosen = {
        id(e) for e in filter_events([c.event for c in found], between=between, since=since, until=until)
    }
    comparisons = [c for c in found if id(c.event) in chosen]
    if as_json:
        echo_json([comparison_view(c) for c in comparisons])
        return
    console = Console(markup=False, highlight=False)
    for c in comparisons:
        e = c.event
        console.print(
            f"{e.date or '?'}  {e.type}/{e.mode}  {', '.join(e.participants)}  ({len(e.reports)} reports)"
        )
        for account in c.accounts:
            console.print(f"  {account.side}:" + ("" if account.statements else " (no statements)"))
            for s in account.statements:
                channel = f" ({s.channel})" if s.channel else ""
                console.print(f"    {s.speaker or '?'}{channel}: {s.text}  [{s.citation.label()}]")
        console.print("")
