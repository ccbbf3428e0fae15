"""Gold files: load and check them against the contract (``shared/schema/extraction.md``).

A gold file is one article's JSON object holding a subset of the contract's fields: ``source_file``
(or ``id``) naming the article, and lists ``quotes``, ``events``, ``commitments``, ``timexes`` and
``ignore`` (texts). Unknown fields are kept and not checked. A file that leaves out one of the lists
does not annotate that kind: the scorer counts neither gold nor system items of that kind for it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readouts.errors import EvaluationError
from readouts.model import PLOVER_TYPES

ITEM_FIELDS: tuple[str, ...] = ("quotes", "events", "commitments", "timexes")
EVENT_STATUSES: frozenset[str] = frozenset({"occurred", "planned", "proposed", "cancelled"})


@dataclass(frozen=True)
class GoldFile:
    """One checked gold file. ``raw`` is the object as read; the tuples are its lists."""

    path: str
    source_file: str | None
    article_id: str | None
    published: str | None
    quotes: tuple[Mapping[str, Any], ...]
    events: tuple[Mapping[str, Any], ...]
    commitments: tuple[Mapping[str, Any], ...]
    timexes: tuple[Mapping[str, Any], ...]
    ignore: tuple[str, ...]
    raw: Mapping[str, Any]

    def annotates(self, field: str) -> bool:
        """Whether the file has the list ``field`` (``quotes``, ``events``, ``commitments``, ``timexes``)."""
        return field in self.raw

    @property
    def key(self) -> str:
        """What the article is known by: its source file, else its id."""
        return self.source_file or self.article_id or self.path


def _fail(where: str, message: str) -> EvaluationError:
    return EvaluationError(f"{where}: {message}")


def _opt_str(item: Mapping[str, Any], name: str, where: str) -> None:
    value = item.get(name)
    if value is not None and not isinstance(value, str):
        raise _fail(where, f"{name!r} must be a string or null")


def _str_list(value: Any, where: str, name: str) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, f"{name!r} must be a list of strings")


def _check_quote(q: Mapping[str, Any], where: str) -> None:
    if not isinstance(q.get("text"), str) or not q["text"].strip():
        raise _fail(where, "a quote needs a non-empty 'text'")
    _opt_str(q, "speaker_name", where)
    if "speaker_alternatives" in q:
        _str_list(q["speaker_alternatives"], where, "speaker_alternatives")


def _check_event(e: Mapping[str, Any], where: str) -> None:
    if e.get("type") not in PLOVER_TYPES:
        raise _fail(where, f"event type {e.get('type')!r} is not one of PLOVER's sixteen")
    _str_list(e.get("participants", []), where, "participants")
    if "status" in e and e["status"] not in EVENT_STATUSES:
        raise _fail(where, f"event status {e['status']!r} is not one of {sorted(EVENT_STATUSES)}")
    _opt_str(e, "date", where)


def _check_commitment(c: Mapping[str, Any], where: str) -> None:
    for name in ("actor", "object"):
        if not isinstance(c.get(name), str) or not c[name].strip():
            raise _fail(where, f"a commitment needs a non-empty {name!r}")
    quantity = c.get("quantity")
    if quantity is not None and (isinstance(quantity, bool) or not isinstance(quantity, int | float)):
        raise _fail(where, "'quantity' must be a number or null")
    _opt_str(c, "unit", where)


def _check_timex(t: Mapping[str, Any], where: str) -> None:
    if not isinstance(t.get("text"), str) or not t["text"].strip():
        raise _fail(where, "a timex needs a non-empty 'text'")
    _opt_str(t, "value", where)


_CHECKS = {
    "quotes": _check_quote,
    "events": _check_event,
    "commitments": _check_commitment,
    "timexes": _check_timex,
}


def parse_gold(data: Any, where: str = "<gold>") -> GoldFile:
    """Check a gold object (already parsed from JSON) and wrap it; raise EvaluationError if it is wrong."""
    if isinstance(data, GoldFile):
        return data
    if not isinstance(data, Mapping):
        raise _fail(where, "a gold file must hold one JSON object")
    source_file, article_id = data.get("source_file"), data.get("id")
    if not isinstance(source_file, str) and not isinstance(article_id, str):
        raise _fail(where, "a gold file needs 'source_file' or 'id'")
    lists: dict[str, tuple[Mapping[str, Any], ...]] = {}
    for name in ITEM_FIELDS:
        items = data.get(name, [])
        if not isinstance(items, list):
            raise _fail(where, f"{name!r} must be a list")
        for i, item in enumerate(items):
            if not isinstance(item, Mapping):
                raise _fail(where, f"{name}[{i}] must be an object")
            _CHECKS[name](item, f"{where}: {name}[{i}]")
        lists[name] = tuple(items)
    ignore = data.get("ignore", [])
    _str_list(ignore, where, "ignore")
    _opt_str(data, "published", where)
    return GoldFile(
        path=where,
        source_file=source_file if isinstance(source_file, str) else None,
        article_id=article_id if isinstance(article_id, str) else None,
        published=data.get("published"),
        ignore=tuple(ignore),
        raw=data,
        **lists,
    )


def load_gold(path: str | Path) -> GoldFile:
    """Read and check one gold file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text("utf-8"))
    except OSError as exc:
        raise _fail(str(p), f"cannot be read ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(str(p), f"is not JSON ({exc})") from exc
    return parse_gold(data, str(p))


def load_gold_dir(directory: str | Path) -> tuple[GoldFile, ...]:
    """Every ``*.json`` gold file directly inside a folder, sorted by name."""
    d = Path(directory)
    if not d.is_dir():
        raise EvaluationError(f"{d}: not a folder of gold files")
    files = sorted(d.glob("*.json"))
    if not files:
        raise EvaluationError(f"{d}: holds no *.json gold files")
    return tuple(load_gold(f) for f in files)
