"""What a bare object of a commitment refers to: the measure "the rate" is of ("hit X with a 37% tariff,
before lowering the rate to 20%": the tariff rate), and the fund a sum pledged with no purpose goes to
("... the loss-and-damage fund. The UAE said it would contribute $100 million.")."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.stages.commitments.phrases import clause_phrase, phrase

_NAMING = frozenset({"call", "describe", "label", "term", "dub", "hail"})


def named_as(noun: Token) -> bool:
    """An action noun in what something is called ("which the White House called the largest defence sales
    agreement"): a description of a deal told before, not another one."""
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("oprd", "attr") and head.head.lemma_.lower() in _NAMING


def framing(noun: Token) -> bool:
    """A noun that frames another act ("As part of the energy package, IOC signed a deal ...")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() == "part"


_MEASURES = frozenset({"tariff", "duty", "levy", "surcharge", "surtax", "tax"})


def rate_of(obj: Token) -> str | None:
    """A bare "the rate" in a sentence that names the measure before it ("hit X with a 37% tariff, before
    lowering the rate to 20%"): that measure's rate."""
    if obj.lemma_.lower() != "rate" or any(c.dep_ in ("compound", "amod", "poss") for c in obj.children):
        return None
    before = [t for t in obj.sent if t.i < obj.i and t.lemma_.lower() in _MEASURES and t.pos_ == "NOUN"]
    return f"{before[-1].lemma_.lower()} rate" if before else None


_FUND_NOUNS = frozenset({"fund", "facility", "package", "programme", "program", "initiative", "mechanism"})


def funding_of(verb: Token) -> str:
    """What a sum pledged with no object noun of its own funds: what it is set aside as ("as an emergency
    reserve"), its purpose clause ("pledged $2 million to help Vietnam train chip engineers"), else the fund
    named before it, else just "funding"."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "as" on the verb or on the sum
    role = next((g for t in holders for c in t.children if c.lower_ == "as" for g in c.children), None)
    if role is not None and role.dep_ == "pobj":  # "set aside 2 billion euros as an emergency reserve"
        return phrase(role, with_prep=False)
    made = [c for t in holders for c in t.children if c.lower_ == "available"]  # "made $3 million available"
    use = next((g for t in made for c in t.children if c.lower_ == "for" for g in c.children), None)
    if use is not None and use.dep_ == "pobj":  # "... available to Sri Lanka for grid repairs"
        return f"funding for {phrase(use, with_prep=False)}"
    aim = next(
        (c for c in verb.rights if c.dep_ in ("advcl", "xcomp") and "to" in clause.auxiliaries(c)), None
    )
    if aim is not None:
        return f"funding {clause_phrase(aim)}"
    listed = _listed_before(verb)  # "pledged $270 million in aid, ... promised another $100 million"
    if listed is not None:
        return phrase(listed, with_prep=False)
    fund = fund_named_before(verb)  # "committed $150 million", to the fund the story is about
    return f"funding for the {phrase(fund, with_prep=False)}" if fund is not None else "funding"


def _listed_before(verb: Token) -> Token | None:
    """What the last sum before the verb in its sentence was told as ("$270 million in humanitarian aid"): a
    later bare sum of the same list is more of it."""
    for token in reversed(list(verb.doc[verb.sent.start : verb.i])):
        if token.ent_type_ != "MONEY":
            continue
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
        told = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
        if told is not None:
            return told
    return None


def fund_named_before(verb: Token) -> Token | None:
    """The fund a sum with no purpose of its own goes to: the last fund, facility or package named in its
    sentence or the two before it in the paragraph ("... the loss-and-damage fund. The UAE said it would
    contribute $100 million."), else the last fund with a name of its own told earlier in the article."""
    doc = verb.doc
    start = verb.sent.start
    for _ in range(2):
        before = doc[start - 1].sent if start > 0 else None
        if before is None or "\n" in doc[before.start : start + 1].text:
            break  # the paragraph's first sentence
        start = before.start
    nouns = [t for t in doc[start : verb.i] if t.lemma_.lower() in _FUND_NOUNS and t.pos_ == "NOUN"]
    if nouns:
        return nouns[-1]
    named = [t for t in doc[:start] if t.lemma_.lower() in _FUND_NOUNS and t.pos_ == "NOUN" and _named(t)]
    return named[-1] if named else None  # "launched the loss-and-damage fund" in an earlier paragraph


def _named(noun: Token) -> bool:
    """A fund with a name of its own ("the loss-and-damage fund", "the Ukraine Facility"), not "a fund"."""
    return any(c.dep_ in ("compound", "amod", "nmod") for c in noun.lefts)


def _shared_object(pronoun: Token) -> Token | None:
    """The object of the verb a pronoun's verb is conjoined to ("cut the duty ... and lower it further")."""
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or verb.dep_ != "conj" or pronoun.lower_ not in ("it", "them"):
        return None
    first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return first if first is not None and first.pos_ == "NOUN" else None


def antecedent(pronoun: Token, wanted: frozenset[str] = frozenset()) -> Token | None:
    """The noun an object pronoun stands for: the nearest earlier noun of its number in the sentence that
    names no actor ("them" → remarks); for an action that needs certain objects, the nearest such noun in
    the sentence or the two before it ("... Western sanctions ... told reporters, urging Washington to remove
    them": the sanctions)."""
    shared = _shared_object(pronoun)
    if shared is not None:
        return shared  # "cut its duty on whisky to 75% and lower it further to 40%": the duty
    tags = {"them": ("NNS",)}.get(pronoun.lower_)  # "it" too often stands for an event or a clause
    if tags is None:
        return None
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(2 if wanted else 0):
        start = doc[start - 1].sent.start if start > 0 else start
    for t in reversed(doc[start : pronoun.i]):
        if t.tag_ not in tags or t.ent_type_ or t.dep_ in ("compound", "npadvmod"):
            continue
        if not wanted or {t.lemma_.lower(), t.lower_} & wanted:
            return t
    return None


_POINTING = frozenset({"those", "these", "such"})


def pointed_at(obj: Token) -> Token:
    """What "those purchases" points back to: the last noun of its lemma told with its own description in
    the sentence or the three before ("India's purchases of Russian crude ... pressed New Delhi to scale back
    those purchases": the purchases of Russian crude); the object itself where none is found."""
    if not any(c.lower_ in _POINTING and c.dep_ in ("det", "amod") for c in obj.children):
        return obj
    doc = obj.doc
    start = obj.sent.start
    for _ in range(3):  # sentences back ("Aug. 27" may split one in two)
        start = doc[start - 1].sent.start if start > 0 else start
    for t in reversed(doc[start : obj.i]):
        described = any(c.dep_ in ("compound", "amod", "prep", "poss") for c in t.children)
        if t.lemma_ == obj.lemma_ and t.pos_ == "NOUN" and described:
            return t
    return obj
