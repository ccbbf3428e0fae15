"""``make bench``: throughput, memory, ingest rate and peer scores in one process; results in BENCHMARKS.md.

Usage: ``.venv/bin/python bench/run.py [--corpus DIR]... [--repeat N] [--scale N] [--scale-extract M]
[--no-peers] [--no-write] [--out FILE]``. See BENCHMARKS.md for what each number means.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` importable as a package
    sys.path.insert(0, str(ROOT))

from bench import long, machine, synth  # noqa: E402

try:
    from readouts import nlp, pipeline
    from readouts.errors import ReadoutsError
    from readouts.model import Article
except ImportError as exc:  # pragma: no cover - a clear message instead of a traceback
    raise SystemExit(f"bench: readouts is not importable ({exc}); run `make install-dev` first") from exc

DEFAULT_REPEAT = 3
DEFAULT_SCALE = 1000
DEFAULT_SCALE_EXTRACT = 100
MEMORY_NOTE = (
    "Peak memory: the process's RSS high-water mark (VmHWM), reset before each phase after freed heap is"
    " handed back (gc, malloc_trim); the RSS at the phase's start is given beside it."
)


@dataclass(frozen=True)
class Rate:
    """How fast one phase went over ``articles`` articles of ``words`` words, and its peak memory."""

    label: str
    articles: int
    words: int
    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0  # this process's CPU time (user + system) during the phase
    start_mib: float = 0.0  # resident memory when the phase began (after freed memory was handed back)

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (
            f"{self.label}: {self.articles} articles in {self.seconds:.2f} s "
            f"(CPU {self.cpu_seconds:.2f} s) = {self.per_second:.2f} articles/s, "
            f"{self.words_per_second:,.0f} words/s, peak RSS {self.peak_mib:,.0f} MiB"
            + (f" ({self.start_mib:,.0f} MiB at its start)" if self.start_mib else "")
        )


def read_corpus(paths: Sequence[Path]) -> list[Article]:
    from readouts.ingest import read_paths

    articles = []
    for loaded in read_paths([str(p) for p in paths]):
        if loaded.article is None:
            raise SystemExit(f"bench: cannot read {loaded.origin}: {loaded.error}")
        articles.append(loaded.article)
    if not articles:
        raise SystemExit("bench: no articles (no readouts.examples, no ../shared/corpus/dev, no --corpus)")
    return articles


def timed(label: str, articles: Sequence[Article], repeat: int, run: Callable[[list[Article]], int]) -> Rate:
    """Run ``run`` over the articles repeated ``repeat`` times; the peak RSS is the phase's own where the
    kernel lets the high-water mark be reset."""
    batch = list(articles) * repeat
    machine.reset_peak()
    before = machine.current_rss_mib()
    start, cpu = time.perf_counter(), time.process_time()
    done = run(batch)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    words = sum(len(a.body.split()) for a in batch)
    if done != len(batch):
        raise SystemExit(f"bench: {label} returned {done} results for {len(batch)} articles")
    return Rate(label, len(batch), words, seconds, machine.peak_rss_mib()[0], cpu, before)


def bare_spacy(batch: list[Article]) -> int:
    return sum(1 for _ in nlp.load().pipe((a.body for a in batch), batch_size=nlp.DEFAULT_BATCH_SIZE))


def full_pipeline(batch: list[Article]) -> int:
    return sum(1 for _ in pipeline.extract(batch))


def throughput(articles: Sequence[Article], repeat: int) -> tuple[Rate, Rate]:
    bare_spacy(list(articles))  # warm-up: model loaded, stages imported, lexicons read, caches filled
    full_pipeline(list(articles))
    bare = timed("bare spaCy (nlp.pipe)", articles, repeat, bare_spacy)
    full = timed("pipeline.extract", articles, repeat, full_pipeline)
    return bare, full


def ingest_rate(paths: Sequence[Path], *, extract: bool, label: str) -> tuple[Rate, str]:
    """Articles/s through ``batch.ingest`` into a new temporary SQLite store, and its report's summary."""
    try:
        from readouts import batch
        from readouts.store import open_store
    except ImportError as exc:
        raise SystemExit(f"bench: the store or batch ingest is missing ({exc})") from exc
    words = sum(len(p.read_text("utf-8").split()) for p in paths)
    with tempfile.TemporaryDirectory(prefix="readouts-bench-") as tmp:
        store = open_store(Path(tmp) / "bench.db")
        try:
            machine.reset_peak()
            before = machine.current_rss_mib()
            start, cpu = time.perf_counter(), time.process_time()
            report = batch.ingest(store, [str(p) for p in paths], extract=extract)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            store.close()
    summary = report.summary() + (f", {report.records} records" if extract else "")
    return Rate(label, len(paths), words, seconds, machine.peak_rss_mib()[0], cpu, before), summary


def ingest_runs(corpus: Sequence[Path], scale: int, scale_extract: int, seed: int) -> list[tuple[Rate, str]]:
    out = [
        ingest_rate(corpus, extract=False, label="ingest corpus, no extraction"),
        ingest_rate(corpus, extract=True, label="ingest corpus, with extraction"),
    ]
    if scale <= 0:
        return out
    with tempfile.TemporaryDirectory(prefix="readouts-synth-") as tmp:
        start = time.perf_counter()
        paths = synth.write_corpus(Path(tmp), scale, seed=seed)
        made = time.perf_counter() - start
        print(f"synthetic corpus: {scale} articles written in {made:.2f} s ({scale / made:,.0f} articles/s)")
        out.append(ingest_rate(paths, extract=False, label=f"ingest synthetic x{scale}, no extraction"))
        subset = paths[: min(scale_extract, scale)]
        if subset:
            label = f"ingest synthetic x{len(subset)}, with extraction"
            out.append(ingest_rate(subset, extract=True, label=label))
    return out


def corpus_paths(extra: Sequence[Path]) -> list[Path]:
    return synth.template_paths(extra)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="readouts benchmarks (see BENCHMARKS.md)")
    corpus_help = "a folder of .txt articles (repeatable; replaces the examples + ../shared/corpus/dev)"
    p.add_argument("--corpus", type=Path, action="append", default=[], help=corpus_help)
    p.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="passes over the corpus per timing")
    p.add_argument("--scale", type=int, default=DEFAULT_SCALE, help="synthetic articles to ingest (0: none)")
    p.add_argument("--scale-extract", type=int, default=DEFAULT_SCALE_EXTRACT, help="of which extracted")
    p.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    p.add_argument("--no-peers", action="store_true", help="do not score textacy and dateparser")
    long_help = "words of the long article timed against bare spaCy (0: skip it)"
    p.add_argument("--long-words", type=int, default=long.DEFAULT_WORDS, help=long_help)
    p.add_argument("--no-write", action="store_true", help="print only; do not append to BENCHMARKS.md")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md", help="the results file to append to")
    return p.parse_args(argv)


def ratio_lines(bare: Rate, full: Rate) -> list[str]:
    """The wall-clock ratio (the headline) and the CPU-time one (steadier on a busy machine)."""
    wall = full.per_second / bare.per_second if bare.per_second else 0.0
    cpu = full.per_cpu_second / bare.per_cpu_second if bare.per_cpu_second else 0.0
    return [f"throughput ratio (pipeline/bare spaCy): {wall:.2f}", f"throughput ratio by CPU time: {cpu:.2f}"]


def report_lines(
    m: machine.Machine,
    args: argparse.Namespace,
    n_articles: int,
    rates: tuple[Rate, Rate],
    ingest: Sequence[tuple[Rate, str]],
    scores: Sequence[str],
    long_lines: Sequence[str] = (),
) -> list[str]:
    bare, full = rates
    argv = " ".join(sys.argv[1:])
    lines = [f"### {m.date} UTC — `bench/run.py{' ' + argv if argv else ''}`", ""]
    lines += [f"- {x}" for x in m.lines()]
    lines += ["", f"Corpus: {n_articles} articles x {args.repeat} passes. {MEMORY_NOTE}", ""]
    lines += [f"- {bare.line()}", f"- {full.line()}", *[f"- {x}" for x in ratio_lines(bare, full)]]
    lines += [f"- {x}" for x in long_lines]
    lines += [f"- {rate.line()} — {summary}" for rate, summary in ingest]
    end_load = " ".join(f"{x:.2f}" for x in machine.load_average())
    lines += [f"- load average at the end: {end_load}"]
    return [*lines, "", *scores, ""]


def append_results(path: Path, lines: Sequence[str]) -> None:
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n\n## Results\n"
    if "## Results" not in text:
        text = text.rstrip("\n") + "\n\n## Results\n"
    path.write_text(text.rstrip("\n") + "\n\n" + "\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def score_lines(with_peers: bool) -> list[str]:
    from bench import compare

    out: list[str] = []
    held = [
        compare.heldout_set(name)
        for name in (
            "heldout",
            "heldout2",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "heldout11",
            "heldout12",
            "heldout13",
            "heldout14",
            "heldout15",
            "heldout16",
            "heldout17",
            "heldout18",
            "heldout19",
            "heldout20",
        )
    ]
    for title, sets in (
        ("development gold (tuned on)", compare.gold_sets()),
        ("held-out gold (never tuned on)", held),
    ):
        rows, notes = compare.compare(sets, with_peers=with_peers)
        out += [
            f"Scores on the {title} ({', '.join(gs.name for gs in sets)}: "
            f"{sum(len(gs.gold) for gs in sets)} gold files); cells are P / R / F1 (tp/gold/system):",
            "",
            *compare.table(rows),
            *([""] + [f"- {n}" for n in notes] if notes else []),
            "",
        ]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    failures: list[str] = []
    paths = corpus_paths(args.corpus)
    articles = read_corpus(paths)
    model = nlp.load()
    m = machine.describe(f"{model.meta.get('lang')}_{model.meta.get('name')}", str(model.meta.get("version")))
    print("\n".join(m.lines()))
    folders = Counter(str(p.parent) for p in paths)
    where = ", ".join(f"{n} from {folder}" for folder, n in folders.items())
    print(f"corpus: {len(articles)} articles ({where}), {args.repeat} passes")
    bare, full = throughput(articles, args.repeat)
    print(bare.line())
    print(full.line())
    print("\n".join(ratio_lines(bare, full)))
    long_lines = [r.line() for r in long.long_rates([args.long_words])] if args.long_words > 0 else []
    for line in long_lines:
        print(line)
    try:
        ingest = ingest_runs(paths, args.scale, args.scale_extract, args.seed)
    except (ImportError, ReadoutsError) as exc:  # reported in the output and the results, never silently
        ingest = []
        failures.append(f"ingest rate not measured: {type(exc).__name__}: {exc}")
    for rate, summary in ingest:
        print(f"{rate.line()} — {summary}")
    try:
        scores = score_lines(not args.no_peers)
    except (ImportError, ReadoutsError) as exc:
        scores = []
        failures.append(f"scores not computed: {type(exc).__name__}: {exc}")
    scores += [f"- NOT MEASURED: {f}" for f in failures]
    print("\n".join(scores))
    if not args.no_write:
        rows = report_lines(m, args, len(articles), (bare, full), ingest, scores, long_lines)
        append_results(args.out, rows)
        print(f"results appended to {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
