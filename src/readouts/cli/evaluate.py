"""``readouts eval`` (score a gold folder) and ``readouts gate`` (hold F1 scores to their floors)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from readouts.cli.app import app, fail
from readouts.errors import EvaluationError
from readouts.evaluation import KINDS, Counts, Report
from readouts.evaluation import gate as gating
from readouts.evaluation.run import evaluate


def _row(counts: Counts) -> list[str]:
    return [
        f"{counts.p:.3f}",
        f"{counts.r:.3f}",
        f"{counts.f1:.3f}",
        str(counts.tp),
        str(counts.gold),
        str(counts.system),
    ]


def _kinds_table(report: Report, title: str) -> Table:
    table = Table(title=title)
    for col in ("kind", "P", "R", "F1", "tp", "gold", "system"):
        table.add_column(col, justify="left" if col == "kind" else "right")
    for kind in KINDS:
        table.add_row(kind, *_row(report.counts[kind]))
    return table


def _articles_table(report: Report) -> Table:
    table = Table(title="F1 by article (tp/gold/system)")
    table.add_column("article")
    for kind in KINDS:
        table.add_column(kind, justify="right")
    for row in report.articles:
        cells = [f"{c.f1:.2f} ({c.tp}/{c.gold}/{c.system})" for c in (row.counts[k] for k in KINDS)]
        table.add_row(row.article + ("" if row.paired else " (no record)"), *cells)
    return table


def _types_table(report: Report) -> Table:
    table = Table(title="events by PLOVER type")
    for col in ("type", "P", "R", "F1", "tp", "gold", "system"):
        table.add_column(col, justify="left" if col == "type" else "right")
    for kind, counts in report.event_types.items():
        table.add_row(kind, *_row(counts))
    return table


def _print_errors(console: Console, report: Report) -> None:
    for kind in KINDS:
        misses, fps = report.misses[kind], report.false_positives[kind]
        if not misses and not fps:
            continue
        console.rule(f"{kind}: {len(misses)} missed, {len(fps)} false positive(s)")
        for item in misses:
            hint = f"  [{item.detail}]" if item.detail else ""
            console.print(f"MISS  {item.article}: {item.text}{hint}", markup=False, highlight=False)
        for item in fps:
            console.print(f"FP    {item.article}: {item.text}", markup=False, highlight=False)


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold *.json files.")],
    corpus_dir: Annotated[
        Path | None, typer.Argument(help="Folder of the articles (default: the corpus beside GOLD_DIR).")
    ] = None,
    system: Annotated[
        Path | None,
        typer.Option(
            "--system",
            help="Score this JSONL (as `readouts extract` prints it), or a folder of gold-shaped *.json "
            "files (a second annotation: annotator agreement).",
        ),
    ] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and false positive.")] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help='Print {kind: {"p","r","f1","tp","gold","system"}}.')
    ] = False,
    by_article: Annotated[
        bool, typer.Option("--by-article", help="Add a table of scores by article.")
    ] = False,
    by_type: Annotated[
        bool,
        typer.Option("--by-type", help="Add events' scores by PLOVER type (in --json: events_by_type)."),
    ] = False,
) -> None:
    """Score the pipeline (or a system file) against gold files: P, R, F1 per record kind."""
    try:
        result = evaluate(gold_dir, corpus_dir, system_file=system)
    except EvaluationError as exc:
        raise fail(str(exc)) from exc
    report = result.report
    if as_json:
        out: dict[str, object] = dict(report.as_json())
        if by_type:
            out["events_by_type"] = {k: c.as_dict() for k, c in report.event_types.items()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return
    console = Console(width=max(Console().width, 120))
    source = (
        f"system file {system}"
        if system
        else f"pipeline over {result.articles} article(s) in {result.corpus_dir}"
    )
    console.print(_kinds_table(report, f"{gold_dir} — {source}"))
    if by_article:
        console.print(_articles_table(report))
    if by_type:
        console.print(_types_table(report))
    if errors:
        _print_errors(console, report)
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)


@app.command("gate")
def gate(
    update: Annotated[
        bool, typer.Option("--update", help="Raise the floors to the current scores (never lowers them).")
    ] = False,
    baseline: Annotated[Path, typer.Option("--baseline", help="Floors file.")] = gating.BASELINE,
    corpus: Annotated[
        list[str] | None,
        typer.Option("--corpus", help=f"Run only these dev sets ({', '.join(gating.KNOWN_CORPORA)})."),
    ] = None,
) -> None:
    """Run the pipeline over every dev set present; exit 1 when an F1 is below its floor."""
    try:
        result = gating.run_gate(baseline, tuple(corpus) if corpus else gating.DEFAULT_CORPORA)
    except EvaluationError as exc:
        raise fail(str(exc)) from exc
    console = Console(width=max(Console().width, 100))
    ran = ", ".join(r.corpus.name for r in result.results) or "none"
    console.print(f"ran on: {ran}", markup=False)
    for name, why in result.absent:
        console.print(f"absent: {name} — {why}", markup=False)
    for r in result.results:
        table = Table(title=f"{r.corpus.name} ({r.corpus.gold_dir})")
        for col in ("kind", "F1", "floor", ""):
            table.add_column(col, justify="left" if col == "kind" else "right")
        for kind in KINDS:
            ok = kind not in r.below
            table.add_row(kind, f"{r.scores[kind]:.4f}", f"{r.floors[kind]:.4f}", "ok" if ok else "BELOW")
        console.print(table)
    if update:
        raised = gating.raise_floors(result, baseline)
        for name, kind, old, new in raised:
            console.print(f"raised {name}/{kind}: {old:.4f} -> {new:.4f}", markup=False)
        console.print(
            f"{baseline} updated ({len(raised)} floor(s) raised); review and commit it deliberately."
        )
    if not result.passed:
        below = [f"{r.corpus.name}/{k}" for r in result.results for k in r.below]
        typer.echo(f"gate failed: below floor: {', '.join(below)}", err=True)
        raise typer.Exit(1)
    console.print("gate passed")
