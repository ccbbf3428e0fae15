"""Sanity check: the dev gold scored against itself (turned into system records) is perfect.

Timex offsets are computed here from the article bodies with a plain ``str.find`` scan, independently
of the scorer's own occurrence finder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from readouts.evaluation import KINDS, GoldFile, load_gold_dir, score
from readouts.ingest import read_paths


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def spans_of(text: str, body: str) -> list[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for variant in {text, text[0].upper() + text[1:]}:
        i = body.find(variant)
        while i >= 0:
            j = i + len(variant)
            if (i == 0 or not _word_char(body[i - 1])) and (j == len(body) or not _word_char(body[j])):
                found.add((i, j))
            i = body.find(variant, i + 1)
    return sorted(found)


def as_system(gold: GoldFile, body: str) -> dict[str, Any]:
    timexes = [
        {"text": t["text"], "start": a, "end": b, "type": t.get("type"), "value": t.get("value")}
        for t in gold.timexes
        for a, b in spans_of(t["text"], body)
    ]
    spans = {(t["start"], t["end"]) for t in timexes}
    outer = [
        t
        for t in timexes
        if not any(c <= t["start"] and t["end"] <= d and (c, d) != (t["start"], t["end"]) for c, d in spans)
    ]
    unique = list({(t["start"], t["end"]): t for t in outer}.values())
    return {
        "source_file": gold.source_file,
        "quotes": [dict(q) for q in gold.quotes],
        "events": [dict(e) for e in gold.events],
        "commitments": [dict(c) for c in gold.commitments],
        "timexes": unique,
    }


def bodies_of(corpus: Path) -> dict[str, str]:
    files = sorted(str(p) for p in corpus.iterdir() if p.is_file())
    return {x.article.source_file or "": x.article.body for x in read_paths(files) if x.article is not None}


def test_dev_gold_against_itself_is_perfect(shared_dir: Path) -> None:
    gold = load_gold_dir(shared_dir / "gold" / "dev")
    bodies = bodies_of(shared_dir / "corpus" / "dev")
    system = [as_system(g, bodies[g.source_file or ""]) for g in gold]
    report = score(gold, system, bodies=bodies)
    for kind in KINDS:
        assert report.counts[kind].gold > 0, kind
        assert report.counts[kind].f1 == 1.0, (kind, report.misses[kind], report.false_positives[kind])
    assert not report.notes


def test_dev_gold_one_item_dropped(shared_dir: Path) -> None:
    gold = load_gold_dir(shared_dir / "gold" / "dev")
    bodies = bodies_of(shared_dir / "corpus" / "dev")
    system = [as_system(g, bodies[g.source_file or ""]) for g in gold]
    system[0]["events"] = system[0]["events"][1:]
    n = sum(len(g.events) for g in gold)
    report = score(gold, system, bodies=bodies)
    assert report.counts["events"].r == pytest.approx((n - 1) / n)
    assert report.counts["events"].p == 1.0
    assert len(report.misses["events"]) == 1


def test_polnear_quotes_against_themselves(shared_dir: Path) -> None:
    folder = shared_dir / "external" / "polnear-dev" / "gold"
    if not folder.is_dir():
        pytest.skip("no PolNeAR dev gold")
    gold = load_gold_dir(folder)
    system = [{"source_file": g.source_file, "quotes": [dict(q) for q in g.quotes]} for g in gold]
    report = score(gold, system)
    assert report.counts["quotes"].f1 == 1.0
    assert report.counts["quotes+speaker"].f1 == 1.0
