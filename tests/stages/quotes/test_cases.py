"""The hand-written sentence table (tests/data/quotes/cases.yaml) through the actors and quotes stages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.stages.quotes.helpers import quotes_of, same_speaker

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "data" / "quotes" / "cases.yaml").read_text(encoding="utf-8")
)


def _norm(text: str) -> str:
    return " ".join(text.split()).strip()


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case(case: dict[str, Any]) -> None:
    body = case["text"]
    found = quotes_of(body)
    for q in found:
        assert 0 <= q.start < q.end <= len(body)
        assert q.provenance.stage == "quotes"
    if case.get("any"):
        return
    if case.get("none"):
        assert [q.text for q in found] == []
        return
    expected = case["quotes"]
    got = [(q.text, q.kind, q.speaker_name, q.channel) for q in found]
    assert len(found) == len(expected), got
    for exp, q in zip(expected, found, strict=True):
        assert _norm(q.text) == _norm(exp["text"]), got
        assert q.kind == exp.get("kind", "direct"), got
        assert same_speaker(exp.get("speaker"), q.speaker_name), got
        if "channel" in exp:
            assert q.channel == exp["channel"], got
