"""Filters and plain-data views of merged events and commitment tracks, for the CLI and the API."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict
from typing import Any

from readouts.link.citations import Citation, bounds
from readouts.link.commitments import CommitmentReport, Track, object_words
from readouts.link.compare import Comparison
from readouts.link.events import MergedEvent


def _names_match(query: str, names: Iterable[str], ids: Iterable[str]) -> bool:
    q = query.strip().lower()
    if q in {i.lower() for i in ids}:
        return True
    for name in names:
        lowered = name.lower()
        if q == lowered or q in lowered.split() or (len(q) > 3 and q in lowered):
            return True
    return False


def _in_range(value: str | None, since: str | None, until: str | None) -> bool:
    if not (since or until):
        return True
    b = bounds(value)
    if b is None:
        return False
    lo, hi = bounds(since), bounds(until)
    return (lo is None or b[1] >= lo[0]) and (hi is None or b[0] <= hi[1])


def filter_events(
    events: Sequence[MergedEvent],
    *,
    actor: str | None = None,
    between: tuple[str, str] | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[MergedEvent]:
    out = []
    for e in events:
        if type and e.type != type.upper():
            continue
        if actor and not _names_match(actor, e.participants, e.participant_ids):
            continue
        if between and not all(_names_match(a, e.participants, e.participant_ids) for a in between):
            continue
        if not _in_range(e.date, since, until):
            continue
        out.append(e)
    return out


def filter_tracks(
    tracks: Sequence[Track], *, actor: str | None = None, object: str | None = None, status: str | None = None
) -> list[Track]:
    out = []
    for t in tracks:
        if actor and not _names_match(actor, [t.actor, *t.voiced_by], [t.actor_id or ""]):
            continue
        if object and not object_words(object) & object_words(t.object, glosses=True):
            continue
        if status and t.status != status:
            continue
        out.append(t)
    return out


def _citation(c: Citation) -> dict[str, Any]:
    return asdict(c)


def event_view(e: MergedEvent) -> dict[str, Any]:
    return {
        "type": e.type,
        "mode": e.mode,
        "participants": list(e.participants),
        "participant_ids": list(e.participant_ids),
        "date": e.date,
        "status": e.status,
        "location": e.location,
        "citations": [_citation(c) for c in e.citations],
    }


def _report_view(r: CommitmentReport) -> dict[str, Any]:
    keep = (
        "actor",
        "action",
        "object",
        "quantity",
        "unit",
        "previous_quantity",
        "period",
        "deadline",
        "modality",
    )
    return {**{k: r.item.get(k) for k in keep}, "citation": _citation(r.citation)}


def track_view(t: Track) -> dict[str, Any]:
    target, unit = t.target
    return {
        "actor": t.actor,
        "actor_id": t.actor_id,
        "voiced_by": list(t.voiced_by),
        "object": t.object,
        "status": t.status,
        "target": target,
        "unit": unit,
        "history": list(t.history),
        "reports": [_report_view(r) for r in t.pledges],
        "executions": [_report_view(r) for r in t.executions],
    }


def comparison_view(c: Comparison) -> dict[str, Any]:
    return {
        "event": event_view(c.event),
        "accounts": [
            {
                "side": a.side,
                "statements": [{**asdict(s), "citation": _citation(s.citation)} for s in a.statements],
            }
            for a in c.accounts
        ],
    }
