"""The store's tables (SQLAlchemy Core). ``SCHEMA_VERSION`` in :mod:`readouts.store.migrate` numbers them.

``articles`` holds every article read (near-duplicates too, linked to their first copy by ``duplicate_of``);
``records`` holds one article's extraction as the contract's JSON; the item tables (``actors``, ``mentions``,
``quotes``, ``events``, ``commitments``, ``timexes``) hold the same items one row each, for queries. Item
rows are keyed by ``(article_id, seq)``, ``seq`` being the item's position in the record's list.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source_file", Text),
    Column("source_path", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(40)),
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("language", String(16)),
    Column("author", Text),
    Column("dateline", Text),
    Column("input_format", String(16), nullable=False),
    Column("extra_json", Text),
    Column("body", Text, nullable=False),
    Column("duplicate_of", String(32), ForeignKey("articles.id"), nullable=True),
    Column("signature", LargeBinary, nullable=True),
    Column("ingested_at", String(40), nullable=False),
    Index("ix_articles_published", "published"),
    Index("ix_articles_outlet", "outlet"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
)


def _article_fk() -> Column[str]:
    return Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


records = Table(
    "records",
    metadata,
    _article_fk(),
    Column("stages", Text, nullable=False),  # JSON list of "stage@version" labels
    Column("record_json", Text, nullable=False),  # json of model.to_contract(record)
    Column("extracted_at", String(40), nullable=False),
)

actors = Table(
    "actors",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", Text, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", Text),
    Column("roles_json", Text, nullable=False),
    Column("aliases_json", Text, nullable=False),
    Column("stage", Text),
    Index("ix_actors_actor_id", "actor_id"),
    Index("ix_actors_kind_name", "kind", "name"),
)

mentions = Table(
    "mentions",
    metadata,
    _article_fk(),
    Column("actor_seq", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_actor_id", "actor_id"),
)

quotes = Table(
    "quotes",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker", Text),
    Column("speaker_name", Text),
    Column("channel", Text),
    Column("cue", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("side", Text),
    Column("spans_json", Text),
    Column("stage", Text),
    Index("ix_quotes_speaker", "speaker"),
)

events = Table(
    "events",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("participants_json", Text, nullable=False),
    Column("participant_ids_json", Text, nullable=False),
    Column("parties", Integer),  # how many leading participants are parties (schema version 2)
    Column("date", String(40)),
    Column("status", String(16), nullable=False),
    Column("location", Text),
    Column("context", Text),
    Column("trigger", Text),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("stage", Text),
    Index("ix_events_type", "type"),
    Index("ix_events_date", "date"),
)

commitments = Table(
    "commitments",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("actor", Text, nullable=False),
    Column("actor_id", Text),
    Column("action", Text, nullable=False),
    Column("object", Text, nullable=False),
    Column("quantity", Float),
    Column("unit", Text),
    Column("previous_quantity", Float),
    Column("period", Text),
    Column("deadline", String(40)),
    Column("modality", String(16), nullable=False),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("stage", Text),
    Index("ix_commitments_actor_id", "actor_id"),
)

timexes = Table(
    "timexes",
    metadata,
    _article_fk(),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text),
    Column("stage", Text),
    Index("ix_timexes_value", "value"),
)

# Tables holding one row per extracted item, in the order they are written (mentions after actors).
ITEM_TABLES: tuple[Table, ...] = (actors, mentions, quotes, events, commitments, timexes)

FTS_TABLE = "articles_fts"

# SQLite only: a full-text index over title and body, kept in step with ``articles`` by triggers.
SQLITE_FTS: tuple[str, ...] = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "article_id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(article_id, title, body) "
    "VALUES (new.id, coalesce(new.title, ''), new.body); END",
    f"CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE article_id = old.id; END",
)
