"""``readouts extract``: print the contract's object for each article, one JSON line per article."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from readouts.cli.app import app, fail
from readouts.ingest import read_paths
from readouts.model import Article, to_contract


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin.")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl: one object per line.")] = (
        OutputFormat.jsonl
    ),
    stage: Annotated[
        list[str] | None, typer.Option("--stage", help="Run only these stages (and what they need).")
    ] = None,
) -> None:
    """Extract records from articles (no store involved) and print them in the contract's shape."""
    from readouts import pipeline  # spaCy loads only for the commands that parse

    articles: list[Article] = []
    failures = 0
    for loaded in read_paths(paths):
        if loaded.error is not None:
            failures += 1
            typer.echo(f"error: {loaded.error}", err=True)
        elif loaded.article is not None:
            articles.append(loaded.article)
    stages = pipeline.default_stages(stage) if stage else None
    records: list[dict[str, object]] = []
    for record in pipeline.extract(articles, stages=stages):
        for problem in record.errors:
            failures += 1
            typer.echo(
                f"error: {record.article.source_path or record.article.source_file}: {problem}", err=True
            )
        obj = to_contract(record)
        if format is OutputFormat.json:
            records.append(obj)
        else:  # each line as soon as it is ready
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if format is OutputFormat.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if failures:
        raise fail(f"{failures} problem(s); every readable article still has its line", code=1)
