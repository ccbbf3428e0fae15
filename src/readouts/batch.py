"""A batch ingest run: read files, skip what is stored, set near-duplicates aside, extract, store.

Every article is stored in its own transaction and a run skips the ids already stored (before any parsing),
so a run that is interrupted (Ctrl-C, ``kill -9``) and started again leaves each article stored exactly once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from readouts.errors import ModelMissingError, PipelineError
from readouts.ingest import read_paths
from readouts.model import Article, Record
from readouts.store import AddResult, Store
from readouts.store.store import signature

if TYPE_CHECKING:
    from readouts.pipeline import Stage

DEFAULT_BATCH_SIZE = 16


@dataclass(frozen=True)
class Failure:
    """One input (or article) that could not be stored, and why."""

    origin: str
    reason: str


@dataclass(frozen=True)
class IngestReport:
    """What a run did. ``records`` counts the records written (new articles, or stored ones lacking one).
    An article whose extraction failed is stored without a record and counted in ``failed`` only."""

    new: int = 0
    existing: int = 0
    near_duplicates: int = 0
    failed: int = 0
    records: int = 0
    failures: tuple[Failure, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def summary(self) -> str:
        return (
            f"ingested {self.new} new, {self.existing} already stored, "
            f"{self.near_duplicates} near-duplicates, {self.failed} failed"
        )

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["failures"] = [asdict(f) for f in self.failures]
        return out


# Called after each input is handled: the number handled so far, the counts so far (``failures`` left empty).
ProgressCallback = Callable[[int, IngestReport], None]


@dataclass
class _Tally:
    new: int = 0
    existing: int = 0
    near_duplicates: int = 0
    records: int = 0
    failures: list[Failure] = field(default_factory=list)

    def count(self, result: AddResult) -> None:
        if result.status == "new":
            self.new += 1
        elif result.status == "near_duplicate":
            self.near_duplicates += 1
        else:
            self.existing += 1
        self.records += int(result.record_written)

    def report(self, *, failures: bool = True) -> IngestReport:
        """The counts so far (without the list of failures for a progress update)."""
        return IngestReport(
            new=self.new,
            existing=self.existing,
            near_duplicates=self.near_duplicates,
            failed=len(self.failures),
            records=self.records,
            failures=tuple(self.failures) if failures else (),
        )


@dataclass(frozen=True)
class _Pending:
    article: Article
    sig: bytes | None
    origin: str


def ingest(
    store: Store,
    paths: Sequence[str],
    *,
    extract: bool = True,
    stages: Sequence[Stage] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read ``paths`` and store every article not stored yet (with its record unless ``extract`` is off)."""
    chosen: tuple[Stage, ...] = ()
    if extract:
        from readouts import pipeline

        chosen = tuple(stages) if stages is not None else pipeline.default_stages()
    tally = _Tally()
    pending: list[_Pending] = []
    pending_ids: set[str] = set()
    handled = 0
    for loaded in read_paths(list(paths)):
        handled += 1
        if loaded.error is not None:
            tally.failures.append(Failure(loaded.error.path, loaded.error.reason))
        elif loaded.article is not None:
            item = _triage(store, loaded.article, loaded.origin, extract, pending_ids, tally)
            if item is not None:
                pending.append(item)
                pending_ids.add(item.article.id)
            if len(pending) >= batch_size:
                _flush(store, pending, chosen, batch_size, tally)
                pending, pending_ids = [], set()
        if progress is not None:
            progress(handled, tally.report(failures=False))
    if pending:
        _flush(store, pending, chosen, batch_size, tally)
        if progress is not None:
            progress(handled, tally.report(failures=False))
    return tally.report()


def _triage(
    store: Store, article: Article, origin: str, extract: bool, pending_ids: set[str], tally: _Tally
) -> _Pending | None:
    """Store what needs no extraction at once; return what does."""
    stored = store.lookup(article.id)
    if article.id in pending_ids or (stored is not None and (stored.complete or not extract)):
        tally.existing += 1
        return None
    if stored is not None:  # stored earlier without a record: extract it now
        return _Pending(article, None, origin)
    sig = signature(article.body)
    if not extract or store.near_duplicate_of(article, sig) is not None:
        tally.count(store.add(article, None, sig=sig))
        return None
    return _Pending(article, sig, origin)


def _flush(
    store: Store, pending: list[_Pending], stages: Sequence[Stage], batch_size: int, tally: _Tally
) -> None:
    for item, result in zip(pending, _extract(pending, stages, batch_size), strict=True):
        outcome = result
        if isinstance(result, Record) and result.errors:
            outcome = Failure(
                item.origin, "extraction failed (stored without a record): " + "; ".join(result.errors)
            )
        if isinstance(outcome, Failure):  # keep the article (a later run retries it), count it as failed
            store.add(item.article, None, sig=item.sig)
            tally.failures.append(outcome)
        else:
            tally.count(store.add(item.article, outcome, sig=item.sig))


def _extract(pending: list[_Pending], stages: Sequence[Stage], batch_size: int) -> list[Record | Failure]:
    from readouts import pipeline

    articles = [p.article for p in pending]
    try:
        return list(pipeline.extract(articles, stages=stages, batch_size=batch_size))
    except (ModelMissingError, PipelineError):
        raise
    except Exception:  # a stage failed on one article: run them one by one to keep the others
        out: list[Record | Failure] = []
        for item in pending:
            try:
                out.append(pipeline.extract_one(item.article, stages=stages))
            except (ModelMissingError, PipelineError):
                raise
            except Exception as exc:
                reason = f"extraction failed (stored without a record): {type(exc).__name__}: {exc}"
                out.append(Failure(item.origin, reason))
        return out
