"""Loading the ingest lexicons (``readouts/ingest/data/*.yaml``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from readouts.errors import LexiconError


@cache
def load(name: str) -> dict[str, Any]:
    """The mapping stored in ``data/<name>.yaml``; raises :class:`LexiconError` when it does not load."""
    try:
        text = resources.files("readouts.ingest").joinpath("data", f"{name}.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"ingest lexicon {name}.yaml: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"ingest lexicon {name}.yaml: not a mapping")
    return data


def words(name: str, key: str) -> frozenset[str]:
    """A list from a lexicon as a set of strings."""
    return frozenset(str(w) for w in load(name).get(key, []))
