"""Scoring a system's records against gold files: one-to-one matching, P/R/F1 micro-averaged per kind.

Kinds: ``quotes`` (text overlap only), ``quotes+speaker`` (text and speaker), ``events``,
``commitments``, ``timex`` (each occurrence of a gold timex text found by an overlapping system span)
and ``timex_value`` (found with the equal value). For ``timex_value`` the gold side counts occurrences
whose gold value is not null and the system side counts system timexes with a value; a pair counts when
the spans overlap and the values are equal. System items left unmatched that fall under the gold file's
``ignore`` texts are dropped from the system count (not a hit, not a false positive).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from readouts.evaluation import explain, match
from readouts.evaluation.bipartite import edges, max_matching
from readouts.evaluation.gold import GoldFile, parse_gold

KINDS: tuple[str, ...] = ("quotes", "quotes+speaker", "events", "commitments", "timex", "timex_value")
Item = Mapping[str, Any]


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


@dataclass(frozen=True, slots=True)
class Counts:
    """Matched pairs, gold items and (not ignored) system items. ``p``/``r`` of an empty side: see below.

    Precision with no system items is 1.0 when there is no gold either, else 0.0 (and recall alike).
    """

    tp: int = 0
    gold: int = 0
    system: int = 0

    @property
    def p(self) -> float:
        return _ratio(self.tp, self.system, 1.0 if self.gold == 0 else 0.0)

    @property
    def r(self) -> float:
        return _ratio(self.tp, self.gold, 1.0 if self.system == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.gold + other.gold, self.system + other.system)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "p": self.p,
            "r": self.r,
            "f1": self.f1,
            "tp": self.tp,
            "gold": self.gold,
            "system": self.system,
        }


@dataclass(frozen=True, slots=True)
class ErrorItem:
    """A gold item no system item matched (a miss), or a system item matching no gold (a false positive)."""

    kind: str
    article: str
    text: str
    detail: str = ""


@dataclass(frozen=True)
class ArticleRow:
    article: str
    paired: bool  # False when no system record was found for the gold file
    counts: Mapping[str, Counts]


@dataclass(frozen=True)
class Report:
    counts: Mapping[str, Counts]
    articles: tuple[ArticleRow, ...] = ()
    misses: Mapping[str, tuple[ErrorItem, ...]] = field(default_factory=dict)
    false_positives: Mapping[str, tuple[ErrorItem, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    event_types: Mapping[str, Counts] = field(default_factory=dict)  # events' counts by PLOVER type

    def as_json(self) -> dict[str, dict[str, float | int]]:
        """``{kind: {"p", "r", "f1", "tp", "gold", "system"}}``."""
        return {kind: self.counts[kind].as_dict() for kind in KINDS}

    def f1(self) -> dict[str, float]:
        return {kind: self.counts[kind].f1 for kind in KINDS}


# --- descriptions of items for error lists ------------------------------------------------------------


def _describe_quote(q: Item) -> str:
    return f"“{q.get('text')}” — {q.get('speaker_name')}"


def _describe_event(e: Item) -> str:
    mode = f"[{e['mode']}]" if e.get("mode") else ""
    parts = ", ".join(str(p) for p in e.get("participants") or [])
    return f"{e.get('type')}{mode} ({parts}) date={e.get('date')} status={e.get('status')}"


def _describe_commitment(c: Item) -> str:
    qty = f" {c.get('quantity')} {c.get('unit')}" if c.get("quantity") is not None else ""
    return f"{c.get('actor')} {c.get('action') or ''} {c.get('object')}{qty}".replace("  ", " ")


def _describe_occurrence(o: match.Occurrence) -> str:
    where = f"@{o.start}" if o.start >= 0 else ""
    return f"{o.text}{where} = {o.value}"


def _describe_timex(t: Item) -> str:
    return f"{t.get('text')}@{t.get('start')} = {t.get('value')}"


# --- one kind in one article --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Outcome:
    counts: Counts
    misses: tuple[ErrorItem, ...]
    false_positives: tuple[ErrorItem, ...]
    missed: tuple[int, ...] = ()  # indexes of the missed gold items, in the order of ``misses``


def _score_kind(
    kind: str,
    article: str,
    golds: Sequence[Any],
    systems: Sequence[Item],
    matches: Callable[[Any, Item], bool],
    ignored: Callable[[Item], bool] | None,
    describe: tuple[Callable[[Any], str], Callable[[Item], str]],
) -> _Outcome:
    pairs = max_matching(edges(golds, systems, matches), len(systems))
    used = set(pairs.values())
    leftover = [s for j, s in enumerate(systems) if j not in used]
    wrong = [s for s in leftover if ignored is None or not ignored(s)]
    missed = tuple(i for i in range(len(golds)) if i not in pairs)
    misses = tuple(ErrorItem(kind, article, describe[0](golds[i])) for i in missed)
    fps = tuple(ErrorItem(kind, article, describe[1](s)) for s in wrong)
    system_count = len(systems) - (len(leftover) - len(wrong))
    return _Outcome(Counts(len(pairs), len(golds), system_count), misses, fps, missed)


def _speaker_hint(gold: Item, systems: Sequence[Item]) -> str:
    near = [str(s.get("speaker_name")) for s in systems if match.quote_matches(gold, s)]
    return "text found; system speaker(s): " + ", ".join(near) if near else ""


def score_article(gold: GoldFile, system: Item | None, body: str | None) -> dict[str, _Outcome]:
    """Every kind's outcome for one gold file and its system record (None: nothing was extracted)."""
    rec: Item = system or {}
    name = gold.key
    ignore = gold.ignore

    def items(field: str) -> list[Item]:
        return list(rec.get(field) or []) if gold.annotates(field) else []

    quotes, timexes = items("quotes"), items("timexes")
    events, commitments = items("events"), items("commitments")
    occurrences = match.timex_occurrences(gold.timexes, body)

    def quote_ignored(s: Item) -> bool:
        return match.quote_ignored(s, ignore)

    def timex_ignored(s: Item) -> bool:
        return match.timex_ignored(s, ignore, body)

    def run(
        kind: str,
        golds: Sequence[Any],
        systems: Sequence[Item],
        matches: Callable[[Any, Item], bool],
        ignored: Callable[[Item], bool] | None,
        describe: tuple[Callable[[Any], str], Callable[[Item], str]],
    ) -> _Outcome:
        return _score_kind(kind, name, golds, systems, matches, ignored, describe)

    q_desc = (_describe_quote, _describe_quote)
    t_desc = (_describe_occurrence, _describe_timex)
    valued = [t for t in timexes if t.get("value") is not None]
    out = {
        "quotes": run("quotes", gold.quotes, quotes, match.quote_matches, quote_ignored, q_desc),
        "quotes+speaker": run(
            "quotes+speaker", gold.quotes, quotes, match.quote_speaker_matches, quote_ignored, q_desc
        ),
        "events": run(
            "events",
            gold.events,
            events,
            match.event_matches,
            None,
            (_describe_event, _describe_event),
        ),
        "commitments": run(
            "commitments",
            gold.commitments,
            commitments,
            match.commitment_matches,
            None,
            (_describe_commitment, _describe_commitment),
        ),
        "timex": run("timex", occurrences, timexes, match.timex_found, timex_ignored, t_desc),
        "timex_value": run(
            "timex_value",
            [o for o in occurrences if o.value is not None],
            valued,
            match.timex_value_matches,
            timex_ignored,
            t_desc,
        ),
    }
    hints: dict[str, Callable[[Any], str]] = {
        "quotes+speaker": lambda q: _speaker_hint(q, quotes),
        "events": lambda e: explain.nearest(e, events, explain.event_failures, _describe_event),
        "commitments": lambda c: explain.nearest(
            c, commitments, explain.commitment_failures, _describe_commitment
        ),
        "timex_value": lambda o: explain.timex_value_hint(o, timexes),
    }
    golds: dict[str, Sequence[Any]] = {
        "quotes+speaker": gold.quotes,
        "events": gold.events,
        "commitments": gold.commitments,
        "timex_value": [o for o in occurrences if o.value is not None],
    }
    for kind, hint in hints.items():
        out[kind] = _with_hints(out[kind], golds[kind], hint)
    return out


def _with_hints(outcome: _Outcome, golds: Sequence[Any], hint: Callable[[Any], str]) -> _Outcome:
    """The outcome with each miss's ``detail`` saying why (``_Outcome.missed`` gives the gold indexes)."""
    misses = tuple(
        ErrorItem(m.kind, m.article, m.text, hint(golds[i]))
        for m, i in zip(outcome.misses, outcome.missed, strict=True)
    )
    return _Outcome(outcome.counts, misses, outcome.false_positives, outcome.missed)


def _type_counts(gold: GoldFile, system: Item | None, outcome: _Outcome) -> dict[str, Counts]:
    """An article's event counts by PLOVER type: a matched pair counts for the gold event's type (a match
    needs the same type), each system event for its own."""
    if not gold.annotates("events"):
        return {}
    out: dict[str, Counts] = {}
    missed = set(outcome.missed)
    for i, event in enumerate(gold.events):
        kind = str(event.get("type", "")).upper()
        out[kind] = out.get(kind, Counts()) + Counts(0 if i in missed else 1, 1, 0)
    for event in (system or {}).get("events") or []:
        kind = str(event.get("type", "")).upper()
        out[kind] = out.get(kind, Counts()) + Counts(0, 0, 1)
    return out


# --- pairing and the whole report ---------------------------------------------------------------------


def _stem(name: str | None) -> str | None:
    return PurePath(name).stem if name else None


def _index(system: Sequence[Item]) -> dict[tuple[str, str], int]:
    index: dict[tuple[str, str], int] = {}
    for i, rec in enumerate(system):
        for key in (
            ("file", rec.get("source_file")),
            ("id", rec.get("id")),
            ("stem", _stem(rec.get("source_file"))),
        ):
            if key[1]:
                index.setdefault((key[0], str(key[1])), i)
    return index


def _pair(gold: GoldFile, index: Mapping[tuple[str, str], int]) -> int | None:
    for key in (("file", gold.source_file), ("id", gold.article_id), ("stem", _stem(gold.source_file))):
        if key[1] and (key[0], key[1]) in index:
            return index[(key[0], key[1])]
    return None


def _body(gold: GoldFile, rec: Item | None, bodies: Mapping[str, str] | None) -> str | None:
    if not bodies:
        return None
    keys = [gold.source_file, gold.article_id]
    if rec is not None:
        keys += [rec.get("source_file"), rec.get("id")]
    return next((bodies[k] for k in keys if isinstance(k, str) and k in bodies), None)


def _notes(gold: GoldFile, paired: bool, body: str | None, bodies_given: bool) -> list[str]:
    notes = [] if paired else [f"{gold.key}: no system record; every gold item counts as missed"]
    if body is None and gold.timexes:
        if bodies_given:
            notes.append(f"{gold.key}: article body unknown; timexes matched by text, once per gold text")
        return notes
    if body is not None:
        notes += [
            f"{gold.key}: gold timex text {t['text']!r} does not occur in the body"
            for t in gold.timexes
            if not match.find_text(str(t["text"]), body)
        ]
    return notes


def score(
    gold: Sequence[GoldFile | Mapping[str, Any]],
    system: Sequence[Mapping[str, Any]],
    *,
    bodies: Mapping[str, str] | None = None,
) -> Report:
    """Score system records (contract dicts) against gold files (or gold dicts).

    Records pair with gold files by ``source_file``, else article ``id``, else file stem; records with no
    gold file are not scored. ``bodies`` maps ``source_file`` (or id) to the article body; without a body
    an article's timexes are matched by text, one gold occurrence per distinct text.
    """
    golds = [parse_gold(g) for g in gold]
    index = _index(system)
    totals = dict.fromkeys(KINDS, Counts())
    misses: dict[str, list[ErrorItem]] = {k: [] for k in KINDS}
    fps: dict[str, list[ErrorItem]] = {k: [] for k in KINDS}
    rows: list[ArticleRow] = []
    notes: list[str] = []
    types: dict[str, Counts] = {}
    if bodies is None:
        notes.append("no article bodies given; timexes matched by text, once per gold text")
    for g in golds:
        j = _pair(g, index)
        rec = system[j] if j is not None else None
        body = _body(g, rec, bodies)
        outcomes = score_article(g, rec, body)
        for kind, outcome in outcomes.items():
            totals[kind] = totals[kind] + outcome.counts
            misses[kind].extend(outcome.misses)
            fps[kind].extend(outcome.false_positives)
        rows.append(ArticleRow(g.key, rec is not None, {k: o.counts for k, o in outcomes.items()}))
        for kind, counts in _type_counts(g, rec, outcomes["events"]).items():
            types[kind] = types.get(kind, Counts()) + counts
        notes += _notes(g, rec is not None, body, bodies is not None)
    return Report(
        counts=totals,
        articles=tuple(rows),
        misses={k: tuple(v) for k, v in misses.items()},
        false_positives={k: tuple(v) for k, v in fps.items()},
        notes=tuple(notes),
        event_types=dict(sorted(types.items())),
    )
