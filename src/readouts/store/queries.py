"""Read queries over the store, as functions of a connection (the Store class wraps them)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)

from readouts.errors import StoreError
from readouts.store import schema
from readouts.store.rows import ArticleRow, Entities, article_row

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_WORD = re.compile(r"\w+", re.UNICODE)
_fts = table(schema.FTS_TABLE, column("article_id"), column("rank"))

A = schema.articles
R = schema.records
_LIST_COLUMNS = [c for c in A.c if c.name not in ("body", "signature")]


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a listing wants; dates are ISO (``2025``, ``2025-11``, ``2025-11-24``), inclusive."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    query: str | None = None
    limit: int | None = None
    include_duplicates: bool = False


def check_date(value: str) -> str:
    if not _DATE.match(value):
        raise StoreError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _base(with_body: bool) -> Select[Any]:
    columns: list[Any] = list(_LIST_COLUMNS)
    if with_body:
        columns.append(A.c.body)
    columns.append(R.c.article_id.is_not(None).label("has_record"))
    return select(*columns).select_from(A.outerjoin(R, R.c.article_id == A.c.id))


def fts_expression(query: str) -> str:
    """An FTS5 MATCH expression: every word of ``query`` must occur (operators are not interpreted)."""
    return " ".join(f'"{w}"' for w in _WORD.findall(query))


def _like_terms(query: str) -> ColumnElement[bool]:
    terms = [or_(A.c.title.ilike(f"%{w}%"), A.c.body.ilike(f"%{w}%")) for w in _WORD.findall(query)]
    return and_(*terms) if terms else and_(True)


def select_articles(conn: Connection, flt: ArticleFilter, *, with_body: bool = False) -> list[ArticleRow]:
    stmt = _base(with_body)
    if not flt.include_duplicates:
        stmt = stmt.where(A.c.duplicate_of.is_(None))
    if flt.since:
        stmt = stmt.where(A.c.published >= check_date(flt.since))
    if flt.until:
        until = check_date(flt.until)
        stmt = stmt.where(func.substr(A.c.published, 1, len(until)) <= until)
    if flt.outlet:
        stmt = stmt.where(func.lower(A.c.outlet) == flt.outlet.lower())
    ranked = False
    if flt.query:
        if conn.dialect.name == "sqlite":
            expression = fts_expression(flt.query)
            if not expression:
                return []
            stmt = stmt.join(_fts, _fts.c.article_id == A.c.id).where(
                text(f"{schema.FTS_TABLE} MATCH :fts_query").bindparams(fts_query=expression)
            )
            ranked = True
        else:
            stmt = stmt.where(_like_terms(flt.query))
    order = [_fts.c.rank] if ranked else []
    stmt = stmt.order_by(*order, A.c.published.desc().nulls_last(), A.c.ingested_at.desc(), A.c.id)
    if flt.limit is not None:
        stmt = stmt.limit(flt.limit)
    return [article_row(m, has_record=bool(m["has_record"])) for m in conn.execute(stmt).mappings()]


def resolve_id(conn: Connection, id_or_prefix: str) -> str | None:
    """The full id an id or unique id prefix names; ``None`` when none matches."""
    key = id_or_prefix.strip()
    if not key:
        return None
    if conn.execute(select(A.c.id).where(A.c.id == key)).first() is not None:
        return key
    stmt = select(A.c.id).where(A.c.id.startswith(key, autoescape=True)).order_by(A.c.id).limit(6)
    ids = list(conn.execute(stmt).scalars())
    if len(ids) > 1:
        shown = ", ".join(ids[:5])
        raise StoreError(
            f"the id prefix {key!r} matches several articles ({shown}, ...); give more characters"
        )
    return ids[0] if ids else None


def get_article(conn: Connection, id_or_prefix: str) -> ArticleRow | None:
    article_id = resolve_id(conn, id_or_prefix)
    if article_id is None:
        return None
    m = conn.execute(_base(True).where(A.c.id == article_id)).mappings().first()
    return article_row(m, has_record=bool(m["has_record"])) if m is not None else None


def get_record(conn: Connection, article_id: str) -> dict[str, Any] | None:
    value = conn.execute(select(R.c.record_json).where(R.c.article_id == article_id)).scalar()
    return json.loads(value) if value is not None else None


def entities(conn: Connection, article_ids: Sequence[str]) -> dict[str, Entities]:
    """People, countries and organisations each article's record names (from the ``actors`` table)."""
    found: dict[str, dict[str, list[str]]] = {
        i: {"person": [], "country": [], "organisation": []} for i in article_ids
    }
    act = schema.actors
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        stmt = select(act.c.article_id, act.c.kind, act.c.name).where(act.c.article_id.in_(chunk))
        for article_id, kind, name in conn.execute(stmt.order_by(act.c.article_id, act.c.seq)):
            names = found[article_id].setdefault(kind, [])
            if name not in names:
                names.append(name)
    return {
        i: Entities(tuple(k["person"]), tuple(k["country"]), tuple(k["organisation"]))
        for i, k in found.items()
    }


def _count(conn: Connection, tbl: Any, *where: ColumnElement[bool]) -> int:
    return int(conn.execute(select(func.count()).select_from(tbl).where(*where)).scalar() or 0)


def stats(conn: Connection) -> dict[str, Any]:
    tables = {t.name: _count(conn, t) for t in (A, R, *schema.ITEM_TABLES)}
    duplicates = _count(conn, A, A.c.duplicate_of.is_not(None))
    by_outlet = conn.execute(
        select(A.c.outlet, func.count().label("n"))
        .where(A.c.duplicate_of.is_(None))
        .group_by(A.c.outlet)
        .order_by(literal_column("n").desc(), A.c.outlet)
    ).all()
    first, last = conn.execute(select(func.min(A.c.published), func.max(A.c.published))).one()
    return {
        "tables": tables,
        "near_duplicates": duplicates,
        "without_record": tables["articles"] - duplicates - tables["records"],
        "by_outlet": {outlet if outlet is not None else "(unknown)": int(n) for outlet, n in by_outlet},
        "published": {"first": first, "last": last},
    }
