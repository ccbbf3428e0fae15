"""The commitments stage: who promised, agreed, is considering, was asked or has done what, how much.

Actions and modality cues come from ``data/actions.yaml`` (:mod:`.actions`, :mod:`.modality`); the actor
is resolved through the actors stage (a leader's purchase pledge is his country's); quantities, units and
the previous quantity from :mod:`.quantities`; period and deadline from the time stage's marks in the
sentence ("by month's end" → deadline, "in the current season" → period).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from readouts.model import Actor, Commitment, Span
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at, actor_by_id, country_of
from readouts.stages.commitments.actions import Found, actions_in, actor_token
from readouts.stages.commitments.lexicon import lexicon
from readouts.stages.commitments.modality import modality_for
from readouts.stages.commitments.quantities import Change, find_changes
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import Mark, TimeIndex

VERSION = "0.1.0"
_DEADLINE_CUES = frozenset({"by", "before", "until", "within"})
_PERIOD_CUES = frozenset({"for", "during", "in", "this", "over", "through"})
_SEASON_WORDS = ("season", "marketing year", "crop year", "fiscal year")
_SPAN_VALUE = re.compile(r"/|-Q[1-4]$|-H[12]$|-(?:SP|SU|FA|WI)$")
_QUANTITY_REACH = 120  # characters around the action in which its quantity may stand


def _actor(context: Context, found: Found) -> tuple[str, str | None] | None:
    token = actor_token(found, lexicon())
    if token is None:
        return None
    actor: Actor | None = None
    for part in (token, *token.conjuncts):  # "tariffs and Beijing agree": a misparse keeps Beijing a conjunct
        actor = actor_at(context, part.idx, part.idx + len(part))
        if actor is not None:
            break
    if actor is None:
        return None
    if found.action.level == "country" and actor.kind == "person":
        code = country_of(context, actor.id)
        if code:
            country = actor_by_id(context, f"country:{code}")
            return (country.name if country else code), f"country:{code}"
    return actor.name, actor.id


def _quantity(found: Found, sent_text: str, sent_start: int) -> Change | None:
    changes = find_changes(sent_text, sent_start)
    pivot = found.token.idx
    near = [c for c in changes if c.new.unit is not None and abs(c.new.start - pivot) <= _QUANTITY_REACH]
    return min(near, key=lambda c: abs(c.new.start - pivot)) if near else None


def _marks(context: Context, start: int, end: int) -> list[Mark]:
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return []
    return [m for m in index.marks if start <= m.start and m.end <= end and m.value]


def _joined(marks: list[Mark], i: int, text: str) -> str | None:
    """ "December and January" (two marks joined by "and", "to" or a dash) as one interval value."""
    if i + 1 >= len(marks):
        return None
    a, b = marks[i], marks[i + 1]
    gap = text[a.end : b.start].strip().lower()
    if gap in ("and", "to", "-", "\u2013", "through") and a.value and b.value and a.type == b.type == "DATE":
        return f"{a.value}/{b.value}"
    return None


def _when(context: Context, token: Token, visit: bool) -> tuple[str | None, str | None]:
    """(period, deadline) from the sentence's time expressions."""
    sent = token.sent
    period = deadline = None
    marks = _marks(context, sent.start_char, sent.end_char)
    for i, mark in enumerate(marks):
        if mark.cue in _DEADLINE_CUES or (visit and mark.type == "DATE"):
            deadline = deadline or mark.value
        elif mark.cue in _PERIOD_CUES and mark.type == "DATE" and period is None:
            period = _period(marks, i, token.doc.text)
    return period, deadline


def _period(marks: list[Mark], i: int, text: str) -> str | None:
    """A season by its words ("current season"), two dates joined into an interval, or an interval."""
    mark = marks[i]
    if any(word in mark.text.lower() for word in _SEASON_WORDS):
        return mark.text.removeprefix("the ")
    joined = _joined(marks, i, text)
    if joined:
        return joined
    return mark.value if mark.value and _SPAN_VALUE.search(mark.value) else None


def _commitment(context: Context, found: Found) -> Commitment | None:
    modality = modality_for(found.token, lexicon(), realisable=found.action.realised)
    actor = _actor(context, found) if modality else None
    if modality is None or actor is None:
        return None
    sent = found.token.sent
    change = _quantity(found, sent.text, sent.start_char)
    period, deadline = _when(context, found.token, found.action.object_kind == "place")
    return Commitment(
        actor=actor[0],
        actor_id=actor[1],
        action=found.label,
        object=found.object,
        modality=modality,
        evidence=Span(sent.start_char, sent.end_char),
        provenance=STAGE.provenance,
        quantity=change.new.value if change else None,
        unit=change.new.unit if change else None,
        previous_quantity=change.previous.value if change and change.previous else None,
        period=period,
        deadline=deadline,
    )


def extract(doc: Doc, context: Context) -> Sequence[Commitment]:
    lex = lexicon()
    out: list[Commitment] = []
    for sent in doc.sents:
        found = list(actions_in(sent, lex))
        covered = [(f.object_token.left_edge.i, f.object_token.right_edge.i) for f in found if f.object_token]
        for item in found:
            if item.token.pos_ != "VERB" and any(a <= item.token.i <= b for a, b in covered):
                continue  # "licences for rare earth exports": the noun is inside another action's object
            commitment = _commitment(context, item)
            if commitment is not None:
                _add(out, commitment)
    return out


def _words(text: str) -> set[str]:
    return {w.lower().rstrip("s") for w in text.split() if len(w) > 2}


def _add(out: list[Commitment], item: Commitment) -> None:
    """Append, or fold into an earlier report of the same commitment (same actor, action, modality and a
    shared object word), keeping whichever gives a quantity."""
    for i, other in enumerate(out):
        same = (other.actor_id, other.action, other.modality) == (item.actor_id, item.action, item.modality)
        if same and _words(other.object) & _words(item.object):
            if other.quantity is None and item.quantity is not None:
                out[i] = item
            return
    out.append(item)


STAGE = Stage(
    name="commitments", version=VERSION, provides="commitments", needs=("timexes", "actors"), run=extract
)
