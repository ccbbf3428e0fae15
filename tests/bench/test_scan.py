"""The lexicon scan: a lifted condition or a new trigger word is credited with the gold events it finds."""

from __future__ import annotations

import json

import pytest

from bench import scan

BODY = "Oman said on Tuesday that it had mediated a truce between the United States and the Houthis."


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> list[scan.Parsed]:
    root = tmp_path_factory.mktemp("scan")
    (root / "corpus").mkdir()
    (root / "gold").mkdir()
    text = f"source: Test Wire\npublished: 2025-05-07\ntitle: Oman mediates a truce\n\n{BODY}\n"
    (root / "corpus" / "oman-truce.txt").write_text(text, encoding="utf-8")
    gold = {
        "source_file": "oman-truce.txt",
        "published": "2025-05-07",
        "events": [{"type": "AGREE", "participants": ["Oman"], "date": "2025-05-06", "status": "occurred"}],
        "commitments": [],
    }
    (root / "gold" / "oman-truce.json").write_text(json.dumps(gold), encoding="utf-8")
    return scan.prepare(root / "corpus", root / "gold")


def test_prepare_keeps_the_articles_with_gold(parsed: list[scan.Parsed]) -> None:
    assert [p.key for p in parsed] == ["oman-truce"]


def test_a_new_trigger_word_is_credited_with_its_match(parsed: list[scan.Parsed]) -> None:
    gains = {g.label: g for g in scan.scan_words(parsed, "AGREE", min_count=1)}
    assert gains["AGREE mediate"].matches == 1
    assert gains["AGREE mediate"].precision == 1.0


def test_lifting_the_truce_nouns_words_finds_the_agreement(parsed: list[scan.Parsed]) -> None:
    gains = scan.scan_conditions(parsed, lemma="truce")
    assert any(g.matches == 1 and "with_words" in g.label for g in gains)


def test_print_lists_the_best_first() -> None:
    lines: list[str] = []
    scan._print([scan.Gain("a", 1, 4), scan.Gain("b", 3, 4)], min_matches=1, out=lines.append)
    assert [line.split()[-1] for line in lines] == ["b", "a"]
