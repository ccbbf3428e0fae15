"""The embedded store: SQLite by default (WAL), any SQLAlchemy URL otherwise. See :mod:`readouts.store.store`.

Tables live in :mod:`readouts.store.schema` (for queries by other modules: ``schema.actors`` etc. and
``store.engine``); migrations in :mod:`readouts.store.migrate`.
"""

from __future__ import annotations

from readouts.store.migrate import SCHEMA_VERSION
from readouts.store.rows import AddResult, AddStatus, ArticleRow, Entities, Stored
from readouts.store.store import Store, open_store

__all__ = [
    "SCHEMA_VERSION",
    "AddResult",
    "AddStatus",
    "ArticleRow",
    "Entities",
    "Store",
    "Stored",
    "open_store",
]
