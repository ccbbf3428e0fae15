"""Value resolution: the TIMEX3 type and value of a tagged expression."""

from __future__ import annotations

from readouts.stages.time import absolute, relative
from readouts.stages.time.tagger import Candidate
from readouts.stages.time.values import Env, Resolved

__all__ = ["Env", "Resolved", "resolve"]


def _told_year(c: Candidate, env: Env) -> str | None:
    """The year of a date followed by a year word: "last year" from the anchor, "that year" or "the
    following year" from the last date named before it."""
    if c.get("relyear") is not None:
        return str(env.anchor.year + int(c.fields["relyear"])) if env.anchor else None
    shift = int(c.fields["refyear"])
    base = env.ref_for("year") if shift == 0 else env.base("year")
    return str(base.year + shift) if base else None


def resolve(c: Candidate, env: Env) -> Resolved:
    """The type and value of a candidate (value None where it cannot be anchored)."""
    if c.get("relyear") is not None or c.get("refyear") is not None:  # "Nov. 30 last year", "June that year"
        year = _told_year(c, env)
        if year is None:
            return "DATE", None
        kind = "my" if c.kind == "month" else c.kind
        c = Candidate(c.start, c.end, kind, {**c.fields, "year": year}, c.priority)
    fn = absolute.RESOLVERS.get(c.kind) or relative.RESOLVERS.get(c.kind)
    if fn is None:
        return "DATE", None
    return fn(c, env)
