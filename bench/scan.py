"""Devset-wide counts for the events lexicon (``docs/evaluation.md``, "Per-condition scans").

Parses a corpus once, keeps each article's parse and its time and actors results, then re-runs only the
events stage with one change to the lexicon at a time, and prints how many events each change gains and how
many of them match gold. It changes nothing: it lists what is worth a look.

    python bench/scan.py conditions [--lemma meet] [--min-matches 3]
    python bench/scan.py words --type SANCTION [--min-count 10] [--min-matches 3]

``conditions`` lifts each condition of each trigger in turn (``min_actors`` down to 1; ``with``,
``objects``, ``subjects``, ``pos``, ``needs_place``, ``needs_complement`` ... dropped). ``words`` adds every
frequent verb and noun that is no trigger yet as a trigger of one type, all at once, and credits the events
they give to their words (words added together compete for gold events: run the best alone before keeping
one). An event correct with probability p raises F1 when p exceeds about half the current F1.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

from spacy.tokens import Doc

import readouts.stages.events as events_stage
from readouts import nlp, pipeline
from readouts.evaluation import GoldFile, load_gold_dir
from readouts.evaluation.bipartite import edges, max_matching
from readouts.evaluation.match import event_matches
from readouts.ingest import read_paths
from readouts.model import RECORD_FIELDS, Record, to_contract
from readouts.stages.events.lexicon import Lexicon, Trigger, lexicon

DEVSET = Path(__file__).resolve().parent.parent / "src" / "readouts" / "evaluation" / "devset"
_LIFTED: dict[str, Any] = {
    "pos": None, "with_words": frozenset(), "objects": frozenset(), "subjects": frozenset(),
    "modifiers": frozenset(), "complements": frozenset(), "clause_heads": frozenset(),
    "clause_words": frozenset(), "needs_place": False, "needs_complement": False, "needs_prep": frozenset(),
    "needs_infinitive": False, "object_of": frozenset(), "self_future": False, "intransitive": False,
}  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Parsed:
    """One article ready for the events stage: its parse, its context and its gold file."""

    key: str
    doc: Doc
    context: pipeline.Context
    gold: GoldFile


@dataclasses.dataclass(frozen=True)
class Gain:
    """What one change does: events gained (net) and gold matches gained (net)."""

    label: str
    matches: int
    events: int

    @property
    def precision(self) -> float:
        return self.matches / self.events if self.events > 0 else 0.0


def prepare(corpus: Path, gold: Path) -> list[Parsed]:
    """Parse the corpus once and run the stages the events stage needs; keep the articles with gold."""
    golds = {Path(g.source_file or g.key).stem: g for g in load_gold_dir(gold) if g.annotates("events")}
    articles = [a for a in (x.article for x in read_paths([str(corpus)])) if a is not None]
    articles = [a for a in articles if Path(a.source_file or a.id).stem in golds]
    needed = pipeline.default_stages(only=("timexes", "actors"))  # and what they need, in order
    docs = nlp.parse(pipeline.parse_view(a.body) for a in articles)
    out = []
    for article, doc in zip(articles, docs, strict=True):
        context = pipeline.Context(article=article)
        for stage in needed:
            context.results[stage.provides] = tuple(stage.run(doc, context))
        key = Path(article.source_file or article.id).stem
        out.append(Parsed(key, doc, context, golds[key]))
    return out


def _events(parsed: Parsed, lex: Lexicon) -> list[dict[str, Any]]:
    with mock.patch.object(events_stage, "lexicon", lambda: lex):
        found = tuple(events_stage.extract(parsed.doc, parsed.context))
    fields: dict[str, Any] = {f: () for f in RECORD_FIELDS}
    fields["events"] = found
    record = Record(article=parsed.context.article, stages=(), errors=(), **fields)
    return list(to_contract(record)["events"])


def _matched(parsed: Parsed, items: Sequence[dict[str, Any]]) -> list[bool]:
    """Which system events the article's one-to-one matching pairs with a gold event."""
    pairs = max_matching(edges(parsed.gold.events, items, event_matches), len(items))
    used = set(pairs.values())
    return [i in used for i in range(len(items))]


def _totals(articles: Sequence[Parsed], lex: Lexicon) -> dict[str, tuple[int, int]]:
    out = {}
    for parsed in articles:
        items = _events(parsed, lex)
        out[parsed.key] = (sum(_matched(parsed, items)), len(items))
    return out


def _replaced(lex: Lexicon, old: Trigger, new: Trigger) -> Lexicon:
    def swap(triggers: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
        return tuple(new if t is old else t for t in triggers)

    return dataclasses.replace(
        lex,
        by_lemma={k: swap(v) for k, v in lex.by_lemma.items()},
        phrases=swap(lex.phrases),
        phrases_by_first={k: swap(v) for k, v in lex.phrases_by_first.items()},
    )


def _triggers(lex: Lexicon) -> Iterator[Trigger]:
    seen: set[int] = set()
    for trigger in (*(t for v in lex.by_lemma.values() for t in v), *lex.phrases):
        if id(trigger) not in seen:
            seen.add(id(trigger))
            yield trigger


def _liftings(trigger: Trigger) -> Iterator[tuple[str, Trigger]]:
    for name, value in _LIFTED.items():
        if getattr(trigger, name) != value:
            yield f"{name}={getattr(trigger, name)!r}"[:80], dataclasses.replace(trigger, **{name: value})
    if trigger.min_actors > 1:
        yield "min_actors", dataclasses.replace(trigger, min_actors=1)


def _words_of(parsed: Parsed) -> set[str]:
    return {t.lemma_.lower() for t in parsed.doc} | {t.lower_ for t in parsed.doc}


def scan_conditions(articles: Sequence[Parsed], lemma: str | None = None) -> list[Gain]:
    """One :class:`Gain` per lifted condition, each run on the articles holding the trigger's word."""
    lex = lexicon()
    words = [_words_of(p) for p in articles]
    base = _totals(articles, lex)
    gains = []
    for trigger in _triggers(lex):
        word = trigger.lemma.lower() if trigger.lemma else trigger.phrase[0]
        if lemma is not None and word != lemma:
            continue
        subset = [p for p, w in zip(articles, words, strict=True) if word in w]
        for what, lifted in _liftings(trigger):
            now = _totals(subset, _replaced(lex, trigger, lifted))
            matches = sum(now[k][0] - base[k][0] for k in now)
            count = sum(now[k][1] - base[k][1] for k in now)
            name = trigger.lemma or " ".join(trigger.phrase)
            gains.append(Gain(f"{trigger.type} {name} {trigger.pos or ''} lift {what}", matches, count))
    return gains


def scan_words(articles: Sequence[Parsed], event_type: str, min_count: int = 10) -> list[Gain]:
    """Every frequent verb and noun that is no trigger yet, tried at once as a trigger of ``event_type``;
    each word credited with the events of that type it gave beyond the lexicon's own."""
    lex = lexicon()
    counts: Counter[str] = Counter()
    lemma_of: dict[str, str] = {}
    for parsed in articles:
        for t in parsed.doc:
            if t.pos_ in ("VERB", "NOUN") and t.is_alpha and len(t) > 2:
                counts[t.lemma_.lower()] += 1
                lemma_of.setdefault(t.lower_, t.lemma_.lower())
    tried = {w for w, n in counts.items() if n >= min_count and w not in lex.by_lemma}
    mode = "meeting" if event_type == "CONSULT" else None
    added = {w: (Trigger(type=event_type, mode=mode, context=None, min_actors=1, lemma=w),) for w in tried}
    wider = dataclasses.replace(lex, by_lemma={**lex.by_lemma, **added})
    tally: dict[str, list[int]] = {}
    for parsed in articles:
        before = {_identity(e) for e in _events(parsed, lex)}
        items = _events(parsed, wider)
        for item, hit in zip(items, _matched(parsed, items), strict=True):
            word = lemma_of.get(str(item.get("trigger") or "").lower(), "")
            if item["type"] == event_type and word in tried and _identity(item) not in before:
                tally.setdefault(word, [0, 0])
                tally[word][0] += hit
                tally[word][1] += 1
    return [Gain(f"{event_type} {w}", m, n) for w, (m, n) in tally.items()]


def _identity(item: dict[str, Any]) -> tuple[Any, ...]:
    return (item["type"], item["evidence"]["start"], item.get("trigger"), tuple(item.get("participants", ())))


def _print(gains: Sequence[Gain], min_matches: int, out: Callable[[str], None] = print) -> None:
    for g in sorted(gains, key=lambda g: (-g.matches, g.events)):
        if g.matches >= min_matches:
            out(f"{g.matches:+5d} {g.events:+6d} {g.precision:5.2f}  {g.label}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("mode", choices=("conditions", "words"))
    parser.add_argument("--corpus", type=Path, default=DEVSET / "corpus")
    parser.add_argument("--gold", type=Path, default=DEVSET / "gold")
    parser.add_argument("--lemma", help="conditions: only the triggers of this word")
    parser.add_argument("--type", default="CONSULT", help="words: the PLOVER type to try them as")
    parser.add_argument("--min-count", type=int, default=10, help="words: how often a word must occur")
    parser.add_argument("--min-matches", type=int, default=3, help="print changes gaining this many matches")
    args = parser.parse_args(argv)
    articles = prepare(args.corpus, args.gold)
    if args.mode == "conditions":
        gains = scan_conditions(articles, args.lemma)
    else:
        gains = scan_words(articles, args.type.upper(), args.min_count)
    _print(gains, args.min_matches)


if __name__ == "__main__":
    main()
