"""The bundled example articles and their hand-made gold files are well formed and consistent."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

import pytest

from readouts.examples import example_paths, gold_dir
from readouts.ingest import read_paths
from readouts.model import PLOVER_TYPES, EventStatus, Modality

PATHS = example_paths()
IDS = [p.stem for p in PATHS]
REQUIRED_KEYS = {"source_file", "published", "quotes", "events", "commitments", "timexes", "ignore"}
UNITS = {"t", "USD", "percent", "count"}
STATUSES = set(get_args(EventStatus))
MODALITIES = set(get_args(Modality))
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
_POINT = r"\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T[A-Z0-9:]+)?"
DATE_VALUE = re.compile(rf"^{_POINT}(?:/{_POINT})?$")
DURATION_VALUE = re.compile(r"^P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$")
SEED_RUN = 12


def _body(path: Path) -> str:
    loaded = list(read_paths([str(path)]))
    assert len(loaded) == 1 and loaded[0].article is not None, loaded
    return loaded[0].article.body


def _gold(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((gold_dir() / f"{path.stem}.json").read_text("utf-8"))
    return data


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def test_there_are_enough_examples_each_with_gold() -> None:
    assert len(PATHS) >= 14
    assert {p.stem for p in PATHS} == {g.stem for g in gold_dir().glob("*.json")}


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_header_parses_with_published_date(path: Path) -> None:
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.error is None and loaded.article is not None
    article = loaded.article
    assert article.published is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)
    assert path.name.startswith(article.published)
    assert 250 <= len(article.body.split()) <= 600
    assert not article.body.lstrip().startswith(("source:", "published:", "date "))


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_has_required_keys_and_matches_its_article(path: Path) -> None:
    gold = _gold(path)
    assert gold.keys() >= REQUIRED_KEYS
    assert gold["source_file"] == path.name
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.article is not None and gold["published"] == loaded.article.published


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_texts_occur_verbatim_in_body(path: Path) -> None:
    body, gold = _body(path), _gold(path)
    for item in [*gold["quotes"], *gold["timexes"]]:
        assert item["text"] in body, item["text"]
    for text in gold["ignore"]:
        assert text in body, text


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_quotes_are_well_formed(path: Path) -> None:
    for quote in _gold(path)["quotes"]:
        assert quote["kind"] in {"direct", "indirect"}
        assert isinstance(quote["speaker_name"], str) and quote["speaker_name"].strip()
        assert all(isinstance(s, str) for s in quote.get("speaker_alternatives", []))


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_events_use_plover_types_and_contract_statuses(path: Path) -> None:
    for event in _gold(path)["events"]:
        assert event["type"] in PLOVER_TYPES
        assert event["status"] in STATUSES
        assert event["participants"] and all(isinstance(p, str) for p in event["participants"])
        assert event.get("date") is None or DATE_VALUE.match(event["date"]), event["date"]


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_commitments_use_contract_modalities_and_units(path: Path) -> None:
    body = _body(path)
    for commitment in _gold(path)["commitments"]:
        assert commitment["modality"] in MODALITIES
        assert commitment["actor"].strip() and commitment["object"].strip()
        unit = commitment.get("unit")
        assert unit is None or unit in UNITS or unit in body, unit
        if unit is not None:
            assert isinstance(commitment["quantity"], int | float)


@pytest.mark.parametrize("path", PATHS, ids=IDS)
def test_gold_timexes_are_distinct_typed_and_valued(path: Path) -> None:
    timexes = _gold(path)["timexes"]
    texts = [t["text"] for t in timexes]
    assert len(texts) == len(set(texts))
    for timex in timexes:
        assert timex["type"] in TIMEX_TYPES
        pattern = DATE_VALUE if timex["type"] in {"DATE", "TIME"} else DURATION_VALUE
        assert pattern.match(timex["value"]), timex


def test_examples_share_no_long_run_of_words_with_the_seeds(shared_dir: Path) -> None:
    seeds = [p.read_text("utf-8") for p in sorted((shared_dir / "seeds").glob("*.txt"))]
    seeds += [p.read_text("utf-8") for p in sorted((shared_dir / "corpus" / "dev").glob("*.txt"))]
    runs: set[tuple[str, ...]] = set()
    for text in seeds:
        words = _words(text)
        runs.update(tuple(words[i : i + SEED_RUN]) for i in range(len(words) - SEED_RUN + 1))
    assert runs, "no seed text found"
    for path in PATHS:
        words = _words(path.read_text("utf-8"))
        copied = [" ".join(words[i : i + SEED_RUN]) for i in range(len(words) - SEED_RUN + 1)]
        assert not [run for run in copied if tuple(run.split()) in runs], path.name
