from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from readouts.errors import SchemaVersionError, StoreError
from readouts.model import Article, Provenance, Record, to_contract
from readouts.store import SCHEMA_VERSION, Store, open_store
from readouts.store.migrate import MIGRATIONS, migrate
from tests.store.fakes import BODY, make_record
from tests.store.fakes import text as made_up


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "sub" / "s.db")
    yield s  # type: ignore[misc]
    s.close()


def test_creates_parent_folder_and_stamps_version(tmp_path: Path) -> None:
    with open_store(tmp_path / "a" / "b" / "x.db") as s:
        assert s.schema_version == SCHEMA_VERSION
    assert (tmp_path / "a" / "b" / "x.db").is_file()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_same_article_twice_is_stored_once(store: Store) -> None:
    article = Article(body=BODY, outlet="Wire")
    first = store.add(article, make_record(article))
    again = store.add(Article(body=BODY + "  "), make_record(article))
    assert (first.status, first.record_written) == ("new", True)
    assert again.status == "exists"
    counts = store.stats()["tables"]
    assert counts["articles"] == 1 and counts["records"] == 1 and counts["actors"] == 3


def test_record_round_trips_and_fills_item_tables(store: Store) -> None:
    article = Article(body=BODY, outlet="Wire", published="2025-11-26")
    record = make_record(article)
    store.add(article, record)
    assert store.record(article.id) == to_contract(record)
    assert list(store.records()) == [to_contract(record)]
    counts = store.stats()["tables"]
    assert {k: counts[k] for k in ("mentions", "quotes", "events", "commitments", "timexes")} == {
        "mentions": 2,
        "quotes": 1,
        "events": 1,
        "commitments": 1,
        "timexes": 1,
    }
    named = store.entities([article.id])[article.id]
    assert (named.people, named.countries, named.organisations) == (
        ("Ada Brook",),
        ("Norland",),
        ("Grain Board",),
    )
    with store.engine.connect() as conn:
        row = conn.exec_driver_sql("SELECT quantity, evidence_start, evidence_end FROM commitments").one()
    assert tuple(row) == (300000.0, 127, 185)


def test_article_without_record_gets_it_later(store: Store) -> None:
    article = Article(body=BODY)
    assert store.add(article).status == "new"
    assert not store.has(article.id, with_record=True) and store.has(article.id)
    result = store.add(article, make_record(article))
    assert (result.status, result.record_written) == ("exists", True)
    assert store.has(article.id, with_record=True)
    assert store.record(article.id) is not None


def test_record_of_another_article_is_refused(store: Store) -> None:
    with pytest.raises(StoreError):
        store.add(Article(body="one text"), make_record(Article(body=BODY)))


def test_near_duplicate_is_linked_to_first_copy_without_record(store: Store) -> None:
    original = Article(body=made_up(7, 150), outlet="Wire")
    copy_words = original.body.split()
    copy_words[75] = "different"
    copy = Article(body=" ".join(copy_words), outlet="Other")
    assert store.add(original, make_record(original)).status == "new"
    result = store.add(copy, make_record(copy))
    assert (result.status, result.duplicate_of, result.record_written) == (
        "near_duplicate",
        original.id,
        False,
    )
    assert store.record(copy.id) is None
    assert store.has(copy.id, with_record=True)
    assert [r.id for r in store.articles()] == [original.id]
    assert {r.id for r in store.articles(include_duplicates=True)} == {original.id, copy.id}
    got = store.get(copy.id)
    assert got is not None and got.duplicate_of == original.id
    assert store.stats()["near_duplicates"] == 1


def test_dedup_index_is_loaded_from_stored_signatures(tmp_path: Path) -> None:
    original = Article(body=made_up(11, 80))
    with open_store(tmp_path / "d.db") as s:
        s.add(original)
    copy = Article(body=original.body.replace(".", "!", 1))
    with open_store(tmp_path / "d.db") as s:
        assert s.add(copy).duplicate_of == original.id


def test_unrelated_articles_are_not_near_duplicates(store: Store) -> None:
    results = [store.add(Article(body=made_up(seed))) for seed in range(20)]
    assert {r.status for r in results} == {"new"}


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    with open_store(path) as s, s.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaVersionError):
        open_store(path)


def _add_note_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN note TEXT")


def test_migrations_run_in_order_on_an_older_store(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with open_store(path) as s:
        s.add(Article(body=BODY))
        engine = s.engine
        assert migrate(engine, (*MIGRATIONS, _add_note_column)) == SCHEMA_VERSION + 1
        with engine.connect() as conn:
            assert "note" in {c["name"] for c in inspect(conn).get_columns("articles")}
            version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar()
        assert version == str(SCHEMA_VERSION + 1)
        assert migrate(engine, (*MIGRATIONS, _add_note_column)) == SCHEMA_VERSION + 1  # idempotent
    with pytest.raises(SchemaVersionError):
        open_store(path)


def test_full_text_query(store: Store) -> None:
    a = Article(body="Ministers discussed soybean purchases and tariffs at length.", title="Trade talks")
    b = Article(body="The navy held exercises near the strait on Friday.", title="Naval drills")
    c = Article(body="Nothing to see in this filler text about gardens.", title="Gardens")
    for art in (a, b, c):
        store.add(art)
    assert [r.id for r in store.articles(query="soybean")] == [a.id]
    assert [r.id for r in store.articles(query="naval")] == [b.id]
    assert [r.id for r in store.articles(query='U.S. "strait" OR (')] == []
    assert store.articles(query="...") == []


def test_date_and_outlet_filters(store: Store) -> None:
    dated = {
        "2025-10-30": "Wire",
        "2025-11-05": "Herald",
        "2025-11-30": "Wire",
        "2025-12-01": "Herald",
    }
    for seed, (day, outlet) in enumerate(dated.items()):
        store.add(Article(body=made_up(100 + seed), published=day, outlet=outlet))
    days = [r.published for r in store.articles(since="2025-11", until="2025-11")]
    assert days == ["2025-11-30", "2025-11-05"]
    assert [r.published for r in store.articles(outlet="wire")] == ["2025-11-30", "2025-10-30"]
    assert len(store.articles(limit=2)) == 2
    with pytest.raises(StoreError):
        store.articles(since="last week")


def test_get_by_prefix(store: Store) -> None:
    article = Article(body=BODY, title="A meeting")
    store.add(article)
    got = store.get(article.id[:6])
    assert got is not None and got.id == article.id and got.body == BODY
    assert got.to_article() == article
    assert store.get("zzzz") is None


def test_ambiguous_prefix_is_an_error(store: Store) -> None:
    for seed in range(40):
        store.add(Article(body=made_up(500 + seed)))
    ids = [r.id for r in store.articles(limit=100)]
    first_digits = [i[0] for i in ids]
    digit = max(set(first_digits), key=first_digits.count)
    with pytest.raises(StoreError, match="several"):
        store.get(digit)


def test_stats(store: Store) -> None:
    store.add(Article(body=made_up(1), outlet="Wire", published="2025-01-02"))
    store.add(Article(body=made_up(2), outlet="Wire", published="2025-03-04"))
    store.add(Article(body=made_up(3)))
    numbers = store.stats()
    assert numbers["tables"]["articles"] == 3
    assert numbers["by_outlet"] == {"Wire": 2, "(unknown)": 1}
    assert numbers["published"] == {"first": "2025-01-02", "last": "2025-03-04"}
    assert numbers["without_record"] == 3
    assert numbers["schema_version"] == SCHEMA_VERSION


def test_url_passes_through(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'u.db'}") as s:
        assert s.url.startswith("sqlite:///")
    assert (tmp_path / "u.db").is_file()


def test_a_folder_or_a_foreign_file_is_not_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        open_store(tmp_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database file at all" * 200)
    with pytest.raises(StoreError):
        open_store(junk)


def test_put_record_replaces_the_items(store: Store) -> None:
    article = Article(body=BODY)
    store.add(article, make_record(article))
    smaller = Record(article=article, timexes=make_record(article).timexes, stages=(Provenance("time", "2"),))
    store.put_record(smaller)
    assert store.record(article.id) == to_contract(smaller)
    counts = store.stats()["tables"]
    assert (counts["records"], counts["actors"], counts["mentions"], counts["timexes"]) == (1, 0, 0, 1)
    with pytest.raises(StoreError, match="not stored"):
        store.put_record(Record(article=Article(body="never stored")))


def test_a_version_1_store_gains_the_events_parties_column(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    with open_store(path) as s, s.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN parties")
        conn.exec_driver_sql("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with open_store(path) as s:
        assert s.schema_version == SCHEMA_VERSION == 2
        with s.engine.connect() as conn:
            assert "parties" in {c["name"] for c in inspect(conn).get_columns("events")}
