"""Finding actions in a sentence and reading their object and actor off the parse.

An action is a verb of the lexicon ("buy", "lift", "visit") or a noun ("purchases", "sale"); a noun
governed by a change verb ("hiking soybean purchases") is the action itself. The object is the verb's
direct object with its modifiers and a following "on/for/to/of" phrase ("restrictions on rare earth
exports"), a place for visits, or the commodity modifying a noun ("soybean purchases" → soybeans).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.lexicon import GENERIC, Action, Lexicon, lexicon

_OBJECT_PREPS = frozenset({"on", "for", "to", "of", "from", "in"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_SKIP_MODIFIERS = frozenset({"det", "poss", "nummod", "quantmod", "case", "punct", "predet", "advmod"})


def _action_nouns() -> frozenset[str]:
    return frozenset(lexicon().by_noun)


@dataclass(frozen=True)
class Found:
    action: Action
    token: Token  # the action's verb or noun
    label: str  # the action as the record names it ("purchase", "remove restrictions", "lower")
    object: str
    object_token: Token | None


def _phrase(token: Token, *, with_prep: bool = True) -> str:
    """A noun with its modifiers, and one following prepositional phrase ("restrictions on rare earths")."""
    words = [
        t for t in token.lefts if t.dep_ not in _SKIP_MODIFIERS and not t.like_num and t.ent_type_ != "MONEY"
    ]
    tokens = [*(t for w in words for t in w.subtree if t.dep_ not in _SKIP_MODIFIERS), token]
    if with_prep:
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
                tokens.extend(t for t in child.subtree if t.dep_ != "punct")
                break
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in ordered).replace(" - ", "-").replace(" 's", "'s")


_NAMED = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PRODUCT"})
_RELATIVE = frozenset({"that", "which", "who", "whom"})


def _relative_head(verb: Token) -> Token | None:
    """For a verb in a relative clause ("licences that Beijing pledged to offer"), the noun it modifies."""
    for head in (verb, *clause.governors(verb, limit=3)):
        if head.dep_ == "relcl":
            return head.head
    return None


def _object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass"):
            return _relative_head(verb) if child.lower_ in _RELATIVE else child
    for child in verb.children:  # "agreed to purchases of ..."
        if child.dep_ == "prep":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return _relative_head(verb)


_NOT_COMMODITY = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _amount_of(obj: Token | None) -> Token | None:
    """For an amount ("12 million tons of soybeans", "$550 billion in the United States"), the noun it is
    an amount of; other objects unchanged."""
    if obj is None or not (obj.ent_type_ in ("QUANTITY", "MONEY", "CARDINAL") or obj.like_num):
        return obj
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "worth"):
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return obj


def _commodity(noun: Token) -> str | None:
    """The commodity of an action noun: "purchases of US soybeans", else the nouns compounded right
    before it ("soybean purchases", not "December delivery")."""
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in _NOT_COMMODITY:
                return _phrase(obj, with_prep=False)
    chain: list[Token] = []
    i = noun.i - 1
    while i >= noun.sent.start:
        t = noun.doc[i]
        if t.dep_ != "compound" or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in _NOT_COMMODITY:
            break
        if i > 0 and noun.doc[i - 1].text == "-":  # "single-day soybean purchase": not a commodity
            break
        chain.insert(0, t)
        i -= 1
    return " ".join(t.text for t in chain) if chain else None


def _place(verb: Token) -> tuple[str, Token] | None:
    obj = _object_of(verb)
    candidates = [obj] if obj is not None else []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            candidates.extend(g for g in child.children if g.dep_ == "pobj")
    for token in candidates:
        for ent in token.sent.ents:
            if ent.label_ in _PLACE_ENTS and ent.start <= token.i < ent.end:
                return ent.text, token
    return None


def _verb_action(token: Token, action: Action) -> Found | None:
    if action.object_kind == "place":
        place = _place(token)
        return Found(action, token, token.lemma_.lower(), place[0], place[1]) if place else None
    obj = _amount_of(_object_of(token))
    if obj is None or obj.ent_type_ in _NOT_COMMODITY:
        return None
    if obj.lemma_.lower() in _action_nouns() or obj.lower_ in _action_nouns():
        return None  # "hiking soybean purchases": the noun is the action
    if obj.pos_ == "PRON":
        return None  # "withdraw them": the object is elsewhere
    if action is GENERIC:
        particle = next((c.lower_ for c in token.children if c.dep_ == "prt"), "")
        return Found(action, token, f"{token.lemma_.lower()} {particle}".strip(), _phrase(obj), obj)
    if (
        action.needs_object
        and obj.lemma_.lower() not in action.needs_object
        and obj.lower_ not in action.needs_object
    ):
        return None
    lex_label = action.name if action.object_kind == "commodity" else token.lemma_.lower()
    text = _phrase(obj)
    if action.name == "lift" and obj.lemma_.lower() in ("restriction", "curb", "control", "ban", "sanction"):
        # "remove restrictions on X": the action names the restriction, the object is what it restricts
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("on", "of")), None)
        pobj = next((g for g in inner.children if g.dep_ == "pobj"), None) if inner else None
        if pobj is not None:
            return Found(action, token, f"{token.lemma_.lower()} {obj.lemma_.lower()}s", _phrase(pobj), pobj)
    return Found(action, token, lex_label, text, obj)


def _noun_action(token: Token, action: Action) -> Found | None:
    commodity = _commodity(token) if action.object_kind == "commodity" else None
    if commodity is None:
        return None
    return Found(action, token, action.name, commodity, None)


def cued(token: Token, lex: Lexicon) -> bool:
    """A verb that complements a commitment cue ("agreed to set up", "urged X to retract", "an invitation to
    visit"), or that a speech verb reports with will/would ("said China would pause")."""
    current = token
    while current.dep_ == "conj" and current.head is not current:
        if token.tag_ not in ("VB", "VBG"):  # "agreed to X and Y" shares the cue; a finite conjunct does not
            return False
        current = current.head
    head = current.head
    if current.dep_ in ("xcomp", "acl", "pcomp") and head.lemma_.lower() in lex.cue_words:
        return head.pos_ != "NOUN" or head.lemma_.lower() in lex.noun_cues
    if current.dep_ == "pcomp" and head.head.lemma_.lower() in lex.cue_words:  # "agreed on extending"
        return True
    modal = clause.auxiliaries(current) & {"will", "would", "'ll"}
    return bool(modal) and current.dep_ == "ccomp" and head.lemma_.lower() in lex.speech_verbs


def actions_in(sent: SpacySpan, lex: Lexicon) -> Iterator[Found]:
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in lex.by_verb:
            found = _verb_action(token, lex.by_verb[lemma])
            if found is None and cued(token, lex):
                found = _verb_action(token, GENERIC)
        elif token.pos_ == "VERB" and lemma not in lex.not_actions and cued(token, lex):
            found = _verb_action(token, GENERIC)
        elif (
            token.pos_ in ("NOUN", "PROPN")
            and token.ent_type_ not in _NAMED
            and (token.lower_ in lex.by_noun or lemma in lex.by_noun)
        ):
            found = _noun_action(token, lex.by_noun.get(token.lower_) or lex.by_noun[lemma])
        else:
            continue
        if found is not None:
            yield found


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
    }
)


def actor_token(found: Found, lex: Lexicon) -> Token | None:
    """The token naming who acts: the possessor of an action noun ("China's purchases") or its demonym,
    else the subject of the verb governing the action (climbing through "agreed to", "would consider");
    for a noun, only a verb that commits, changes or realises it ("announced a sale")."""
    token = found.token
    if token.pos_ == "VERB":
        head = token.head
        asked = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
        if asked is None:  # "called on China to lift"
            on = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            asked = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
        demand_words = next((w for m, w in lex.modality if m == "demanded"), frozenset())
        if token.dep_ == "xcomp" and head.lemma_.lower() in demand_words and asked is not None:
            return asked  # "urged Japan to retract": Japan is asked to act
        return clause.subject(token)
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    demonym = next(
        (c for c in token.lefts if c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound")), None
    )
    if demonym is not None:
        return demonym
    verb = clause.verb_of(token)
    cue_words = {w for _, words in lex.modality for w in words} | lex.change_verbs | _REALISING
    if verb.lemma_.lower() in cue_words or any(
        g.lemma_.lower() in cue_words for g in clause.governors(verb, limit=2)
    ):
        return clause.subject(verb)
    return None
