"""A commitment's modality from the words that govern its action and the tense of its clause."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Modality
from readouts.stages.commitments.approvals import approver
from readouts.stages.commitments.asks import phoned
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.plans import traded
from readouts.stages.commitments.stopped import turned_down

_MODAL_FUTURE = frozenset({"will", "shall", "'ll"})
_PROMISING = frozenset({"agree", "pledge", "promise", "vow", "undertake", "commit", "guarantee"})
_MODAL_OPEN = frozenset({"would", "could", "may", "might", "should", "can"})
_MODAL_POSSIBLE = frozenset({"could", "may", "might"})  # with a party as subject: an option weighed


_REPORTED = frozenset({"largest", "biggest", "first", "latest", "record", "recent", "initial", "second"})
ASPECT = frozenset({"resume", "start", "begin", "continue", "restart", "keep", "help"})  # "help rebuild"
_PERCEIVE = frozenset({"see", "make", "let", "help", "watch", "have"})


def conj_head(verb: Token) -> Token:
    """The verb a conjunct is joined to; for "and to ease X" hung on a participle ("asked Washington to
    restore access, withdrawn in 2019, and to ease visa rules"), the infinitive before it."""
    head = verb.head
    if "to" in clause.auxiliaries(verb) and "to" not in clause.auxiliaries(head):
        governors = {g.i for g in clause.governors(verb)}
        before = (verb.doc[i] for i in range(verb.i - 1, verb.sent.start - 1, -1))
        infinitive = next(
            (t for t in before if "to" in clause.auxiliaries(t) and {t.i, t.head.i} & governors), None
        )
        return infinitive if infinitive is not None else head
    return head


def listed(verb: Token) -> bool:
    """An infinitive after a comma that the parser hangs on the infinitive before it rather than joining
    them ("agreed to expand X, to step up Y and to coordinate Z": "to step up" is a conjunct)."""
    if verb.dep_ not in ("dep", "advcl") or "to" not in clause.auxiliaries(verb):
        return False
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    comma = to is not None and to.i > 0 and verb.doc[to.i - 1].text == ","
    return comma and verb.head.pos_ == "VERB" and "to" in clause.auxiliaries(verb.head)


def parallel(verb: Token) -> bool:
    """A present-tense "while" clause beside a verb ("Hamas is to release hostages, while Israel frees
    prisoners"): a term of the same deal, with the other verb's modality."""
    marked = any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children)
    return verb.dep_ == "advcl" and marked and verb.tag_ in ("VBZ", "VBP") and verb.head.pos_ == "VERB"


def alongside(verb: Token) -> bool:
    """A gerund "while" clause with no subject of its own ("would suspend a 24% tariff while retaining a 10%
    duty"): the same actor's act, told with the other verb's modality."""
    marked = any(c.dep_ == "mark" and c.lower_ == "while" for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    gerund = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB"
    return gerund and marked and not own_subject


def _should(verb: Token) -> bool:
    """ "should" in words a speaker is reported saying of a party ("said Ottawa should lift the surtaxes")."""
    subject = clause.subject(verb)
    return (
        "should" in clause.auxiliaries(verb)
        and clause.speaker_of(verb) is not None
        and subject is not None
        and subject.lower_ not in ("we", "i", "you", "it", "they")
    )


def must(verb: Token) -> bool:
    """ "must" on the verb or on the first of its conjuncts ("must stick to X and widen Y")."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return "must" in clause.auxiliaries(first)


_SEQUENCE_PREPS = frozenset({"before", "after", "by"})


def sequenced(action: Token) -> Token | None:
    """For a gerund told as a step of another act ("before lowering the rate", "after easing the curbs", "by
    imposing a tariff"), the verb of that act."""
    prep = action.head
    if action.tag_ != "VBG" or action.dep_ != "pcomp" or prep.lower_ not in _SEQUENCE_PREPS:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


_CAUSING = frozenset({"prompt", "force", "lead", "cause", "spur", "drive", "push"})


def _caused(action: Token) -> bool:
    """An act another one brought about, told as done ("the levy took effect, prompting Ottawa to announce
    counter-tariffs", "forced Tokyo to suspend imports")."""
    cause = action.head
    if action.dep_ != "xcomp" or cause.lemma_.lower() not in _CAUSING or clause.is_negated(cause):
        return False
    if clause.is_past(cause):
        return True
    return cause.tag_ == "VBG" and cause.dep_ in ("advcl", "xcomp") and clause.is_past(cause.head)


def _realised(action: Token) -> bool:
    """Reported as done: a past verb, a bare verb under a past "saw X lower", or a noun under a past verb."""
    verb = clause.verb_of(action)
    if action.pos_ != "VERB":
        reported = any(c.lower_ in _REPORTED for c in action.children) or any(
            c.dep_ == "acl" and c.lemma_ in ("total", "amount", "worth") for c in action.children
        )
        reported = reported or approver(action) is not None  # "a sale approved by the State Department"
        return reported or (clause.is_past(verb) and not clause.is_negated(verb))
    if _caused(action):  # "a levy took effect, prompting Ottawa to announce counter-tariffs"
        return True
    if "to" in clause.auxiliaries(action):  # "used her appearance to announce $1.5 billion": announced
        return (
            action.dep_ in ("xcomp", "advcl") and action.head.lemma_ == "use" and clause.is_past(action.head)
        )
    if clause.is_past(action) or clause.past_participle_clause(action):
        return True
    if sequenced(action) is not None:  # "hit X with a 37% tariff, before lowering the rate to 20%"
        return clause.is_past(action.head.head) and not clause.is_negated(action.head.head)
    head = action.head
    if action.dep_ == "xcomp" and head.lemma_ in ASPECT:  # "has resumed buying", "began selling"
        return clause.is_past(head)
    return action.tag_ == "VB" and head.lemma_ in _PERCEIVE and clause.is_past(head)


_FRAMES = frozenset({"under", "as", "per", "in"})


def _frames(action: Token) -> list[Token]:
    """Nouns framing the action's clause ("will buy jets under the accord"), not their modifiers ("draft")."""
    verb = clause.verb_of(action)
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" else [verb]  # "is to"
    out = []
    for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in _FRAMES):
        for t in prep.subtree:
            if t.pos_ == "NOUN" and t is not action and t.dep_ != "compound":
                out.append(t)
    return out


_SUBORDINATORS = frozenset(
    {"as", "while", "when", "after", "before", "because", "since", "though", "although"}
)


ADJUNCT_PREPS = frozenset({"as", "after", "despite", "amid", "following", "because", "over", "against"})


def in_adjunct(noun: Token) -> bool:
    """A noun inside a phrase of reason or circumstance ("as a penalty for its purchases", "over its
    imports of oil"): told as background."""
    return any(g.dep_ == "prep" and g.lower_ in ADJUNCT_PREPS for g in clause.governors(noun, limit=4))


def _governors(action: Token) -> list[Token]:
    """The action's governors up to a speech verb reporting it ("signed X, though he said Brazil would
    not take on quotas": "signed" does not govern the quotas)."""
    out: list[Token] = []
    current = action
    for governor in clause.governors(action, limit=4):
        if governor.i == action.i or any(g.i == governor.i for g in out):
            break  # the sentence root repeats itself
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in current.children
        ):
            break  # "pledged to deepen ties, as Kishida became the first to make a visit"
        if current.dep_ == "prep" and current.lower_ in ADJUNCT_PREPS:
            break  # "ordered a tariff as a penalty for its purchases": the order is no cue of the purchases
        out.append(governor)
        current = governor
        if governor.lemma_.lower() in clause.SPEECH_LEMMAS and governor.dep_ not in ("ROOT", "ccomp"):
            break
    return out


_DURING = frozenset({"during", "after", "since", "following", "throughout"})


def _during_deal(action: Token, noun: Token) -> bool:
    """An act told in a relative clause of time on a deal noun ("a truce, during which Israel released 240
    prisoners"): something done while the deal held, not one of its terms ("an accord under which ...")."""
    verb = conj_head(action) if action.dep_ == "conj" else action
    if verb.dep_ != "relcl" or verb.head.i != noun.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _DURING for c in verb.children)


def _cue_tokens(action: Token) -> list[Token]:
    """Words that may set the modality: the action's adjectives ("pledged purchases"), its governors, and
    nouns framing its clause ("under the deal")."""
    return [
        *(c for c in action.children if c.dep_ == "amod"),
        *_governors(action),
        *_frames(action),
    ]


def binds(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is a deal binding a party ("the deal commits Jakarta", "it obliges Israel")."""
    if verb.lemma_.lower() not in lex.binding_verbs:
        return False
    subject = clause.subject(verb)
    return subject is not None and (subject.lemma_.lower() in lex.noun_cues or subject.lower_ == "it")


def _cue(token: Token, lex: Lexicon) -> Modality | None:
    lemma = token.lemma_.lower()
    nominal = token.pos_ == "NOUN" or token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
    if nominal and lemma not in lex.noun_cues:
        return None  # "satisfy demand": economic demand, not a demand made of someone
    if token.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    phrasal = {f"{lemma} {c.lower_}" for c in token.children if c.dep_ in ("prt", "advmod")}  # look forward
    said = next((m for m, words in lex.modality if phrasal & words), None)  # "look forward", not "look"
    return said or next((m for m, words in lex.modality if lemma in words or token.lower_ in words), None)


_FORECAST = frozenset({"expect", "forecast", "project", "anticipate", "predict", "see"})


def _forecast(cue: Token, action: Token) -> bool:
    """An active "X expects Y to act" where X is not Y (a passive "Y is expected to act" is Y's)."""
    cue_subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if cue_subject is None or cue.pos_ != "VERB" or cue.lemma_.lower() not in _FORECAST:
        return False
    actor = clause.subject(action) if action.pos_ == "VERB" else None
    asked = next((c for c in cue.children if c.dep_ in ("dobj", "ccomp")), None)
    return (actor is not None and actor.i != cue_subject.i) or asked is not None  # tokens are made anew


def _negated_below(verb: Token, cue: Token) -> bool:
    """The action's own verb is negated under the cue ("would not take on quotas")."""
    return clause.is_negated(verb) and cue in clause.governors(verb, limit=6)


def _as_planned_not(token: Token) -> bool:
    """ "did not meet as planned": a plan that fell through."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    return token.dep_ == "advcl" and marked and clause.is_negated(token.head)


def _stopped_short(token: Token) -> bool:
    """A statement qualified as "stopping short of a commitment" (a participle on the same verb)."""
    return any(
        c.dep_ == "advcl" and c.lemma_.lower() == "stop" and any(g.lower_ == "short" for g in c.children)
        for c in token.children
    )


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
    outer = _cue(verb, lex) if verb != cue else None
    return outer if outer in ("considering", "demanded") else found


def time_hung(verb: Token) -> Token | None:
    """The verb an infinitive belongs to when the parse hung it on a time phrase ("pressed New Delhi for
    months to stop buying": pressed)."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or "to" not in clause.auxiliaries(verb):
        return None
    if noun.ent_type_ not in ("DATE", "TIME") or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    governor = noun.head.head
    return governor if governor.pos_ == "VERB" else None


def _negated_before(verb: Token) -> bool:
    """A verb negated by a word before it ("did not agree", "never promised"); a "not" after it belongs to
    some later phrase the parse hung on it."""
    return any(c.dep_ == "neg" and c.i < verb.i for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """ "would have produced", "could have lifted": what did not happen."""
    aux = clause.auxiliaries(verb)
    return verb.tag_ == "VBN" and "have" in aux and bool(aux & _MODAL_OPEN)


def _asked_to(action: Token, lex: Lexicon) -> bool:
    """Whether the verb nearest above the action demands it ("urged Washington to commit $20 billion",
    "called on donors to pledge funds"); a phone call made to pledge demands nothing."""
    governor = next(iter(_governors(action)), None)
    return governor is not None and not phoned(governor) and _cue(governor, lex) == "demanded"


_HOPES = frozenset({"hope", "plan", "intend", "aim", "expect", "want"})


def _given_up(cue: Token) -> bool:
    """A hope or plan in the past perfect ("had hoped to host", "had planned to buy"): told as given up
    (not "had been invited to join")."""
    aux = clause.auxiliaries(cue)
    return cue.pos_ == "VERB" and cue.lemma_.lower() in _HOPES and "had" in aux and "been" not in aux


def _answer(cue: Token, lex: Lexicon) -> Modality | None:
    """How an active ask is answered after it in its sentence: "expected" where it is accepted ("an
    invitation Indian officials said had been accepted"), "considering" where it is to be weighed ("an
    invitation Chinese officials said they would consider"); None where the sentence tells no answer
    ("Lula invited Xi to attend the summit": it binds nobody). Any other cue stays "expected"."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in lex.open_asks or "been" in clause.auxiliaries(cue):
        return "expected"
    after = [t for t in cue.doc[cue.i + 1 : cue.sent.end] if not clause.is_negated(t)]  # not "accepted an
    if any(t.lemma_.lower() in lex.acceptances for t in after):  # invitation to visit China and invited Xi"
        return "expected"
    return "considering" if any(t.lemma_.lower() in lex.weighing_verbs for t in after) else None


def _habitual(verb: Token) -> bool:
    """ "what China used to buy": a habit of the past, no act (not "used its veto to block")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "use"
        and head.tag_ == "VBD"
        and not any(c.dep_ == "dobj" and c.i > head.i for c in head.children)  # "what China used to buy"
    )


def told_to(verb: Token, lex: Lexicon) -> bool:
    """An infinitive under a saying verb that demands only so ("told Pakistan to cut")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and "to" in clause.auxiliaries(verb)
        and head.lemma_.lower() in lex.told_verbs
        and any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)  # "told X to", "X was told to"
    )


def _auxiliaries(verb: Token) -> set[str]:
    """The verb's auxiliaries; a bare verb conjoined to another shares its ("will cut X and reduce it")."""
    own = clause.auxiliaries(verb)
    shared = not own and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "AUX")
    return clause.auxiliaries(verb.head) if shared else own


def modality_of(action: Token, lex: Lexicon) -> Modality | None:
    """The modality, or None where the clause is hypothetical, negated, or not reported as done."""
    if turned_down(action, lex):
        return None  # "refused to lift the ban", "urged citizens to avoid travelling"
    if any(_as_planned_not(g) for g in (action, *clause.governors(action, limit=3))):
        return None  # "the cabinet did not meet as planned to approve the deal"
    if any(_stopped_short(g) for g in (action, *clause.governors(action, limit=2))):
        return None  # "said its banks would study the projects, stopping short of a commitment"
    if _habitual(action) or _counterfactual(tense_verb(action, lex)):
        return None  # "a Ukrainian presence would have produced a clearer text": it did not happen
    if _hypothetical(action):  # "weighing whether to buy"; "did not say whether it would buy": nothing
        negated = any(clause.is_negated(g) for g in clause.governors(action, limit=4))
        return None if negated else "considering"
    if traded(action):
        return "agreed"  # "in exchange for Japan buying $8 billion of farm goods": a term of the deal
    own = _cue(action, lex) if action.pos_ == "VERB" and action.lemma_.lower() in lex.by_verb else None
    if own == "pledged" and not _asked_to(action, lex):  # (not "called on donors to pledge funds")
        return own  # "pledged $500 million in aid", "offered licences": the action verb is its own cue
    if action.lemma_.lower() in lex.weighing_verbs and not clause.is_negated(action):
        return "considering"  # "was considering a $10 billion arrangement"
    verb = tense_verb(action, lex)
    if told_to(verb, lex):
        return "demanded"  # "told Pakistan to bring its staff down to 30"
    for token in _cue_tokens(action):
        if action.pos_ == "VERB" and token.lemma_.lower() in lex.noun_only_cues:
            continue  # "notified the court that it would appeal": the clause's own tense decides
        found = "agreed" if token.pos_ == "VERB" and binds(token, lex) else _cue(token, lex)
        if found == "expected" and _forecast(token, action):
            return None  # "the USDA expects China to import ...": somebody else's forecast
        answer = _answer(token, lex) if found == "expected" else found
        if answer != found:
            return answer  # "invited Trump to visit Vietnam": the invitee has promised nothing
        if found == "expected" and _given_up(token):
            return None  # "a summit Tokyo had hoped to host": a plan told as given up
        own_clause = found != "demanded" or "to" not in clause.auxiliaries(verb)  # not "urged X not to use"
        if found is not None and own_clause and token != verb and _negated_below(verb, token):
            if found in ("agreed", "pledged") and token.lemma_.lower() in _PROMISING:
                return found  # "agreed not to use force": a commitment to refrain ("not use")
            return None  # "said that it would not raise": no commitment to raise
        if found is not None and token.pos_ == "VERB" and token is not action and _negated_before(token):
            return None  # "did not agree to lift the ban", "has not promised to buy": no commitment
        framed = token in _frames(action) or _during_deal(action, token)
        if found is not None and framed and action.pos_ == "VERB" and _realised(action):
            return "executed"  # "under the arrangement, Caracas freed 80 prisoners": done under the deal
        if found is not None:
            return _weighed(token, found, lex)
    if clause.is_negated(verb):
        return None
    if must(verb) or _should(verb):
        return "demanded"
    if clause.scheduled(verb):
        return "pledged"  # "Hamas is to release 33 hostages", "Each ally is to submit a plan"
    if _auxiliaries(verb) & _MODAL_FUTURE or reported_future(verb, lex):
        return "pledged"
    warned = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.threat_verbs
    if warned and clause.auxiliaries(verb) & (_MODAL_OPEN | _MODAL_FUTURE):
        return "considering"  # "warned that Washington could reinstate tariffs": a threat
    if clause.auxiliaries(verb) & _MODAL_POSSIBLE and clause.party_subject(verb):
        return "considering"  # "Pakistan could raise its imports to 100,000 bpd": an option weighed
    if clause.auxiliaries(verb) & _MODAL_OPEN:
        return None
    return "executed" if _realised(action) else None


def modality_for(
    action: Token, lex: Lexicon, *, realisable: bool, done: Modality = "executed"
) -> Modality | None:
    """:func:`modality_of`, except that an action that is not a commitment when done has none then, and
    one whose doing is itself a commitment ("set a target") takes ``done``."""
    if parallel(action):  # "Hamas is to release 33 hostages, while Israel frees prisoners": the same terms
        found = modality_of(action.head, lex)
        return None if found == "executed" else found
    if alongside(action):
        return modality_of(action.head, lex)
    if action.dep_ == "conj" and conj_head(action).i != action.head.i:  # ", withdrawn in 2019, and to ease"
        return modality_for(conj_head(action), lex, realisable=realisable, done=done)
    found = modality_of(action, lex)
    if found is None and action.dep_ == "conj" and _bare(action) and not clause.auxiliaries(action):
        head = conj_head(action)  # "would provide X, train Y and invite Z": one "would" for all three
        found = modality_for(head, lex, realisable=True) if head.i != action.i else None
        found = None if found == "executed" else found
    if found == "executed":
        return done if realisable else None
    return found


def _bare(verb: Token) -> bool:
    """A bare verb: tagged so, or a base form the tagger read as present with no subject of its own ("would
    lend $400 million to X, provide $350 million for Y")."""
    if verb.tag_ == "VB":
        return True
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.tag_ == "VBP" and verb.lower_ == verb.lemma_.lower() and not own_subject
