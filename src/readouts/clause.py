"""Reading a clause off spaCy's dependency parse: who its subject is, which verbs govern a word, and
the cues of tense and modality around it. Shared by the events and commitments stages.

The parser is good but not perfect, so every helper here degrades gracefully: a chain stops at the
sentence root, and a missing subject is looked for on the governing verbs in turn.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
SPEECH_LEMMAS = frozenset(
    {"say", "warn", "tell", "state", "declare", "suggest", "claim", "write", "post"}
    | {"announce", "add", "confirm"}
)


def governors(token: Token, *, limit: int = 6) -> Iterator[Token]:
    """The token's heads, nearest first, up to the sentence root (at most ``limit``)."""
    current = token
    for _ in range(limit):
        if current.head.i == current.i:
            return
        current = current.head
        yield current


def speaker_of(token: Token, lemmas: frozenset[str] = SPEECH_LEMMAS) -> Token | None:
    """The subject of the nearest speech verb (of ``lemmas``) the token is reported under ("X said ... could
    trigger a response", "Trump told Japan that its goods would face tariffs")."""
    said = next((h for h in governors(token) if h.lemma_.lower() in lemmas), None)
    return subject(said) if said is not None else None


def verb_of(token: Token) -> Token:
    """The nearest verb (or auxiliary) governing a token, the token itself if it is one, else the root."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    for head in governors(token):
        if head.pos_ in ("VERB", "AUX"):
            return head
    return token.sent.root


_CLIMB = frozenset({"xcomp", "conj", "advcl", "acl", "dobj", "pobj", "prep", "pcomp", "acomp"})


def _subjects_first(verb: Token) -> list[Token]:
    """The verb's children, where the parser split one subject in two ("The opposition Kuomintang accused":
    two nsubj) the one nearer the verb, the phrase's head, first."""
    children = list(verb.children)
    pair = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(pair) == 2 and pair[1].i == pair[0].i + 1:
        children.remove(pair[1])
        children.insert(0, pair[1])
    return children


def subject(verb: Token) -> Token | None:
    """The verb's subject; for an infinitive, a conjunct or a noun's complement ("accepted an invitation to
    visit"), the subject of the verb it hangs from."""
    current = verb
    for _ in range(5):
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if agent is not None and current.tag_ == "VBN":  # "a loan was approved by the IMF": the IMF approves
            return next((g for g in agent.children if g.dep_ == "pobj"), None)  # (not "spoke by phone")
        for child in _subjects_first(current):
            if child.dep_ in SUBJECTS:
                if child.dep_ == "agent" and _by_means(child):
                    continue  # "spoke by phone": the means, not who spoke
                if child.dep_ == "agent":
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
                return child
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in _OBJECT_CONTROL:
            obj = next((c for c in current.head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj  # "prompting Wong to summon the ambassador": Wong summons
        judged = _judged(current)
        if judged is not None:
            return judged  # "praised Kenya for agreeing to lead": Kenya agreed
        current = current.head.head if _speakers_next_act(current) else current.head
    return None


def _speakers_next_act(conj: Token) -> bool:
    """Whether a verb the parser joined to a reported clause is the speaker's next act, a conjunct of the
    verb of speech: told in the past beside a clause in the present or future ("complained that Japan
    'won't take our rice', and threatened to raise tariffs"; "said he would work with both, and promised")."""
    head = conj.head
    if conj.dep_ != "conj" or head.dep_ != "ccomp" or conj.i < head.i or conj.lemma_ in ("be", "have"):
        return False  # "would not reopen the law, but was ready to ...": still what was said
    told = head.tag_ in ("VBP", "VBZ") or any(c.tag_ in ("MD", "VBP", "VBZ") for c in head.children)
    return told and _simple_past(conj) and _simple_past(head.head)


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past; the tagger sometimes reads one as a participle ("grumbled")."""
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def party_subject(verb: Token) -> bool:
    """Whether a party is the verb's subject (a name or a pronoun), not a thing ("a Chinese move against
    Taiwan could allow Japan to ...")."""
    found = subject(verb)
    return found is not None and found.pos_ in ("PROPN", "PRON")


def _judged(gerund: Token) -> Token | None:
    """For a gerund after "for" or "of" on a verb of praise or blame with an object ("thanked Seoul for
    pledging", "accused Beijing of dumping steel"), that object: it did what the gerund says."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ not in ("for", "of") or prep.head.lemma_.lower() not in _JUDGING:
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


# Verbs that judge their object for what it did ("praised X for", "accused X of").
_JUDGING = frozenset(
    {
        "praise", "thank", "commend", "congratulate", "applaud", "credit", "hail", "laud", "salute",
        "criticise", "criticize", "blame", "accuse", "condemn", "fault", "rebuke", "chide", "slam",
        "reward", "punish", "fine", "sanction", "penalise", "penalize",
    }
)  # fmt: skip

_MEANS = frozenset({"phone", "telephone", "video", "videolink", "link", "letter", "email", "radio"})


def _by_means(agent: Token) -> bool:
    """ "by phone", "by video link": a means the parse reads as a passive's agent."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in _MEANS for g in agent.children)


# Verbs whose object, not their subject, does what their infinitive says ("urged Moscow to release").
_OBJECT_CONTROL = frozenset(
    {
        "prompt", "urge", "ask", "force", "persuade", "tell", "press", "push", "encourage", "compel",
        "pressure", "pressurise", "convince", "order", "instruct",
    }
)  # fmt: skip


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens conjoined to it ("Trump and Xi" → [Trump, Xi])."""
    return [token, *token.conjuncts]


def auxiliaries(verb: Token) -> set[str]:
    """Lower-cased auxiliaries and negations attached to a verb ("will", "would", "not", "to")."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}


def cue_lemmas(token: Token, *, limit: int = 4) -> list[str]:
    """Lemmas of the token, its adjectives ("expected visit"), and the verbs and nouns that govern it,
    nearest first ("accept", "invitation")."""
    out = [token.lemma_.lower()]
    out.extend(c.lower_ for c in token.children if c.dep_ in ("amod", "compound"))
    for head in governors(token, limit=limit):
        if head.pos_ in ("VERB", "NOUN", "AUX", "ADJ"):
            out.extend(lemma_forms(head))
    out.extend(lemma_forms(token)[1:])
    return out


def lemma_forms(token: Token) -> list[str]:
    """The token's lemma, and with its particle where it has one ("call", "call off")."""
    lemma = token.lemma_.lower()
    particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), None)
    return [lemma, f"{lemma} {particle}"] if particle else [lemma]


def is_negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def is_past(verb: Token) -> bool:
    """Simple past or present perfect, with no future or modal auxiliary."""
    aux = auxiliaries(verb)
    if aux & {"will", "would", "could", "may", "might", "should", "shall", "to", "must", "can"}:
        return False
    if verb.tag_ in ("VBD", "VBN"):
        return True
    return bool(aux & {"has", "have", "had", "did", "was", "were"})


def past_participle_clause(verb: Token) -> bool:
    """A gerund clause with no subject, conjunction or auxiliary of its own, hung on a verb told as done
    ("New Delhi moved to ease frictions, cutting the duty on bourbon to 100%"): done then, by the same
    actor."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return False
    return is_past(verb.head) and not is_negated(verb.head)


def _shared_head(verb: Token) -> Token:
    """The first verb of a chain of conjoined base-form verbs with no subject or auxiliary of their own
    ("would train people and provide loans": provide shares train's "would")."""
    while (
        verb.dep_ == "conj"
        and verb.tag_ == "VB"  # a base form: "would respect it and urged": urged is told as done
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    ):
        verb = verb.head
    return verb


def is_future(verb: Token) -> bool:
    """Future: will/shall/'ll, "going to", or "would" in words reported by a speech verb; a conjoined verb
    with no auxiliary or subject of its own shares its first verb's."""
    verb = _shared_head(verb)
    aux = auxiliaries(verb)
    if aux & {"will", "shall"} or "'ll" in aux:
        return True
    if "would" in aux and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_LEMMAS:
        return True
    return any(c.lemma_ == "go" and c.tag_ == "VBG" for c in verb.children if c.dep_ == "aux")


def scheduled(verb: Token) -> bool:
    """ "is to release", "are to pull back": an infinitive under a finite "be" (on the verb or on the first
    of its conjuncts)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    head = first.head
    return (
        first.dep_ == "xcomp"
        and "to" in auxiliaries(first)
        and head.lemma_ == "be"
        and head.tag_ in ("VBZ", "VBP", "VBD")
        and not is_negated(head)
    )


def sentence_of(token: Token) -> SpacySpan:
    return token.sent


def noun_phrase(token: Token) -> SpacySpan:
    """The token with its left modifiers (compounds, adjectives, numbers, possessives excluded)."""
    left = token
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "nummod", "quantmod") and child.i < left.i:
            left = child
            break
    return token.doc[left.i : token.i + 1]


def named_subject_before(pronoun: Token) -> Token | None:
    """For "it", the nearest named subject before it, no person, in its sentence or the one before
    ("ECOWAS said the sanctions it imposed ...", "Beijing ... It also banned ...")."""
    doc = pronoun.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for token in reversed(doc[start : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PROPN":
            continue
        if token.ent_type_ == "PERSON" or token.tag_ == "NNPS":
            continue
        return token
    return None
