"""Why a gold item was missed: the nearest system item and the checks it fails (for ``eval --errors``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from readouts.evaluation import match
from readouts.evaluation.dates import date_agrees
from readouts.evaluation.names import names_match

Item = Mapping[str, Any]


def event_failures(gold: Item, system: Item) -> list[str]:
    """The event checks a system event fails against a gold event."""
    failed = []
    if str(gold.get("type", "")).upper() != str(system.get("type", "")).upper():
        failed.append("type")
    parts = match.participants(system)
    if not all(any(names_match(p, n, i) for n, i in parts) for p in gold.get("participants", [])):
        failed.append("participants")
    if gold.get("status") is not None and gold.get("status") != system.get("status"):
        failed.append("status")
    if not date_agrees(gold.get("date"), system.get("date")):
        failed.append("date")
    return failed


def commitment_failures(gold: Item, system: Item) -> list[str]:
    """The commitment checks a system commitment fails against a gold commitment."""
    failed = []
    if not names_match(str(gold["actor"]), system.get("actor"), system.get("actor_id")):
        failed.append("actor")
    if not match.objects_share_word(str(gold["object"]), str(system.get("object") or "")):
        failed.append("object")
    if not match.quantity_matches(gold, system):
        failed.append("quantity/unit")
    return failed


def nearest(
    gold: Item,
    systems: Sequence[Item],
    failures: Callable[[Item, Item], list[str]],
    describe: Callable[[Item], str],
    most: int = 2,
) -> str:
    """``nearest: <system item> (differs in: ...)`` for the system item failing fewest checks, or ``""``."""
    scored = [(len(f), i, f) for i, f in enumerate(failures(gold, s) for s in systems) if len(f) <= most]
    if not scored:
        return ""
    _, index, failed = min(scored)
    return f"nearest: {describe(systems[index])} (differs in: {', '.join(failed)})"


def timex_value_hint(occ: match.Occurrence, systems: Sequence[Item]) -> str:
    """The values of system timexes found at a gold occurrence whose value was missed."""
    values = [str(s.get("value")) for s in systems if match.timex_found(occ, s)]
    return f"found with value(s): {', '.join(values)}" if values else ""
