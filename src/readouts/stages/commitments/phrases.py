"""The words of an object: a noun with its modifiers and one following prepositional phrase
("restrictions on rare earth exports"), a gerund with its own object ("stop arming Taiwan"), a light noun
with its purpose ("steps to curb exports"), leaving out verbs conjoined to it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from readouts import clause
from readouts.stages.commitments.lexicon import lexicon
from readouts.stages.commitments.quantities import currency_words, measure_words

_OBJECT_PREPS = frozenset(
    {"on", "for", "to", "of", "from", "in", "at", "with", "against", "over", "into", "toward", "towards"}
)
_FUNCTION_WORDS = frozenset({"the", "and", "for", "from", "with", "its", "their", "other"})
_SKIP_MODIFIERS = frozenset({"det", "poss", "nummod", "quantmod", "case", "punct", "predet", "advmod"})


def _in_deal(prep: Token) -> bool:
    """An "in a ... deal" phrase ("in a 4 billion euro deal", "in a package worth $2 billion")."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    deals = lexicon().deal_nouns
    return prep.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in deals


def phrase(token: Token, *, with_prep: bool = True) -> str:
    """A noun with its modifiers, and one following prepositional phrase ("restrictions on rare earths")."""
    # "signed a deal with QatarEnergy for 4 million tonnes": the deal says of what
    deal = _deal_measured(token)
    if deal is not None:
        return phrase(deal)
    words = [
        t
        for t in token.lefts
        if t.dep_ not in _SKIP_MODIFIERS and not _amount_word(t) and t.ent_type_ not in ("MONEY", "PERCENT")
    ]
    tokens = [*(t for w in words for t in w.subtree if t.dep_ not in _SKIP_MODIFIERS or _hyphened(t)), token]
    bare = len(tokens)
    complement = _gerund_complement(token)
    if complement is not None:  # "stop interfering with Philippine activities", "stop arming Taiwan"
        tokens.extend(_clause_words(complement))
    elif with_prep:
        for child in [*token.rights, *_hung_on_verb(token)]:
            if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
                if _in_deal(child):
                    continue  # "buy 30 Rafale jets in a 4 billion euro deal": the deal is no part of the jets
                if _dated(child):
                    continue  # "signed 37 agreements on Wednesday covering ...": when, not what
                amount = next(
                    (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ in ("MONEY", "PERCENT")),
                    None,
                )
                if amount is not None:  # "a target of $500 billion": the amount is no part of the object
                    goods = _worth_of(amount)  # "countermeasures on 26 billion euros worth of U.S. goods"
                    tokens.extend([child, *goods.subtree] if goods is not None else [])
                    if goods is not None or child.lower_ != "of":
                        break
                    continue  # "duties of up to 37.6% on Chinese cars": the next phrase says on what
                tokens.extend(_prep_words(child))
                break
        if len(tokens) == bare:  # no phrase of its own: "the 14 percent duty now levied on Serbian wine"
            tokens.extend(_participle_prep(token))
    told = _told_in(token)
    if told is not None:  # "a document setting out its position on a settlement"
        tokens.extend(_clause_words(told))
    purpose = purpose_of(token) or _sum_purpose(token)
    if purpose is not None:  # "steps to curb exports", "its influence on Moscow to bring about a ceasefire"
        words = _clause_words(purpose)
        end = next((t.i for t in words if t.ent_type_ in _AMOUNT_ENTS and t.i > purpose.i), len(token.doc))
        while end - 1 > purpose.i and token.doc[end - 1].lower_ in _LIST_JOINTS:
            end -= 1  # "to repair the grid and $379 million in aid": the next sum is an item of its own
        tokens.extend(t for t in words if t.i < end)
    role = _sum_role(token)
    if role is not None:  # "set aside 6.3 billion euros as a safety net for farmers"
        tokens.extend(t for t in role.subtree if t.dep_ != "punct")
    ordered = _untailed(sorted({t.i: t for t in tokens if not t.is_space}.values(), key=lambda t: t.i))
    return " ".join(t.text for t in ordered).replace(" - ", "-").replace(" 's", "'s")  # (no masked dateline)


def _participle_prep(token: Token) -> list[Token]:
    """A reduced relative participle with its prepositional phrase, where the noun has none of its own ("the
    duty levied on Serbian wine", "troops stationed in Niger")."""
    for acl in token.rights:
        if acl.dep_ != "acl" or acl.tag_ not in ("VBN", "VBD"):  # the tagger may read "levied" as past
            continue
        prep = next((c for c in acl.children if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS), None)
        if prep is not None and not _dated(prep):
            return [acl, *_prep_words(prep)]
    return []


def _prep_words(prep: Token) -> list[Token]:
    """A prepositional phrase's words, without asides, verbs joined to it or a next listed amount."""
    asides = {t.i for c in prep.subtree if _aside(c) for t in c.subtree}
    left_out = asides | _joined_verbs(prep)
    end = _next_amount(prep)
    return [t for t in prep.subtree if t.dep_ != "punct" and t.i not in left_out and t.i < end]


_TAILS = (("as", "well", "as"), ("along", "with"), ("together", "with"), ("and",), ("or",), ("plus",), (",",))


def _untailed(tokens: list[Token]) -> list[Token]:
    """A phrase without the joint left hanging at its end when the next item was cut off ("gas plants with a
    capacity of 4,000 megawatts as well as")."""
    while len(tokens) > 1:
        tail = next((t for t in _TAILS if tuple(w.lower_ for w in tokens[-len(t) :]) == t), None)
        if tail is None or len(tail) >= len(tokens):
            return tokens
        tokens = tokens[: -len(tail)]
    return tokens


_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_LIST_JOINTS = frozenset({"and", ",", "a", "an", "the", "plus"})


def _next_amount(prep: Token) -> int:
    """Where a phrase's next listed amount starts ("on US chicken and cotton and a 10% duty on soybeans":
    the second duty is an item of its own): the phrase ends before it and the words that join it."""
    start = next((t.i for t in prep.subtree if t.ent_type_ in _AMOUNT_ENTS and _listed(t, prep)), None)
    if start is None:
        return len(prep.doc)
    while start - 1 > prep.i and prep.doc[start - 1].lower_ in _LIST_JOINTS:
        start -= 1
    return start


def _listed(amount: Token, prep: Token) -> bool:
    """An amount of a noun conjoined inside a phrase ("and a 10% duty"), not the phrase's own amount ("in a
    $44 billion project")."""
    head = amount
    path = [head]
    while head.ent_type_ in _AMOUNT_ENTS and head.head.i != head.i:
        head = head.head
        path.append(head)
    return any(t.dep_ == "conj" and t.i > prep.i for t in path)  # "..., and 25% on pork": the amount's own


def _aside(token: Token) -> bool:
    """A relative clause, or an apposition set off by a comma or a bracket ("the quarrel over metals, a truce
    ..."), not a name's second word ("St. Louis")."""
    if token.dep_ == "relcl":
        return True
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return token.dep_ == "appos" and before is not None and before.text in (",", "(", "-", "--", "\u2014")


def _worth_of(amount: Token) -> Token | None:
    """What a sum is the worth of ("26 billion euros worth of U.S. goods" → U.S. goods), or a share the share
    of ("99% of imports from India" → imports from India)."""
    for t in amount.subtree:
        if (
            t.dep_ == "prep"
            and t.lower_ == "of"
            and t.head.lower_ in ("worth", "euros", "dollars", "billion", "%", "percent", "cent", "pct")
        ):
            return next((g for g in t.children if g.dep_ == "pobj"), None)
    return None


def clause_phrase(head: Token) -> str:
    """A complement's words as text ("to help Vietnam train chip engineers")."""
    return " ".join(t.text for t in _clause_words(head)).replace(" - ", "-").replace(" 's", "'s")


def _clause_words(head: Token) -> list[Token]:
    """A complement's words, without the clauses and appositions hung on it."""
    cut = [c for c in head.subtree if c.dep_ in ("appos", "relcl", "acl") and c is not head]
    inside = {t.i for c in cut for t in c.subtree}
    return [t for t in head.subtree if t.dep_ != "punct" and t.i not in inside]


_MANNER_NOUNS = frozenset(
    {
        "response",
        "return",
        "line",
        "addition",
        "part",
        "volume",
        "place",
        "way",
        "time",
        "anger",
        "protest",
        "retaliation",
        "turn",
        "principle",
        "total",
        "exchange",
    }
)


_OPENED = frozenset({"market", "markets", "door", "doors", "access", "airspace", "port", "ports"})


def _amount_prep(prep: Token) -> bool:
    return prep.lower_ == "of" and any(
        g.dep_ == "pobj" and g.ent_type_ in ("MONEY", "PERCENT") for g in prep.children
    )


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Wednesday", "since March")."""
    objects = list(prep.children)
    return bool(objects) and all(g.ent_type_ in ("DATE", "TIME") for g in objects)


def _past_dates(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is no part of a date told in passing ("last Friday", "since
    March", "on Tuesday")."""
    while i < len(doc):
        token = doc[i]
        dated_prep = (
            token.dep_ == "prep"
            and token.lower_ in ("since", "on", "in")
            and any(g.ent_type_ in ("DATE", "TIME") for g in token.children)
        )
        if token.ent_type_ not in ("DATE", "TIME") and not dated_prep:
            return i
        i += 1
    return i


def _hung_on_verb(obj: Token) -> list[Token]:
    """A phrase right after a direct object that the parse hung on the verb ("deepen its cut in exports
    of crude", "lift its curbs on rare earths"): the object's own, where the object has none."""
    if obj.dep_ != "dobj" or any(c.dep_ == "prep" and not _amount_prep(c) for c in obj.rights):
        return []  # (an amount's "of" is no phrase of the object's own: "tariffs of 100% on canola oil")
    following = _past_dates(obj.doc, obj.right_edge.i + 1)  # "imposed sanctions last Friday on four firms"
    after = next((c for c in obj.head.rights if c.i == following), None)
    if after is None or after.dep_ != "prep" or after.lower_ not in ("in", "on", "to", "at", "from", "with"):
        return []
    pobj = next((g for g in after.children if g.dep_ == "pobj"), None)
    if pobj is None or pobj.lemma_.lower() in _MANNER_NOUNS:
        return []
    if obj.lower_ == "part" and obj.head.lemma_.lower() == "take":
        return [after] if after.lower_ == "in" else []  # "take part in Exercise Alon": what in
    if after.lower_ == "to":  # "lead a trade mission to Shanghai", "open its market to U.S. corn", not "cut
        # tariffs to 10%"
        opened = obj.lemma_.lower() in _OPENED and pobj.ent_type_ not in ("PERCENT", "MONEY", "CARDINAL")
        return [after] if pobj.ent_type_ in ("GPE", "LOC", "FAC") or opened else []
    if pobj.ent_type_ in ("MONEY", "PERCENT"):  # "countermeasures on 26 billion euros worth of U.S. goods"
        return [after] if _worth_of(pobj) is not None else []  # "duties on 99% of imports from India"
    return [after] if pobj.pos_ == "NOUN" and not pobj.ent_type_ else []


def _joined_verbs(token: Token) -> set[int]:
    """Tokens of the verbs conjoined inside a phrase ("access ..., withdrawn in 2019, and to ease visa
    rules"): another action, no part of the object."""
    out: set[int] = set()
    for verb in (t for t in token.subtree if t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ == "VERB"):
        out.update(t.i for t in verb.subtree)
        out.update(c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i)
    return out


def _hyphened(token: Token) -> bool:
    """A number inside a compound word ("one-China policy", "two-state solution")."""
    return token.like_num and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-"


def _amount_word(token: Token) -> bool:
    """A number standing for an amount."""
    return token.like_num and not _hyphened(token)


def _gerund_complement(token: Token) -> Token | None:
    """A gerund object's own object or first prepositional phrase ("interfering with X" → with X)."""
    if token.tag_ != "VBG" or token.pos_ != "VERB":
        return None
    return next((c for c in token.rights if c.dep_ in ("dobj", "prep", "dative")), None)


_LIGHT_NOUNS = frozenset({"step", "measure", "action", "effort", "move", "influence", "leverage", "role"})


def _sum_purpose(token: Token) -> Token | None:
    """What money or a bare sum is for, told right after it ("$500 million in new money to repair the grid",
    "1 billion euros to rebuild schools"), wherever the parse hangs the clause."""
    if token.lemma_.lower() not in lexicon().money_nouns and token.lower_ not in currency_words():
        return None
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    verb = doc[token.i + 2]
    return verb if verb.pos_ == "VERB" and doc[token.i + 1].head.i == verb.i else None


def _deal_measured(token: Token) -> Token | None:
    """For a bare unit ("tonnes") a deal is "for", with nothing saying of what: the deal the verb signs."""
    if token.lower_ not in measure_words() or token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    verb = token.head.head
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon().deal_nouns), None
    )


def _told_in(token: Token) -> Token | None:
    """What a document sets out, told by a participle right after it ("a paper outlining its position")."""
    if token.lemma_.lower() not in lexicon().document_nouns:
        return None
    return next((c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)


def _sum_role(token: Token) -> Token | None:
    """What a bare sum or quantity is set aside as ("6.3 billion euros as a safety net"): the verb's "as"
    phrase right after it."""
    bare = token.lower_ in currency_words() or token.lower_ in measure_words()
    if not bare or token.dep_ != "dobj":
        return None
    after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
    if after is None or after.lower_ != "as" or after.head.i != token.head.i or after.dep_ != "prep":
        return None
    return after


def purpose_of(token: Token) -> Token | None:
    """What a light noun is for: "steps to prevent the export of chips" → to prevent ...; also the verb's
    purpose clause ("use its influence with Moscow to bring about a ceasefire")."""
    if token.lemma_.lower() not in _LIGHT_NOUNS:
        return None
    own = next(
        (c for c in token.rights if c.dep_ in ("acl", "relcl") and "to" in clause.auxiliaries(c)), None
    )
    if own is not None or token.dep_ != "dobj":
        return own
    return next(
        (
            c
            for c in token.head.rights
            if c.dep_ in ("advcl", "xcomp") and c.i > token.i and "to" in clause.auxiliaries(c)
        ),
        None,
    )


def moved_body(verb: Token) -> tuple[str, str] | None:
    """For a verb without an object whose subject is a body of troops ("Russian troops will withdraw from
    the region"): the verb's particle and the object (the troops and where they move from or to)."""
    subject = clause.subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon().moving_bodies:
        return None
    adverb = next((c for c in verb.rights if c.dep_ in ("advmod", "prt") and c.i == verb.i + 1), None)
    places = [*verb.rights, *(adverb.rights if adverb is not None else ())]
    prep = next((c for c in sorted(places, key=lambda t: t.i) if c.dep_ == "prep"), None)
    if prep is None:
        return None
    cut = {g.i for t in prep.subtree if t.dep_ in ("appos", "relcl") for g in t.subtree}  # "..., which X"
    where = " ".join(t.text for t in prep.subtree if t.i not in cut).rstrip(" ,")
    return (adverb.lower_ if adverb is not None else ""), f"{phrase(subject, with_prep=False)} {where}"


_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


def with_destination(verb: Token, obj: str) -> str:
    """A body of forces moved with where it goes, as the verb tells it ("will move 10,000 soldiers to its
    border with Belarus" → soldiers to its border with Belarus), unless the object already says it."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _DESTINATION_PREPS), None)
    place = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or place is None or place.lower_ in obj.lower().split():
        return obj
    return f"{obj} {prep.lower_} {phrase(place, with_prep=True)}"


def object_words(text: str) -> set[str]:
    """Content words of an object, without function words and abbreviations ("U.S. wheat" → wheat)."""
    words = (w.lower().rstrip("s") for w in text.split() if len(w) > 2 and "." not in w)
    return {w for w in words if w not in _FUNCTION_WORDS}
