"""A sum paid out in the passive with no agent, told by the body that pays it: "About $1.2 billion was
disbursed immediately, the Fund said, with the remaining $1.8 billion to be released in two instalments" —
the speaker's commitment, for what the sum is paid in ("two instalments") or, that unnamed, for the object
of the speaker's last commitment in money (the loan the sum is part of)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.model import Commitment, Modality, Provenance, Span
from readouts.nlp import text_of
from readouts.pipeline import Context
from readouts.stages.actors import actor_at
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import modality_for
from readouts.stages.commitments.phrases import phrase
from readouts.stages.commitments.quantities import Change, currency_codes, currency_words, find_changes


def _sum_subject(verb: Token) -> Token | None:
    """The sum a passive verb pays out, with no agent ("$1.2 billion was disbursed")."""
    if any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    aux = next(c for c in verb.children if c.dep_ == "auxpass")
    if subject is None and aux.i > 0:  # "Of the total, $1.2 billion is earmarked": the parse hung it on "of"
        subject = verb.doc[aux.i - 1]
    money = subject is not None and (subject.ent_type_ == "MONEY" or subject.lower_ in currency_words())
    return subject if money else None  # ("3 billion euros is earmarked": the parse may tag no MONEY)


def _amount(subject: Token) -> Change | None:
    text = text_of(subject.doc)[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge)]
    return next((c for c in find_changes(text) if c.new.unit in currency_codes()), None)


def _speaker(context: Context, verb: Token, lex: Lexicon) -> tuple[str, str] | None:
    """The body whose speech verb reports the sentence ("..., the Fund said"); people are left out (a
    minister of the receiving side often tells of a sum paid to it)."""
    speech = [t for t in verb.sent if t.pos_ == "VERB" and t.lemma_.lower() in lex.speech_verbs]
    for said in sorted(speech, key=lambda t: abs(t.i - verb.i)):
        subject = clause.subject(said)
        if subject is None or subject.pos_ == "PRON":
            continue
        actor = actor_at(context, subject.idx, subject.idx + len(subject))
        if actor is not None and actor.kind != "person":
            return actor.name, actor.id
        return None
    return None


def _same(earlier: Commitment, actor: tuple[str, str]) -> bool:
    """The same actor, or one named before by a longer name ("the Fund" after "the International Monetary
    Fund")."""
    words = actor[0].lower().split()
    return earlier.actor_id == actor[1] or (
        bool(words) and earlier.actor.lower().split()[-len(words) :] == words
    )


def _modality(verb: Token, lex: Lexicon) -> Modality | None:
    """As for any action; a sum "to be released" with no cue over it is one set aside (pledged)."""
    found = modality_for(verb, lex, realisable=True)
    if found is None and "to" in clause.auxiliaries(verb) and not clause.is_negated(verb):
        return "pledged"
    return found


def _paid_in(verb: Token) -> Token | None:
    """What the sum is paid in or set aside for: "released in two instalments" → instalments, "earmarked for
    the transport corridor" → corridor."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "for")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME", "GPE") else None


def _gapped_sums(verb: Token, first: Change) -> list[tuple[Change, Token]]:
    """The further sums of a list sharing the passive verb, each with what it is for: "3 billion euros is
    earmarked for the corridor, 2.5 billion euros for raw materials and 100 million euros for ..."."""
    if first.new.start >= verb.idx:
        return []  # the list follows the verb's own sum
    sent = verb.sent
    money = currency_codes()
    changes = find_changes(sent.text, sent.start_char)
    later = [c for c in changes if c.new.unit in money and c.new.start > verb.idx]
    out: list[tuple[Change, Token]] = []
    for change in later:
        after = next((t for t in sent if t.idx >= change.new.end), None)
        obj = next((g for g in after.children if g.dep_ == "pobj"), None) if after is not None else None
        if after is None or after.lower_ != "for" or obj is None:
            break
        out.append((change, obj))
    return out


def passive_sums(
    context: Context, sent: SpacySpan, lex: Lexicon, made: list[Commitment], provenance: Provenance
) -> list[Commitment]:
    """A commitment for each agentless passive sum of the sentence paid out by its speaker."""
    out: list[Commitment] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.passive_payments:
            continue
        subject = _sum_subject(verb)
        change = _amount(subject) if subject is not None else None
        actor = _speaker(context, verb, lex) if change is not None else None
        modality = _modality(verb, lex) if actor is not None else None
        if change is None or actor is None or modality is None:
            continue
        paid_in = _paid_in(verb)
        earlier = next((c for c in reversed(made) if _same(c, actor) and c.unit in currency_codes()), None)
        if earlier is not None and earlier.actor_id is not None:  # "the Fund": the IMF named before
            actor = (earlier.actor, earlier.actor_id)
        obj = phrase(paid_in) if paid_in is not None else earlier.object if earlier is not None else None
        if not obj:
            continue
        listed = [(change, obj), *((c, phrase(o)) for c, o in _gapped_sums(verb, change))]
        out.extend(
            Commitment(
                actor=actor[0],
                actor_id=actor[1],
                action=verb.lemma_.lower(),
                object=what,
                modality=modality,
                evidence=Span(sent.start_char, sent.end_char),
                provenance=provenance,
                quantity=sum_.new.value,
                unit=sum_.new.unit,
            )
            for sum_, what in listed
        )
    return out
