"""The stage registry and the run that turns articles into records.

A stage is a :class:`Stage`: a name, a version, the record field it ``provides`` (one of
``model.RECORD_FIELDS``), the fields it ``needs`` from earlier stages, and a ``run`` function
``run(doc, context) -> Sequence[item]``. Stages never call each other's internals: they read what earlier
stages put in :class:`Context` (through the public helpers those stage packages publish).

The default stages are listed in ``DEFAULT_STAGES`` (module paths, each exposing ``STAGE``); the
order is checked (and fixed up) by :func:`resolve_order`.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from readouts import nlp
from readouts.errors import ModelMissingError, PipelineError
from readouts.model import RECORD_FIELDS, Article, Provenance, Record

DEFAULT_STAGES: tuple[str, ...] = (
    "readouts.stages.time",
    "readouts.stages.actors",
    "readouts.stages.quotes",
    "readouts.stages.events",
    "readouts.stages.commitments",
)


@dataclass
class Context:
    """What a stage sees of the article besides its parse: the article and earlier stages' output."""

    article: Article
    results: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    cache: dict[str, Any] = field(default_factory=dict)  # per-article services a stage publishes

    def get(self, name: str) -> tuple[Any, ...]:
        """The items an earlier stage provided under ``name`` (``timexes``, ``actors``, ...)."""
        if name not in self.results:
            raise PipelineError(f"no stage has provided {name!r} yet")
        return self.results[name]


StageRun = Callable[[Doc, Context], Sequence[Any]]


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    provides: str
    run: StageRun
    needs: tuple[str, ...] = ()

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.name, self.version)


def load_stage(path: str) -> Stage:
    try:
        module = importlib.import_module(path)
    except ImportError as exc:
        raise PipelineError(f"stage module {path!r} cannot be imported: {exc}") from exc
    stage = getattr(module, "STAGE", None)
    if not isinstance(stage, Stage):
        raise PipelineError(f"stage module {path!r} has no STAGE")
    return stage


def resolve_order(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """Order stages so that each runs after the stages it needs; raise when that is impossible."""
    by_field = {s.provides: s for s in stages}
    for s in stages:
        if s.provides not in RECORD_FIELDS:
            raise PipelineError(f"stage {s.name!r} provides {s.provides!r}, not a record field")
        for need in s.needs:
            if need not in by_field:
                raise PipelineError(f"stage {s.name!r} needs {need!r}, which no selected stage provides")
    ordered: list[Stage] = []
    visiting: set[str] = set()

    def visit(stage: Stage) -> None:
        if stage in ordered:
            return
        if stage.name in visiting:
            raise PipelineError(f"stage {stage.name!r} is part of a dependency cycle")
        visiting.add(stage.name)
        for need in stage.needs:
            visit(by_field[need])
        visiting.discard(stage.name)
        ordered.append(stage)

    for s in stages:
        visit(s)
    return tuple(ordered)


def default_stages(only: Iterable[str] | None = None) -> tuple[Stage, ...]:
    """The default stages; with ``only`` (stage names or provided fields), those and the stages they need."""
    stages = [load_stage(p) for p in DEFAULT_STAGES]
    if only is not None:
        wanted = set(only)
        unknown = wanted - {s.name for s in stages} - {s.provides for s in stages}
        if unknown:
            raise PipelineError(f"no such stage: {', '.join(sorted(unknown))}")
        by_field = {s.provides: s for s in stages}
        chosen = {s.provides for s in stages if s.name in wanted or s.provides in wanted}
        pending = list(chosen)
        while pending:
            for need in by_field[pending.pop()].needs:
                if need in by_field and need not in chosen:
                    chosen.add(need)
                    pending.append(need)
        stages = [s for s in stages if s.provides in chosen]
    return resolve_order(stages)


def run_stages(article: Article, doc: Doc, stages: Sequence[Stage]) -> Record:
    """Run the stages in order. A stage that raises leaves its field empty, and so do the stages that need
    it; the failure is kept in ``Record.errors`` so one odd article never costs the others their records."""
    context = Context(article=article)
    errors: list[str] = []
    failed: set[str] = set()
    for stage in stages:
        if failed.intersection(stage.needs):
            failed.add(stage.provides)
            errors.append(f"stage {stage.name} skipped: needs {', '.join(sorted(failed & set(stage.needs)))}")
            continue
        try:
            context.results[stage.provides] = tuple(stage.run(doc, context))
        except (ModelMissingError, PipelineError):
            raise
        except Exception as exc:  # any bug in a stage, on any input, stays in this record
            failed.add(stage.provides)
            errors.append(f"stage {stage.name} failed: {type(exc).__name__}: {exc}")
    fields = {f: context.results.get(f, ()) for f in RECORD_FIELDS}
    return Record(article=article, stages=tuple(s.provenance for s in stages), errors=tuple(errors), **fields)


def extract(
    articles: Iterable[Article],
    *,
    stages: Sequence[Stage] | None = None,
    batch_size: int = nlp.DEFAULT_BATCH_SIZE,
) -> Iterator[Record]:
    """Records for articles, in input order; spaCy parses them in batches."""
    chosen = tuple(stages) if stages is not None else default_stages()
    pending: list[Article] = []
    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from _run_batch(pending, chosen, batch_size)
            pending = []
    if pending:
        yield from _run_batch(pending, chosen, batch_size)


_SEPARATOR = re.compile(r"[\s:\-\u2013\u2014]+")
_DATE_IN_DATELINE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?"
)


def parse_view(body: str, *, lead_lines: int = 4) -> str:
    """The body as the parser sees it: a dateline opening one of the first lines ("BEIJING (Reuters) -",
    "AsianFin --") blanked with spaces, so it is not read as a subject; every offset stays the same."""
    from readouts.ingest.lead import find_dateline

    offset = 0
    for line in body.split("\n")[: lead_lines + 1]:
        stripped = line.lstrip()
        start = offset + len(line) - len(stripped)
        offset += len(line) + 1
        found = find_dateline(stripped) if stripped else None
        if found is None or not stripped.startswith(found.text):
            continue
        end = start + len(found.text)
        sep = _SEPARATOR.match(body, end)
        end = sep.end() if sep else end
        keep = _DATE_IN_DATELINE.search(body, start, end)  # "BEIJING, Oct. 30 (Xinhua) -": keep the date
        if keep is None:
            return body[:start] + " " * (end - start) + body[end:]
        return (
            body[:start] + " " * (keep.start() - start) + body[keep.start() : keep.end()]
            + " " * (end - keep.end()) + body[end:]
        )  # fmt: skip
    return body


def _run_batch(batch: list[Article], stages: Sequence[Stage], batch_size: int) -> Iterator[Record]:
    docs = nlp.parse((parse_view(a.body) for a in batch), batch_size=batch_size)
    for article, doc in zip(batch, docs, strict=True):
        yield run_stages(article, doc, stages)


def extract_one(article: Article, *, stages: Sequence[Stage] | None = None) -> Record:
    return next(extract([article], stages=stages))
