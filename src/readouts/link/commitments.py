"""Commitments across articles: a history per actor and object, and the executions that carry it out.

Reports of a commitment (pledged, agreed, considering, demanded, expected) by the same actor on the same
object, with the same cadence (once, or recurring "annually"), form a :class:`Track`; the quantities it
went through make its ``history`` (12 Mt pledged → 20 Mt under consideration). Reports with modality
``executed`` (a purchase made, a licence issued) are linked to the track they carry out: same actor, or an
actor of the same country (a state buyer for its government), and an object sharing a content word. Status:

- ``met``: executed quantities (in the target's unit) reach the target, or an execution with no target;
- ``in progress``: some execution, target not reached;
- ``missed``: the deadline has passed (against ``today``) with the target not met;
- ``open``: nothing executed yet.

Earlier pledges whose quantity a later report changed are ``superseded`` (see :attr:`Track.superseded`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from readouts.link.citations import Citation, bounds, cite

TrackStatus = Literal["open", "in progress", "met", "missed"]

_STOP = frozenset(
    {"of", "the", "a", "an", "to", "for", "on", "in", "and", "from", "with", "more", "us", "u.s."}
)


@dataclass(frozen=True)
class CommitmentReport:
    item: dict[str, Any]
    citation: Citation
    country: str | None

    @property
    def executed(self) -> bool:
        return self.item.get("modality") == "executed"

    @property
    def actor_key(self) -> str:
        return str(self.item.get("actor_id") or self.item.get("actor") or "").lower()


@dataclass(frozen=True)
class Track:
    actor: str
    actor_id: str | None
    object: str
    pledges: tuple[CommitmentReport, ...]
    executions: tuple[CommitmentReport, ...]
    status: TrackStatus

    @property
    def history(self) -> tuple[float, ...]:
        """The quantities the commitment went through, oldest first (previous quantities included)."""
        seen: list[float] = []
        for report in self.pledges:
            for q in (report.item.get("previous_quantity"), report.item.get("quantity")):
                if q is not None and (not seen or seen[-1] != q) and q not in seen:
                    seen.append(float(q))
        return tuple(seen)

    @property
    def target(self) -> tuple[float | None, str | None]:
        for report in reversed(self.pledges):
            if report.item.get("quantity") is not None:
                return float(report.item["quantity"]), report.item.get("unit")
        return None, None

    @property
    def superseded(self) -> tuple[CommitmentReport, ...]:
        target, _ = self.target
        return tuple(r for r in self.pledges if r.item.get("quantity") not in (None, target))


_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def object_words(text: str, *, glosses: bool = False) -> frozenset[str]:
    """Content words of an object, lower-cased and singular ("soybean cargoes" → {soybean, cargo}); the record
    names the extractor glosses it with ("Chinese chips (China)") only with ``glosses`` (a search), since a
    country two objects name does not make them one pledge."""
    words = set()
    for w in re.findall(r"[a-z][a-z\-]+", (text if glosses else _GLOSS.sub("", text)).lower()):
        if w in _STOP:
            continue
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("oes", "ches", "shes", "xes", "sses")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        words.add(w)
    return frozenset(words)


def _actor_country(record: dict[str, Any], actor_id: str | None) -> str | None:
    if actor_id and actor_id.startswith("country:"):
        return actor_id.split(":", 1)[1]
    for actor in record.get("actors") or []:
        if actor.get("id") == actor_id:
            country = actor.get("country")
            return str(country) if country else None
    return None


def commitment_reports(records: Iterable[dict[str, Any]]) -> list[CommitmentReport]:
    return [
        CommitmentReport(c, cite(r, c.get("evidence")), _actor_country(r, c.get("actor_id")))
        for r in records
        for c in r.get("commitments") or []
    ]


_RECURRING = re.compile(
    r"\b(?:annual(?:ly)?|a year|per year|each year|every year|yearly|a season|per season)\b"
)


def cadence(item: dict[str, Any]) -> str:
    """'recurring' for a commitment per year or season ("25 million tons annually"), else 'once'."""
    period = str(item.get("period") or "").lower()
    return "recurring" if _RECURRING.search(period) else "once"


def _same_track(a: CommitmentReport, b: CommitmentReport) -> bool:
    if not object_words(str(a.item.get("object", ""))) & object_words(str(b.item.get("object", ""))):
        return False
    if not (a.executed or b.executed) and cadence(a.item) != cadence(b.item):
        return False  # "12 Mt by year-end" and "25 Mt a year" are two commitments
    if a.actor_key and a.actor_key == b.actor_key:
        return True
    return a.country is not None and a.country == b.country


def _status(
    pledges: list[CommitmentReport], executions: list[CommitmentReport], today: str | None
) -> TrackStatus:
    target = next((r.item for r in reversed(pledges) if r.item.get("quantity") is not None), None)
    if executions:
        if target is None:
            return "met"
        done = sum(
            float(e.item.get("quantity") or 0) for e in executions if e.item.get("unit") == target.get("unit")
        )
        if done >= float(target["quantity"]):
            return "met"
    deadline = next((r.item.get("deadline") for r in reversed(pledges) if r.item.get("deadline")), None)
    end, now = bounds(deadline), bounds(today)
    if end and now and now[0] > end[1]:
        return "missed"
    return "in progress" if executions else "open"


def _reported(r: CommitmentReport) -> tuple[str, str, int]:
    return (r.citation.published or "", r.citation.article_id, r.citation.start)


def track_commitments(records: Iterable[dict[str, Any]], *, today: str | None = None) -> list[Track]:
    """Tracks from contract records; ``today`` (ISO) decides missed deadlines (default: newest article)."""
    reports = sorted(commitment_reports(records), key=_reported)
    if today is None:
        today = max((r.citation.published for r in reports if r.citation.published), default=None)
    groups: list[list[CommitmentReport]] = []
    for report in (r for r in reports if not r.executed):
        home = next((g for g in groups if _same_track(g[0], report)), None)
        if home is None:
            groups.append([report])
        else:
            home.append(report)
    executions: dict[int, list[CommitmentReport]] = {}
    for report in (r for r in reports if r.executed):
        index = next((i for i, g in enumerate(groups) if any(_same_track(p, report) for p in g)), None)
        if index is None:
            groups.append([report])
            index = len(groups) - 1
        executions.setdefault(index, []).append(report)
    tracks = []
    for i, group in enumerate(groups):
        pledges = [r for r in group if not r.executed]
        done = executions.get(i, [])
        head = (pledges or done)[-1].item
        tracks.append(
            Track(
                actor=str(head.get("actor")),
                actor_id=head.get("actor_id"),
                object=str(head.get("object")),
                pledges=tuple(pledges),
                executions=tuple(done),
                status=_status(pledges, done, today),
            )
        )
    return tracks
