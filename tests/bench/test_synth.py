"""The synthetic corpus generator: deterministic by seed, consistent within an article, readable back."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path

import pytest

from bench import synth
from readouts.ingest import read_paths

TEMPLATES = Path(__file__).resolve().parents[1] / "data" / "bench" / "templates"


@pytest.fixture(scope="module")
def lexicon() -> dict[str, synth.Country]:
    return synth.load_lexicon()


@pytest.fixture(scope="module")
def template(lexicon: dict[str, synth.Country]) -> synth.Template:
    (loaded,) = read_paths([str(TEMPLATES / "talks.txt")])
    assert loaded.article is not None
    a = loaded.article
    return synth.make_template(a.body, lexicon, title=a.title, outlet=a.outlet, published=a.published)


def _corpus(tmp: Path, n: int, seed: int, **kw: object) -> dict[str, str]:
    paths = synth.write_corpus(tmp, n, seed=seed, sources=[TEMPLATES], **kw)  # type: ignore[arg-type]
    return {p.name: p.read_text("utf-8") for p in paths}


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path: Path) -> None:
    first = _corpus(tmp_path / "a", 6, seed=7)
    again = _corpus(tmp_path / "b", 6, seed=7)
    other = _corpus(tmp_path / "c", 6, seed=8)
    assert first == again
    assert first != other


def test_n_articles_all_readable(tmp_path: Path) -> None:
    paths = synth.write_corpus(tmp_path, 25, seed=1, sources=[TEMPLATES])
    loaded = list(read_paths([str(p) for p in paths]))
    assert len(loaded) == 25
    assert all(x.error is None and x.article is not None for x in loaded)
    articles = [x.article for x in loaded if x.article is not None]
    assert all(a.published and dt.date.fromisoformat(a.published) for a in articles)
    assert all(a.title and a.outlet == "Example Wire" and a.body.startswith(("BERLIN", "")) for a in articles)
    assert len({a.id for a in articles}) == 25  # no two bodies alike


def test_jsonl_holds_n_rows(tmp_path: Path) -> None:
    (path,) = synth.write_corpus(tmp_path, 5, seed=2, jsonl=True, sources=[TEMPLATES])
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert len(rows) == 5
    assert all(r["text"] and r["published"] for r in rows)
    loaded = list(read_paths([str(path)]))
    assert len(loaded) == 5 and all(x.article is not None for x in loaded)


def test_template_finds_countries_leaders_and_dates(template: synth.Template) -> None:
    assert set(template.countries) == {"DEU", "FRA"}
    holes = {kind for cut in template.paragraphs for kind, _ in cut.holes}
    assert {"name", "mdy", "dmy", "iso", "month", "year", "num"} <= holes


def test_one_article_is_consistent(template: synth.Template, lexicon: dict[str, synth.Country]) -> None:
    for seed in range(5):
        var = synth.draw_variation(template, lexicon, random.Random(seed))
        art = synth.render(template, lexicon, random.Random(seed), keep=1.0)
        body = art["body"] or ""
        published = dt.date.fromisoformat(art["published"] or "")
        assert published == dt.date(2026, 3, 10) + dt.timedelta(days=var.days)
        assert published.weekday() == dt.date(2026, 3, 10).weekday()  # whole weeks: weekday names stay right
        day_before = published - dt.timedelta(days=1)
        assert day_before.isoformat() in body  # the ISO date moved with the published date
        month_day = f"{synth.MONTHS[day_before.month - 1]} {day_before.day}"
        assert f"({month_day})" in body
        # both leaders swapped the same way everywhere
        for code, li in template.leaders:
            target, ti = var.leader_map[(code, li)]
            full, surname = lexicon[target].leaders[ti]
            assert full in body
            assert re.search(rf"\b{re.escape(surname)} said\b", body)
        # numbers scaled by one factor
        m = re.search(r"listed (\d+) projects, up from (\d+)", body)
        assert m is not None
        assert (int(m[1]), int(m[2])) == (max(1, round(12 * var.factor)), max(1, round(8 * var.factor)))


def test_keep_drops_later_paragraphs_only(
    template: synth.Template, lexicon: dict[str, synth.Country]
) -> None:
    art = synth.render(template, lexicon, random.Random(0), keep=0.0)
    body = art["body"] or ""
    assert "\n" not in body and "BERLIN" in body  # only the lead is left


@pytest.mark.parametrize(
    ("kind", "text", "days", "expected"),
    [
        ("iso", "2026-03-09", 14, "2026-03-23"),
        ("mdy", "Feb. 4, 2026", 7, "Feb. 11, 2026"),
        ("mdy", "March 30", 7, "April 6"),
        ("dmy", "21st March", 14, "4th April"),
        ("my", "April 2026", 70, "June 2026"),
        ("month", "December", 35, "January"),
        ("year", "2025", 196, "2025"),
        ("year", "2025", 364, "2026"),
        ("year", "2025", -70, "2024"),
    ],
)
def test_date_shift(kind: str, text: str, days: int, expected: str) -> None:
    shift = synth._Shift(dt.date(2026, 3, 10), days)
    assert synth._replace_date(kind, text, shift) == expected


@pytest.mark.parametrize(
    ("text", "factor", "expected"),
    [("12", 1.5, "18"), ("1,500", 2.0, "3,000"), ("2.5", 2.0, "5.0"), ("1", 0.4, "1")],
)
def test_number_scaling(text: str, factor: float, expected: str) -> None:
    assert synth._scale_number(text, factor) == expected
