"""Two sides' accounts of one call or meeting, side by side.

For each merged CONSULT event (call, meeting, visit, virtual meeting) whose participants belong to at least
two countries, the quotes that the articles leading with it attribute to each of those countries' speakers
(a leader, a ministry, the government itself) are gathered under that side, each with its citation. What
one side's readout says and the other's leaves out is then plain to see.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from readouts.link.citations import Citation, cite
from readouts.link.events import MergedEvent, merge_events


@dataclass(frozen=True)
class Statement:
    text: str
    kind: str
    speaker: str | None
    channel: str | None
    citation: Citation


@dataclass(frozen=True)
class Account:
    side: str  # alpha-3 code
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Comparison:
    event: MergedEvent
    accounts: tuple[Account, ...]


def _countries(records: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Actor id → country code, from every record's actors (countries map to themselves)."""
    out: dict[str, str] = {}
    for record in records:
        for actor in record.get("actors") or []:
            ident, country = actor.get("id"), actor.get("country")
            if ident and str(ident).startswith("country:"):
                out[str(ident)] = str(ident).split(":", 1)[1]
            elif ident and country:
                out.setdefault(str(ident), str(country))
    return out


def _sides(event: MergedEvent, countries: dict[str, str]) -> list[str]:
    sides: list[str] = []
    for ident in event.participant_ids:
        code = countries.get(ident)
        if code and code not in sides:
            sides.append(code)
    return sides


def _statements(record: dict[str, Any], side: str) -> list[Statement]:
    out = []
    for q in record.get("quotes") or []:
        if q.get("side") == side:
            where = cite(record, {"start": q.get("start", 0), "end": q.get("end", 0)})
            out.append(
                Statement(
                    str(q.get("text")), str(q.get("kind")), q.get("speaker_name"), q.get("channel"), where
                )
            )
    return out


def _lead(record: dict[str, Any]) -> dict[str, Any] | None:
    """The article's first call or meeting: its story (later ones are mentioned in passing)."""
    return next((e for e in record.get("events") or [] if e.get("type") == "CONSULT"), None)


def compare_accounts(
    records: Iterable[dict[str, Any]], *, modes: Sequence[str] | None = None
) -> list[Comparison]:
    """Comparisons for every merged CONSULT event with two or more sides and something said, oldest first."""
    kept = list(records)
    countries = _countries(kept)
    by_id = {str(r.get("id")): r for r in kept}
    out = []
    for event in merge_events(kept):
        if event.type != "CONSULT" or (modes and event.mode not in modes):
            continue
        sides = _sides(event, countries)
        if len(sides) < 2:
            continue
        reporting = {
            r.citation.article_id for r in event.reports if r.event is _lead(by_id[r.citation.article_id])
        }
        accounts = tuple(
            Account(side, tuple(s for aid in sorted(reporting) for s in _statements(by_id[aid], side)))
            for side in sides
        )
        if any(a.statements for a in accounts):
            out.append(Comparison(event, accounts))
    return out
