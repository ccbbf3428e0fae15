"""Commitments across articles: a history per actor and object, and the executions that carry it out.

Reports of a commitment (pledged, agreed, considering, demanded, expected) by the same actor on the same
object, with the same cadence (once, or recurring "annually"), form a :class:`Track`; the quantities it
went through make its ``history`` (12 Mt pledged → 20 Mt under consideration). Reports with modality
``executed`` (a purchase made, a licence issued) are linked to the track they carry out: same actor, or an
actor of the same country (a state buyer for its government). "The same object" means the same head and,
where both name one, a shared target (``objects.py``: "tariffs on steel" and "tariffs on cars" are two
tracks, "cargoes of soybeans" and "U.S. soybeans" one). Status:

- ``met``: executed quantities (in the target's unit) reach the target (a rate: an execution sets it), or
  an execution with no target; an execution of the opposite act ("suspended imports" against a pledge to
  resume them) stays on the track but carries nothing out;
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
from readouts.link.objects import GLOSS, object_key, opposite, singular

TrackStatus = Literal["open", "in progress", "met", "missed"]

_STOP = frozenset(
    {"of", "the", "a", "an", "to", "for", "on", "in", "and", "from", "with", "more", "us", "u.s."}
)


@dataclass(frozen=True)
class CommitmentReport:
    item: dict[str, Any]
    citation: Citation
    country: str | None
    party: str  # the name of the party the actor id binds ("United States" for Trump's tariff)

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
    def voiced_by(self) -> tuple[str, ...]:
        """The names the reports give the actor, where they differ from the bound party's ("Donald Trump"
        for a United States tariff), first reported first."""
        names = (str(r.item.get("actor")) for r in (*self.pledges, *self.executions))
        return tuple(dict.fromkeys(n for n in names if n != self.actor))

    @property
    def history(self) -> tuple[float, ...]:
        """The quantities the commitment went through, oldest first (previous quantities included), in the
        target's unit: a pledge told in dollars does not step a history in tons."""
        seen: list[float] = []
        _, unit = self.target
        for report in (r for r in self.pledges if unit is None or r.item.get("unit") in (None, unit)):
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


def object_words(text: str, *, glosses: bool = False) -> frozenset[str]:
    """Content words of an object, lower-cased and singular ("soybean cargoes" → {soybean, cargo}); the record
    names the extractor glosses it with ("Chinese chips (China)") only with ``glosses`` (a search), since a
    country two objects name does not make them one pledge."""
    words = set()
    for w in re.findall(r"[a-z][a-z\-]+", (text if glosses else GLOSS.sub("", text)).lower()):
        if w not in _STOP:
            words.add(singular(w))
    return frozenset(words)


def _actor_country(record: dict[str, Any], actor_id: str | None) -> str | None:
    if actor_id and actor_id.startswith("country:"):
        return actor_id.split(":", 1)[1]
    for actor in record.get("actors") or []:
        if actor.get("id") == actor_id:
            country = actor.get("country")
            return str(country) if country else None
    return None


def _party(record: dict[str, Any], item: dict[str, Any]) -> str:
    """The name of the actor the item's id names in its record (a leader's pledge binds their country,
    whose id it carries), else the item's actor."""
    actor_id = item.get("actor_id")
    named = next(
        (a.get("name") for a in record.get("actors") or [] if actor_id and a.get("id") == actor_id), None
    )
    return str(named or item.get("actor") or "")


def commitment_reports(records: Iterable[dict[str, Any]]) -> list[CommitmentReport]:
    return [
        CommitmentReport(c, cite(r, c.get("evidence")), _actor_country(r, c.get("actor_id")), _party(r, c))
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
    if not object_key(str(a.item.get("object") or "")).same_thing(
        object_key(str(b.item.get("object") or ""))
    ):
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
    aim = target or (pledges[-1].item if pledges else None)
    if aim is not None:  # an execution of the opposite act ("suspended imports" for "resume imports")
        executions = [e for e in executions if not opposite(aim.get("action"), e.item.get("action"))]
    if executions:
        if target is None:
            return "met"
        if _reached(target, [e.item for e in executions]):
            return "met"
    deadline = next((r.item.get("deadline") for r in reversed(pledges) if r.item.get("deadline")), None)
    end, now = bounds(deadline), bounds(today)
    if end and now and now[0] > end[1]:
        return "missed"
    return "in progress" if executions else "open"


def _reached(target: dict[str, Any], done: list[dict[str, Any]]) -> bool:
    """Executed quantities in the target's unit add up to it; a rate (percent) is reached when an execution
    sets that rate (within 1%), since rates do not add up."""
    goal = float(target["quantity"])
    same = [float(e.get("quantity") or 0) for e in done if e.get("unit") == target.get("unit")]
    if target.get("unit") == "percent":
        return any(abs(q - goal) <= 0.01 * max(abs(goal), 1.0) for q in same)
    return sum(same) >= goal


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
        head = (pledges or done)[-1]
        tracks.append(
            Track(
                actor=head.party,
                actor_id=head.item.get("actor_id"),
                object=str(head.item.get("object")),
                pledges=tuple(pledges),
                executions=tuple(done),
                status=_status(pledges, done, today),
            )
        )
    return tracks
