"""Which quantities of a sentence belong to an action, and which stretch of the sentence each one rules.

One action may carry several coordinated amounts in the same unit ("to buy 12 million tons by the end of
the year and 25 million tons annually"): each is its own commitment, with the time words that follow it
up to the next amount. Any other action takes the one amount nearest to it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from readouts import clause
from readouts.nlp import ents_in, text_of
from readouts.stages.commitments.counted import with_counts
from readouts.stages.commitments.lasting import durations
from readouts.stages.commitments.plans import traded
from readouts.stages.commitments.quantities import (
    Change,
    capacity_units,
    currency_codes,
    distance_units,
    find_changes,
)

QUANTITY_REACH = 120  # characters around the action in which its quantity may stand
_JOINED = re.compile(r"\b(?:and|plus|as well as|along with|together with|including)\b|;", re.IGNORECASE)
_LIST_COMMA = re.compile(r"^[^;()]*,\s*$")  # "500,000 tons of rice, 2 million tons"
_GAP = re.compile(r"^\s*(?:,|;|,?\s*and|,?\s*while|,?\s*with)\s*$", re.IGNORECASE)
_PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# what the first amount is of, before the next party: "$270 million in humanitarian aid, Britain ...", "a 45%
# stake in the venture, Qatar 25%"
_WHAT = re.compile(r"^\s+(?:[\w-]+\s+){0,2}(?:in|of|for)\s+[^,;]{1,60}?(?=,|\s+and\s)")


@dataclass(frozen=True)
class Amount:
    """A quantity of an action and the part of the sentence (character offsets) its time words come from."""

    change: Change | None
    start: int
    end: int
    object_token: Token | None = None  # "and 2 million tons of corn": the amount names its own object
    party: tuple[int, int] | None = None  # "Iraq will cut 200,000 bpd and Kuwait 100,000 bpd": Kuwait's

    @property
    def window(self) -> tuple[int, int]:
        return self.start, self.end


def in_phrase(action: Token, char: int) -> bool:
    """Whether a character offset lies in a verb's phrase, leaving out the verbs conjoined to it ("would
    remove 10 points of the tariff and would suspend for one year a rule")."""
    if not action.left_edge.idx <= char < action.right_edge.idx + len(action.right_edge):
        return False
    others = [c for c in action.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    others += [t for t in action.subtree if t.i != action.i and traded(t)]  # "in exchange for Japan buying"
    others += [c for c in action.children if _clause_before(action, c)]  # "...; Brunei will cut"
    return not any(o.left_edge.idx <= char < o.right_edge.idx + len(o.right_edge) for o in others)


def _clause_before(action: Token, child: Token) -> bool:
    """A clause the parser hangs on the verb though a semicolon parts them ("has deals with nine of the 11
    members; Brunei will cut duties to zero"): its amounts are not the verb's."""
    if child.dep_ not in ("ccomp", "parataxis") or child.i > action.i:
        return False
    if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in action.children):
        return False  # "detained three officers; Belgrade released them": the count is the pronoun's
    return any(t.lower_ == ";" for t in action.doc[child.right_edge.i + 1 : action.i])


def _nearest(action: Token, changes: list[Change]) -> Change | None:
    """The amount nearest the action: in a verb's own phrase, or near a noun ("purchases ... to 20 million
    tons")."""
    pivot = action.idx
    near = [c for c in changes if c.new.unit is not None and abs(c.new.start - pivot) <= QUANTITY_REACH]
    if action.pos_ == "VERB":
        near = [c for c in changes if c.new.unit is not None and _amount_in_phrase(action, c)]
        near = near or [c for c in changes if _worth_after(action, c) or _on_the_deal(action, c)]
        near = near or [c for c in changes if c.new.unit is not None and _antecedent_count(action, c)]
    return min(near, key=lambda c: abs(c.new.start - pivot)) if near else None


def _amount_in_phrase(action: Token, change: Change) -> bool:
    """The amount's number, or the noun it ends on, is in the verb's phrase ("11 detained Indian fishermen
    would be released", where the parser hangs "11" on "detained")."""
    if in_phrase(action, change.new.start):
        return True
    span = _told(action, change)
    noun = span[-1] if span is not None else None
    return noun is not None and noun.head.i == action.i and noun.dep_ in ("nsubjpass", "dobj")


def _antecedent_count(action: Token, change: Change) -> bool:
    """An amount on the noun a relative clause's verb takes as its object ("the 460 jets that the airline
    ordered", "the 20 F-35s it bought"): that noun is what was done, so its amount is the action's."""
    if action.dep_ != "relcl":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ != "WDT" for c in action.children):
        return False
    if any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in action.children):  # "the 2 firms that bought"
        return False
    noun = action.head  # (a rate on it, "the 20% duty it imposed", describes the noun; the rate stands apart)
    return change.new.unit != "percent" and noun.left_edge.idx <= change.new.start < noun.idx


_DEALS = frozenset({"agreement", "deal", "contract", "accord", "pact", "memorandum", "package", "plan"})


def _on_the_deal(action: Token, change: Change) -> bool:
    """A sum on the accord the action is the purpose of ("signed an $800 million agreement to develop the
    port of Tartus": the developing is worth $800 million)."""
    deal = action.head
    if action.dep_ not in ("acl", "relcl", "advcl") or deal.lemma_.lower() not in _DEALS:
        return False
    if "to" not in clause.auxiliaries(action) or change.new.unit is None:
        return False
    return deal.left_edge.idx <= change.new.start < deal.idx


_WORTH = re.compile(r"^[\s,]*(?:worth|valued at|at a cost of|at a value of)\s*$", re.IGNORECASE)


def _worth_after(action: Token, change: Change) -> bool:
    """A value right after the verb's phrase that the parse hung elsewhere ("to acquire drones worth nearly
    $2 billion")."""
    end = action.right_edge.idx + len(action.right_edge)
    return change.new.unit is not None and bool(_WORTH.match(text_of(action.doc)[end : change.new.start]))


def _same_kind(unit: str | None, other: str | None, money: frozenset[str]) -> bool:
    """The same unit, or two currencies ("29.6 million Australian dollars and Japan about $27 million")."""
    return unit == other or (unit in money and other in money)


def _own_object(action: Token, end: int, preps: tuple[str, ...] = ("of", "on")) -> Token | None:
    """The noun after "of" or "on" right behind an amount ("25 million tons of corn" → corn)."""
    after = next((t for t in action.sent if t.idx >= end), None)
    last = next((t for t in reversed(action.sent) if t.idx < end), None)
    if after is not None and last is not None and last.head.i == after.i and after.pos_ == "NOUN":
        return after  # "and a C$2.3 billion loan": the noun the amount modifies
    if after is not None and last is not None and _modified_past(after, last.head):
        return last.head  # "a 1,000-megawatt solar park": the noun the amount modifies, past its modifiers
    if after is None or after.lower_ not in preps:  # "and 1.5% on related needs"
        return None
    return next((g for g in after.children if g.dep_ == "pobj"), None)


def _modified_past(after: Token, noun: Token) -> bool:
    """Whether ``noun`` follows ``after`` within two words, all of them its modifiers ("solar park")."""
    between = after.doc[after.i : noun.i]
    near = noun.pos_ == "NOUN" and 0 < noun.i - after.i <= 2
    return near and all(t.head == noun and t.dep_ in ("amod", "compound") for t in between)


def listed_object(action: Token, change: Change) -> Token | None:
    """What a listed amount is of: "2 million tons of corn" → corn; a count names it ("50 Boeing jets"); a
    sum says what it is in or for ("600 million euros in grants", "1.8 billion euros to mobilise
    investment")."""
    inner = change.new.text.find(" of ")  # "$4.5 billion of US farm products" read as one quantity
    money = change.new.unit in currency_codes()
    preps = ("of", "on", "in", "for") if money else ("of", "on")
    own = _own_object(action, change.new.start + inner if inner > 0 else change.new.end, preps)
    if own is None and money:
        own = purpose_object(action, change.new.end)
    if own is not None or change.new.unit != "count":
        return own
    last = next((t for t in reversed(action.sent) if t.idx < change.new.end), None)
    return last if last is not None and last.pos_ == "NOUN" and last.idx > change.new.start else None


def purpose_object(action: Token, end: int) -> Token | None:
    """The object of an infinitive right after a sum ("1.8 billion euros to mobilise investment"), or of the
    verb's purpose clause after it ("spend $1 billion over five years to launch a service", "spend $6 billion
    upgrading the base")."""
    after = [t for t in action.sent if t.idx >= end][:2]
    if len(after) == 2 and after[0].lower_ == "to" and after[1].pos_ == "VERB":
        return next((c for c in after[1].children if c.dep_ == "dobj"), None)
    clauses = (c for c in action.rights if c.dep_ in ("advcl", "xcomp") and c.idx >= end)
    purpose = next((c for c in clauses if "to" in clause.auxiliaries(c) or c.tag_ == "VBG"), None)
    return next((c for c in purpose.children if c.dep_ == "dobj"), None) if purpose is not None else None


def _coordinated(action: Token, first: Change, changes: list[Change]) -> list[Change]:
    """Amounts in the action's phrase joined to the one before by "and" or a list's comma: in ``first``'s
    unit, or in another where each names its own object ("$15 billion of energy, $4.5 billion of farm
    goods and 50 Boeing jets")."""
    sent_text = text_of(action.doc)
    lo = action.left_edge.idx
    listed = [c for c in changes if c.new.unit is not None and lo <= c.new.start]
    if first not in listed:
        return [first]
    out = [first]
    for c in sorted(listed, key=lambda c: c.new.start):
        last = out[-1]
        if c.new.start <= last.new.start:
            continue
        gap_start = last.previous.end if last.previous and last.previous.end > last.new.end else last.new.end
        gap = sent_text[gap_start : c.new.start]
        if not (_JOINED.search(gap) or _LIST_COMMA.match(gap)) or _verb_between(action, gap_start, c):
            break
        if c.new.unit != first.new.unit and listed_object(action, c) is None:
            break  # "buy 20 jets and 5% of the shares"? only a listed thing of its own
        if _party_before(action, c) is not None:
            break  # "and Kuwait 135,000 bpd": another party's amount
        if _own_subject(action, c):
            break  # "..., and more than 3,600 personnel are expected to take part": another clause
        out.append(c)
    gaps = [sent_text[a.new.end : b.new.start] for a, b in itertools.pairwise(out)]
    if any(_LIST_COMMA.match(gap) for gap in gaps) and not any(_JOINED.search(gap) for gap in gaps):
        return [first]  # a comma list ends with "and"
    return out


def _own_subject(action: Token, change: Change) -> bool:
    """Whether a listed amount's noun is the subject of a verb of its own."""
    last = next((t for t in reversed(action.sent) if t.idx < change.new.end), None)
    return last is not None and last.dep_ in ("nsubj", "nsubjpass") and last.head.i != action.i


_EXCHANGED = re.compile(r"\b(?:exchange|return)\b", re.IGNORECASE)


def _value_of(action: Token, first: Change, changes: list[Change]) -> Change | None:
    """The sum of money a counted or measured amount is worth, in the same verb phrase ("buy 50 jets worth
    about $10 billion", "160 aircraft valued at $96 billion")."""
    money = currency_codes()
    if action.pos_ != "VERB" or first.new.unit in money:
        return None
    after = [c for c in changes if c.new.unit in money and c.new.start > first.new.end]
    near = [
        c for c in after if in_phrase(action, c.new.start) and c.new.start - first.new.end <= QUANTITY_REACH
    ]
    text = text_of(action.doc)
    traded = near and _EXCHANGED.search(text[first.new.end : near[0].new.start])
    return near[0] if near and not traded else None  # not "set at 15% in exchange for $550 billion"


_IN_A = re.compile(r"\bin an?\s*$", re.IGNORECASE)


_CAPACITY = re.compile(r"\bcapacit(?:y|ies)\b", re.IGNORECASE)


def _capacity_of(action: Token, first: Change, changes: list[Change]) -> Change:
    """For things counted whose capacity the phrase gives ("build four plants with a combined capacity of
    about 4,000 megawatts"), the capacity; else the first amount (a size each, "six reactors of 55 MW", leaves
    the count)."""
    if first.new.unit != "count":
        return first
    capacity, text = capacity_units(), text_of(action.doc)
    near = [
        c
        for c in changes
        if c.new.unit in capacity
        and 0 <= c.new.start - first.new.end <= QUANTITY_REACH // 2
        and _CAPACITY.search(text[first.new.end : c.new.start])
        and in_phrase(action, c.new.start)
        and not _verb_between(action, first.new.end, c)
    ]
    return near[0] if near else first


def _noun_value(action: Token, first: Change, changes: list[Change]) -> Change | None:
    """For an action noun told with both a sum and a count, the other one: in its own phrase ("an $8.6
    billion sale of 40 F-35s") or "in a" deal on the verb it is the object of ("approved the sale of 40
    jets to Turkey in a $23 billion package")."""
    if action.pos_ != "NOUN":
        return None
    money = currency_codes()
    lo, hi = action.left_edge.idx, action.right_edge.idx + len(action.right_edge)
    text = text_of(action.doc)
    verb = action.head if action.dep_ == "dobj" else None
    reach = verb.right_edge.idx + len(verb.right_edge) if verb is not None else hi
    for c in changes:
        if c is first or c.new.unit is None or (c.new.unit in money) == (first.new.unit in money):
            continue
        if lo <= c.new.start < hi or (hi <= c.new.start < reach and _IN_A.search(text[hi : c.new.start])):
            return c
    return None


def _verb_between(action: Token, start: int, change: Change) -> bool:
    """A verb between two amounts puts the second in a clause of its own ("and sold 2 million")."""
    doc = action.doc
    return any(
        t.pos_ in ("VERB", "AUX")
        and not t.ent_type_
        and t.lower_ != "including"
        and t.dep_ not in ("amod", "compound")  # "Chinese-made", a modifier, is no clause
        and not (t.i > 0 and doc[t.i - 1].lower_ == "to" and doc[t.i - 1].dep_ == "aux")  # its purpose
        and start <= t.idx < change.new.start
        for t in action.sent
    )  # (a name read as a verb, "and Denmark $25 million", is none; "including" lists, it is no verb)


_OWN_LINKS = frozenset(
    {"nummod", "compound", "amod", "quantmod", "nmod", "dobj", "nsubjpass", "appos", "conj"}
)


def _placed(action: Token, change: Change) -> bool:
    """A length or area that tells where something lies ("some 30 km from the border", "along their
    900-kilometre frontier"), not how much of the action's object there is ("lease 20 kilometres of
    coastline", "construction of an 80-kilometre stretch"): its words lead to the action only through
    the object's own links and "of"."""
    if change.new.unit not in distance_units():
        return False
    span = action.doc.char_span(change.new.start, change.new.end, alignment_mode="expand")
    token = span[-1] if span is not None and len(span) else None
    while token is not None and token.i != action.i:
        own = token.dep_ in _OWN_LINKS or (token.dep_ == "pobj" and token.head.lower_ == "of")
        if not (own or (token.dep_ == "prep" and token.lower_ == "of")) or token.head.i == token.i:
            return True
        token = token.head
    return False


def _changes(action: Token) -> list[Change]:
    """The sentence's amounts that may be the action's: counts and durations included, places left out."""
    sent = action.sent
    changes = durations(action, with_counts(action, find_changes(sent.text, sent.start_char)))
    return [c for c in changes if not _placed(action, c) and not _ages(action, c)]


_AGED = re.compile(
    r"\b(?:aged|ages|age of|ages of|over the age of|under the age of)\s+"
    r"(?:between\s+)?(?:\d+\s*(?:to|and|-)\s*)?$",
    re.I,
)


def _ages(action: Token, change: Change) -> bool:
    """Numbers that give people's ages ("prisoners aged 18 to 25", "those under the age of 19"), not how
    many."""
    start = min(change.new.start, change.previous.start if change.previous else change.new.start)
    text = text_of(action.doc)
    return _AGED.search(text[max(0, start - 24) : start]) is not None


def first_amount(action: Token) -> Change | None:
    """The action's own (first) amount."""
    return _nearest(action, _changes(action))


def amounts_for(action: Token) -> list[Amount]:
    """The action's amounts (one with ``change=None`` where the sentence gives none)."""
    sent = action.sent
    changes = [c for c in _changes(action) if not _share_told(action, c) and not _doers_counted(action, c)]
    first = _nearest(action, changes)
    whole = Amount(None, sent.start_char, sent.end_char)
    if first is None:
        return [whole]
    first = _capacity_of(action, first, changes)
    chain = _coordinated(action, first, changes) if action.pos_ == "VERB" else [first]
    if len(chain) == 1:
        valued = _value_of(action, first, changes) or _noun_value(action, first, changes)  # "50 jets worth
        # $10 billion", "an $8.6 billion sale of 40 F-35s": one commitment each
        return [Amount(c, sent.start_char, sent.end_char) for c in (first, valued) if c is not None]
    out = []
    for i, change in enumerate(chain):
        start = sent.start_char if i == 0 else change.new.start
        end = chain[i + 1].new.start if i + 1 < len(chain) else sent.end_char
        own = listed_object(action, change) if i > 0 else None
        out.append(Amount(change, start, end, own))
    return out


def _told(action: Token, change: Change) -> Span | None:
    """The tokens of a change's new figure in the action's document."""
    span = action.doc.char_span(change.new.start, change.new.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _counted(span: Span) -> Token:
    """What a figure counts: the noun its number modifies, or its own last word ("two countries")."""
    return span[-1].head if span[-1].dep_ == "nummod" else span[-1]


def _doers_counted(action: Token, change: Change) -> bool:
    """A count of the active subject of the action's clause ("the two countries would sign a treaty"): who
    act, not how much of the act."""
    span = _told(action, change)
    if span is None or change.previous is not None:
        return False
    counted = _counted(span)
    verb = clause.verb_of(action)
    return counted.dep_ == "nsubj" and counted.head.i in (verb.i, action.i) and counted.i < action.i


_SHARE_VERBS = frozenset({"make", "account", "represent", "comprise", "constitute"})


def _share_told(action: Token, change: Change) -> bool:
    """An amount a relative clause tells as a share ("purchases of crude, which now make up around 40 percent
    of its oil imports"): a description of the action's object, not its amount."""
    span = _told(action, change)
    if span is None:
        return False
    verb = span[0]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.i == action.i or verb.dep_ != "relcl":
        return False
    counted = _counted(span)
    subject = counted.dep_ in ("nsubj", "nsubjpass") and counted.head.i == verb.i  # "the drills the two
    # countries have held": the clause's own doers, no amount of the act
    return verb.lemma_.lower() in _SHARE_VERBS or subject


def _party_before(action: Token, change: Change) -> tuple[int, int] | None:
    """The span of a party named right before an amount ("the United Arab Emirates 163,000 bpd")."""
    for ent in ents_in(action.sent):
        before = ent.label_ in _PARTY_ENTS and ent.end_char <= change.new.start
        if before and not text_of(action.doc)[ent.end_char : change.new.start].strip():
            return ent.start_char, ent.end_char
    names = [t for t in action.sent if t.idx < change.new.start]  # a name the entities fold into the amount
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.i != action.i, reversed(names)))
    if run and not text_of(action.doc)[run[0].idx + len(run[0]) : change.new.start].strip():
        return run[-1].idx, run[0].idx + len(run[0])  # ("and QatarEnergy 25 percent")
    return None


def gapped_amounts(action: Token, first: Change | None) -> list[Amount]:
    """Amounts of other parties that share the action's verb: "Iraq pledged to cut 223,000 bpd, the United
    Arab Emirates 163,000 bpd and Kuwait 135,000 bpd" (each party right before its amount, each pair
    joined to the one before by a comma or "and")."""
    if first is None or action.pos_ != "VERB":
        return []
    sent = action.sent
    text = text_of(action.doc)
    money = currency_codes()
    same = sorted(
        (
            c
            for c in find_changes(sent.text, sent.start_char)
            if _same_kind(c.new.unit, first.new.unit, money)
        ),
        key=lambda c: c.new.start,
    )
    out: list[Amount] = []
    last_end = first.new.end
    for change in (c for c in same if c.new.start > first.new.start):
        party = _party_before(action, change)
        if party is None:
            break
        gap = text[last_end : party[0]]
        gap = _WHAT.sub("", gap) if last_end == first.new.end else gap
        if not _GAP.match(gap.removesuffix("the ").rstrip() + " "):
            break
        if _verb_between(action, last_end, change):
            break
        own = _own_object(action, change.new.end, ("of", "on", "in"))  # "and Japan $27 million in equipment"
        out.append(Amount(change, party[0], sent.end_char, own, party))
        last_end = change.new.end
    return out
