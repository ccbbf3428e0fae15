"""A rate told from its target's side or as taking effect: "South Korea will face a 15% U.S. tariff",
"Both countries face tariffs of 36 percent from the United States", "A 25% tariff on Indian goods is due to
kick in on Thursday". The imposer sets it: the party the measure's own words name ("U.S. tariff", "from the
United States"), else the other of the two countries the article names most (not the target)."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Modality, Provenance, Span
from readouts.nlp import text_of
from readouts.pipeline import Context
from readouts.stages.actors import actor_at
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import modality_of
from readouts.stages.commitments.pairs import top_countries
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import Change, find_changes
from readouts.stages.commitments.who import buyer_actors

_FROM = frozenset({"from", "by"})
_ON = frozenset({"on", "for", "against", "to"})  # "a tariff on Indian goods", "will apply to Korean cars"


def _percent(measure: Token) -> Change | None:
    """The measure's own rate: "a 15% tariff", "tariffs of 36 percent"."""
    tokens = [t for t in measure.subtree if t.dep_ not in ("relcl", "acl")]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = text_of(measure.doc)[start:end]
    return next((c for c in find_changes(text, start) if c.new.unit == "percent"), None)


def _takes_effect(verb: Token, lex: Lexicon) -> bool:
    """ "takes effect", "kicks in", "comes into force", "will apply to", "is due to take effect"."""
    nearby = [c for c in verb.children if c.dep_ in ("xcomp", "acomp")]  # "is due to take effect"
    nearby += [g for c in nearby for g in c.children if g.dep_ == "xcomp"]
    for current in (verb, *nearby):
        words = {current.lemma_.lower(), *(f"{current.lemma_} {c.lemma_}".lower() for c in current.children)}
        words |= {
            f"{current.lemma_} {c.lemma_} {g.lemma_}".lower() for c in current.children for g in c.children
        }
        if words & lex.effect_phrases:
            return True
    return False


def _actor_in(context: Context, tokens: list[Token], lex: Lexicon) -> tuple[str, str] | None:
    """The first actor the tokens name, lifted to its country ("Trump's tariff" → the United States)."""
    for token in tokens:
        if actor_at(context, token.idx, token.idx + len(token)) is not None:
            found = buyer_actors(context, token, lex)
            if found:
                return found[0]
    return None


def _named_imposer(context: Context, measure: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The party the measure's words name as setting it ("U.S. tariff", "from Washington")."""
    own = [t for t in measure.lefts if t.dep_ in ("poss", "compound", "amod", "nmod")]
    found = _actor_in(context, [w for t in own for w in t.subtree], lex)
    if found is not None:
        return found
    verb = measure.head if measure.dep_ == "dobj" else measure  # "face tariffs ... from the United States"
    heads = [t for t in measure.subtree if t.i > measure.i] + list(verb.rights)  # "of 36% from the U.S."
    preps = [c for c in heads if c.dep_ == "prep" and c.lower_ in _FROM]
    return _actor_in(context, [w for p in preps for w in p.subtree], lex)


def _target(context: Context, measure: Token, verb: Token, lex: Lexicon) -> tuple[str, str] | None:
    """Who the measure hits: the subject of "face", else the country of the goods it is "on"."""
    if measure.dep_ == "dobj":
        subject = clause.subject(verb)
        return _actor_in(context, list(subject.subtree), lex) if subject is not None else None
    preps = [c for c in (*measure.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in _ON]
    return _actor_in(context, [w for p in preps for w in p.subtree], lex)


def _imposer(
    context: Context, measure: Token, target: tuple[str, str] | None, lex: Lexicon
) -> tuple[str, str] | None:
    named = _named_imposer(context, measure, lex) or _teller(context, measure, lex)
    if named is not None:
        return named
    if target is None:
        return _earlier_imposer(context, measure, target, lex)
    pair = top_countries(context, measure) or []
    others = [p for p in pair if p[1] != target[1] and not _named_in(context, p[1], measure, lex)]
    return others[0] if len(others) == 1 else _earlier_imposer(context, measure, target, lex)


_TELLING = clause.SPEECH_LEMMAS | {"tell", "inform", "notify", "write", "warn", "announce", "threaten"}


def _teller(context: Context, measure: Token, lex: Lexicon) -> tuple[str, str] | None:
    """Who tells that a party will face the measure ("Trump told Japan that its goods would face 25%
    tariffs"): the one who sets it."""
    teller = clause.speaker_of(measure, _TELLING)
    return _actor_in(context, list(teller.subtree), lex) if teller is not None else None


_REACH = 2  # sentences back to the measure's imposer


def _earlier_imposer(
    context: Context, measure: Token, target: tuple[str, str] | None, lex: Lexicon
) -> tuple[str, str] | None:
    """The party that imposes or applies such measures just before ("the Commission's announcement that it
    would apply extra duties ... BYD would face a duty of 17.4%"), when the two main parties do not say."""
    doc = measure.doc
    start = measure.sent.start
    for _ in range(_REACH):
        if start == 0:
            break
        sent = doc[start - 1].sent
        for found in _imposers_in(context, sent, lex):
            if target is None or found[1] != target[1]:
                return found
        start = sent.start
    return None


def _imposers_in(context: Context, sent: SpacySpan, lex: Lexicon) -> list[tuple[str, str]]:
    """Who imposes or applies a measure in the sentence; for "it" or "they", the nearest actor before."""
    out = []
    for verb in sent:
        measures = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.faced_measures]
        subject = clause.subject(verb) if verb.lemma_.lower() in lex.imposing_verbs and measures else None
        if subject is None:
            continue
        if subject.pos_ == "PRON":  # "the Commission's plan that it would apply": the nearest actor before
            found = _actor_in(context, [t for t in sent if t.i < verb.i][::-1], lex)
        else:
            found = _actor_in(context, list(subject.subtree), lex)
        if found is not None:
            out.append(found)
    return out


def _named_in(context: Context, key: str, measure: Token, lex: Lexicon) -> bool:
    """Whether the sentence before the measure's verb names the party (a second target: "Laos and
    Myanmar face ...")."""
    sent = measure.sent
    return any(
        a[1] == key
        for t in sent
        if t.i < measure.i and actor_at(context, t.idx, t.idx + len(t)) is not None
        for a in buyer_actors(context, t, lex)
    )


def _modality(verb: Token, lex: Lexicon) -> Modality | None:
    found = modality_of(verb, lex)
    if found is not None:
        return found
    if "would" in clause.auxiliaries(verb):
        return "expected"  # "under the provisional findings, BYD would face a duty of 17.4%"
    return "expected" if verb.tag_ in ("VBP", "VBZ") else None  # "both countries face tariffs of 36%"


def _faced(context: Context, measure: Token, lex: Lexicon) -> tuple[tuple[str, str], Token] | None:
    """(imposer, verb) where the measure is faced or takes effect."""
    verb = measure.head
    facing = measure.dep_ == "dobj" and verb.lemma_.lower() in lex.facing_verbs
    effect = measure.dep_ in ("nsubj", "nsubjpass") and _takes_effect(verb, lex)
    if not (facing or effect):
        return None
    target = _target(context, measure, verb, lex)
    imposer = _imposer(context, measure, target, lex)
    if imposer is None or (target is not None and imposer[1] == target[1]):
        return None
    return imposer, verb


def faced(context: Context, sent: SpacySpan, lex: Lexicon, provenance: Provenance) -> list[Commitment]:
    """An imposed rate for each measure faced or taking effect in the sentence."""
    out: list[Commitment] = []
    for measure in sent:
        if measure.pos_ != "NOUN" or measure.lemma_.lower() not in lex.faced_measures:
            continue
        change = _percent(measure)
        found = _faced(context, measure, lex) if change is not None else None
        modality = _modality(found[1], lex) if found is not None else None
        if found is None or change is None or modality is None:
            continue
        (name, key), verb = found
        first = Commitment(
            actor=name,
            actor_id=key,
            action="impose",
            object=phrase(measure),
            modality=modality,
            evidence=Span(sent.start_char, sent.end_char),
            provenance=provenance,
            quantity=change.new.value,
            unit=change.new.unit,
            previous_quantity=change.previous.value if change.previous else None,
        )
        out.append(first)
        out.extend(_gapped(first, verb, change))
    return out


_GAPPED_PARTY = re.compile(r"\s*(?:,|,?\s+and)\s+(?:[a-z][\w-]*\s+)?((?:[A-Z][\w.&-]*\s+){1,4})")


def _gapped(first: Commitment, verb: Token, change: Change) -> list[Commitment]:
    """The rates of other parties the verb is gapped for: "BYD would face a duty of 17.4%, Geely 20% and
    state-owned SAIC Motor 38.1%" (each the measure on that party, named right before its rate)."""
    sent = verb.sent
    text = text_of(verb.doc)
    later = [c for c in find_changes(sent.text, sent.start_char) if c.new.start > change.new.end]
    out = []
    last_end = change.new.end
    for other in (c for c in later if c.new.unit == "percent"):
        gap = _GAPPED_PARTY.fullmatch(text[last_end : other.new.start])
        if gap is None:
            break
        out.append(
            dataclasses.replace(
                first,
                object=f"{first.object} on {gap.group(1).strip()}",
                quantity=other.new.value,
                unit=other.new.unit,
                previous_quantity=None,
            )
        )
        last_end = other.new.end
    return out
