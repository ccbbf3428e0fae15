"""Days between two events told so long after or before one another ("came two days after Kim threatened
...", "on Friday, a day after a phone call"): the clause told relative to, the mark, and the signed count."""

from __future__ import annotations

from spacy.tokens import Token

UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "hour": 0, "hours": 0}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}  # fmt: skip


def _offset(amount: Token) -> int | None:
    """Days in "two days", "a week", "hours" (0: the same day); None where the count is vague."""
    unit = UNIT_DAYS.get(amount.lower_)
    if unit is None:
        return None
    counts = [c for c in amount.children if c.dep_ in ("nummod", "det", "amod")]
    if not counts:
        return 0 if unit == 0 else None
    word = counts[0].lower_
    n = int(word) if word.isdigit() else _COUNTS.get(word)
    return None if n is None else n * unit


def relation(token: Token) -> tuple[Token, Token, int] | None:
    """(the clause the event is told relative to, "after"/"before", days) for "came two days after X
    threatened ...", "took place a day after a strike on ..."."""
    current = token
    for _ in range(5):
        mark = next(
            (c for c in current.children if c.dep_ in ("mark", "prep") and c.lower_ in ("after", "before")),
            None,
        )
        if current.dep_ == "pobj" and current.head.lower_ in ("after", "before"):
            mark, current = current.head, current.head
        if mark is not None:
            first = current
            while first.dep_ == "conj" and first.head.i != first.i:  # "a day after X, and three days after Y"
                first = first.head
            main = first.head if first.dep_ in ("advcl", "prep") else None
            amounts = [
                c for h in (current, mark, main) if h is not None for c in h.children
                if c.dep_ == "npadvmod" and c.lower_ in UNIT_DAYS
            ]  # fmt: skip
            before = _days_before(mark)
            amounts = amounts or ([before] if before is not None else [])  # "a day" hung elsewhere
            if main is not None and before is not None and main.i == before.i and main.head.i != main.i:
                main = main.head  # "on Friday, a day after a phone call": "after" hangs on "day"
            days = signed_days(amounts, mark)
            return None if main is None or days is None else (main, mark, days)
        if current.head.i == current.i or current.dep_ in ("ccomp", "relcl"):
            return None
        current = current.head
    return None


def _days_before(mark: Token) -> Token | None:
    """The count of days or weeks right before "after"/"before" ("a day after a phone call")."""
    before = mark.doc[mark.i - 1] if mark.i > 0 else None
    counted = before is not None and before.dep_ == "npadvmod" and UNIT_DAYS.get(before.lower_)
    return before if counted else None


def signed_days(amounts: list[Token], mark_word: Token) -> int | None:
    """Days of the first amount ("two days"), negative before "before"; None where none is counted."""
    days = _offset(amounts[0]) if amounts else None
    return None if days is None else (days if mark_word.lower_ == "after" else -days)
