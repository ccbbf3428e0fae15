"""readouts: a cited, queryable record of diplomacy from news articles.

The small public API::

    from readouts import read_paths, extract, open_store, to_contract
    records = extract(loaded.article for loaded in read_paths(["articles/"]) if loaded.article)

Heavy modules (spaCy, SQLAlchemy) load on first use of the names that need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from readouts.errors import ReadoutsError
from readouts.model import (
    Actor,
    Article,
    Commitment,
    Event,
    Provenance,
    Quote,
    Record,
    Span,
    Timex,
    to_contract,
)

if TYPE_CHECKING:
    from readouts.ingest import read_paths
    from readouts.pipeline import extract, extract_one
    from readouts.store import open_store

__version__ = "0.1.0"

_LAZY = {
    "read_paths": "readouts.ingest",
    "extract": "readouts.pipeline",
    "extract_one": "readouts.pipeline",
    "open_store": "readouts.store",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'readouts' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Article",
    "Commitment",
    "Event",
    "Provenance",
    "Quote",
    "ReadoutsError",
    "Record",
    "Span",
    "Timex",
    "__version__",
    "extract",
    "extract_one",
    "open_store",
    "read_paths",
    "to_contract",
]
