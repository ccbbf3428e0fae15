"""The accuracy gate: run the pipeline over every dev set present and hold each kind's F1 to a floor.

Floors live in ``baseline.json`` (``{"corpora": {NAME: {KIND: floor}}, "note": ...}``); a kind or corpus
missing there has floor 0.0. :func:`raise_floors` moves floors up to the current scores less 0.02, never down.
"""

from __future__ import annotations

import importlib
import json
import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readouts.errors import EvaluationError
from readouts.evaluation.run import evaluate
from readouts.evaluation.score import KINDS, Report

BASELINE = Path(__file__).with_name("baseline.json")
TOLERANCE = 1e-9
DEFAULT_CORPORA: tuple[str, ...] = (
    "examples", "devset", "heldout", "heldout2", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
    "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14",
    "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20",
    "shared-dev",
)  # fmt: skip
_BUNDLED = frozenset(
    c for c in DEFAULT_CORPORA if c not in ("examples", "shared-dev")
)  # folders beside this module: gold/ and corpus/ (heldout3 joined the devset as its e- files)
KNOWN_CORPORA: tuple[str, ...] = (*DEFAULT_CORPORA, "polnear-dev")
_SHARED_LAYOUT = {  # corpus name -> (gold folder, corpus folder) under ../shared
    "shared-dev": ("gold/dev", "corpus/dev"),
    "polnear-dev": ("external/polnear-dev/gold", "external/polnear-dev/corpus"),
}


@dataclass(frozen=True)
class Corpus:
    name: str
    gold_dir: Path
    files: tuple[Path, ...] | None = None  # the corpus files (None: found beside gold_dir)
    corpus_dir: Path | None = None


@dataclass(frozen=True)
class CorpusResult:
    corpus: Corpus
    report: Report
    floors: dict[str, float]

    @property
    def scores(self) -> dict[str, float]:
        return self.report.f1()

    @property
    def below(self) -> list[str]:
        """Kinds whose F1 is under their floor."""
        return [k for k in KINDS if self.scores[k] < self.floors.get(k, 0.0) - TOLERANCE]


@dataclass(frozen=True)
class GateResult:
    results: tuple[CorpusResult, ...]
    absent: tuple[tuple[str, str], ...]  # (corpus name, why it was not run)

    @property
    def passed(self) -> bool:
        return not any(r.below for r in self.results)


def shared_dir() -> Path | None:
    """``$READOUTS_SHARED`` when set (and nothing else), else ``../shared`` from the working folder,
    ``./shared``, or ``shared`` beside the repository."""
    env = os.environ.get("READOUTS_SHARED")
    candidates = (
        [Path(env).expanduser()]
        if env
        else [
            Path.cwd().parent / "shared",
            Path.cwd() / "shared",
            Path(__file__).resolve().parents[4] / "shared",
        ]
    )
    return next(
        (c for c in candidates if (c / "schema" / "extraction.md").is_file() or (c / "gold").is_dir()), None
    )


def _examples() -> Corpus | str:
    try:  # the bundled example articles and their gold
        examples = importlib.import_module("readouts.examples")
        gold = Path(examples.gold_dir())
        files = tuple(Path(p) for p in examples.example_paths())
    except (ImportError, AttributeError) as exc:
        return f"readouts.examples is not usable yet ({exc})"
    if not gold.is_dir() or not any(gold.glob("*.json")) or not files:
        return f"no example gold files in {gold}"
    return Corpus("examples", gold, files)


def find_corpus(name: str) -> Corpus | str:
    """The named dev set, or why it is absent."""
    if name == "examples":
        return _examples()
    if name in _BUNDLED:  # written without sight of the code; the held-out ones: report and guard, never tune
        folder = Path(__file__).resolve().parent / name
        return Corpus(name, folder / "gold", None, folder / "corpus")
    if name not in _SHARED_LAYOUT:
        raise EvaluationError(f"unknown corpus {name!r}; known: {', '.join(KNOWN_CORPORA)}")
    shared = shared_dir()
    if shared is None:
        return "../shared not found (set READOUTS_SHARED)"
    gold, corpus = (shared / part for part in _SHARED_LAYOUT[name])
    if not gold.is_dir() or not any(gold.glob("*.json")):
        return f"no gold files in {gold}"
    if not corpus.is_dir():
        return f"no corpus folder {corpus}"
    return Corpus(name, gold, None, corpus)


def load_baseline(path: Path = BASELINE) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: baseline cannot be read ({exc.strerror or exc})") from exc
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}: baseline is not JSON ({exc})") from exc
    corpora = data.get("corpora") if isinstance(data, dict) else None
    if not isinstance(corpora, dict) or not all(isinstance(v, dict) for v in corpora.values()):
        raise EvaluationError(f'{path}: baseline needs {{"corpora": {{NAME: {{KIND: floor}}}}}}')
    return dict(data)


def floors_for(baseline: dict[str, Any], corpus: str) -> dict[str, float]:
    given = baseline["corpora"].get(corpus, {})
    return {k: float(given.get(k, 0.0)) for k in KINDS}


def run_gate(baseline_path: Path = BASELINE, corpora: Sequence[str] = DEFAULT_CORPORA) -> GateResult:
    """Score every named dev set that is present against its floors."""
    baseline = load_baseline(baseline_path)
    results: list[CorpusResult] = []
    absent: list[tuple[str, str]] = []
    for name in corpora:
        found = find_corpus(name)
        if isinstance(found, str):
            absent.append((name, found))
            continue
        evaluation = evaluate(found.gold_dir, found.corpus_dir, corpus_files=found.files)
        results.append(CorpusResult(found, evaluation.report, floors_for(baseline, name)))
    return GateResult(tuple(results), tuple(absent))


MARGIN = 0.02  # room for parser drift within the pinned spaCy range


def policy_floor(score: float) -> float:
    """The floor a score sets: the score less :data:`MARGIN`, rounded down to two decimals."""
    return max(0.0, math.floor((score - MARGIN) * 100 + 1e-6) / 100)


def raise_floors(result: GateResult, baseline_path: Path = BASELINE) -> list[tuple[str, str, float, float]]:
    """Move floors up to the policy's floor for the current scores (:func:`policy_floor`; never down, and
    only for kinds the corpus has gold for) and rewrite the baseline file.

    Returns the raised floors as (corpus, kind, old, new).
    """
    baseline = load_baseline(baseline_path)
    raised: list[tuple[str, str, float, float]] = []
    for r in result.results:
        floors = baseline["corpora"].setdefault(r.corpus.name, {})
        for kind in KINDS:
            if not r.report.counts[kind].gold:
                continue  # no gold of this kind: nothing to guard
            old = float(floors.get(kind, 0.0))
            floor = max(old, policy_floor(r.scores[kind]))
            if floor > old:
                floors[kind] = floor
                raised.append((r.corpus.name, kind, old, floor))
    baseline_path.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return raised
