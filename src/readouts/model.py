"""The data model: frozen dataclasses for an article and everything extracted from it.

A :class:`Record` is one article's extraction and maps one-to-one onto the object of the contract
(``docs/contract.md``, mirrored from ``shared/schema/extraction.md``) through :func:`to_contract`.
Every extracted item carries its evidence (character offsets into ``Article.body``) and the
:class:`Provenance` of the stage that produced it, so a stored fact can be traced and re-derived.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
ActorKind = Literal["person", "country", "organisation"]
QuoteKind = Literal["direct", "indirect"]
EventStatus = Literal["occurred", "planned", "proposed", "cancelled"]
Modality = Literal["pledged", "agreed", "considering", "demanded", "executed", "expected"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

_SPACE = re.compile(r"\s+")


def normalise_body(text: str) -> str:
    """The form of a body that identity is computed on: NFKC, white space folded, trimmed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def article_id(body: str) -> str:
    """A stable id derived from the normalised body text (16 hex digits of its SHA-256)."""
    return hashlib.sha256(normalise_body(body).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into an article body."""

    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    def as_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Provenance:
    """Which stage, at which version, produced an item."""

    stage: str
    version: str

    @property
    def label(self) -> str:
        return f"{self.stage}@{self.version}"


@dataclass(frozen=True)
class Article:
    """One article: its cleaned body and the metadata the input gave (or that was inferred)."""

    body: str
    id: str = ""
    source_file: str | None = None
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    published_inferred: bool = False
    language: str | None = None
    author: str | None = None
    dateline: str | None = None
    input_format: str = "text"
    extra: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", article_id(self.body))


@dataclass(frozen=True, slots=True)
class Timex:
    text: str
    start: int
    end: int
    type: TimexType
    value: str | None
    provenance: Provenance
    anchored: bool = True  # False where the value could not be anchored on a date


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    of: str | None = None
    since: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    provenance: Provenance
    country: str | None = None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Quote:
    text: str
    kind: QuoteKind
    start: int
    end: int
    provenance: Provenance
    speaker: str | None = None
    speaker_name: str | None = None
    channel: str | None = None
    cue: str | None = None
    side: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Event:
    type: str
    evidence: Span
    provenance: Provenance
    mode: str | None = None
    participants: tuple[str, ...] = ()
    participant_ids: tuple[str | None, ...] = ()
    date: str | None = None
    status: EventStatus = "occurred"
    location: str | None = None
    context: str | None = None
    trigger: str | None = None
    parties: int | None = None  # the first `parties` participants are parties; the rest are named beside them


@dataclass(frozen=True)
class Commitment:
    actor: str
    action: str
    object: str
    modality: Modality
    evidence: Span
    provenance: Provenance
    actor_id: str | None = None
    quantity: float | None = None
    unit: str | None = None
    previous_quantity: float | None = None
    period: str | None = None
    deadline: str | None = None


@dataclass(frozen=True)
class Record:
    """One article's extraction: the contract's object."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    timexes: tuple[Timex, ...] = ()
    stages: tuple[Provenance, ...] = field(default=())
    errors: tuple[str, ...] = ()  # stages that failed on this article (their fields are empty)


RECORD_FIELDS: tuple[str, ...] = ("timexes", "actors", "quotes", "events", "commitments")


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _actor(a: Actor) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind,
        "country": a.country,
        "roles": [{"title": r.title, "of": r.of, "since": r.since} for r in a.roles],
        "aliases": list(a.aliases),
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in a.mentions],
        "stage": a.provenance.label,
    }


def _quote(q: Quote) -> dict[str, Any]:
    out: dict[str, Any] = {
        "text": q.text,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_name": q.speaker_name,
        "channel": q.channel,
        "cue": q.cue,
        "start": q.start,
        "end": q.end,
        "side": q.side,
        "stage": q.provenance.label,
    }
    if q.spans:
        out["spans"] = [s.as_dict() for s in q.spans]
    return out


def _event(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "mode": e.mode,
        "participants": list(e.participants),
        "participant_ids": list(e.participant_ids),
        "parties": len(e.participants) if e.parties is None else e.parties,
        "date": e.date,
        "status": e.status,
        "location": e.location,
        "context": e.context,
        "trigger": e.trigger,
        "evidence": e.evidence.as_dict(),
        "stage": e.provenance.label,
    }


def _commitment(c: Commitment) -> dict[str, Any]:
    return {
        "actor": c.actor,
        "actor_id": c.actor_id,
        "action": c.action,
        "object": c.object,
        "quantity": _number(c.quantity),
        "unit": c.unit,
        "previous_quantity": _number(c.previous_quantity),
        "period": c.period,
        "deadline": c.deadline,
        "modality": c.modality,
        "evidence": c.evidence.as_dict(),
        "stage": c.provenance.label,
    }


def _timex(t: Timex) -> dict[str, Any]:
    return {
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "type": t.type,
        "value": t.value,
        "stage": t.provenance.label,
    }


def to_contract(record: Record) -> dict[str, Any]:
    """The contract's JSON object for one record, keys in the contract's order."""
    a = record.article
    return {
        "id": a.id,
        "source_file": a.source_file,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        "published_inferred": a.published_inferred,
        "actors": [_actor(x) for x in record.actors],
        "quotes": [_quote(x) for x in record.quotes],
        "events": [_event(x) for x in record.events],
        "commitments": [_commitment(x) for x in record.commitments],
        "timexes": [_timex(x) for x in record.timexes],
        "stages": [p.label for p in record.stages],
        "errors": list(record.errors),
    }
