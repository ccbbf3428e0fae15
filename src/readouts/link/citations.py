"""Where a linked fact was reported: one article and the evidence span in its body."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from readouts.stages.time.interval import interval


@dataclass(frozen=True, slots=True)
class Citation:
    article_id: str
    published: str | None
    outlet: str | None
    title: str | None
    source_file: str | None
    start: int
    end: int

    def label(self) -> str:
        where = self.outlet or self.source_file or self.article_id[:8]
        return f"{where} {self.published or '?'} [{self.article_id[:8]}:{self.start}-{self.end}]"


def cite(record: dict[str, Any], evidence: dict[str, Any] | None) -> Citation:
    """The citation of an item of ``record`` (a contract object) whose evidence is ``{start, end}``."""
    span = evidence or {}
    return Citation(
        article_id=str(record.get("id", "")),
        published=record.get("published"),
        outlet=record.get("outlet"),
        title=record.get("title"),
        source_file=record.get("source_file"),
        start=int(span.get("start", 0)),
        end=int(span.get("end", 0)),
    )


def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day of a TIMEX3 value (day, week, month, season, interval), or None."""
    return interval(value) if value else None


def overlaps(a: str | None, b: str | None) -> bool:
    """Whether two date values can name the same time (their calendar intervals overlap)."""
    ia, ib = bounds(a), bounds(b)
    if ia is None or ib is None:
        return False
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def narrower(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible date values."""
    ia, ib = bounds(a), bounds(b)
    if ia is None:
        return b
    if ib is None:
        return a
    return a if (ia[1] - ia[0]) <= (ib[1] - ib[0]) else b
