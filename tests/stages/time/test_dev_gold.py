"""The stage scored on the dev gold (../shared/gold/dev) with relaxed extents; asserts a floor.

Run ``.venv/bin/pytest tests/stages/time/test_dev_gold.py -s`` to see the numbers.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.stages.time.helpers import run
from tests.stages.time.scoring import Score, score, split_header


def test_dev_gold(shared_dir: Path) -> None:
    total = Score(0, 0, 0, 0)
    for gold_file in sorted((shared_dir / "gold" / "dev").glob("*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        raw = (shared_dir / "corpus" / "dev" / gold["source_file"]).read_text("utf-8")
        body, published = split_header(raw)
        items, _ = run(body, gold.get("published") or published)
        total = total + score(body, gold, items)
    print(
        f"\ntime dev gold: gold={total.gold} system={total.system} found={total.found} right={total.right} "
        f"P={total.precision:.3f} R={total.recall:.3f} value-F1={total.value_f1:.3f}"
    )
    assert total.gold > 0
    assert total.recall >= 0.85
    assert total.precision >= 0.85
    assert total.value_f1 >= 0.85
