"""The Store: one database of articles and their records. One writer, many readers.

Every :meth:`Store.add` is one transaction (the article row, its record and every item row together), so a
run that is killed leaves each article either fully stored or absent; running it again adds the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, bindparam, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from readouts.errors import StoreError
from readouts.model import Article, Record, to_contract
from readouts.store import queries, schema
from readouts.store.engine import make_engine, safe_url
from readouts.store.flatten import item_rows
from readouts.store.migrate import migrate
from readouts.store.rows import AddResult, ArticleRow, Entities, Stored, article_values, now_iso

if TYPE_CHECKING:
    from readouts.ingest.dedup import NearDuplicateIndex

A = schema.articles
R = schema.records

# Built once: building a statement costs more than running it on a small table.
_STATE = (
    select(A.c.duplicate_of, R.c.article_id)
    .select_from(A.outerjoin(R, R.c.article_id == A.c.id))
    .where(A.c.id == bindparam("article_id"))
)
_INSERT_ARTICLE = A.insert()
_INSERT_RECORD = R.insert()


def signature(body: str) -> bytes:
    """The near-duplicate signature of a body (``readouts.ingest.dedup.signature``)."""
    from readouts.ingest.dedup import signature as compute

    return compute(body)


class Store:
    """A database of articles and records; use :func:`open_store` to get one."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        try:
            self.schema_version = migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open the store {self.url}: {exc}") from exc
        self._index: NearDuplicateIndex | None = None

    @property
    def url(self) -> str:
        return safe_url(str(self.engine.url))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------

    def _state(self, conn: Connection, article_id: str) -> Stored | None:
        row = conn.execute(_STATE, {"article_id": article_id}).first()
        return None if row is None else Stored(row[0], row[1] is not None)

    def lookup(self, article_id: str) -> Stored | None:
        """What is stored of an article id (``None``: nothing)."""
        with self.engine.connect() as conn:
            return self._state(conn, article_id)

    def has(self, article_id: str, *, with_record: bool = False) -> bool:
        """Whether the article is stored; with ``with_record``, also that it needs no extraction
        (it has a record, or it is a near-duplicate, which never gets one)."""
        state = self.lookup(article_id)
        return state is not None and (not with_record or state.complete)

    def dedup_index(self) -> NearDuplicateIndex:
        """The near-duplicate index of stored first copies, loaded from their signatures on first use."""
        if self._index is None:
            from readouts.ingest.dedup import NearDuplicateIndex

            stmt = select(A.c.id, A.c.signature).where(A.c.duplicate_of.is_(None), A.c.signature.is_not(None))
            with self.engine.connect() as conn:
                pairs = [(str(i), bytes(s)) for i, s in conn.execute(stmt)]
            self._index = NearDuplicateIndex.from_signatures(pairs)
        return self._index

    def near_duplicate_of(self, article: Article, sig: bytes | None = None) -> str | None:
        """The id of a stored article this one nearly duplicates, if any."""
        match = self.dedup_index().match(sig if sig is not None else signature(article.body))
        return match if match is not None and match != article.id else None

    def add(self, article: Article, record: Record | None = None, *, sig: bytes | None = None) -> AddResult:
        """Store an article (and its record) in one transaction; see :class:`AddResult`."""
        if record is not None and record.article.id != article.id:
            raise StoreError(f"the record given for {article.id} belongs to {record.article.id}")
        sig = sig if sig is not None else signature(article.body)
        original = self.near_duplicate_of(article, sig)
        try:
            with self.engine.begin() as conn:
                conn.execute(_INSERT_ARTICLE, [article_values(article, signature=sig, duplicate_of=original)])
                if record is not None and original is None:
                    _write_record(conn, record)
        except IntegrityError as exc:  # the id is stored already (the primary key says so)
            state = self.lookup(article.id)
            if state is None:
                raise StoreError(f"cannot store article {article.id}: {exc}") from exc
            return self._add_existing(article, record, state)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store article {article.id}: {exc}") from exc
        if original is not None:
            return AddResult(article.id, "near_duplicate", duplicate_of=original)
        self.dedup_index().add(article.id, sig)
        return AddResult(article.id, "new", record_written=record is not None)

    def _add_existing(self, article: Article, record: Record | None, state: Stored) -> AddResult:
        if record is None or state.complete:
            return AddResult(article.id, "exists", duplicate_of=state.duplicate_of)
        self.put_record(record)
        return AddResult(article.id, "exists", record_written=True)

    def put_record(self, record: Record) -> None:
        """Write (or replace) the record of a stored article, with its item rows, in one transaction."""
        try:
            with self.engine.begin() as conn:
                article_id = record.article.id
                for table in (R, *schema.ITEM_TABLES):  # writing first takes the write lock at once
                    conn.execute(table.delete().where(table.c.article_id == article_id))
                if self._state(conn, article_id) is None:
                    raise StoreError(f"article {article_id} is not stored")
                _write_record(conn, record)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot store the record of {record.article.id}: {exc}") from exc

    # -- reading -------------------------------------------------------------------------------------

    def articles(
        self,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        query: str | None = None,
        limit: int | None = None,
        *,
        include_duplicates: bool = False,
        with_body: bool = False,
    ) -> list[ArticleRow]:
        """Stored articles, newest first (best match first with ``query``, a full-text search)."""
        flt = queries.ArticleFilter(since, until, outlet, query, limit, include_duplicates)
        with self.engine.connect() as conn:
            return queries.select_articles(conn, flt, with_body=with_body)

    def get(self, id_or_prefix: str) -> ArticleRow | None:
        """One article (with its body) by id or unique id prefix; StoreError when the prefix is ambiguous."""
        with self.engine.connect() as conn:
            return queries.get_article(conn, id_or_prefix)

    def record(self, article_id: str) -> dict[str, Any] | None:
        """The stored record, in the contract's shape."""
        with self.engine.connect() as conn:
            return queries.get_record(conn, article_id)

    def records(self, ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored records (all, or those of ``ids``) in the contract's shape, oldest published first."""
        stmt = select(R.c.record_json).select_from(R.join(A, A.c.id == R.c.article_id))
        if ids is not None:
            stmt = stmt.where(R.c.article_id.in_(list(ids)))
        stmt = stmt.order_by(A.c.published.nulls_first(), A.c.id)
        with self.engine.connect() as conn:
            for (value,) in conn.execute(stmt.execution_options(yield_per=500)):
                yield json.loads(value)

    def entities(self, article_ids: Sequence[str]) -> dict[str, Entities]:
        """People, countries and organisations each article's record names."""
        with self.engine.connect() as conn:
            return queries.entities(conn, article_ids)

    def stats(self) -> dict[str, Any]:
        """Counts per table, by outlet, the published date range and near-duplicates."""
        with self.engine.connect() as conn:
            out = queries.stats(conn)
        return {"store": self.url, "schema_version": self.schema_version, **out}


def _write_record(conn: Connection, record: Record) -> None:
    contract = to_contract(record)
    row = {
        "article_id": record.article.id,
        "stages": json.dumps(contract["stages"]),
        "record_json": json.dumps(contract, ensure_ascii=False),
        "extracted_at": now_iso(),
    }
    conn.execute(_INSERT_RECORD, [row])
    for table, rows in item_rows(contract):
        conn.execute(table.insert(), rows)


def open_store(path_or_url: str | Path) -> Store:
    """Open (creating and migrating as needed) the store at a SQLite path or a SQLAlchemy URL."""
    return Store(make_engine(path_or_url))
