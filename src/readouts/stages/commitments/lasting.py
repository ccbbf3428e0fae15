"""How long a commitment runs, where that is its only figure: "extended the grain deal by 60 days", "signed a
seven-day ceasefire", "visa-free stays of up to 30 days", "halt drone flights for six hours daily". The
number takes its time word as unit (days, hours, weeks, months, years); a span the act merely falls in
("over five years", "within 30 days") is a period, not a quantity."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.quantities import Change, Quantity, number_word_value

_TIME_WORDS = {
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "week": "weeks", "weeks": "weeks",
    "month": "months", "months": "months", "year": "years", "years": "years",
}  # fmt: skip
# weeks and months are counted in days, as annotators write them ("for another two months": 60 days)
_IN_DAYS = {"weeks": 7, "months": 30}
# "for six hours", "to 30 days", "of up to 15 days", "by 60 days"
_HOW_LONG = frozenset({"for", "to", "of", "by"})


def _value(token: Token) -> float | None:
    if token.like_num and not token.is_alpha:
        try:
            return float(token.text.replace(",", ""))
        except ValueError:
            return None
    return number_word_value(token.lower_)


def _length(number: Token) -> tuple[Token, str] | None:
    """The time noun a number measures and its unit: "60 days" (the number's head), "seven-day" (a hyphened
    modifier: the number's head is "day")."""
    noun = number.head
    unit = _TIME_WORDS.get(noun.lower_)
    if unit is None or number.dep_ not in ("nummod", "compound", "quantmod", "npadvmod", "amod"):
        return None
    between = number.doc[number.i + 1 : noun.i]
    if any(t.text != "-" for t in between):
        return None  # "the 2024 fiscal year" names a year, it measures nothing
    return noun, unit


def _measures_act(noun: Token, action: Token) -> bool:
    """The time noun hangs on the action (through "for"/"to"/"of"/"by") or, as "seven-day", on a noun of its
    phrase; not "over five years" or "within 30 days"."""
    hyphened = noun.i > 0 and noun.doc[noun.i - 1].text == "-"
    if hyphened:  # the act's own object: "signed a seven-day truce", not "..., ending an eight-month freeze"
        thing = noun.head
        return thing.head.i == action.i or (thing.head.dep_ == "prep" and thing.head.head.i == action.i)
    if noun.dep_ == "pobj" and noun.head.lower_ in _HOW_LONG:
        current = noun.head.head
    elif noun.dep_ == "npadvmod" and noun.head.dep_ == "pcomp" and noun.head.head.lower_ in _HOW_LONG:
        current = noun.head.head.head  # "for six hours daily"
    else:
        return False
    for _ in range(4):
        if current.i == action.i:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def durations(action: Token, changes: list[Change]) -> list[Change]:
    """``changes`` with the act's length added, where the sentence gives the act no other figure."""
    if any(c.new.unit is not None for c in changes):
        return changes
    found = []
    for token in action.sent:
        value = _value(token)
        length = _length(token) if value is not None else None
        if value is None or length is None or not _measures_act(length[0], action):
            continue
        noun, unit = length
        value, unit = value * _IN_DAYS.get(unit, 1), "days" if unit in _IN_DAYS else unit
        end = noun.idx + len(noun)
        text = action.doc.text[token.idx : end]
        found.append(Change(Quantity(value, unit, token.idx, end, text), None))
    if not found:
        return changes
    taken = {(c.new.start, c.new.end) for c in found}
    kept = [c for c in changes if not any(c.new.start < b and a < c.new.end for a, b in taken)]
    return sorted([*kept, *found], key=lambda c: c.new.start)
