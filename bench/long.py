"""Throughput on one long article: does the pipeline's cost grow faster than the article?

``python bench/long.py [--words N]... [--repeat R] [--write DIR] [--no-time]`` builds one article of about
N words (default 14,000) by joining the bodies of the template articles (the bundled examples plus
``../shared/corpus/dev``) in turn until it is long enough, then times bare spaCy and ``pipeline.extract`` on
that same text in this process and prints words/s and the ratio between them (wall clock and CPU time).
``--write DIR`` also saves each built article as a header-style text file (``long-<N>.txt``) for
``readouts extract``. ``bench/run.py`` calls :func:`long_rates` (its ``--long-words``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` importable as a package
    sys.path.insert(0, str(ROOT))

from bench import synth  # noqa: E402

DEFAULT_WORDS = 14_000
DEFAULT_REPEAT = 3
PUBLISHED = "2025-11-01"


def template_bodies(paths: Sequence[Path]) -> list[str]:
    """The bodies of the template articles: the text after the header, which ends at the first blank line."""
    bodies = []
    for p in paths:
        text = p.read_text("utf-8").replace("\r\n", "\n")
        _, sep, body = text.partition("\n\n")
        bodies.append((body if sep else text).strip())
    return [b for b in bodies if b]


def build_body(words: int, bodies: Sequence[str]) -> str:
    """The bodies joined in turn (cycling when needed) until the text holds at least ``words`` words."""
    if not bodies:
        raise SystemExit("long: no template articles")
    parts: list[str] = []
    count = 0
    while count < words:
        body = bodies[len(parts) % len(bodies)]
        parts.append(body)
        count += len(body.split())
    return "\n\n".join(parts)


def as_file_text(body: str, words: int) -> str:
    return f"title: A long article of about {words} words\npublished: {PUBLISHED}\n\n{body}\n"


@dataclass(frozen=True)
class LongRate:
    """Bare spaCy and the full pipeline on one article of ``words`` words: the best of ``repeat`` runs of each
    (runs alternate, so a busy spell on a shared machine hits both alike; the best run is the least
    disturbed)."""

    words: int
    repeat: int
    bare_seconds: float
    full_seconds: float
    bare_cpu: float = 0.0  # this process's CPU time (user + system) in the same best runs
    full_cpu: float = 0.0

    @property
    def bare_words_per_second(self) -> float:
        return _per(self.words, self.bare_seconds)

    @property
    def full_words_per_second(self) -> float:
        return _per(self.words, self.full_seconds)

    @property
    def ratio(self) -> float:
        return _per(self.bare_seconds, self.full_seconds)

    @property
    def cpu_ratio(self) -> float:
        return _per(self.bare_cpu, self.full_cpu)

    def line(self) -> str:
        return (
            f"long article ({self.words:,} words, best of {self.repeat}): bare spaCy "
            f"{self.bare_words_per_second:,.0f} words/s, pipeline.extract {self.full_words_per_second:,.0f} "
            f"words/s, ratio (pipeline/bare spaCy) {self.ratio:.2f}, by CPU time {self.cpu_ratio:.2f}"
        )


def _per(num: float, den: float) -> float:
    """``num / den``, or 0.0 where nothing was measured."""
    return num / den if den else 0.0


def _timed(run: Callable[[], object]) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - start, time.process_time() - cpu


def measure(body: str, repeat: int) -> LongRate:
    """Time bare spaCy and ``pipeline.extract`` on the same body, alternately, after one warm-up of each."""
    from readouts import nlp, pipeline
    from readouts.model import Article

    article = Article(body=body, published=PUBLISHED)
    model = nlp.load()

    def bare_run() -> object:
        return model(body)

    def full_run() -> object:
        return pipeline.extract_one(article)

    bare_run()
    full_run()
    bare: list[tuple[float, float]] = []
    full: list[tuple[float, float]] = []
    for _ in range(max(1, repeat)):
        bare.append(_timed(bare_run))
        full.append(_timed(full_run))
    (bare_s, bare_c), (full_s, full_c) = min(bare), min(full)
    return LongRate(len(body.split()), max(1, repeat), bare_s, full_s, bare_c, full_c)


def long_rates(targets: Sequence[int] = (DEFAULT_WORDS,), repeat: int = DEFAULT_REPEAT) -> list[LongRate]:
    """One :class:`LongRate` per target length, each on an article built from the template articles."""
    bodies = template_bodies(synth.template_paths())
    return [measure(build_body(n, bodies), repeat) for n in targets]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="readouts throughput on one long article")
    p.add_argument("--words", type=int, action="append", default=[], help="article length (repeatable)")
    p.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="timed runs of each (the best counts)")
    p.add_argument("--write", type=Path, default=None, help="save the built articles in this folder")
    p.add_argument("--no-time", action="store_true", help="only build (and --write) the articles")
    args = p.parse_args(argv)
    targets = args.words or [DEFAULT_WORDS]
    bodies = template_bodies(synth.template_paths())
    for n in targets:
        body = build_body(n, bodies)
        if args.write is not None:
            args.write.mkdir(parents=True, exist_ok=True)
            out = args.write / f"long-{n}.txt"
            out.write_text(as_file_text(body, n), encoding="utf-8")
            print(f"wrote {out} ({len(body.split()):,} words)")
        if not args.no_time:
            print(measure(body, args.repeat).line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
