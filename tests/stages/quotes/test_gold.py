"""Quote accuracy on the shared dev gold (floors) and on PolNeAR's dev split (a broader annotation; slow)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.stages.quotes.scoring import score_dir


def test_dev_gold_floors(shared_dir: Path) -> None:
    text, speaker = score_dir(shared_dir / "corpus" / "dev", shared_dir / "gold" / "dev")
    assert text.gold >= 30
    assert text.f1 >= 0.90, (text.precision, text.recall)
    assert speaker.f1 >= 0.85, (speaker.precision, speaker.recall)


@pytest.mark.slow
def test_polnear_floors(shared_dir: Path) -> None:
    base = shared_dir / "external" / "polnear-dev"
    if not (base / "gold").is_dir():
        pytest.skip("no PolNeAR dev split in ../shared")
    text, speaker = score_dir(base / "corpus", base / "gold")
    # PolNeAR annotates beliefs and intentions too, and whole clauses around quoted fragments: recall is low.
    assert text.precision >= 0.80 and text.f1 >= 0.55, (text.precision, text.recall)
    assert speaker.f1 >= 0.48, (speaker.precision, speaker.recall)
