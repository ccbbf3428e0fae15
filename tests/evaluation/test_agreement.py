"""The second annotation of 24 devset articles (``evaluation/agreement``): every file pairs with a devset
article and its first annotation, and the two annotations agree as the README reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from readouts.evaluation.run import evaluate

EVALUATION = Path(__file__).resolve().parents[2] / "src" / "readouts" / "evaluation"
SECOND = EVALUATION / "agreement" / "gold"
DEVSET = EVALUATION / "devset"

pytestmark = pytest.mark.skipif(not SECOND.is_dir(), reason="no agreement folder")


def test_every_second_annotation_pairs_with_a_devset_article() -> None:
    files = sorted(SECOND.glob("*.json"))
    assert len(files) >= 20
    for path in files:
        source = json.loads(path.read_text("utf-8"))["source_file"]
        assert path.name == source.replace(".txt", ".json")
        assert (DEVSET / "corpus" / source).is_file() and (DEVSET / "gold" / path.name).is_file()


def test_the_two_annotations_agree_as_reported() -> None:
    result = evaluate(SECOND, DEVSET / "corpus", system_file=DEVSET / "gold")
    counts = result.report.counts
    assert counts["events"].f1 > 0.70 and counts["commitments"].f1 > 0.70
