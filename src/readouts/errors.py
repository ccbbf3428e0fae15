"""Every error readouts raises on purpose derives from :class:`ReadoutsError`.

The tree::

    ReadoutsError
    ├── InputError              one input file (or record inside one) could not be read; names file and reason
    │   ├── UnreadableInput     missing, a directory, permission denied
    │   ├── BinaryInput         the bytes are not text
    │   ├── EmptyInput          nothing but white space (or an empty body after cleaning)
    │   ├── OversizedInput      larger than the documented limit (readouts.ingest.MAX_BYTES)
    │   ├── EncodingInputError  bytes that no text encoding explains
    │   └── MalformedInput      a header, JSON line, feed or WARC record that does not parse
    ├── StoreError              the database could not be opened, migrated or written
    │   └── SchemaVersionError  the database was written by a newer readouts
    ├── PipelineError           stages that cannot run in the requested order, a missing stage
    ├── ModelMissingError       the spaCy model package is not installed
    ├── LexiconError            a lexicon or user actors file that does not load or validate
    └── EvaluationError         a gold file that does not follow the contract
"""

from __future__ import annotations


class ReadoutsError(Exception):
    """Base class of every error readouts raises on purpose."""


class InputError(ReadoutsError):
    """An input could not be turned into an article. ``path`` names it, ``reason`` says why."""

    kind = "input"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnreadableInput(InputError):
    kind = "unreadable"


class BinaryInput(InputError):
    kind = "binary"


class EmptyInput(InputError):
    kind = "empty"


class OversizedInput(InputError):
    kind = "oversized"


class EncodingInputError(InputError):
    kind = "encoding"


class MalformedInput(InputError):
    kind = "malformed"


class StoreError(ReadoutsError):
    """The store could not be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The database's schema is newer than this readouts understands."""


class PipelineError(ReadoutsError):
    """The stage registry cannot satisfy what was asked."""


class ModelMissingError(ReadoutsError):
    """The spaCy pipeline package is not installed."""


class LexiconError(ReadoutsError):
    """A lexicon or actors file does not load or does not validate."""


class EvaluationError(ReadoutsError):
    """A gold file does not follow the contract."""
