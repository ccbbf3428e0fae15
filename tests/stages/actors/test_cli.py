"""``readouts actors`` and ``readouts actor NAME`` over a small store."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.model import Article
from readouts.pipeline import default_stages, extract
from readouts.store import open_store

ARTICLES = [
    (
        "U.S. President Donald Trump spoke with Chinese President Xi Jinping. Trump said the call went well.",
        "2025-11-25",
    ),
    (
        "Trump met Japanese Prime Minister Sanae Takaichi in Tokyo. Takaichi said ties were strong.",
        "2025-10-28",
    ),
    ("China's commerce ministry said Beijing would buy soybeans, according to Xinhua.", "2025-11-01"),
]


@pytest.fixture()
def store_cli(cli: CliRunner) -> CliRunner:
    articles = [Article(body=b, published=p) for b, p in ARTICLES]
    with open_store(Path(os.environ["READOUTS_DB"])) as store:
        for article, record in zip(
            articles, extract(articles, stages=default_stages(["actors"])), strict=True
        ):
            store.add(article, record)
    return cli


def test_actors_json(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actors", "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["id"]: r for r in json.loads(result.stdout)}
    assert rows["person:donald-trump"]["articles"] == 2
    assert rows["person:donald-trump"]["mentions"] == 3
    assert rows["country:CHN"]["kind"] == "country"


def test_actors_filters(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actors", "--kind", "person", "--country", "jpn", "--json"])
    assert [r["id"] for r in json.loads(result.stdout)] == ["person:sanae-takaichi"]
    result = store_cli.invoke(get_app(), ["actors", "--kind", "organisation", "--json"])
    assert {r["id"] for r in json.loads(result.stdout)} == {"org:chn-ministry-of-commerce", "org:xinhua"}
    assert store_cli.invoke(get_app(), ["actors", "--kind", "robot"]).exit_code == 2


def test_actors_table(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actors"])
    assert result.exit_code == 0 and "Xi Jinping" in result.stdout


def test_actor_detail(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actor", "trump", "--json"])
    assert result.exit_code == 0, result.output
    detail = json.loads(result.stdout)
    assert detail["actor"]["id"] == "person:donald-trump"
    assert "Trump" in detail["aliases"]
    assert [a["published"] for a in detail["articles"]] == ["2025-10-28", "2025-11-25"]
    president = next(r for r in detail["roles"] if r["title"] == "President")
    assert president["of"] == "USA" and president["articles"] == 2
    assert (president["first_seen"], president["last_seen"]) == ("2025-10-28", "2025-11-25")


def test_actor_by_id_and_table(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actor", "person:sanae-takaichi"])
    assert result.exit_code == 0 and "Prime Minister" in result.stdout


def test_actor_unknown(store_cli: CliRunner) -> None:
    result = store_cli.invoke(get_app(), ["actor", "Nobody Atall"])
    assert result.exit_code == 1
