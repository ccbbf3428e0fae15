"""readouts and the peer tools scored with the project's scorer on the same development gold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import peers
from readouts.model import Article

SHARED_GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev"
# The kinds each system is scored on: what the peers produce (textacy: quotes; dateparser: timexes).
TABLE_KINDS = ("quotes", "quotes+speaker", "timex", "timex_value")
SYSTEM_KINDS = {
    "readouts": TABLE_KINDS,
    "textacy": ("quotes", "quotes+speaker"),
    "dateparser": ("timex", "timex_value"),
}


@dataclass(frozen=True)
class GoldSet:
    """A folder of gold files and the articles they annotate."""

    name: str
    gold: tuple[Any, ...]  # readouts.evaluation.GoldFile
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class Row:
    system: str
    counts: dict[str, Any]  # kind -> readouts.evaluation.Counts (only the kinds the system is scored on)
    failed: int
    articles: int
    seconds: float


HELDOUT_GOLD = Path(__file__).resolve().parents[1] / "src" / "readouts" / "evaluation" / "heldout" / "gold"


def gold_sets(extra: Sequence[Path] = ()) -> list[GoldSet]:
    """The bundled examples' gold, ``../shared/gold/dev`` when present, and any ``extra`` gold folders."""
    from readouts.evaluation import load_gold_dir
    from readouts.evaluation.run import corpus_paths, find_corpus, read_articles

    folders: list[tuple[str, Path]] = []
    try:
        from readouts.examples import gold_dir

        folders.append(("examples", Path(gold_dir())))
    except ImportError:
        pass  # the examples package has not landed: the shared dev gold alone is used
    if SHARED_GOLD.is_dir():
        folders.append(("shared/gold/dev", SHARED_GOLD))
    folders += [(str(p), p) for p in extra]
    sets = []
    for name, folder in folders:
        gold = load_gold_dir(folder)
        corpus = find_corpus(folder, gold)
        if corpus is None:
            raise SystemExit(f"bench: no corpus found beside the gold folder {folder}")
        sets.append(GoldSet(name, tuple(gold), tuple(read_articles(corpus_paths(corpus, gold)))))
    if not sets:
        raise SystemExit("bench: no gold to score on (no readouts.examples, no ../shared/gold/dev)")
    return sets


def heldout_set(name: str = "heldout") -> GoldSet:
    """A held-out set bundled in readouts.evaluation (``heldout``, ``heldout2``, ``heldout4`` to
    ``heldout20``: written without sight of the code, never tuned on)."""
    from readouts.evaluation import load_gold_dir
    from readouts.evaluation.run import corpus_paths, find_corpus, read_articles

    folder = HELDOUT_GOLD.parent.parent / name / "gold"
    gold = load_gold_dir(folder)
    corpus = find_corpus(folder, gold)
    if corpus is None:
        raise SystemExit(f"bench: no corpus beside {folder}")
    return GoldSet(name, tuple(gold), tuple(read_articles(corpus_paths(corpus, gold))))


def _score(
    sets: Sequence[GoldSet], records: Sequence[Sequence[dict[str, Any]]], kinds: Sequence[str]
) -> dict[str, Any]:
    from readouts.evaluation import Counts, score

    totals: dict[str, Any] = {k: Counts() for k in kinds}
    for gs, recs in zip(sets, records, strict=True):
        bodies = {a.source_file or a.id: a.body for a in gs.articles} | {a.id: a.body for a in gs.articles}
        report = score(gs.gold, recs, bodies=bodies)
        for k in kinds:
            totals[k] = totals[k] + report.counts[k]
    return totals


def _readouts(sets: Sequence[GoldSet]) -> tuple[list[list[dict[str, Any]]], float]:
    import time

    from readouts import pipeline
    from readouts.model import to_contract

    start = time.perf_counter()
    out = [[to_contract(r) for r in pipeline.extract(gs.articles)] for gs in sets]
    return out, time.perf_counter() - start


def compare(sets: Sequence[GoldSet], *, with_peers: bool = True) -> tuple[list[Row], list[str]]:
    """Score readouts and (unless told not to, or not installed) the peers; rows and notes."""
    from readouts import nlp

    notes: list[str] = []
    n = sum(len(gs.articles) for gs in sets)
    own, seconds = _readouts(sets)
    rows = [Row("readouts", _score(sets, own, SYSTEM_KINDS["readouts"]), 0, n, seconds)]
    if not with_peers:
        return rows, ["peers not run (--no-peers)"]
    try:
        runs = []
        docs = [list(nlp.parse(a.body for a in gs.articles)) for gs in sets]
        runs.append([peers.run_textacy(gs.articles, d) for gs, d in zip(sets, docs, strict=True)])
        runs.append([peers.run_dateparser(gs.articles) for gs in sets])
    except peers.PeerMissing as exc:
        notes.append(f"peers not scored: {exc}")
        return rows, notes
    for per_set in runs:
        name = per_set[0].name
        recs = [list(r.records) for r in per_set]
        failed = sum(r.failed for r in per_set)
        secs = sum(r.seconds for r in per_set)
        rows.append(Row(name, _score(sets, recs, SYSTEM_KINDS[name]), failed, n, secs))
    return rows, notes


def table(rows: Sequence[Row]) -> list[str]:
    """A Markdown table: P / R / F1 per kind, ``-`` where a system is not scored on a kind."""
    head = "| system | " + " | ".join(f"{k} P / R / F1" for k in TABLE_KINDS) + " | failed articles |"
    lines = [head, "|---" * (len(TABLE_KINDS) + 2) + "|"]
    for row in rows:
        cells = []
        for k in TABLE_KINDS:
            c = row.counts.get(k)
            cells.append(f"{c.p:.2f} / {c.r:.2f} / {c.f1:.2f} ({c.tp}/{c.gold}/{c.system})" if c else "-")
        lines.append(f"| {row.system} | " + " | ".join(cells) + f" | {row.failed} of {row.articles} |")
    return lines
