"""Evaluation runs: find a gold folder's corpus, run the pipeline (or read a system file), and score."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readouts.errors import EvaluationError
from readouts.evaluation.gold import GoldFile, load_gold_dir
from readouts.evaluation.score import Report, score
from readouts.ingest import read_paths
from readouts.model import Article


@dataclass(frozen=True)
class Evaluation:
    """A report and what it was computed from."""

    report: Report
    gold_dir: Path
    corpus_dir: Path | None
    system_file: Path | None
    articles: int  # articles the pipeline ran over (0 when a system file was scored)


def _names(gold: Sequence[GoldFile]) -> set[str]:
    return {g.source_file for g in gold if g.source_file}


def _files_by_name(corpus_dir: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(corpus_dir.rglob("*")):
        if path.is_file():
            found.setdefault(path.name, path)
    return found


def find_corpus(gold_dir: Path, gold: Sequence[GoldFile]) -> Path | None:
    """The corpus beside a gold folder: ``X/gold/NAME`` -> ``X/corpus/NAME``, ``X/gold`` -> ``X/corpus``
    or ``X`` (the bundled examples); the first that holds one of the gold files' ``source_file``s."""
    gold_dir = gold_dir.resolve()
    candidates = [
        gold_dir.parent.parent / "corpus" / gold_dir.name,
        gold_dir.parent / "corpus",
        gold_dir.parent,
    ]
    wanted = _names(gold)
    for candidate in candidates:
        if candidate.is_dir() and candidate != gold_dir and any((candidate / n).is_file() for n in wanted):
            return candidate
    for candidate in candidates[:2]:  # a corpus whose files sit in sub-folders
        if candidate.is_dir() and wanted & set(_files_by_name(candidate)):
            return candidate
    return None


def corpus_paths(corpus_dir: Path, gold: Sequence[GoldFile]) -> list[Path]:
    """The corpus files that gold files name, in the gold files' order."""
    by_name = _files_by_name(corpus_dir)
    return [by_name[g.source_file] for g in gold if g.source_file and g.source_file in by_name]


def read_articles(paths: Iterable[Path]) -> list[Article]:
    """Articles read from files; a file that cannot be read raises EvaluationError."""
    articles: list[Article] = []
    for loaded in read_paths([str(p) for p in paths]):
        if loaded.error is not None:
            raise EvaluationError(f"corpus file cannot be read: {loaded.error}")
        if loaded.article is not None:
            articles.append(loaded.article)
    return articles


def bodies_of(articles: Iterable[Article]) -> dict[str, str]:
    """Article bodies by ``source_file`` and by id."""
    bodies: dict[str, str] = {}
    for a in articles:
        bodies.setdefault(a.id, a.body)
        if a.source_file:
            bodies.setdefault(a.source_file, a.body)
    return bodies


def run_pipeline(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The contract's objects for articles, from the default stages."""
    from readouts import pipeline
    from readouts.model import to_contract

    return [to_contract(r) for r in pipeline.extract(articles)]


def read_system(path: Path) -> list[dict[str, Any]]:
    """System records from a JSON Lines file (or a JSON array), as ``readouts extract`` prints them, or
    from a folder of one-record ``*.json`` files (a second annotator's gold, for annotator agreement)."""
    if path.is_dir():
        return [dict(g.raw) for g in load_gold_dir(path)]  # checked as gold files
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    try:
        if text.lstrip().startswith("["):
            records = json.loads(text)
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}: not JSON Lines ({exc})") from exc
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise EvaluationError(f"{path}: every record must be a JSON object")
    return records


def evaluate(
    gold_dir: Path,
    corpus_dir: Path | None = None,
    *,
    system_file: Path | None = None,
    corpus_files: Sequence[Path] | None = None,
) -> Evaluation:
    """Score a gold folder: against ``system_file`` if given, else against a pipeline run over the corpus.

    The corpus is ``corpus_files`` if given, else ``corpus_dir``, else the folder :func:`find_corpus`
    finds. Article bodies (for timex occurrences) come from the corpus when there is one.
    """
    gold = load_gold_dir(gold_dir)
    if corpus_files is None:
        corpus_dir = corpus_dir or find_corpus(gold_dir, gold)
        if corpus_dir is not None and not corpus_dir.is_dir():
            raise EvaluationError(f"{corpus_dir}: not a corpus folder")
        corpus_files = corpus_paths(corpus_dir, gold) if corpus_dir is not None else []
    if system_file is None and not corpus_files:
        raise EvaluationError(f"{gold_dir}: no corpus found for these gold files; name CORPUS_DIR")
    articles = read_articles(corpus_files)
    bodies: Mapping[str, str] | None = bodies_of(articles) if articles else None
    if system_file is not None:
        return Evaluation(
            score(gold, read_system(system_file), bodies=bodies), gold_dir, corpus_dir, system_file, 0
        )
    system = run_pipeline(articles)
    return Evaluation(score(gold, system, bodies=bodies), gold_dir, corpus_dir, None, len(articles))
