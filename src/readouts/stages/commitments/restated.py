"""A deal told before and restated by its parts: "The order covers 160 firm aircraft", "The package
includes 40 armoured vehicles". The definite noun names the earlier commitment with the same action; each
amount of the restating clause is one more commitment of it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.model import Commitment, Span
from readouts.stages.commitments.amounts import amounts_for, listed_object
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import currency_codes

_CONTAIN_VERBS = frozenset({"cover", "include", "comprise", "involve", "encompass"})
_DEFINITE = frozenset({"the", "this", "that"})
_TRADE = "trade"  # a deal named by a pronoun: the last purchase or sale
_SUM = "sum"  # a sum named again by a funding noun: the last sum pledged
_TRADES = frozenset({"purchase", "sell"})
_PRONOUN_REACH = 400  # characters back to the deal a pronoun names


def _earlier(out: list[Commitment], label: str, sent: SpacySpan) -> Commitment | None:
    """The last commitment with the action; for a pronoun, the last purchase or sale just before; for a
    sum named again ("the package would include 210 billion yuan in credit lines"), the last sum pledged
    just before."""
    if label == _SUM:
        return _last_near(out, sent, lambda c: c.unit in currency_codes())
    if label != _TRADE:
        return next((c for c in reversed(out) if c.action == label), None)
    return _last_near(out, sent, lambda c: c.action in _TRADES)


def _last_near(
    out: list[Commitment], sent: SpacySpan, wanted: Callable[[Commitment], bool]
) -> Commitment | None:
    """The last wanted commitment, if it ends within reach of the sentence."""
    last = next((c for c in reversed(out) if wanted(c)), None)
    near = last is not None and sent.start_char - last.evidence.end <= _PRONOUN_REACH
    return last if near else None


def _restating(token: Token, lex: Lexicon) -> str | None:
    """The action a definite noun names as the subject of a verb of containing, or ``None``; a deal named
    by "it" or by a relative pronoun ("The agreement, which covers 22 jets") is the last purchase or sale."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _CONTAIN_VERBS:
        return None
    relative = token.lower_ in ("which", "that") and token.head.dep_ == "relcl"
    if relative and token.head.head.lemma_.lower() in lex.funding_nouns:
        return _SUM  # "a $95 billion aid package that includes $61 billion for Ukraine"
    if _deal_pronoun(token, lex):
        return _TRADE
    if token.pos_ == "NOUN" and definite(token) and token.lemma_.lower() in lex.funding_nouns:
        return _SUM  # "the package", "the fund"
    action = lex.by_noun.get(token.lower_) or lex.by_noun.get(token.lemma_.lower())
    if action is None or token.pos_ != "NOUN":
        return None
    return action.name if definite(token) else None


def definite(noun: Token) -> bool:
    """A noun with "the", "this" or "that": a deal told before."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _deal_pronoun(token: Token, lex: Lexicon) -> bool:
    """ "It" opening its sentence, or "which" of a definite deal noun ("the agreement, which covers")."""
    if token.lower_ == "it":
        return token.i == token.sent.start
    verb = token.head
    if token.lower_ not in ("which", "that") or verb.dep_ != "relcl":
        return False
    return verb.head.lemma_.lower() in lex.deal_nouns and definite(verb.head)


def restated(sent: SpacySpan, lex: Lexicon, out: list[Commitment]) -> list[Commitment]:
    """One commitment per amount of a clause restating the last commitment with the same action."""
    made: list[Commitment] = []
    for token in sent:
        label = _restating(token, lex)
        earlier = _earlier(out, label, sent) if label else None
        if earlier is None:
            continue
        for amount in amounts_for(token.head):
            if amount.change is None or amount.change.new.value == earlier.quantity:
                continue
            own = amount.object_token
            counted = amount.change.new.unit == "count" and earlier.unit != "count"  # a sum's counted parts
            if own is None and (amount.change.new.unit in currency_codes() or counted):
                own = listed_object(token.head, amount.change)  # "210 billion in credit lines", "170 jets"
            made.append(
                dataclasses.replace(
                    earlier,
                    object=phrase(own, with_prep=False) if own is not None else earlier.object,
                    quantity=amount.change.new.value,
                    unit=amount.change.new.unit,
                    previous_quantity=None,
                    evidence=Span(sent.start_char, sent.end_char),
                )
            )
    return made
