"""A commitment's modality from the words that govern its action and the tense of its clause."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Modality
from readouts.stages.commitments.lexicon import Lexicon

_MODAL_FUTURE = frozenset({"will", "shall", "'ll"})
_MODAL_OPEN = frozenset({"would", "could", "may", "might", "should", "can"})


_REPORTED = frozenset({"largest", "biggest", "first", "latest", "record", "recent", "initial", "second"})
ASPECT = frozenset({"resume", "start", "begin", "continue", "restart", "keep"})
_PERCEIVE = frozenset({"see", "make", "let", "help", "watch", "have"})


def _realised(action: Token) -> bool:
    """Reported as done: a past verb, a bare verb under a past "saw X lower", or a noun under a past verb."""
    verb = clause.verb_of(action)
    if action.pos_ != "VERB":
        reported = any(c.lower_ in _REPORTED for c in action.children) or any(
            c.dep_ == "acl" and c.lemma_ in ("total", "amount", "worth") for c in action.children
        )
        return reported or (clause.is_past(verb) and not clause.is_negated(verb))
    if "to" in clause.auxiliaries(action):
        return False
    if clause.is_past(action):
        return True
    head = action.head
    if action.dep_ == "xcomp" and head.lemma_ in ASPECT:  # "has resumed buying", "began selling"
        return clause.is_past(head)
    return action.tag_ == "VB" and head.lemma_ in _PERCEIVE and clause.is_past(head)


_FRAMES = frozenset({"under", "as", "per", "in"})


def _frames(action: Token) -> list[Token]:
    """Nouns framing the action's clause: "will buy jets under the accord", "as part of the truce"."""
    verb = clause.verb_of(action)
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _FRAMES):
        for t in prep.subtree:
            if t.pos_ == "NOUN" and t is not action:
                out.append(t)
    return out


def _cue_tokens(action: Token) -> list[Token]:
    """Words that may set the modality: the action's adjectives ("pledged purchases"), its governors, and
    nouns framing its clause ("under the deal")."""
    return [
        *(c for c in action.children if c.dep_ == "amod"),
        *clause.governors(action, limit=4),
        *_frames(action),
    ]


def _cue(token: Token, lex: Lexicon) -> Modality | None:
    lemma = token.lemma_.lower()
    nominal = token.pos_ == "NOUN" or token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
    if nominal and lemma not in lex.noun_cues:
        return None  # "satisfy demand": economic demand, not a demand made of someone
    if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    phrasal = {f"{lemma} {c.lower_}" for c in token.children if c.dep_ in ("prt", "advmod")}  # look forward
    return next(
        (m for m, words in lex.modality if lemma in words or token.lower_ in words or phrasal & words), None
    )


_FORECAST = frozenset({"expect", "forecast", "project", "anticipate", "predict", "see"})


def _forecast(cue: Token, action: Token) -> bool:
    """An active "X expects Y to act" where X is not Y (a passive "Y is expected to act" is Y's)."""
    cue_subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue_subject is None or cue.pos_ != "VERB" or cue.lemma_.lower() not in _FORECAST:
        return False
    actor = clause.subject(action) if action.pos_ == "VERB" else None
    asked = next((c for c in cue.children if c.dep_ in ("dobj", "ccomp")), None)
    return (actor is not None and actor is not cue_subject) or asked is not None


def _hypothetical(action: Token) -> bool:
    heads = (action, *clause.governors(action, limit=3))
    return any(t.dep_ == "mark" and t.lower_ in ("whether", "if") and t.head in heads for t in action.sent)


def reported_future(verb: Token, lex: Lexicon) -> bool:
    """ "would" in words a speech verb reports ("said China would pause", "would pause ..., he said"),
    the conjuncts of such a verb included ("would go after X and would tighten Y")."""
    if "would" not in clause.auxiliaries(verb):
        return False
    aside = (c for c in verb.children if c.dep_ == "parataxis")  # "China would pause X, he said"
    heads = (*clause.governors(verb, limit=4), *aside)
    speech = next((g for g in heads if g.lemma_.lower() in lex.speech_verbs), None)
    return speech is not None and not _forecaster(clause.subject(speech), lex)


def _forecaster(speaker: Token | None, lex: Lexicon) -> bool:
    """A speaker who forecasts rather than commits: "analysts said", "said X, a grain analyst"."""
    if speaker is None:
        return False
    words = [speaker, *(c for c in speaker.children if c.dep_ in ("appos", "compound", "amod"))]
    words.extend(g for w in list(words) if w.dep_ == "appos" for g in w.children if g.dep_ == "compound")
    return any(w.lemma_.lower() in lex.forecasters for w in words)


def tense_verb(action: Token, lex: Lexicon) -> Token:
    """The verb whose auxiliaries give the action's tense: "would start buying" → start, "would allow
    Nvidia to sell" → allow."""
    verb = clause.verb_of(action)
    for _ in range(2):
        aspect = verb.dep_ == "xcomp" and verb.head.lemma_ in ASPECT
        permit = verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in lex.permit_verbs
        if not (aspect or permit):
            break
        verb = verb.head
    return verb


def _weighed(cue: Token, found: Modality, lex: Lexicon) -> Modality:
    """A plan or an offer that is itself considered or demanded ("mulling a plan to lift the ban", "urged
    Tokyo to honour its pledge") takes the verb's modality."""
    if (
        cue.pos_ != "NOUN"
        or found not in ("expected", "pledged")
        or any(c.dep_ == "poss" for c in cue.children)
    ):
        return found  # "discussed Norway's offer": the offer stays Norway's pledge
    verb = clause.verb_of(cue)
    outer = _cue(verb, lex) if verb is not cue else None
    return outer if outer in ("considering", "demanded") else found


def modality_of(action: Token, lex: Lexicon) -> Modality | None:
    """The modality, or None where the clause is hypothetical, negated, or not reported as done."""
    if any(g.lemma_.lower() in lex.negating for g in clause.governors(action, limit=3)):
        return None  # "refused to lift the ban", "urged citizens to avoid travelling"
    if _hypothetical(action):  # "weighing whether to buy"; "did not say whether it would buy": nothing
        negated = any(clause.is_negated(g) for g in clause.governors(action, limit=4))
        return None if negated else "considering"
    own = _cue(action, lex) if action.pos_ == "VERB" and action.lemma_.lower() in lex.by_verb else None
    if own == "pledged":
        return own  # "pledged $500 million in aid", "offered licences": the action verb is its own cue
    for token in _cue_tokens(action):
        found = _cue(token, lex)
        if found == "expected" and _forecast(token, action):
            return None  # "the USDA expects China to import ...": somebody else's forecast
        if found is not None:
            return _weighed(token, found, lex)
    verb = tense_verb(action, lex)
    if clause.is_negated(verb):
        return None
    if clause.auxiliaries(verb) & _MODAL_FUTURE or reported_future(verb, lex):
        return "pledged"
    if clause.auxiliaries(verb) & _MODAL_OPEN:
        return None
    return "executed" if _realised(action) else None


def modality_for(action: Token, lex: Lexicon, *, realisable: bool) -> Modality | None:
    """:func:`modality_of`, except that an action that is not a commitment when done has none then."""
    found = modality_of(action, lex)
    return None if found == "executed" and not realisable else found
