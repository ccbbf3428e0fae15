"""Schema versions and the migrations between them, applied when a store is opened.

A fresh database gets the current tables (:data:`readouts.store.schema.metadata`) and is stamped with
:data:`SCHEMA_VERSION`. An older database is brought up to date by the migrations in :data:`MIGRATIONS`,
in order, each in its own transaction: ``MIGRATIONS[v]`` takes a database at version ``v`` to ``v + 1``.
To change the schema: edit ``schema.py``, append a migration that makes the same change to an existing
database, and the version follows. A database stamped with a newer version raises
:class:`~readouts.errors.SchemaVersionError` (it was written by a newer readouts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Connection, Engine, inspect, select

from readouts.errors import SchemaVersionError, StoreError
from readouts.store import schema

Migration = Callable[[Connection], None]

VERSION_KEY = "schema_version"


def create_current(conn: Connection) -> None:
    """The tables of ``schema.py`` as they are now (and, on SQLite, the full-text index)."""
    schema.metadata.create_all(conn)
    create_fts(conn)


def create_fts(conn: Connection) -> None:
    """The SQLite full-text index over article title and body, filled from existing articles."""
    if conn.dialect.name != "sqlite":
        return
    exists = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = ?", (schema.FTS_TABLE,)).first()
    for statement in schema.SQLITE_FTS:
        conn.exec_driver_sql(statement)
    if exists is None:
        conn.exec_driver_sql(
            f"INSERT INTO {schema.FTS_TABLE}(article_id, title, body) "
            "SELECT id, coalesce(title, ''), body FROM articles"
        )


def add_event_parties(conn: Connection) -> None:
    """Version 2: ``events.parties``, how many leading participants are the event's parties (older rows
    keep NULL: all their participants were parties)."""
    if "parties" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN parties INTEGER")


# MIGRATIONS[v] upgrades a database at version v. Index 0 creates the schema from nothing.
MIGRATIONS: tuple[Migration, ...] = (create_current, add_event_parties)
SCHEMA_VERSION = len(MIGRATIONS)


def read_version(conn: Connection) -> int:
    """The version stamped in ``meta`` (0 for a database without one)."""
    if not inspect(conn).has_table("meta"):
        return 0
    value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == VERSION_KEY)).scalar()
    if value is None:
        return 0
    try:
        return int(value)
    except ValueError as exc:
        raise StoreError(f"the store's schema version {value!r} is not a number") from exc


def _stamp(conn: Connection, version: int) -> None:
    table = schema.meta
    if conn.execute(select(table.c.key).where(table.c.key == VERSION_KEY)).first() is None:
        conn.execute(table.insert().values(key=VERSION_KEY, value=str(version)))
    else:
        conn.execute(table.update().where(table.c.key == VERSION_KEY).values(value=str(version)))


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database to the latest version; return that version."""
    latest = len(migrations)
    with engine.begin() as conn:
        version = read_version(conn)
        if version > latest:
            raise SchemaVersionError(
                f"the store is at schema version {version}, newer than this readouts understands "
                f"({latest}); upgrade readouts"
            )
        if version == 0:
            create_current(conn)
            _stamp(conn, latest)
            return latest
    while version < latest:
        with engine.begin() as conn:
            migrations[version](conn)
            version += 1
            _stamp(conn, version)
    return version
