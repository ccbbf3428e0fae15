"""Value resolution: the TIMEX3 type and value of a tagged expression."""

from __future__ import annotations

from readouts.stages.time import absolute, relative
from readouts.stages.time.tagger import Candidate
from readouts.stages.time.values import Env, Resolved

__all__ = ["Env", "Resolved", "resolve"]


def resolve(c: Candidate, env: Env) -> Resolved:
    """The type and value of a candidate (value None where it cannot be anchored)."""
    if c.get("relyear") is not None:  # "Nov. 30 last year": the year from the anchor
        if env.anchor is None:
            return "DATE", None
        year = str(env.anchor.year + int(c.fields["relyear"]))
        kind = "my" if c.kind == "month" else c.kind
        c = Candidate(c.start, c.end, kind, {**c.fields, "year": year}, c.priority)
    fn = absolute.RESOLVERS.get(c.kind) or relative.RESOLVERS.get(c.kind)
    if fn is None:
        return "DATE", None
    return fn(c, env)
