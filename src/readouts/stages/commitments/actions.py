"""Finding actions in a sentence and reading their object and actor off the parse.

An action is a verb of the lexicon ("buy", "lift", "visit") or a noun ("purchases", "sale"); a noun
governed by a change verb ("hiking soybean purchases") is the action itself. The object is the verb's
direct object with its modifiers and a following "on/for/to/of" phrase ("restrictions on rare earth
exports"), a place for visits, or the commodity modifying a noun ("soybean purchases" → soybeans).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.nlp import ents_in
from readouts.stages.commitments.amounts import purpose_object
from readouts.stages.commitments.arms import arms_deal, by_model, of_arms
from readouts.stages.commitments.asks import asked_for, asked_object, threatened_with, truce_agreed
from readouts.stages.commitments.contracts import contracted
from readouts.stages.commitments.counted import counted_object
from readouts.stages.commitments.goods import NOT_COMMODITY, commodity_of, destination, no_commodity, no_goods
from readouts.stages.commitments.including import included
from readouts.stages.commitments.lexicon import GENERIC, Action, Lexicon, lexicon
from readouts.stages.commitments.modality import (
    ASPECT,
    binds,
    conj_head,
    listed,
    must,
    parallel,
    reported_future,
    tense_verb,
    time_hung,
    told_to,
)
from readouts.stages.commitments.moves import moved_measure
from readouts.stages.commitments.nouns import AMOUNT_PREPS, misfit, prep_object, regulated
from readouts.stages.commitments.particles import particle_of, verb_label
from readouts.stages.commitments.permits import permitted
from readouts.stages.commitments.phrases import moved_body, phrase
from readouts.stages.commitments.plans import framed, promised_that, stated_plan, traded
from readouts.stages.commitments.quantities import currency_words
from readouts.stages.commitments.referents import (
    antecedent,
    framing,
    funding_of,
    named_as,
    pointed_at,
    rate_of,
)
from readouts.stages.commitments.relatives import gapped_object, is_relative, relative_head
from readouts.stages.commitments.sums import (
    amount_of,
    funding_named,
    is_amount,
    is_money,
    is_sum,
    measured,
)

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True)
class Found:
    action: Action
    token: Token  # the action's verb or noun
    label: str  # the action as the record names it ("purchase", "remove restrictions", "lower")
    object: str
    object_token: Token | None
    elliptic: bool = False  # "its pledge to buy 12 million tons": the commodity is the one named before
    counted: bool = False  # found only for its counted object: kept only with the amount
    restricted: bool = False  # an action noun a licence rule or ban acts on: the actor restricts it


_REDUCING = frozenset({"cut", "reduce", "lower", "halve", "slash", "curb"})  # "cut its imports of X"
LIGHT_VERBS = frozenset({"make", "pay", "undertake"})
_NAMED = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PRODUCT"})


def _hyphened(child: Token) -> Token:
    """The last word of an object the parse split at its hyphen ("counter", "-", "tariffs" all objects)."""
    doc = child.doc
    while child.i + 2 < len(doc) and doc[child.i + 1].text == "-" and doc[child.i + 2].head.i == child.head.i:
        child = doc[child.i + 2]
    return child


def _object_of(verb: Token) -> Token | None:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1 and objects[0].pos_ == "NUM" and objects[1].pos_ == "NOUN":
        return objects[1]  # a parse giving "over 339" and "children" each as objects: the children
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass") and child.text != "-":
            party = child.ent_type_ in _PARTY_ENTS or child.lemma_.lower() in lexicon().recipient_nouns
            goods = _with_object(verb) if child.dep_ == "dobj" and party else None
            if goods is not None:  # "provided Georgia with $6 billion in assistance": the assistance
                return goods
            if child.lower_ in ("it", "them") and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
                return _object_of(verb.head)  # "cut the duty to 75%, and lower it to 40%": the duty
            return relative_head(verb) if is_relative(child) else _hyphened(child)
    for child in verb.children:  # "keep its markets open": the small clause's subject; so for a participle
        # parsed as a clause ("freed two Russians jailed for spying")
        if child.dep_ in ("oprd", "ccomp", "xcomp") and (child.pos_ == "ADJ" or _bare_participle(child)):
            inner = next((g for g in child.children if g.dep_ == "nsubj"), None)
            if inner is not None:
                return inner
    for child in verb.children:  # "urged Washington to stop arming Taiwan"
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and verb.lemma_ not in ASPECT:
            return child  # ("keep checking", "resumed buying": the gerund is the action itself)
    if gapped_object(verb):  # "the 24 jets it ordered from France": the jets, not France
        return verb.head
    for child in verb.children:  # "agreed to purchases of ..."
        if child.dep_ == "prep":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return relative_head(verb)


_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC"})


def _bare_participle(child: Token) -> bool:
    """A participle the parser made a clause of its own, with no auxiliary ("freed two Russians jailed for
    spying"): its subject is the verb's object, the participle a modifier of it."""
    if child.dep_ != "ccomp" or child.tag_ not in ("VBN", "VBD"):  # "held" is tagged either way
        return False
    return not any(c.dep_.startswith("aux") or c.dep_ == "dobj" for c in child.children)


def _with_object(verb: Token) -> Token | None:
    """What a verb gives its recipient "with" ("supplied Ukraine with 50 drones"); not for a verb done in
    person ("visit India with a delegation")."""
    if verb.lemma_.lower() in lexicon().personal_verbs:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


_MONEY_PREPS = frozenset({"with", "to", "for"})
_TOWARD = frozenset({"toward", "towards"})  # "pay $1 billion toward the shipyards": what the sum is for
_SUM_PREPS = AMOUNT_PREPS | _TOWARD  # "in damages", "toward the shipyards": what a sum is
_CASH = frozenset({"cash", "money"})  # a sum's own noun that names no thing bought


def _sum_in(obj: Token) -> bool:
    """Whether an "in" (or "toward") phrase says what a sum is, hung on the sum or on a verb whose object is
    a sum ("pay 60 million pesos in damages", "pay $1 billion toward the shipyards")."""
    if obj.dep_ != "pobj" or obj.head.lower_ not in _SUM_PREPS:
        return False
    holder = obj.head.head
    return is_amount(holder) or any(c.dep_ == "dobj" and is_amount(c) for c in holder.children)


def _place(verb: Token) -> tuple[str, Token] | None:
    obj = _object_of(verb)
    candidates = [obj] if obj is not None else []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            candidates.extend(g for g in child.children if g.dep_ == "pobj")
    for token in list(candidates):  # "the Chinese city of Tianjin": the named place inside
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        candidates.extend(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj")
    for token in candidates:
        for ent in ents_in(token.sent):
            if ent.label_ in _PLACE_ENTS and ent.start <= token.i < ent.end:
                return ent.text, token
    return None


def _verb_action(token: Token, action: Action) -> Found | None:
    if action.object_kind == "place":
        place = _place(token)
        return Found(action, token, verb_label(token), place[0], place[1]) if place else None
    if action.object_kind == "commodity" and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in token.children
    ):
        return None  # "ordered officials to pursue sanctions": a command, not a purchase
    raw = permitted(token, lexicon()) if action.object_kind == "permitted" else _object_of(token)
    if action.object_kind == "sum" and (raw is None or not is_sum(raw, lexicon().funding_nouns)):
        return None  # "announced 175 million euros for drones", "a credit line of $9 billion"; not "a plan"
    if action.object_kind == "sum" and raw is not None and action.name == "approve" and of_arms(phrase(raw)):
        return None  # "approved an $11.1 billion package of weapons": a sale, not a sum given
    obj = amount_of(raw)
    cash = obj is not None and obj.lemma_.lower() in _CASH  # "put $200 billion in cash into U.S. projects"
    if obj is not None and (is_amount(obj) or cash):  # "invest $550 billion in the United States"
        preps = _MONEY_PREPS if action.object_kind in ("money", "sum") else frozenset()
        money = cash or obj.ent_type_ == "MONEY" or obj.lower_ in currency_words()
        giving = money and token.lemma_.lower() in lexicon().giving_verbs
        if money:  # "spend $6 billion for X", "on X", "into X": X
            preps = preps | {"for", "on", "into"} | _TOWARD | ({"to"} if giving else set())
        money_verb = action is GENERIC or (action.money and action.object_kind != "sum")  # a sum: "funding"
        purpose = purpose_object(token, obj.idx + len(obj)) if money_verb and money else None
        dest = prep_object(token, obj, preps)
        if giving and dest is not None and dest.head.lower_ == "to" and action.what is None:  # "paid .. to X"
            return Found(action, token, verb_label(token), f"funding for {phrase(dest)}", dest)
        obj = dest or purpose or obj
    if action.what is not None and obj is not None:
        lent = _lent(token, obj, action)
        if lent is not None:
            return lent
    if action.object_kind == "sum" and obj is not None and is_money(obj):
        return Found(action, token, verb_label(token), funding_of(token), None)  # "committed $150 million"
    if (
        action.object_kind == "sum"
        and obj is not None
        and obj.dep_ == "pobj"
        and obj.head.lower_ in ("to", "for")
    ):
        # "committed $150 million to the effort": funding for it
        return Found(action, token, verb_label(token), f"funding for {phrase(obj)}", obj)
    if obj is not None and measured(obj) and action.object_kind != "place":
        # "its pledge to buy 12 million tons", "Iraq pledged to cut 223,000 bpd": named before
        label = (
            action.name if action.object_kind == "commodity" or action is GENERIC else token.lemma_.lower()
        )
        return Found(action, token, label, "", None, elliptic=True)
    moved = _moved(action, token, obj) if obj is None else None
    if moved is not None:  # "Thai troops pull back from the hilltops", "from" hung on "back"
        return moved
    if obj is None or obj.ent_type_ in NOT_COMMODITY:
        return None
    noun_action = lexicon().by_noun.get(obj.lower_) or lexicon().by_noun.get(obj.lemma_.lower())
    stops = token.lemma_.lower() in lexicon().negating  # "halted purchases of soybeans": a suspension
    stops = stops or token.lemma_.lower() in lexicon().observing_verbs  # "monitor imports": the watching
    if (
        noun_action is not None
        and not stops
        and action.object_kind != "sum"  # "unveiled a support package worth $2 billion": a sum
        and noun_action is not action  # "mobilise $100 billion in investment for X": the verb's own noun
        and (commodity_of(obj) or action.object_kind == "commodity" or noun_action.object_kind == "place")
        and not misfit(obj, noun_action)
    ):
        return None  # "hiking soybean purchases", "pay a visit": the noun is the action, not "resume imports"
    if (
        action.object_kind == "commodity"
        and obj.dep_ == "pobj"
        and obj.head.lower_ == "on"
        and obj.head.head.i == token.i
    ):
        return None  # "delivered on its commitments": a commodity is the verb's direct object
    if obj.pos_ == "PRON":
        obj = antecedent(obj, action.needs_object)  # "called on Tokyo to withdraw them": the remarks
        if obj is None:
            return None
    moved = _moved(action, token, obj) if obj.dep_ == "pobj" else None
    if moved is not None:  # "Israeli forces are to pull back from X": the forces are what moves
        return moved
    governed = f"{token.lemma_.lower()} {obj.head.lower_}" in lexicon().prep_objects  # "abide by the rulings"
    partner = obj.dep_ == "pobj" and obj.head.lower_ not in ("on", "to", "for", "of") and not governed
    partner = partner and not _sum_in(obj)  # "pay 555 million euros in compensation": what the sum is
    if action is GENERIC and partner:
        return None  # "willing to work with the United States": a partner, not an object
    if f"{token.lemma_} {obj.lemma_}".lower() in lexicon().vague_objects and action is GENERIC:
        return None  # "will take all necessary measures": nothing to hold anyone to
    if no_commodity(obj, action):
        return None  # "booked a $4.5 billion charge", "ordered Venezuela to refrain from ..."
    if action is GENERIC:
        told = phrase(pointed_at(obj))  # "scale back those purchases": of Russian crude
        return Found(action, token, verb_label(token), told, obj)
    heads = (
        obj,
        *obj.conjuncts,
    )  # ("withdrawing Verma and the other targeted officials": a conjunct will do)
    named = [*heads, *(c for t in heads for c in t.children if c.dep_ == "compound")]  # "a loan programme"
    takes_people = bool(_PEOPLE & action.needs_object)  # "released three Russians": nationals
    demonyms = takes_people and any(t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS") for t in heads)
    persons = takes_people and any(
        t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in heads
    )  # "freed Fogel"
    if (
        action.needs_object
        and not {w for t in named for w in (t.lemma_.lower(), t.lower_)} & action.needs_object
        and not (demonyms or persons or by_model(heads, action.needs_object))
    ):
        return None
    lex_label = action.name if action.object_kind == "commodity" else verb_label(token)
    text = rate_of(obj) or phrase(obj)
    if action.name == "lift" and obj.lemma_.lower() in ("restriction", "curb", "control", "ban", "sanction"):
        # "remove restrictions on X": the action names the restriction, the object is what it restricts
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "of")), None)
        pobj = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner else None
        if pobj is not None:
            return Found(action, token, f"{token.lemma_.lower()} {obj.lemma_.lower()}s", phrase(pobj), pobj)
    return Found(action, token, lex_label, text, obj)


def _moved(action: Action, verb: Token, obj: Token | None) -> Found | None:
    """A body of forces the verb moves, for a verb outside the lexicon (:func:`moved_body`)."""
    moved = moved_body(verb) if action is GENERIC else None
    if moved is None:
        return None
    return Found(action, verb, f"{verb.lemma_.lower()} {moved[0]}".strip(), moved[1], obj)


_PEOPLE = frozenset({"national", "nationals", "citizen", "citizens"})


def _lent(verb: Token, obj: Token, action: Action) -> Found | None:
    """A sum whose object names only its recipient: "lend $2 billion to Egypt" (a loan to Egypt), "lend
    Ukraine $50 billion" (a loan to Ukraine), "disburse a further $2 billion" (a loan)."""
    what, label = str(action.what), verb.lemma_.lower()
    if obj.dep_ == "pobj" and obj.head.lower_ in ("to", "for") and obj.head.head.i == verb.i:
        return Found(action, verb, label, f"{what} {obj.head.lower_} {phrase(obj)}", obj)
    if not is_amount(obj):
        return None  # ("deposited $2 billion with the central bank": the bank is the object)
    dative = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i != obj.i), None)
    if dative is not None and dative.lower_ == "to":  # "lend $500 million to Kenya" parsed as a dative "to"
        dative = next((g for g in dative.children if g.dep_ == "pobj"), None)
        named = f"{what} to {phrase(dative)}" if dative is not None else what
        return Found(action, verb, label, named, dative)
    text = f"{what} to {phrase(dative)}" if dative is not None and dative.i < obj.i else what
    return Found(action, verb, label, text, dative)


def _noun_action(token: Token, action: Action) -> Found | None:
    if framing(token):
        return None
    if action.object_kind == "place":  # "make a state visit to China"
        if not (token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS):
            return None  # "Trump's expected visit" mentions a plan in passing; "will make a visit" states it
        to = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
        place = destination(token)
        target = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        return Found(action, token, action.name, place, target) if place and target is not None else None
    if action.object_kind is None and action.needs_object:  # "the release of all hostages"
        of = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None or not {obj.lemma_.lower(), obj.lower_} & action.needs_object:
            return None
        return Found(action, token, action.name, phrase(obj, with_prep=False), obj)
    commodity = commodity_of(token) if action.object_kind == "commodity" else None
    if commodity is None and action.object_kind == "commodity":
        items = included(token)  # "five proposed sales, including 40 armoured vehicles and ..."
        commodity = phrase(items[0], with_prep=False) if items else None
    if commodity is None:
        return None
    head = token.head.lemma_.lower() if token.dep_ == "dobj" else ""
    label = f"{head} {token.lower_}" if head in _REDUCING else action.name  # "cut imports"
    return Found(action, token, label, commodity, None)


def cued(token: Token, lex: Lexicon) -> bool:
    """A verb that complements a commitment cue ("agreed to set up", "urged X to retract", "an invitation to
    visit"), or that a speech verb reports with will/would ("said China would pause")."""
    current = token
    while (current.dep_ == "conj" or listed(current)) and current.head.i != current.i:
        base = token.tag_ in ("VB", "VBG") or token.lower_ == token.lemma_.lower()  # "set up" read as past
        if not base:  # "agreed to X and Y" shares the cue; a finite conjunct does not
            return False
        current = conj_head(current)
    if parallel(current):  # "Hamas is to release 33 hostages, while Israel frees prisoners"
        return cued(current.head, lex) or current.head.lemma_.lower() in lex.by_verb
    current = tense_verb(current, lex)  # "would continue to support", "would allow X to sell"
    if current != token and current.dep_ == "conj":
        return cued(current, lex)  # "promised to send X and to help rebuild Y"
    head = current.head
    hung = time_hung(current)  # "pressed New Delhi for months to stop buying"
    if hung is not None and hung.lemma_.lower() in lex.cue_words:
        return True
    if current.dep_ == "ccomp" and "to" in clause.auxiliaries(current) and binds(current.head, lex):
        return True  # "commits the two governments to expand ...", the parser making them its subject
    if current.dep_ == "ccomp" and current.head.lemma_.lower() in lex.demand_words:
        marks = {c.lower_ for c in current.children if c.dep_ == "mark"}
        base = current.tag_ in ("VB", "VBP") or current.lower_ == current.lemma_.lower()  # "tow" read as past
        return base and not marks & {"whether", "if"}  # "demanded that she retract"
    demand_words = lex.demand_words
    participle = (
        current.dep_ == "acl" and "to" not in clause.auxiliaries(current) and current.tag_ in ("VBG", "VBN")
    )
    to_relative = current.dep_ in ("relcl", "advcl") and "to" in clause.auxiliaries(
        current
    )  # "a deal to build"
    to_relative = to_relative and (current.dep_ == "relcl" or head.pos_ == "NOUN")  # "an invitation for X to"
    infinitive = (
        (current.dep_ in ("xcomp", "acl", "pcomp") and not participle)
        or to_relative
        or (
            current.dep_ == "advcl"  # "pressed Xi on Monday to ease": a misparse as an adverbial clause
            and "to" in clause.auxiliaries(current)
            and (head.lemma_.lower() in demand_words | lex.purpose_promises or binds(head, lex))
        )  # "commits X and Y to expand", "pledged in 2022 to raise"
    )
    if infinitive and head.lemma_.lower() in lex.cue_words:
        return head.pos_ != "NOUN" or head.lemma_.lower() in lex.noun_cues
    if told_to(current, lex):
        return True  # "told Pakistan to bring its staff down"
    if current.dep_ == "pcomp" and head.lower_ != "against" and head.head.lemma_.lower() in lex.cue_words:
        return True
    purpose = current.dep_ == "advcl" and "to" in clause.auxiliaries(current) and head.pos_ == "VERB"
    if purpose and not any(c.dep_ == "dobj" for c in head.children):  # not "set up a group to explore"
        return cued(head, lex)  # "agreed to work hard to stop the flow": the purpose shares the cue
    if purpose and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.noun_cues for c in head.children):
        return True  # "has signed a deal to lift 12 cargoes" (a misparse of the deal's complement)
    if framed(current, lex) or traded(current):  # "Under the declaration, allies will spend 3.5% of GDP"
        return True
    if promised_that(current, lex):  # "agreed that their envoys would meet", "promised that X would send"
        return True
    if current.dep_ == "ccomp" and head.lemma_.lower() in lex.threat_verbs:
        return bool(
            clause.auxiliaries(current) & {"could", "would", "might", "may", "will"}
        )  # "warned X could"
    tensed = clause.auxiliaries(current) if token.dep_ == "xcomp" else set()  # "will help rebuild"
    if (clause.auxiliaries(token) | tensed) & {"will", "'ll"}:
        aside = any(c.dep_ == "parataxis" and c.lemma_.lower() in lex.speech_verbs for c in current.children)
        reported = current.dep_ == "ccomp" and head.lemma_.lower() in lex.speech_verbs  # "will X, he said"
        return aside or reported or stated_plan(current)
    if must(current):  # "the Fund said Pakistan must stick to the budget"
        return (current.dep_ == "ccomp" and head.lemma_.lower() in lex.speech_verbs) or current.dep_ == "ROOT"
    if clause.scheduled(current):  # "Israeli forces are to pull back from populated areas"
        return True
    return reported_future(token, lex) or reported_future(current, lex)


def _generic(token: Token, lex: Lexicon) -> bool:
    """A verb outside the lexicon may be an action; a cue word only with an object ("set up a group", not
    "to agree to a plan"), and a demand never ("would keep pressing Beijing to lift": the lifting is the
    commitment, the pressing is none)."""
    lemma = token.lemma_.lower()
    if lemma in lex.demand_words and lemma not in lex.command_verbs:
        return False
    return lemma not in lex.cue_words or any(c.dep_ == "dobj" for c in token.children)


def _counted(token: Token) -> Found | None:
    """A generic action found for its counted object (:func:`counted_object`), kept only with its amount."""
    found = _verb_action(token, GENERIC)
    return dataclasses.replace(found, counted=True) if found is not None else None


def _threatened(token: Token, lex: Lexicon) -> bool:
    """A verb a threat governs ("threatened to quit", "threatened to strip them of immunity")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "xcomp" and first.head.lemma_.lower() in lex.threat_verbs


def _weighing(token: Token, lex: Lexicon) -> bool:
    """A verb of weighing with a thing weighed: "was considering a $10 billion arrangement"."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return token.lemma_.lower() in lex.weighing_verbs and obj is not None and obj.pos_ == "NOUN"


def actions_in(sent: SpacySpan, lex: Lexicon) -> Iterator[Found]:
    for token in sent:
        lemma = token.lemma_.lower()
        particle = particle_of(token)
        if particle is not None and f"{lemma} {particle}" in lex.by_verb:
            lemma = f"{lemma} {particle}"  # "roll over", "roll back"
        moved = moved_measure(token, lex) if token.pos_ == "VERB" else None
        found: Found | None
        if moved is not None:  # "the tariff on Brazilian goods would fall to 15%"
            found = Found(moved[0], token, moved[1], phrase(moved[2]), moved[2])
        elif token.pos_ == "VERB" and lemma in lex.by_verb:
            found = _verb_action(token, lex.by_verb[lemma])
            for other in lex.other_actions.get(lemma, ()) if found is None else ():
                found = found or _verb_action(token, other)  # "withdraw diplomats", "withdraw tariffs"
            if (
                found is None
                and cued(token, lex)
                and not _threatened(token, lex)
                and not no_goods(token, _object_of(token), lex)
            ):
                found = _verb_action(token, GENERIC)
            if found is None and counted_object(token, lex):  # "handed over 14 smuggling suspects"
                found = _counted(token)
        elif (
            token.pos_ == "VERB"
            and lemma not in lex.not_actions
            and _generic(token, lex)
            and (cued(token, lex) or _weighing(token, lex))
            and not _threatened(token, lex)
        ):
            found = _verb_action(token, GENERIC)
        elif token.pos_ == "VERB" and lemma not in lex.not_actions and counted_object(token, lex):
            found = _counted(token)
        elif (
            token.pos_ in ("NOUN", "PROPN")
            and token.ent_type_ not in _NAMED
            and not (token.dep_ == "compound" and token.head.lemma_.lower() not in lex.noun_cues)
            and (token.lower_ in lex.by_noun or lemma in lex.by_noun)
            and not funding_named(token, lex)
            and not named_as(token)
            and not (token.dep_ == "dobj" and token.head.lemma_.lower() in lex.observing_verbs)
        ):
            # ("a flash sale notice" is a notice; "an arms sales deal" is a sale)
            found = _noun_action(token, lex.by_noun.get(token.lower_) or lex.by_noun[lemma])
            if found is not None and regulated(token, lex):  # "require licences for exports of 23 tools"
                found = dataclasses.replace(found, label=f"restrict {token.lower_}", restricted=True)
        elif (
            token.pos_ in ("NOUN", "NUM")
            and token.lemma_.lower() in lex.demanded_measures
            and (asked_for(token, lex) or threatened_with(token, lex) or truce_agreed(token, lex))
        ):
            label = lex.demanded_measures[token.lemma_.lower()]  # "called on the EU for new sanctions"
            found = Found(GENERIC, token, label, asked_object(token), None)  # "asked Japan for $5 billion"
        elif "sale" in lex.by_noun and arms_deal(token):  # "signed an arms deal": a sale of arms
            found = _noun_action(token, lex.by_noun["sale"])
        elif "purchase" in lex.by_noun and (goods := contracted(token, lex.contract_nouns)) is not None:
            found = Found(lex.by_noun["purchase"], token, "purchase", phrase(goods, with_prep=False), None)
        else:
            continue
        if found is not None:
            yield found
