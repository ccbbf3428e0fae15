"""The outcome of reading one input (or one record inside an input)."""

from __future__ import annotations

from dataclasses import dataclass

from readouts.errors import InputError
from readouts.model import Article


@dataclass(frozen=True)
class Loaded:
    """One outcome of reading: an article, or the error that stopped one input."""

    origin: str
    article: Article | None = None
    error: InputError | None = None
