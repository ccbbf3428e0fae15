"""Who acts for an action: the one asked ("urged Japan to retract"), the one who allows ("would allow Nvidia
to sell"), the possessor or demonym of an action noun ("China's purchases", "Chinese orders"), the agent of
a noun ("purchase by Chinese importers"), else the subject of the verb that governs the action."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.actions import LIGHT_VERBS, Found
from readouts.stages.commitments.approvals import approver
from readouts.stages.commitments.asks import asked, asked_for, phoned
from readouts.stages.commitments.lexicon import Lexicon
from readouts.stages.commitments.modality import binds, conj_head, listed, sequenced, time_hung
from readouts.stages.commitments.moves import announcer, moved_measure
from readouts.stages.commitments.plans import trader
from readouts.stages.commitments.relatives import adopter, is_relative


def _own_cues(lex: Lexicon) -> frozenset[str]:
    """Nouns whose possessor is the one who acts ("Moscow's offer to keep"), unlike "Xi's invitation"."""
    own = {w for m, words in lex.modality if m in ("pledged", "expected", "considering") for w in words}
    return lex.noun_cues & own


_REALISING = frozenset(
    {
        "announce",
        "make",
        "complete",
        "conclude",
        "approve",
        "sign",
        "finalize",
        "finalise",
        "record",
        "report",
        "confirm",
        "total",
        "proceed",
        "move",
    }
)


def verb_actor(token: Token, lex: Lexicon) -> Token | None:
    """Who acts for a verb: the one asked ("urged Japan to retract"), the one who allows ("would allow
    Nvidia to sell"), else the subject."""
    first = token  # "urged X to rebalance trade and to ease curbs": the conjunct shares the cue
    while (first.dep_ == "conj" or listed(first)) and first.head.i != first.i and first.head.pos_ == "VERB":
        first = conj_head(first)
    if first.dep_ == "conj" and first.head.pos_ != "VERB" and first.tag_ == "VB":
        verb = next((g for g in clause.governors(first, limit=4) if g.pos_ == "VERB"), None)
        if verb is not None:  # "that Moscow punish those responsible and pay": "pay" hung on "responsible"
            return verb_actor(verb, lex)
    head = time_hung(first) or first.head  # "pressed New Delhi for months to stop buying"
    lemma = head.lemma_.lower()
    teller = _told_then_promised(head, lex) if first.dep_ == "xcomp" else None
    if teller is not None:
        return teller  # "Egypt said trucks crossed, and pledged to deliver diesel": Egypt pledged
    if first.dep_ in ("xcomp", "ccomp") and lemma in lex.permit_verbs:
        return clause.subject(head)  # "would allow Nvidia to sell chips": the one who allows acts
    demand_words = lex.demand_words
    infinitive = first.dep_ == "xcomp" or (first.dep_ == "advcl" and "to" in clause.auxiliaries(first))
    infinitive = infinitive or head.i != first.head.i
    party = asked(head)
    if (
        infinitive
        and (lemma in demand_words or lemma in lex.asking_verbs)
        and party is not None
        and not phoned(head)
    ):
        return party  # "urged Japan to retract", "invited Xi to visit": Japan, Xi are asked to act
    if infinitive and party is not None and binds(head, lex):
        return party  # "the deal commits Jakarta to cut tariffs": Jakarta is bound to act
    named = _for_subject(first)
    if named is not None:  # "an agreement for Hindustan Aeronautics to build engines": the firm builds
        return named
    for governor in clause.governors(token, limit=3):  # "Moscow's offer to keep observing the limits"
        if governor.pos_ == "NOUN" and governor.lemma_.lower() in _own_cues(lex):
            poss = next((c for c in governor.children if c.dep_ == "poss"), None)
            if poss is not None and poss.pos_ != "PRON":
                return poss
            break
    if (
        first.dep_ == "xcomp"
        and head.dep_ == "xcomp"
        and not any(c.dep_ in clause.SUBJECTS for c in head.children)
    ):
        return verb_actor(head, lex)  # "urged New Delhi to consider buying": New Delhi would buy
    paying = trader(first)
    if paying is not None:  # "in exchange for Japan buying $8 billion of farm goods": Japan buys
        return paying
    own = _subject(token)
    if own is not None and _moved_thing(own, token, lex):  # "11 fishermen would be released, officials said"
        return clause.speaker_of(token)
    return own if own is not None or first is token else _subject(first)  # "..., to step up Y": expand's


def _moved_thing(subject: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether the subject is what an agentless passive verb hands over or moves (``passive_told``); not
    what an owner gives up ("Japan's claim must be withdrawn": Japan's act), nor a sum (its payer is told
    by ``passive.py``)."""
    passive = subject.dep_ == "nsubjpass" and subject.head.i == verb.i
    agent = any(c.dep_ == "agent" for c in verb.children)
    owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in subject.children)
    if not passive or agent or owned or subject.ent_type_ == "MONEY":
        return False
    return verb.lemma_.lower() in lex.passive_told


def _for_subject(verb: Token) -> Token | None:
    """The subject of a noun's infinitive given by "for" ("a deal for Boeing to supply jets" → Boeing)."""
    if verb.dep_ != "acl" or "to" not in clause.auxiliaries(verb):
        return None
    prep = next(
        (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i), None
    )
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.right_edge.i == verb.i - 2 else None


def _told_then_promised(cue: Token, lex: Lexicon) -> Token | None:
    """The speaker of a promise the parser joins to what the speaker reports rather than to the speech verb
    ("Egypt said 200 trucks crossed, and pledged to deliver diesel": "pledged" hung on "crossed")."""
    if cue.dep_ != "conj" or any(c.dep_ in clause.SUBJECTS for c in cue.children):
        return None
    reported = cue.head
    promise = cue.lemma_.lower() in lex.pledge_words
    said = reported.dep_ == "ccomp" and reported.head.lemma_.lower() in clause.SPEECH_LEMMAS
    return clause.subject(reported.head) if promise and said else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, also through an adjective ("China was willing to work to carry out")."""
    found = clause.subject(verb)
    step_of = sequenced(verb) if found is None else None
    if step_of is not None:  # "Washington hit X with tariffs before lowering them": Washington lowers
        found = clause.subject(step_of)
    if found is None:
        adjective = next((g for g in clause.governors(verb, limit=4) if g.dep_ == "acomp"), None)
        found = clause.subject(adjective.head) if adjective is not None else None
    if found is None and verb.dep_ in ("relcl", "acl") and "to" in clause.auxiliaries(verb):
        # "signed a deal to buy", "signed a letter of intent to acquire": the signer
        governor = next((g for g in clause.governors(verb) if g.pos_ == "VERB"), None)
        found = clause.subject(governor) if governor is not None else None
    passive = found is not None and found.dep_ == "nsubjpass" and found.head == verb
    if passive and found is not None and (is_relative(found) or found.ent_type_ == "PERSON"):
        return None  # "Cheng Lei, who was released from detention", "Krieger was freed": the one released
        # acts not (an agent named, "who were released by Hamas", is what clause.subject gives instead)
    if found is not None and is_relative(found) and found.head.dep_ == "relcl":
        # "approve a package which would blacklist": the approver; "met Carney, who announced": Carney
        adopted = adopter(found.head) if found.head == verb else None
        found = adopted or found.head.head
    return found if found is not None else _stranded(verb)


_NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _stranded(verb: Token) -> Token | None:
    """A subject the parse hung on a fronted phrase ("At the round in Istanbul, Russia and Ukraine agreed
    to ...": Russia): the names right before a root verb that has no subject, back to a comma, over one
    appositive between commas ("Rosneft, Russia's largest oil producer, undertook to ...")."""
    root = next((g for g in (verb, *clause.governors(verb)) if g.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children):
        return None
    before = list(reversed(root.doc[root.sent.start : root.i]))
    if len(before) > 2 and before[0].lower_ == ",":  # "Rosneft, Russia's largest oil producer, undertook"
        back = next((i for i, t in enumerate(before[1:], 1) if t.lower_ == ","), None)
        before = before[back + 1 :] if back is not None and back <= 8 else before
    first = None
    for token in before:
        if token.ent_type_ in _NAME_ENTS and token.pos_ == "PROPN":
            first = token
        elif token.lower_ not in ("and", "the"):
            break
    return first


def actor_token(found: Found, lex: Lexicon) -> Token | None:
    """The token naming who acts: the possessor of an action noun ("China's purchases") or its demonym,
    else the subject of the verb governing the action (climbing through "agreed to", "would consider");
    for a noun, only a verb that commits, changes or realises it ("announced a sale")."""
    token = found.token
    moved = moved_measure(token, lex) if token.pos_ == "VERB" else None
    if moved is not None:  # "India's duty will fall to 75%": India lowers it
        owner = next((c for c in moved[2].children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return owner or announcer(token, lex)  # "Trump said the tariff would fall": Trump's side lowers it
    if token.pos_ == "VERB":
        return verb_actor(token, lex)
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS and token.head.pos_ == "VERB":
        return verb_actor(token.head, lex)  # "invited Xi to pay a visit": as for "invited Xi to visit"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lex.permit_verbs and token.head.pos_ == "VERB":
        return _subject(token.head)  # "it would allow imports of Japanese seafood": the one who allows
    party = asked_for(token, lex)
    if party is not None:  # "pressed Beijing for the release of the detainees": Beijing would release them
        return party
    if found.action.owner_acts:  # "called for the lifting of U.S. tariffs": the United States would lift
        return _owner(found, lex)
    holder = _holder(found) or approver(token)
    if holder is not None:  # "the release of all hostages seized by Hamas": Hamas would release them
        return holder  # "a sale of systems approved by the State Department": the department's
    by = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
    agent = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    if agent is not None:  # "the first U.S. corn purchase by Chinese importers": the importers
        return agent
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    demonym = next(
        (c for c in token.lefts if c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound")), None
    )
    goods = demonym is not None and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and demonym.i < c.i for c in token.lefts
    )  # "American energy purchases": where the goods come from, not who buys
    if demonym is not None and not goods:
        return demonym
    verb = clause.verb_of(token)
    if verb.lemma_.lower() in lex.demand_words and token.dep_ == "dobj" and token.head.i == verb.i:
        return None  # "Kishida demanded the release of an employee": who demands does not release
    cue_words = {w for _, words in lex.modality for w in words} | lex.change_verbs | _REALISING
    cue_words |= lex.regulating_verbs  # "banned exports of gallium": who bans
    if (
        verb.lemma_.lower() in cue_words
        or _onward(verb, lex)
        or any(g.lemma_.lower() in cue_words for g in clause.governors(verb, limit=2))
    ):
        return clause.subject(verb)
    ready = next((g for g in clause.governors(token, limit=2) if g.pos_ == "ADJ"), None)
    if ready is not None and ready.lemma_.lower() in cue_words:  # "it was ready for an exchange"
        return clause.subject(clause.verb_of(ready))
    return None


def _onward(verb: Token, lex: Lexicon) -> bool:
    """ "go ahead with the purchase", "push ahead with the corridor": the subject carries the act out."""
    return verb.lemma_.lower() in lex.onward_verbs and any(
        c.lower_ in ("ahead", "forward") for c in verb.children
    )


_OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _owner(found: Found, lex: Lexicon) -> Token | None:
    """Who owns the measure a noun lifts: "Washington's tariffs", "U.S. tariffs", "Chinese curbs"; none
    named: the subject of a verb that is no demand ("China announced the lifting of its ban")."""
    obj = found.object_token
    if obj is not None:
        for child in obj.lefts:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
            if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in _OWNER_ENTS:
                return child
        setter = imposer(obj)
        if setter is not None:  # "the removal of the tariff that Washington slapped on": Washington's
            return setter
    verb = clause.verb_of(found.token)
    cues = {w for _, words in lex.modality for w in words} | _REALISING
    if verb.lemma_.lower() in lex.demand_words or verb.lemma_.lower() not in cues:
        return None  # "welcomed the withdrawal of the ambassador": the welcoming side does not act
    return clause.subject(verb)


def imposer(measure: Token) -> Token | None:
    """Who a relative or participle clause says put the measure in place: "the tariff that Washington
    imposed", "the curbs imposed by Beijing" (a name, not "the tariff it imposed")."""
    for child in measure.children:
        if child.dep_ == "relcl":
            subj = clause.subject(child)
            if subj is not None and subj.pos_ == "PROPN":
                return subj
        if child.dep_ == "acl":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and pobj.pos_ == "PROPN":
                return pobj
    return None


def _holder(found: Found) -> Token | None:
    """Who holds the people a release noun frees: "hostages seized by Hamas" → Hamas; "an employee detained
    in Beijing" → Beijing."""
    if found.object_token is None or found.token.pos_ == "VERB":
        return None
    for acl in (c for c in found.object_token.children if c.dep_ in ("acl", "relcl")):
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        demonym = next((c for c in pobj.lefts if c.ent_type_ in ("NORP", "GPE")), None) if pobj else None
        if pobj is not None and (pobj.pos_ == "PROPN" or demonym is not None):
            return demonym or pobj  # "an employee who was sentenced by a Chinese court": China holds him
        held_in = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        place = next((g for g in held_in.children if g.dep_ == "pobj"), None) if held_in is not None else None
        if place is not None and place.ent_type_ == "GPE":
            return place  # "an employee detained in Beijing": China holds him
    return None
