"""Bare numbers that count the things an action is about ("supply up to 40 million vaccine doses", "send 300
engineers"): a number with no unit of its own that modifies a plural noun in the action's phrase is a count.
Time words ("three years") and scores ("five points") are not counted things."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Token

from readouts.nlp import text_of
from readouts.spans import tokens_starting_in
from readouts.stages.commitments.lexicon import Lexicon, lexicon
from readouts.stages.commitments.quantities import (
    Change,
    Quantity,
    collective_nouns,
    currency_codes,
    find_changes,
    find_quantities,
    named_craft,
    not_single_items,
    number_word_value,
    scope_nouns,
    single_item_verbs,
)
from readouts.stages.commitments.sums import is_amount, measured

_NOT_NUMBERS = frozenset({"DATE", "TIME", "ORDINAL"})  # "on 14 March", "for 3 hours", "the 2nd round"

_NOT_COUNTED = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "decade", "time", "point", "percent", "cent", "per"}
    | {"round", "stage", "phase", "term", "session", "step", "part", "side", "way", "fold"}
    | {"acre", "hectare", "mile", "kilometre", "kilometer", "metre", "meter", "foot", "feet", "yard"}
    | {"gallon", "litre", "liter", "barrel", "ounce", "pound", "kilogram", "gram", "degree", "square"}
)  # (measures of land, length, volume and weight: "60 acres of land" counts no things)
_SCOPE_PREPS = frozenset({"to", "for", "from", "on", "in"})
_NUMBER_LINKS = frozenset({"nummod", "compound", "quantmod", "amod"})


_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]*-\d+[A-Z]?s")  # "32 F-35s", "MiG-29s": tagged singular


def plural_count(noun: Token) -> float | None:
    """The number a plural noun is told by, at least two ("eight agreements", "about 37 agreements", "900 or
    so Kenyan soldiers", "two dozen"): its number modifier in digits or words."""
    for child in noun.children:
        if child.dep_ != "nummod":
            continue
        text = child.text.replace(",", "")
        value = float(text) if text.isdigit() else number_word_value(child.lower_)
        if value is not None and value >= 2:
            return value
    return None


def _counted_noun(number: Token) -> Token | None:
    """The plural noun a number token counts, through scale words ("40 million doses" → doses) or "of"
    ("closed 28 of its missions" → missions)."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    part_of = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if part_of is not None and part_of.tag_ == "NNS" and part_of.lemma_.lower() not in _NOT_COUNTED:
        return part_of
    current = number
    for _ in range(3):
        if current.dep_ not in _NUMBER_LINKS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ == "NOUN" or current.tag_ == "NNPS":  # "12 Typhoons", tagged a proper noun
            break
    plural = current.tag_ in ("NNS", "NNPS") or _MODEL_PLURAL.fullmatch(current.text) is not None
    if current.pos_ not in ("NOUN", "PROPN") or not plural or current.ent_type_ in ("DATE", "TIME"):
        return None
    words = {current.lower_, current.lower_.removesuffix("s"), current.lemma_.lower()}
    return None if words & _NOT_COUNTED else current


_ADJUNCTS = frozenset(
    {"for", "at", "by", "from", "in", "on", "over", "to", "after", "before", "since", "until"}
)


def _belongs(action: Token, noun: Token) -> bool:
    """The counted noun is in the action's phrase, not in a phrase of price, place or time ("send 300
    engineers", "release the ship with its 25 crew members", not "bought it for 20 shillings")."""
    if noun.i == action.i or (action.dep_ == "relcl" and noun.i == action.head.i):  # "the 380 jets it bought"
        return True
    current = noun
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return False
        if current.dep_ == "prep" and current.lower_ in _ADJUNCTS:
            return noun.lower_ in scope_nouns() and current.lower_ in _SCOPE_PREPS  # "to five countries"
        if head.i == action.i:
            return True
        current = head
    return False


_LEVEL_NOUNS = frozenset({"output", "production", "number", "stock", "stockpile", "supply", "fleet", "total"})


def _object_counted(action: Token) -> bool:
    """Whether the action's object is a plural of countable things, itself or what a level noun is "of"
    ("raise the number of troops", "double annual output of interceptors")."""
    obj = next((c for c in action.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and obj.lemma_.lower() in _LEVEL_NOUNS:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is not None and obj.lemma_.lower() in collective_nouns():
        return True  # "cut the staff of its mission to 30 from 55"
    if obj is None or obj.tag_ != "NNS" or obj.ent_type_ in ("DATE", "TIME"):
        return False
    return not {obj.lower_, obj.lemma_.lower()} & _NOT_COUNTED


def _stands_alone(doc: Doc, start: int, end: int) -> bool:
    """A number standing as the object of "to"/"from" ("to 60 a year from about 30"), counting nothing."""
    numbers = [t for t in tokens_starting_in(doc, start, end) if t.like_num]
    return bool(numbers) and numbers[-1].dep_ == "pobj" and numbers[-1].head.lower_ in ("to", "from")


def _word_counts(action: Token, changes: list[Change]) -> list[Change]:
    """Numbers in words that count a plural noun of the action's phrase ("end six outstanding disputes"),
    which the text alone does not read as quantities ("one of them")."""
    taken = [(c.new.start, c.new.end) for c in changes]
    out = []
    for token in action.sent:
        value = number_word_value(token.lower_) if token.is_alpha and token.dep_ == "nummod" else None
        if value is None or value < 2 or any(a <= token.idx < b for a, b in taken):
            continue
        noun = _counted_noun(token)
        subject = noun is not None and noun.dep_ in ("nsubj", "nsubjpass")  # "the two sides will sign"
        if noun is not None and not subject and _belongs(action, noun):
            end = token.idx + len(token)
            out.append(Change(Quantity(value, "count", token.idx, end, token.text), None))
    return sorted([*changes, *out], key=lambda c: c.new.start)


_WORD_RANGE = re.compile(
    r"\b(from|to) ([a-z]+(?:-[a-z]+)?),? (to|from) ([a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE
)


def _word_range(action: Token, changes: list[Change]) -> list[Change]:
    """A change told in number words ("raise the number of jets from two to four") when the action's object
    counts things: the text alone reads no bare number word as a quantity."""
    base = action.sent.start_char
    found = []
    for m in _WORD_RANGE.finditer(action.sent.text):
        ends = {m.group(1).lower(): 2, m.group(3).lower(): 4}  # "from" and "to", in either order
        if len(ends) < 2:
            continue
        values = {k: number_word_value(m.group(g).lower()) for k, g in ends.items()}
        told = {k: Quantity(v, "count", base + m.start(ends[k]), base + m.end(ends[k]), m.group(ends[k]))
                for k, v in values.items() if v is not None}  # fmt: skip
        if len(told) == 2:
            found.append(Change(told["to"], told["from"]))
    if not found or not _object_counted(action):
        return changes
    return sorted([*changes, *found], key=lambda c: c.new.start)


def with_counts(action: Token, changes: list[Change]) -> list[Change]:
    """``changes`` with each bare number that counts a plural noun of the action's phrase given the unit
    ``count``; so too a bare "to 60 from 30" when the action's object counts things ("double the output of
    interceptors to 60 from 30")."""
    doc = action.doc
    changes = _word_range(action, _word_counts(action, changes))
    out = []
    counted_object = any(c.new.unit is None for c in changes) and _object_counted(action)
    for change in changes:
        new = change.new
        if new.unit is None and change.previous is None:
            numbers = [t for t in tokens_starting_in(doc, new.start, new.end) if t.like_num]
            noun = _counted_noun(numbers[-1]) if numbers else None
            if noun is not None and _belongs(action, noun):
                change = dataclasses.replace(change, new=dataclasses.replace(new, unit="count"))
        if new.unit is None and counted_object and _stands_alone(doc, new.start, new.end):
            previous = change.previous
            if previous is not None:
                previous = dataclasses.replace(previous, unit="count")
            change = dataclasses.replace(
                change, new=dataclasses.replace(new, unit="count"), previous=previous
            )
        out.append(change)
    return out


def carried_amount(action: Token, obj: Token | None, money: bool) -> Change | None:
    """The amount told with the noun a pronoun object stands for ("drew up countermeasures on 93 billion
    euros of U.S. goods but suspended them": 93 billion euros), in the same sentence; a sum only, for an
    act on money."""
    if obj is None or obj.i > action.i or obj.sent.start != action.sent.start:
        return None
    if obj.is_ancestor(action) or action.is_ancestor(obj) or action.lemma_.lower() in lexicon().change_verbs:
        return None  # "doubled it": the amount told before is what changes
    last = obj.right_edge
    after = obj.doc[last.i + 1] if last.i + 1 < len(obj.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in ("on", "of") and after.head == obj.head:
        last = after.right_edge  # "drew up countermeasures | on 93 billion euros", the parser's attachment
    start = obj.left_edge.idx
    changes = find_changes(text_of(obj.doc)[start : last.idx + len(last)], start)
    return next(
        (c for c in changes if c.new.unit is not None and (not money or c.new.unit in currency_codes())), None
    )


def untold_amount(action: Token, obj: Token | None, money: bool) -> Change | None:
    """For an action with no amount of its own: its pronoun's antecedent's amount, else one of a single
    thing sent ("send a frigate")."""
    return carried_amount(action, obj, money) or single_count(action, obj)


def count_of(noun: Token) -> tuple[float, str] | None:
    """The quantity a counted noun carries, from its left edge ("180 more K2 tanks" → 180 count, "3 million
    tons of corn" → 3,000,000 t)."""
    start = noun.left_edge.idx
    found = find_quantities(text_of(noun.doc)[start : noun.idx + len(noun)], start)
    return (found[0].value, found[0].unit or "count") if found else None


_ONE = frozenset({"a", "an", "one"})


def single_count(action: Token, obj: Token | None) -> Change | None:
    """One of a singular thing handed over or sent: "pledged to send a frigate", "deployed a nuclear-powered
    submarine" (a count of 1, from the article to the noun)."""
    if obj is None or obj.head.i != action.i or obj.dep_ != "dobj":
        return None
    if obj.tag_ == "NNP":
        return _named_one(action, obj)
    return _one_of(action, obj) if obj.tag_ == "NN" else None


def _named_one(action: Token, obj: Token) -> Change | None:
    """One craft named by its class before its name ("send its frigate Louise-Marie")."""
    if action.lemma_.lower() not in single_item_verbs():
        return None
    craft = next((c for c in obj.lefts if c.dep_ in ("compound", "amod") and c.lower_ in named_craft()), None)
    if craft is None:
        return None
    end = obj.idx + len(obj)
    return Change(Quantity(1.0, "count", craft.idx, end, text_of(obj.doc)[craft.idx : end]), None)


def listed_singles(action: Token, obj: Token | None) -> list[tuple[Token, Change]]:
    """Single things listed after the counted object of a verb ("send two patrol aircraft and a frigate"):
    each is one of its own."""
    if obj is None or obj.dep_ != "dobj" or obj.head.i != action.i:
        return []
    later = (c for c in obj.conjuncts if c.i > obj.i and c.tag_ == "NN")
    return [(c, one) for c in later if (one := _one_of(action, c)) is not None]


def _one_of(action: Token, obj: Token) -> Change | None:
    """One of a singular noun with "a", "an" or "one" that a verb of sending or handing over takes."""
    if action.lemma_.lower() not in single_item_verbs() or obj.ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    if {obj.lower_, obj.lemma_.lower()} & (_NOT_COUNTED | collective_nouns() | not_single_items()):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return None  # "a shipment of arms", "a letter of intent"
    det = next((c for c in obj.children if c.dep_ in ("det", "nummod") and c.lower_ in _ONE), None)
    if det is None:
        return None
    end = obj.idx + len(obj)
    return Change(Quantity(1.0, "count", det.idx, end, text_of(obj.doc)[det.idx : end]), None)


def counted_object(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb the lexicon does not take as an action (not listed, or its object not one it takes)
    has a direct object that is counted, priced or measured ("handed over 14 suspects", "converted $2.1
    billion of its debt"): the amount says there is something to track. Speech and cue verbs never; acts
    of force and observations told as done are dropped later (``uncounted_verbs``)."""
    lemma = verb.lemma_.lower()
    if lemma in lex.speech_verbs or lemma in lex.cue_words:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return False  # "a railway linking the two countries": a description of the railway, no act
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.ent_type_ in _NOT_NUMBERS:
        return False
    if is_amount(obj) or measured(obj):
        return True
    if any(c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "PERCENT" for c in obj.children):
        return True  # "will take a 30% stake in the venture"
    return any(c.dep_ == "nummod" and c.like_num and c.ent_type_ not in _NOT_NUMBERS for c in obj.children)
