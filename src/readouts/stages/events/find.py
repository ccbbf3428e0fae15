"""Finding event triggers in a parsed sentence, from the lexicon's lemmas and phrases."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.stages.events.lexicon import Lexicon, Trigger, lexicon
from readouts.stages.events.status import cue_words

_DOCUMENTS = frozenset(
    {"summary", "readout", "statement", "schedule", "record", "transcript", "log", "room", "agenda", "note"}
)

_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})  # not "over the shooting": a reason


def _allowed(trigger: Trigger, token: Token, words: set[str]) -> bool:
    if trigger.pos and token.pos_ != trigger.pos:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in _DOCUMENTS:
        return False  # "meeting summary", "call readout": a document, not an event
    if trigger.with_words and not (trigger.with_words & (_near_words(token) if trigger.with_near else words)):
        return False
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPS:
        return False  # "raised concerns about the tariffs": a topic, not a measure taken
    if trigger.type == "SANCTION" and _talked_of(token):
        return False  # "talks focused on tariffs", "negotiations on export controls": a topic
    if not _complement_ok(trigger, token):
        return False
    if trigger.type == "CONSULT" and _remarks(token):
        return False  # "Speaking to reporters in Moscow, Putin said ...": remarks, no consultation
    if trigger.type == "REQUEST" and _asked_reporter(token):
        return False  # "Asked about the trip, Guo said ...": a reporter's question, no request
    if trigger.self_future and not _self_future(token):
        return False
    if trigger.clause_words and not trigger.clause_words & _future_clause_words(token):
        return False
    if trigger.complements and not trigger.complements & _complement_words(token):
        return False  # "called the deal 'transformational'", "branded the visit a provocation"
    if trigger.clause_heads and not trigger.clause_heads & _clause_heads(token):
        return False  # "said the bans undermined European solidarity", "... is a threat to Europe," he said
    if trigger.objects and not trigger.objects & _object_words(token):
        return False
    if trigger.subjects and not trigger.subjects & _subject_words(token):
        return False  # "the last Indian troops left", not "the envoy left Kyiv"
    if trigger.modifiers and not trigger.modifiers & _modifier_words(token):
        return False  # "joint exercises" are cooperation; "exercises" alone a show of force
    if trigger.intransitive and any(c.dep_ == "dobj" for c in token.children):
        return False  # "met Republican senators": whom one party met must be an actor of its own
    if trigger.needs_negation and not _refusing(token):
        return False  # "would not accept the deal" is a refusal; "accepted the deal" is not
    if trigger.needs_infinitive and not _infinitive(token):
        return False  # "called on President Murmu at the palace": a courtesy call, not an appeal
    if trigger.bars_infinitive and _infinitive(token):
        return False  # "called on Iran to halt the strikes": an appeal, not a courtesy call
    governed = token.dep_ in ("dobj", "attr") and token.head.lemma_.lower() in trigger.object_of
    if trigger.object_of and not governed:
        return False  # "reached a consensus", not "implement the consensus reached by ..."; "became a member"
    if trigger.not_governor and trigger.not_governor & _governor_words(token):
        return False  # "agreed to reduce the tariffs": easing a sanction is not imposing one
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    dated = token.i + 2 < len(doc) and doc[token.i + 2].ent_type_ in ("DATE", "TIME")  # "a call on Friday"
    return prev not in trigger.exclude_prev and (nxt not in trigger.exclude_next or dated)


def _subject_words(token: Token) -> set[str]:
    """Lemmas of the verb's subjects (the noun a participle describes, "troops stationed there, who left")
    and of the nouns they are "of" ("the last group of Indian personnel")."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    raised = clause.subject(token) if not subjects and token.dep_ == "xcomp" else None
    subjects += [raised] if raised is not None else []  # "troops are to leave", "the force is due to leave"
    subjects.extend(g for s in list(subjects) for p in s.children if p.lower_ == "of" for g in p.children)
    return {w for s in subjects for w in (s.lemma_.lower(), s.lower_)}


def _modifier_words(token: Token) -> set[str]:
    """Words modifying a noun: its adjectives and compounds, and a "with" phrase on it or on the verb it is
    the object of ("carried out exercises with the Guyana Defence Force")."""
    words = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "prep", "advmod")}
    verb = token.head.head if token.dep_ == "pobj" else token.head  # "spent Friday on the phone with Sharif"
    if token.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
        words |= {c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"}
    return words


_REFUSING_AUX = frozenset({"would", "will", "wo", "can", "ca", "could", "did", "shall"})


def _refusing(token: Token) -> bool:
    """A negated verb told as a refusal ("would not accept", "did not recognise"), not as a standing state
    ("does not formally recognize Taipei")."""
    children = list(token.children)
    negated = any(c.dep_ == "neg" for c in children)
    return negated and any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUX for c in children)


def _infinitive(token: Token) -> bool:
    """Whether an infinitive hangs in the verb's phrase ("called on Iran to halt the strikes"); a phrase's
    particle ("on") stands for its verb."""
    verb = token.head if token.dep_ in ("prep", "prt") else token
    own = [t for c in verb.children if c.dep_ != "conj" for t in c.subtree]  # not "and Murmu was due to host"
    return any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in own
        if t.i > token.i
    )


def _governor_words(token: Token) -> set[str]:
    """The lemmas governing a trigger (:func:`cue_words`) and, for phrasal verbs among its three nearest
    heads, the verb with its particle ("roll back", "pull back")."""
    words = set(cue_words(token)[1:])
    for head in islice(token.ancestors, 3):  # the parser may make "back" an adverb
        particles = [c for c in head.children if c.dep_ in ("prt", "advmod")]
        words.update(f"{head.lemma_.lower()} {c.lower_}" for c in particles)
    return words


def _talked_of(token: Token) -> bool:
    """A noun after "on" or "over" a word of talk ("negotiations focused on tariffs")."""
    prep = token.head
    heads = lexicon().topic_heads
    return token.dep_ == "pobj" and prep.lower_ in ("on", "over") and prep.head.lemma_.lower() in heads


def _remarks(token: Token) -> bool:
    """A participle of speaking that sets the scene for a saying ("Speaking at the forum, Li said", "Petro,
    speaking at a cabinet meeting, said"): remarks, with no partner named by "with" or "alongside"."""
    return (
        token.lemma_.lower() == "speak"
        and token.tag_ == "VBG"
        and token.dep_ in ("advcl", "acl")
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for c in token.children)
    )


def _asked_reporter(token: Token) -> bool:
    """A subjectless passive participle of asking that sets the scene for a saying ("Asked about X, he
    said", "when asked whether ..."): the one asked is the speaker, by the press."""
    no_subject = not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("advcl", "ROOT", "ccomp")
        and no_subject
        and not any(c.dep_ == "auxpass" for c in token.children)
    )


def _near_words(token: Token) -> set[str]:
    """Words and lemmas of the trigger's sentence and the sentences just before and after it."""
    sent, doc = token.sent, token.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    return {t.lower_ for t in doc[start:end]} | {t.lemma_.lower() for t in doc[start:end]}


_COMPLEMENTS = frozenset({"xcomp", "dobj", "prep", "dative"})


def _complement_ok(trigger: Trigger, token: Token) -> bool:
    """``not_object``: the verb must not act on these ("suspend the export controls" eases a sanction);
    ``not_prep``/``needs_prep``: prepositions the verb must not / must take ("lift duties to 50%" raises);
    ``not_xcomp``: "agreed to meet" or "agreed to hold talks" (an infinitive, or one with its object)
    reports a planned meeting, not a deal; ``needs_complement``: "agreed
    to ..."/"agreed on ..." is a deal, "agreed that talks were useful" an opinion."""
    xcomps = [c for c in token.children if c.dep_ == "xcomp"]
    held = {f"{c.lemma_} {o.lemma_}".lower() for c in xcomps for o in c.children if o.dep_ == "dobj"}
    if any(c.lemma_.lower() in trigger.not_xcomp for c in xcomps) or held & trigger.not_xcomp:
        return False  # "agreed to meet", "agreed to hold talks" (listed as "hold talk")
    objects = [c for c in token.children if c.dep_ == "dobj"]
    named = {  # the object and the words naming it, however deep ("Boeing 737 MAX jets")
        w.lemma_.lower()
        for c in objects
        for w in c.subtree
        if w is c or (w.i < c.i and w.dep_ in ("compound", "amod", "nmod"))
    }
    if named & trigger.not_object:
        return False  # "suspend the export controls" eases a sanction; "lifted its policy rate" is no tariff
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"} | _to_amount(token)
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "advmod")}  # "handed over", "back"
    if preps & trigger.not_prep or (trigger.needs_prep and not (preps | particles) & trigger.needs_prep):
        return False  # "lifted the levy to 25%" raises it
    if trigger.needs_complement:
        complemented = any(
            c.dep_ in _COMPLEMENTS or _free_relative(c) or _bound(c) or c.dep_ == "nsubjpass"
            for c in token.children
        )  # "the suggestion was rejected by Egypt" too
        return complemented or token.dep_ in ("acl", "relcl")
    return True


_BINDING = frozenset({"will", "would", "shall", "'ll"})


def _bound(child: Token) -> bool:
    """A "that" clause saying what someone will do ("agreed that their teams would start negotiations"), not
    an opinion ("agreed that the talks were useful"). Read on the devset: about 10 of 15 such matched gold."""
    return child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _BINDING for c in child.children)


def _free_relative(child: Token) -> bool:
    """A clause opening with "what" as the verb's object ("rejected what she called insinuations")."""
    return child.dep_ == "ccomp" and child.left_edge.lower_ == "what"


def _to_amount(token: Token) -> set[str]:
    """Prepositions before an amount anywhere in the verb's phrase ("lifted the levy on lumber from 15% to
    35%", wherever the parser hangs "to")."""
    return {
        t.lower_
        for t in token.subtree
        if (t.dep_ == "quantmod" and t.lower_ == "to")  # "from 15% to 35%" read as one range
        or (
            t.dep_ == "prep"
            and any(
                g.dep_ == "pobj" and (g.like_num or g.text == "%" or any(n.like_num for n in g.children))
                for g in t.children
            )
        )
    }


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


_AMOUNTS = frozenset({"million", "billion", "trillion", "worth", "bn", "mln"})
_PARTS = frozenset(
    {"package", "round", "set", "list", "batch", "raft", "series", "wave", "slate", "most", "some", "part",
     "all", "half", "bulk", "rest", "remainder", "dozen", "hundred", "thousand", "score", "number", "handful",
     "couple", "group"}
)  # fmt: skip


def _object_words(token: Token) -> set[str]:
    """Lemmas of the verb's objects and their compounds ("lifted export restrictions", "sanctions were
    eased"), with conjuncts ("released prisoners and hostages")."""
    heads = [c for c in token.children if c.dep_ in _OBJECT_DEPS]
    # "withdrew from the treaty", not "eased policy from tariffs to chips"; "shot down a jet", the particle
    # read as a preposition
    preps = ("on", "of", "down") if heads else ("on", "of", "from", "down")
    for prep in (c for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ in preps):
        heads.extend(g for g in prep.children if g.dep_ == "pobj")
    heads.extend(c for h in list(heads) for c in h.conjuncts)
    heads.extend(  # "pledged $4.5 billion in aid", "$2 billion of loans", "a package of tariffs": its "of"
        g
        for h in list(heads)
        if h.lemma_.lower() in _AMOUNTS | _PARTS or h.like_num
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in ("in", "of")
        for g in p.children
        if g.dep_ == "pobj"
    )
    words = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads}
    words |= {c.lemma_.lower() for h in heads for c in h.children if c.dep_ in ("compound", "amod")}
    return words


_SELF = frozenset({"it", "they", "we", "i", "he", "she"})
_FUTURE = frozenset({"would", "will", "could", "might", "may"})


def _reported(token: Token) -> list[Token]:
    """The verb's reported clauses: its "that" clause, also where the parser hangs it on the statement
    it was made in ("warned in a joint statement that it would bear the consequences")."""
    comps = [c for c in token.children if c.dep_ == "ccomp"]
    comps.extend(
        c
        for prep in token.children
        if prep.dep_ == "prep"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for c in noun.children
        if c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    )
    return comps


def _self_future(token: Token) -> bool:
    """ "Iran warned that it would close the strait", "Xi warned that Beijing will not sit idly by": the
    speaker says what it (or a named side) will do."""
    for comp in _reported(token):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
        if subj is not None and (subj.lower_ in _SELF or subj.pos_ == "PROPN") and aux & _FUTURE:
            return True
    return False


def _future_clause_words(token: Token) -> set[str]:
    """Lemmas of the verb's reported clauses told in the future ("warned that those involved would face
    legal consequences") and of its infinitive ("vowed to escalate attacks")."""
    out: set[str] = set()
    for comp in _reported(token):
        if {c.lower_ for c in comp.children if c.dep_ == "aux"} & _FUTURE:
            out.update(t.lemma_.lower() for t in comp.subtree)
    for comp in (c for c in token.children if c.dep_ in ("xcomp", "advcl")):  # "vowed to escalate attacks"
        if any(a.lower_ == "to" for a in comp.children if a.dep_ == "aux"):
            out.update(t.lemma_.lower() for t in comp.subtree)
    return out


def _complement_words(token: Token) -> set[str]:
    """What a verb of naming says its object is: its object complement ("called the deal 'transformational'",
    "a 'dangerous precedent'"), a second object ("branded the visit a provocation") or what follows "as"
    ("described the talks as constructive"), with the words that modify it."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    heads = [c for c in token.children if c.dep_ in ("oprd", "acomp", "xcomp")] + objects[1:]
    heads += [g for o in objects[:1] for g in o.children if g.dep_ == "appos"]  # "the visit a provocation"
    dative = any(c.dep_ == "dative" for c in token.children)  # 'branded Maduro a "dictator"', the named one
    heads += [  # read as an indirect object or as a modifier of the second object
        o
        for o in objects[:1]
        if dative or any(c.dep_ in ("nmod", "npadvmod") and c.pos_ == "PROPN" for c in o.lefts)
    ]
    after = [g for o in objects[:1] for g in o.children if g.dep_ == "amod" and g.i > o.i]  # the parser's
    heads += [w for g in after for w in (g, *g.conjuncts)]  # 'called the actions "aggressive and illegal"'
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"):
        heads.extend(g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp"))
    words = (w for h in heads for w in (h, *h.children) if w is h or w.dep_ in ("amod", "compound"))
    return {w.lemma_.lower() for w in words}


def _clause_heads(token: Token) -> set[str]:
    """The head lemmas of the verb's reported clauses that are not negated, and what a "be" clause says its
    subject is ("is a threat to the security of Europe" → threat, "are unacceptable" → unacceptable)."""
    out: set[str] = set()
    for comp in _reported(token):
        if any(c.dep_ == "neg" for c in comp.children):
            continue  # "said the deal would not undermine ties"
        out.add(comp.lemma_.lower())
        if comp.lemma_ == "be":
            out.update(c.lemma_.lower() for c in comp.children if c.dep_ in ("attr", "acomp"))
    return out


def _phrase_at(sent: SpacySpan, i: int, phrase: tuple[str, ...]) -> bool:
    tokens = sent[i : i + len(phrase)]
    if len(tokens) != len(phrase):
        return False
    return all(t.lower_ == w for t, w in zip(tokens, phrase, strict=True))


def triggers_in(sent: SpacySpan, lex: Lexicon) -> Iterator[tuple[Token, Trigger]]:
    """(head token, trigger) pairs: phrases first (their last word is the head), then single lemmas."""
    tokens = list(sent)
    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        for trigger in lex.phrases_by_first.get(token.lower_, ()):
            if _phrase_at(sent, i, trigger.phrase) and trigger.first_pos in (None, token.pos_):
                head = tokens[i + len(trigger.phrase) - 1]
                if head.i not in taken and _allowed(trigger, head, words):
                    if not trigger.planned:  # "asked for an emergency session" is a request too
                        taken.update(range(token.i, head.i + 1))
                    yield head, trigger
    for token in tokens:
        if token.i in taken:
            continue
        for trigger in lex.by_lemma.get(token.lemma_.lower(), ()):
            if trigger.modal:
                verb = _modal_verb(token)
                if verb is not None and verb.i not in taken and _allowed(trigger, verb, words):
                    yield verb, trigger  # "said the EU should restrict ...": a demand of the EU
            elif _allowed(trigger, token, words):
                yield token, trigger  # alternatives in lexicon order: the caller keeps the first that holds


_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_BOTH = frozenset({"both", "two", "all"})


def _modal_verb(modal: Token) -> Token | None:
    """The verb a modal governs in words a speaker is reported saying a named party should do ("Lipavsky
    said the EU should go further", "Lin said Manila should stop its provocations"); not a thing that
    should be done ("the conflict should be settled"), nor both sides ("the two countries should ...")."""
    verb = modal.head
    if modal.dep_ != "aux" or verb.pos_ != "VERB" or clause.speaker_of(verb) is None:
        return None
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = clause.subject(verb)
    if subject is None or any(c.lower_ in _BOTH for c in subject.children):
        return None
    named = subject.ent_type_ in _PARTY_ENTS or subject.lemma_.lower() in ("government", "governments")
    return verb if named else None
