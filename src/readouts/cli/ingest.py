"""``readouts ingest``: read articles into the store (extracting their records), skipping what is stored."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from readouts import batch
from readouts.cli.app import app, fail, settings
from readouts.errors import ReadoutsError
from readouts.store import open_store

MANY_INPUTS = 200  # show progress off a terminal too when a run reads at least this many files


def _count_files(paths: list[str], stop: int) -> int:
    """How many files the inputs name (folders walked), counting no further than ``stop``."""
    n = 0
    for raw in paths:
        path = Path(raw)
        files = (p for p in path.rglob("*") if p.is_file()) if path.is_dir() else iter([path])
        for _ in files:
            n += 1
            if n >= stop:
                return n
    return n


def _example_paths() -> list[str]:
    try:
        from readouts.examples import example_paths
    except ImportError as exc:
        raise fail(f"the bundled examples are not installed: {exc}") from exc
    return [str(p) for p in example_paths()]


@contextmanager
def _progress(show: bool) -> Iterator[batch.ProgressCallback | None]:
    if not show:
        yield None
        return
    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=console.is_terminal) as bar:
        task = bar.add_task("reading", total=None)

        def update(handled: int, report: batch.IngestReport) -> None:
            text = f"{handled} read: {report.new} new, {report.existing} stored, {report.failed} failed"
            bar.update(task, description=text)

        yield update


@app.command()
def ingest(
    paths: Annotated[list[str] | None, typer.Argument(help="Files, folders, globs, or - for stdin.")] = None,
    examples: Annotated[
        bool, typer.Option("--examples", help="Also ingest the bundled example articles.")
    ] = False,
    no_extract: Annotated[
        bool,
        typer.Option("--no-extract", help="Store the articles only; extract later with a run without it."),
    ] = False,
    stage: Annotated[list[str] | None, typer.Option("--stage", help="Run only these stages.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Read articles into the store, with their records; articles already stored are skipped."""
    inputs = list(paths or []) + (_example_paths() if examples else [])
    if not inputs:
        raise fail("nothing to ingest: give files or folders, or --examples")
    show = not as_json and (sys.stderr.isatty() or _count_files(inputs, MANY_INPUTS) >= MANY_INPUTS)
    try:
        stages = None
        if stage and not no_extract:
            from readouts import pipeline

            stages = pipeline.default_stages(stage)
        with open_store(settings.db) as store, _progress(show) as progress:
            report = batch.ingest(store, inputs, extract=not no_extract, stages=stages, progress=progress)
    except KeyboardInterrupt:
        raise fail(
            "interrupted; what was stored stays stored: run the same command again to resume", 130
        ) from None
    except ReadoutsError as exc:
        raise fail(str(exc)) from exc
    for failure in report.failures:
        typer.echo(f"error: {failure.origin}: {failure.reason}", err=True)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(report.summary())
    if not report.ok:
        raise typer.Exit(1)
