"""One event reported by many articles becomes one merged event citing every report.

Two reports are the same event when they have the same PLOVER type, compatible modes (equal, or one
unknown), overlapping participants (by actor id, else by last name) and compatible dates: their intervals
overlap, or one report has no date and was published within ``UNDATED_WINDOW_DAYS`` after the other's date.
The merged status is the latest report's (a planned visit later reported as made becomes ``occurred``).
Only an event's parties count (see :func:`parties`): the other actors its sentence names are not compared
and not carried into the merged event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from readouts.link.citations import Citation, bounds, cite, narrower, overlaps

UNDATED_WINDOW_DAYS = 21


@dataclass(frozen=True)
class EventReport:
    event: dict[str, Any]
    citation: Citation

    @property
    def keys(self) -> frozenset[str]:
        return participant_keys(self.event)


@dataclass(frozen=True)
class MergedEvent:
    type: str
    mode: str | None
    participants: tuple[str, ...]
    participant_ids: tuple[str, ...]
    date: str | None
    status: str
    location: str | None
    reports: tuple[EventReport, ...]

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(r.citation for r in self.reports)

    def sort_key(self) -> tuple[dt.date, str]:
        b = bounds(self.date)
        return (b[0] if b else dt.date.max, self.type)


def parties(event: dict[str, Any]) -> tuple[list[str], list[str | None]]:
    """An event's parties: its participants up to ``parties`` (the rest are other actors its sentence
    names, which never make two reports one event), or all of them in records without that key."""
    names = list(event.get("participants") or [])
    ids = list(event.get("participant_ids") or [])
    count = event.get("parties")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        names, ids = names[:count], ids[:count]
    return names, ids


def participant_keys(event: dict[str, Any]) -> frozenset[str]:
    names, ids = parties(event)
    keys = set()
    for i, name in enumerate(names):
        ident = ids[i] if i < len(ids) else None
        if ident:
            keys.add(str(ident))
        elif str(name).strip():
            keys.add(f"name:{str(name).split()[-1].lower()}")
    return frozenset(keys)


def _undated_fits(dated: EventReport, undated: EventReport) -> bool:
    b = bounds(dated.event.get("date"))
    published = bounds(undated.citation.published)
    if b is None or published is None:
        return False
    return b[0] <= published[0] <= b[1] + dt.timedelta(days=UNDATED_WINDOW_DAYS)


def _other_people(keys: frozenset[str]) -> bool:
    return any(k.startswith("person:") for k in keys)


def same_event(a: EventReport, b: EventReport) -> bool:
    ea, eb = a.event, b.event
    if ea.get("type") != eb.get("type"):
        return False
    if ea.get("mode") and eb.get("mode") and ea["mode"] != eb["mode"]:
        return False
    if not (a.keys & b.keys) or (_other_people(a.keys - b.keys) and _other_people(b.keys - a.keys)):
        return False  # Xi's call with Putin and his call with Trump the same day are two calls
    da, db = ea.get("date"), eb.get("date")
    if da and db:
        return overlaps(da, db)
    if da:
        return _undated_fits(a, b)
    if db:
        return _undated_fits(b, a)
    return a.citation.article_id == b.citation.article_id and a.keys == b.keys


def _merge(group: list[EventReport]) -> MergedEvent:
    group = sorted(group, key=lambda r: (r.citation.published or "", r.citation.article_id))
    latest = group[-1].event
    names: dict[str, str] = {}
    for report in group:
        names_of, ids = parties(report.event)
        for i, name in enumerate(names_of):
            key = (ids[i] if i < len(ids) else None) or name
            if len(name) > len(names.get(key, "")):
                names[key] = name
    when: str | None = None
    for report in group:
        when = narrower(when, report.event.get("date")) if when else report.event.get("date")
    mode = next((r.event["mode"] for r in group if r.event.get("mode")), None)
    location = next((r.event["location"] for r in reversed(group) if r.event.get("location")), None)
    return MergedEvent(
        type=str(latest.get("type")),
        mode=mode,
        participants=tuple(names.values()),
        participant_ids=tuple(k for k in names if ":" in k),
        date=when,
        status=str(latest.get("status") or "occurred"),
        location=location,
        reports=tuple(group),
    )


def event_reports(records: Iterable[dict[str, Any]]) -> list[EventReport]:
    return [EventReport(e, cite(r, e.get("evidence"))) for r in records for e in r.get("events") or []]


def merge_events(records: Iterable[dict[str, Any]]) -> list[MergedEvent]:
    """Merged events from contract records, oldest first (undated last)."""
    reports = event_reports(records)
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = {}
    for i, report in enumerate(reports):
        by_type.setdefault(str(report.event.get("type")), []).append(i)
    for members in by_type.values():
        for n, i in enumerate(members):
            for j in members[n + 1 :]:
                if same_event(reports[i], reports[j]):
                    parent[find(j)] = find(i)
    groups: dict[int, list[EventReport]] = {}
    for i, report in enumerate(reports):
        groups.setdefault(find(i), []).append(report)
    return sorted(_attach_background([_merge(g) for g in groups.values()]), key=MergedEvent.sort_key)


def _attach_background(merged: list[MergedEvent]) -> list[MergedEvent]:
    """An undated meeting of two people told as done ("since their meeting in Busan") is their latest dated
    meeting before the report: it joins that event rather than standing as a row of its own."""
    out: list[MergedEvent | None] = list(merged)
    for i, event in enumerate(merged):
        target = _latest_before(event, out) if event.date is None and event.status == "occurred" else None
        if target is not None:
            joined = out[target]
            if joined is None:  # never: only dated events are targets, only undated ones are removed
                continue
            out[target] = _merge([*joined.reports, *event.reports])
            out[i] = None
    return [m for m in out if m is not None]


def _latest_before(event: MergedEvent, merged: list[MergedEvent | None]) -> int | None:
    """The position of the pair's latest dated meeting before the report, if any."""
    people = {i for i in event.participant_ids if i.startswith("person:")}
    published = min((b[0] for r in event.reports if (b := bounds(r.citation.published))), default=None)
    if len(people) < 2 or published is None:
        return None
    earlier = [
        (b[0], j) for j, m in enumerate(merged)
        if m is not None and m.date and m.type == event.type and m.mode == event.mode
        and m.status == "occurred" and people <= set(m.participant_ids)
        and (b := bounds(m.date)) and b[1] <= published
    ]  # fmt: skip
    return max(earlier, key=lambda pair: pair[0])[1] if earlier else None
