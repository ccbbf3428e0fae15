"""The ``readouts`` command. Each command group lives in its own module and registers on ``app``.

Commands stay thin: they parse options, call one library function and render its result (a Rich table,
or JSON with ``--json``).
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from readouts.errors import ReadoutsError

if TYPE_CHECKING:
    from readouts.store import Store

app = typer.Typer(
    name="readouts",
    help="Turn news coverage of diplomacy into a cited, queryable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules that add commands to ``app``; imported by ``main`` (and by the tests through ``get_app``).
COMMAND_MODULES: tuple[str, ...] = (
    "readouts.cli.ingest",
    "readouts.cli.extract",
    "readouts.cli.articles",
    "readouts.cli.evaluate",
    "readouts.cli.actors",
    "readouts.cli.quotes",
    "readouts.cli.records",
)

DEFAULT_DB = Path("~/.local/share/readouts/readouts.db")


def default_db_path() -> str:
    """``READOUTS_DB`` if set, else ``~/.local/share/readouts/readouts.db``. A database URL
    (``postgresql://...``) is kept as given; a path has ``~`` expanded."""
    return _expand(os.environ.get("READOUTS_DB") or str(DEFAULT_DB))


def _expand(value: str) -> str:
    return value if "://" in value else str(Path(value).expanduser())


class Settings:
    """Options given before the command (``readouts --db PATH COMMAND``)."""

    db: str = default_db_path()


settings = Settings()


@app.callback()
def _root(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLite file or database URL (default: $READOUTS_DB, else "
            "~/.local/share/readouts/readouts.db).",
        ),
    ] = None,
) -> None:
    settings.db = _expand(db) if db is not None else default_db_path()


def get_app() -> typer.Typer:
    for module in COMMAND_MODULES:
        importlib.import_module(module)
    return app


def open_cli_store() -> Store:
    """The store named by ``--db``/``READOUTS_DB``; a store error becomes an ``error:`` line and exit 2."""
    from readouts.store import open_store

    try:
        return open_store(settings.db)
    except ReadoutsError as exc:
        raise fail(str(exc)) from exc


def echo_json(value: Any) -> None:
    typer.echo(json.dumps(value, ensure_ascii=False, indent=2))


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print an error line on stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def main() -> None:
    try:
        get_app()()
    except ReadoutsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from exc
