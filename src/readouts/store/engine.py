"""Turning a path or URL into a SQLAlchemy engine; SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from readouts.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
_URL = re.compile(r"^[a-z][a-z0-9+]*://", re.IGNORECASE)


def store_url(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL: a plain path becomes a SQLite file URL (its folder is created)."""
    text = str(path_or_url)
    if isinstance(path_or_url, str) and _URL.match(text):
        return text
    if text == ":memory:":
        return "sqlite://"
    path = Path(text).expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder for the store {path}: {exc}") from exc
    return f"sqlite:///{path}"


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy's BEGIN (below) own transactions instead of the sqlite3 module's implicit ones.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path_or_url: str | Path) -> Engine:
    url = store_url(path_or_url)
    try:
        engine = create_engine(url)
    except (ArgumentError, SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot open the store {safe_url(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine
