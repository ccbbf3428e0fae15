"""A deal told before and valued afterwards: "the P-8I deal, valued at about $3.6 billion", "put the value of
the package at $96 billion" — the last purchase or sale told in other terms (a count of jets) is restated in
money, one more commitment with that sum."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.model import Commitment, Span
from readouts.nlp import text_of
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.quantities import Change, currency_codes, find_changes
from readouts.stages.commitments.restated import definite

_VALUED_AFTER = re.compile(
    r"^,?\s*(?:(?:which|that) )?(?:(?:is|was|are|were|has been) )?(?:valued|priced|worth)\b"
)
_VALUE_OF = re.compile(r"\bvalue of (?:the|this|that|its|their) $", re.IGNORECASE)
_TRADE_ACTIONS = frozenset({"purchase", "sell"})
_REACH = 120  # characters after the noun in which its value stands


def value_after(noun: Token, changes: list[Change]) -> Change | None:
    """The sum a definite deal noun is valued at, as the sentence words it."""
    text = text_of(noun.doc)
    end = noun.idx + len(noun)
    after = text[end : end + _REACH]
    valued = bool(_VALUED_AFTER.match(after)) or bool(
        _VALUE_OF.search(text[max(0, noun.idx - 40) : noun.idx])
    )
    if not valued:
        return None
    sums = [c for c in changes if c.new.unit in currency_codes() and end <= c.new.start <= end + _REACH]
    return sums[0] if sums else None


def _deal_of(noun: Token, out: list[Commitment]) -> Commitment | None:
    """The purchase or sale the noun names: the last one whose object shares a word with the noun's
    modifiers ("the P-8I deal"), else the last one."""
    trades = [c for c in reversed(out) if c.action in _TRADE_ACTIONS]
    words = {t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod", "nmod")}
    named = next((c for c in trades if words & set(c.object.lower().split())), None)
    return named or (trades[0] if trades and not words else None)


def valued(sent: SpacySpan, lex: Lexicon, out: list[Commitment]) -> list[Commitment]:
    """The article's last purchase or sale, restated with the sum a later deal noun is valued at."""
    changes = find_changes(sent.text, sent.start_char)
    made: list[Commitment] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.deal_nouns:
            continue
        if not definite(noun):
            continue
        change = value_after(noun, changes)
        earlier = _deal_of(noun, out) if change else None
        if change is None or earlier is None or earlier.unit in currency_codes():
            continue  # a sum already given is no restatement
        made.append(
            dataclasses.replace(
                earlier,
                quantity=change.new.value,
                unit=change.new.unit,
                previous_quantity=None,
                evidence=Span(sent.start_char, sent.end_char),
            )
        )
    return made
