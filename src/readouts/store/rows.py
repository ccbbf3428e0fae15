"""What the store hands back: small frozen rows, and the mapping between them and the model."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from readouts.model import Article

AddStatus = Literal["new", "exists", "near_duplicate"]


@dataclass(frozen=True)
class AddResult:
    """What :meth:`Store.add` did with one article.

    ``new``: stored (with its record, if one was given). ``exists``: the id was already stored (nothing
    added, except a missing record when one was given). ``near_duplicate``: stored as a copy of
    ``duplicate_of``, without a record.
    """

    article_id: str
    status: AddStatus
    duplicate_of: str | None = None
    record_written: bool = False


@dataclass(frozen=True)
class Stored:
    """What the store holds of one article id."""

    duplicate_of: str | None
    has_record: bool

    @property
    def complete(self) -> bool:
        """Nothing left to extract: it has a record, or it is a near-duplicate (which never gets one)."""
        return self.duplicate_of is not None or self.has_record


@dataclass(frozen=True)
class ArticleRow:
    """One stored article. ``body`` is ``None`` where a listing did not load it."""

    id: str
    source_file: str | None
    source_path: str | None
    url: str | None
    outlet: str | None
    title: str | None
    published: str | None
    published_inferred: bool
    language: str | None
    author: str | None
    dateline: str | None
    input_format: str
    duplicate_of: str | None
    ingested_at: str
    has_record: bool
    body: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())

    def to_article(self) -> Article:
        """The model's Article again (the body must have been loaded)."""
        return Article(
            body=self.body or "",
            id=self.id,
            source_file=self.source_file,
            source_path=self.source_path,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            published=self.published,
            published_inferred=self.published_inferred,
            language=self.language,
            author=self.author,
            dateline=self.dateline,
            input_format=self.input_format,
            extra=self.extra,
        )

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["extra"] = dict(self.extra)
        if self.body is None:
            del out["body"]
        return out


@dataclass(frozen=True)
class Entities:
    """The actors a record names, by kind, in record order."""

    people: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, list[str]]:
        return {
            "people": list(self.people),
            "countries": list(self.countries),
            "organisations": list(self.organisations),
        }


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def article_values(article: Article, *, signature: bytes | None, duplicate_of: str | None) -> dict[str, Any]:
    """The ``articles`` row for an article."""
    return {
        "id": article.id,
        "source_file": article.source_file,
        "source_path": article.source_path,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_inferred": article.published_inferred,
        "language": article.language,
        "author": article.author,
        "dateline": article.dateline,
        "input_format": article.input_format,
        "extra_json": json.dumps(dict(article.extra), ensure_ascii=False) if article.extra else None,
        "body": article.body,
        "duplicate_of": duplicate_of,
        "signature": signature,
        "ingested_at": now_iso(),
    }


def article_row(m: Mapping[Any, Any], *, has_record: bool) -> ArticleRow:
    """An ArticleRow from a result mapping (``body`` and ``extra_json`` may be absent)."""
    extra = json.loads(m["extra_json"]) if m.get("extra_json") else {}
    return ArticleRow(
        id=m["id"],
        source_file=m["source_file"],
        source_path=m["source_path"],
        url=m["url"],
        outlet=m["outlet"],
        title=m["title"],
        published=m["published"],
        published_inferred=bool(m["published_inferred"]),
        language=m["language"],
        author=m["author"],
        dateline=m["dateline"],
        input_format=m["input_format"],
        duplicate_of=m["duplicate_of"],
        ingested_at=m["ingested_at"],
        has_record=has_record,
        body=m.get("body"),
        extra=tuple((str(k), str(v)) for k, v in extra.items()),
    )
