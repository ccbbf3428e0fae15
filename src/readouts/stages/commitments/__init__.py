"""The commitments stage: who promised, agreed, is considering, was asked or has done what, how much.

Actions and modality cues come from ``data/actions.yaml`` (:mod:`.actions`, :mod:`.modality`); the actor
is resolved through the actors stage (:mod:`.who`: a leader's purchase pledge is his country's, "the two
sides" is a joint actor via :mod:`.pairs`); quantities, units and the previous quantity from
:mod:`.quantities`, one commitment per coordinated amount (:mod:`.amounts`) and the earlier pledge behind
a proposed change (:mod:`.earlier`); period and deadline from the time stage's marks in the sentence
("by month's end" → deadline, "in the current season", "for a year", "annually" → period). Objects are
worded by :mod:`.phrases`; members named as a group act for their bloc (:mod:`.blocs`); a deal restated by
its parts (:mod:`.restated`) or valued in money (:mod:`.valued`), a party adding its own sum
(:mod:`.added`), an agentless passive sum told by its payer (:mod:`.passive`) and "X's offer of Y"
(:mod:`.offers`) and a rate faced or taking effect
(:mod:`.faced`) give more commitments; "the 5% level" takes the thing last measured (:mod:`.levels`).
Bare numbers that count the action's things ("supply 40 million doses") are counts (:mod:`.counted`); plans
stated in the future, promised ("agreed that X would ...") or framed by an accord come from :mod:`.plans`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from readouts import clause
from readouts.model import Commitment, Modality, Span
from readouts.nlp import text_of
from readouts.pipeline import Context, Stage
from readouts.stages.actors import actor_at, country_of
from readouts.stages.commitments.actions import Found, actions_in
from readouts.stages.commitments.added import added
from readouts.stages.commitments.amounts import Amount, amounts_for, first_amount, gapped_amounts, in_phrase
from readouts.stages.commitments.answered import answered
from readouts.stages.commitments.approvals import approver
from readouts.stages.commitments.arms import arms_deal, of_arms, partner, seller
from readouts.stages.commitments.buyers import buyer_of
from readouts.stages.commitments.contracts import counted_contract
from readouts.stages.commitments.counted import listed_singles, untold_amount
from readouts.stages.commitments.departures import departures
from readouts.stages.commitments.dollars import in_local_dollars
from readouts.stages.commitments.earlier import earlier_pledge, named_before
from readouts.stages.commitments.faced import faced
from readouts.stages.commitments.factors import scaled
from readouts.stages.commitments.glosses import glossed
from readouts.stages.commitments.items import item_commitments, listed_sale
from readouts.stages.commitments.levels import with_level
from readouts.stages.commitments.lexicon import GENERIC, Lexicon, lexicon
from readouts.stages.commitments.modality import in_adjunct, modality_for
from readouts.stages.commitments.moves import moved_measure
from readouts.stages.commitments.offers import offered
from readouts.stages.commitments.passive import passive_sums
from readouts.stages.commitments.phrases import object_words, phrase, purpose_of, with_destination
from readouts.stages.commitments.plans import refrained
from readouts.stages.commitments.quantities import Change, currency_codes
from readouts.stages.commitments.ratelist import listed_rates
from readouts.stages.commitments.received import received
from readouts.stages.commitments.restated import restated
from readouts.stages.commitments.scrapped import to_zero
from readouts.stages.commitments.signed import signed, signed_spans
from readouts.stages.commitments.steps import steps
from readouts.stages.commitments.swaps import exchanged
from readouts.stages.commitments.valued import valued
from readouts.stages.commitments.who import buyer_actors, commitment_actors, own_object, party_actor
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import Mark, TimeIndex, calendar_value, duration_end

VERSION = "0.11.72"
_DEADLINE_CUES = frozenset({"by", "before", "until", "within"})
_TOLD_DONE = frozenset(
    {"executed", "demanded"}
)  # a count of force or of what was seen, even misread as asked
_PERIOD_CUES = frozenset({"for", "during", "in", "this", "over", "through"})
_SEASON_WORDS = ("season", "marketing year", "crop year", "fiscal year")
_SPAN_VALUE = re.compile(r"/|-Q[1-4]$|-H[12]$|-(?:SP|SU|FA|WI)$")


def _marks(context: Context, start: int, end: int) -> list[Mark]:
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return []
    return [m for m in index.within(start, end) if m.value]


def _joined(marks: list[Mark], i: int, text: str) -> str | None:
    """ "December and January" (two marks joined by "and", "to" or a dash) as one interval value."""
    if i + 1 >= len(marks):
        return None
    a, b = marks[i], marks[i + 1]
    gap = text[a.end : b.start].strip().lower()
    if gap in ("and", "to", "-", "\u2013", "through") and a.value and b.value and a.type == b.type == "DATE":
        return f"{a.value}/{b.value}"
    return None


def _when(
    context: Context, token: Token, visit: bool, window: tuple[int, int]
) -> tuple[str | None, str | None]:
    """(period, deadline) from the time expressions in the sentence (or the part of it an amount rules)."""
    period = deadline = None
    marks = [m for m in _marks(context, *window) if not _in_other_verb(token, m.start)]
    for i, mark in enumerate(marks):
        span = _span_of(mark, token)
        if span and period is None:
            period = mark.text.removeprefix("the ")
        elif span:
            continue
        elif mark.cue == "within" and mark.type == "DURATION":  # "within three months": a date
            deadline = deadline or duration_end(mark.value, context.article.published)
        elif mark.cue in _DEADLINE_CUES or (visit and mark.type == "DATE"):
            deadline = deadline or mark.value
        elif mark.cue in _PERIOD_CUES and mark.type == "DATE" and period is None:
            period = _period(marks, i, text_of(token.doc))
    return period, deadline


def _in_other_verb(token: Token, char: int) -> bool:
    """A time word in the phrase of a verb conjoined to the action's ("cut X next year and reduce it to 40%
    by 2035": 2035 is the second step's), or of the verb it is conjoined to."""
    if token.pos_ != "VERB":
        return False
    others = (c for c in token.conjuncts if c.pos_ == "VERB")
    return any(in_phrase(v, char) and not in_phrase(token, char) for v in others)


def _span_of(mark: Mark, token: Token) -> bool:
    """A period the action lasts: "for a year", "over three years" or "annually" in the action's phrase."""
    inside = in_phrase(token if token.pos_ == "VERB" else clause.verb_of(token), mark.start)
    duration = mark.type == "DURATION" and mark.cue in ("for", "over", "by")
    return inside and (duration or mark.type == "SET")


def _period(marks: list[Mark], i: int, text: str) -> str | None:
    """A season by its words ("current season"), two dates joined into an interval, or an interval."""
    mark = marks[i]
    if any(word in mark.text.lower() for word in _SEASON_WORDS):
        return mark.text.removeprefix("the ")
    joined = _joined(marks, i, text)
    if joined:
        return joined
    return mark.value if mark.value and _SPAN_VALUE.search(mark.value) else None


_YEAR_VALUE = re.compile(r"^\d{4}$")
_PAST_YEAR = re.compile(r"\b(?:last|past|previous) (?:fiscal |financial )?year\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _yearly_trade(context: Context, item: Commitment, found: Found) -> bool:
    """A year's trade in money ("China bought 87 billion yen worth of seafood in 2022") or in a trade
    verb ("imported 105 million tons of soybeans last year"): a background figure, not a purchase."""
    if item.modality != "executed" or found.action.object_kind != "commodity":
        return False
    if item.unit not in currency_codes() and found.token.lemma_.lower() not in lexicon().trade_words:
        return False  # "bought 2 million tons in 2024" is a buyer's act; "imported 105 million tons" a total
    sent = found.token.sent
    marks = _marks(context, sent.start_char, sent.end_char)
    if item.unit not in currency_codes() and any(_DAY_VALUE.match(m.value or "") for m in marks):
        return False  # "resumed imports on Sunday, two years after the ban": a dated act
    return any(_YEAR_VALUE.match(m.value or "") for m in marks) or bool(_PAST_YEAR.search(sent.text))


_CONCLUDING = frozenset(
    {"approve", "sign", "complete", "finalize", "finalise", "conclude", "announce", "confirm"}
)


def _described(noun: Token, lex: Lexicon) -> bool:
    """An action noun described, not done: the subject of "be" ("was the largest market for seafood
    exports") or of a passive that neither concludes nor commits ("its oil imports were shaped by prices")."""
    verb = clause.verb_of(noun)
    if verb.lemma_ == "be":
        return True
    lemma = verb.lemma_.lower()
    return noun.dep_ == "nsubjpass" and lemma not in _CONCLUDING and lemma not in lex.cue_words


def _bare_done(item: Commitment, found: Found) -> bool:
    """A measure reported as done without a figure to track ("imposed tariffs", "doubled tariffs to 50%"):
    an event. "Imposed sanctions on 77 individuals", "raised the levy from 10% to 25%" and "tariffs on
    $20 billion of goods" give one."""
    if not found.action.done_with_amount or item.modality != "executed":
        return False
    tracked = item.unit in ("count", "percent", *currency_codes()) or item.previous_quantity is not None
    return item.quantity is None or not tracked


def _not_targeted(context: Context, measure: Token, actors: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The announcers of a moved measure less the party it targets ("the tariff on Brazilian goods")."""
    owner = next((c for c in measure.children if c.dep_ == "poss"), None)  # "India's duty": India sets it
    owned = {t.i for t in owner.subtree} if owner is not None else set()
    named = {
        a.id
        for t in measure.subtree
        if t.i not in owned and (a := actor_at(context, t.idx, t.idx + len(t))) is not None
    }
    targets = named | {f"country:{code}" for i in named if (code := country_of(context, i))}
    return [a for a in actors if a[1] not in targets]


def _arms_seller(
    context: Context, found: Found, actors: list[tuple[str, str]], lex: Lexicon
) -> list[tuple[str, str]]:
    """The seller of an arms deal among its parties ("signed an arms deal with Washington")."""
    other = partner(found.token) if found.token.pos_ != "VERB" or arms_deal(found.token) else None
    parties = actors + [
        a for a in (buyer_actors(context, other, lex) if other is not None else []) if a not in actors
    ]
    return seller(parties)


def _soft(found: Found, lex: Lexicon) -> bool:
    """Boilerplate ("agreed to deepen cooperation") whose object says not in what (no "on ..." phrase)."""
    obj = found.object_token
    if found.action is not GENERIC or obj is None:
        return False
    if found.token.lemma_.lower() in lex.source_verbs and any(
        c.dep_ == "auxpass" for c in found.token.children
    ):
        return True  # "an official, who asked not to be named": a source's condition, no act
    pair = f"{found.token.lemma_} {obj.lemma_}".lower()
    if _guarding(obj, lex):
        return True  # "will take all necessary measures to defend its interests": a warning
    if pair not in lex.soft_objects:
        return False
    return not _says_what(found.token, obj)


def _says_what(verb: Token, obj: Token) -> bool:
    """Whether boilerplate says in what or to what end: a clause or purpose on the object ("take steps to
    curb exports"), a noun compound ("deepen trade ties"), or a phrase on it or an "in" phrase on the verb
    naming a field ("cooperation on climate finance", "take part in the inquiry"; "with China" is a
    partner)."""
    if any(c.dep_ in ("acl", "relcl") for c in obj.children) or purpose_of(obj) is not None:
        return True
    if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in obj.children):
        return True
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ != "with"]
    preps += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "in" and c.i > obj.i]
    return any(g.dep_ == "pobj" and g.lemma_.lower() not in _VAGUE_FIELDS for p in preps for g in p.children)


def _event_only(found: Found, modality: str, lex: Lexicon) -> bool:
    """A meeting to be held ("expected to hold talks", "pledged to hold an emergency session") or relations
    mended ("agreed to restore military channels"): an event, unless demanded of another party or, for a
    meeting, agreed as a standing forum."""
    obj = found.object_token
    if found.action is not GENERIC or obj is None or modality == "demanded":
        return False
    pair = f"{found.token.lemma_} {obj.lemma_}".lower()
    return pair in lex.relation_objects or (pair in lex.meeting_objects and modality != "agreed")


def _guarding(obj: Token, lex: Lexicon) -> bool:
    """Light measures whose purpose is to guard ("measures to protect its national interests")."""
    purpose = purpose_of(obj)
    return purpose is not None and purpose.lemma_.lower() in lex.guarding_purposes


_VAGUE_FIELDS = frozenset({"field", "area", "sector", "issue", "matter", "domain", "way"})


def _commitments(context: Context, found: Found) -> list[Commitment]:
    if _soft(found, lexicon()):
        return []  # "pledged to deepen cooperation", "maintain regular contact"
    modality = modality_for(
        found.token, lex := lexicon(), realisable=found.action.realised, done=found.action.done
    )
    if modality == "demanded" and found.restricted:
        modality = "pledged"  # "will require licences for exports": the rule is the actor's own
    if (
        modality == "executed"
        and found.token.pos_ == "NOUN"
        and (_described(found.token, lex) or in_adjunct(found.token))
    ):
        return []  # "China was the largest market for Japanese seafood exports": a description
    actors = commitment_actors(context, found, lex) if modality else []
    buyer = buyer_of(found.token) if modality and not actors and found.action.name == "sell" else None
    if buyer is not None:  # "soybeans were sold to China": China's purchase
        actors = buyer_actors(context, buyer, lex)
        found = dataclasses.replace(found, label="purchase")
    if modality is not None and actors and found.action.name == "sell" and of_arms(found.object):
        actors = _arms_seller(context, found, actors, lex)
        modality = "agreed" if modality == "executed" and arms_deal(found.token) else modality
    if modality is not None and found.object_token is not None and moved_measure(found.token, lex):
        actors = _not_targeted(context, found.object_token, actors)
        modality = None if modality == "executed" else modality  # "tariffs fell": a report, not a move
    if modality is None or not actors or _event_only(found, modality, lex):
        return []
    if found.counted and modality in _TOLD_DONE and found.token.lemma_.lower() in lex.uncounted_verbs:
        return []  # "launched 85 drones", "tracked 31 aircraft"; not "will host 3,000 students"
    sent = found.token.sent
    out = []
    place = found.action.object_kind == "place"  # a visit has no amount
    amounts = [Amount(None, sent.start_char, sent.end_char)] if place else amounts_for(found.token)
    for actor, amount in ((a, m) for a in actors for m in amounts):
        change = amount.change
        listed = amount.object_token is not None  # "a package worth 700 million euros, including two
        # Patriot launchers": a listed item keeps its own count
        if (
            change is not None
            and found.action.money
            and change.new.unit not in currency_codes()
            and not listed
        ):
            change = None  # "invested heavily in real estate" has no amount in tons
        if change is None and not place and not listed:
            change = untold_amount(found.token, found.object_token, found.action.money)  # "send a frigate"
        period, deadline = _when(context, found.token, place, amount.window)
        item = Commitment(
            actor=actor[0],
            actor_id=actor[1],
            action=f"not {found.label}" if refrained(found.token) else found.label,
            object=_own_phrase(amount.object_token) if amount.object_token else _moved(found),
            modality=modality,
            evidence=Span(sent.start_char, sent.end_char),
            provenance=STAGE.provenance,
            quantity=change.new.value if change else None,
            unit=change.new.unit if change else None,
            previous_quantity=change.previous.value if change and change.previous else None,
            period=period,
            deadline=deadline,
        )
        if _yearly_trade(context, item, found) or _bare_done(item, found):
            continue
        if item.quantity is None and (found.counted or found.token.lemma_.lower() in lex.vague_verbs):
            continue  # a verb outside the lexicon counts only with its amount; so does "promote friendship"
        out.append(to_zero(scaled(item, found.token, change), found, lex))
        out.extend(steps(sent, item))  # "will fall to 75% ... and to 40% by its tenth year"
        if item.unit == "count" and amount is amounts[-1]:  # "two patrol aircraft and a frigate"
            out.extend(_one_more(item, t, c) for t, c in listed_singles(found.token, found.object_token))
        earlier = earlier_pledge(item, found, lex)
        if earlier is not None:
            out.append(earlier)
    return out + _gapped(context, found, modality, out[0] if out else None)


def _moved(found: Found) -> str:
    """The object, and for forces moved where they go (:func:`.phrases.with_destination`)."""
    return with_destination(found.token, found.object) if found.action.name == "deploy" else found.object


def _own_phrase(token: Token) -> str:
    """The object a listed amount names: "2 million tons of corn" → corn; "a 10% duty on soybeans" → the
    duty on soybeans."""
    return phrase(token, with_prep=token.dep_ != "pobj")


def _one_more(item: Commitment, obj: Token, one: Change) -> Commitment:
    """A single thing listed after the item's counted object, as a commitment of its own."""
    return dataclasses.replace(item, object=_own_phrase(obj), quantity=one.new.value, previous_quantity=None)


def _gapped(context: Context, found: Found, modality: Modality, model: Commitment | None) -> list[Commitment]:
    """The same action by the other parties of a gapped list ("..., the UAE 163,000 bpd and Kuwait 135,000
    bpd"), each with its own amount."""
    if model is None or found.action.object_kind == "place":
        return []
    out = []
    for amount in gapped_amounts(found.token, first_amount(found.token)):
        party = party_actor(context, amount.party, found, lexicon()) if amount.party else None
        if party is None or amount.change is None or party[1] == model.actor_id:
            continue
        out.append(
            dataclasses.replace(
                model,
                actor=party[0],
                actor_id=party[1],
                quantity=amount.change.new.value,
                unit=amount.change.new.unit,
                previous_quantity=None,
                modality=modality,
                object=phrase(amount.object_token, with_prep=False) if amount.object_token else model.object,
            )
        )
    return out


def extract(doc: Doc, context: Context) -> Sequence[Commitment]:
    lex = lexicon()
    out: list[Commitment] = []
    for sent in doc.sents:
        before = len(out)
        found = list(actions_in(sent, lex))
        covered = [(f.object_token.left_edge.i, f.object_token.right_edge.i) for f in found if f.object_token]
        covered += [(p.left_edge.i, p.right_edge.i) for f in found if f.object_token for p in _on_phrases(f)]
        covered += signed_spans(sent, lex)  # "signed 37 agreements covering farm exports"
        objects: set[int] = set()
        for item in found:
            inside = item.token.pos_ != "VERB" and any(a <= item.token.i <= b for a, b in covered)
            if inside and approver(item.token) is None:  # not "..., a sale approved by the department"
                continue  # "licences for rare earth exports": the noun is inside another action's object
            again = any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in item.token.children)
            if item.object_token is not None and item.object_token.i in objects and not again:
                continue  # "agreed to suspend or remove the countermeasures": one commitment ("and lower
                # it further to 40%" is another step)
            if _framed_act(item, found):
                continue  # "considering a contract to sell 500,000 barrels a day": the sale is the commitment
            if item.object_token is not None:
                objects.add(item.object_token.i)
            if item.elliptic:
                item = named_before(item, out)
            made = _commitments(context, item) if item.object else []
            items = item_commitments(item, made[0] if made else _last(out, item.label))
            made = [] if items and listed_sale(item) else made
            made += counted_contract(item, made, lex.contract_nouns)  # "worth $6.5 billion for 180 tanks"
            for commitment in made + items:
                _add(out, with_level(commitment, out, lex))
        out.extend(restated(sent, lex, out))  # "The order covers 160 firm aircraft"
        out.extend(valued(sent, lex, out))  # "the deal, valued at about $3.6 billion"
        out.extend(added(context, sent, lex, out[before:]))  # "..., and the UAE added $1 billion"
        out.extend(passive_sums(context, sent, lex, out, STAGE.provenance))  # "$1 billion was disbursed"
        for offer in offered(context, sent, lex, STAGE.provenance):  # "Qatar's offer of a jet"
            _add(out, offer)
        for gift in received(context, sent, lex, STAGE.provenance):  # "received $14 billion from the IMF"
            _add(out, gift)
        for leaving in departures(context, sent, lex, STAGE.provenance):  # "900 soldiers would leave"
            _add(out, leaving)
        for other in exchanged(context, sent, lex, out[before:], STAGE.provenance):  # "for two soldiers"
            _add(out, other)
        for rate in faced(context, sent, lex, STAGE.provenance):  # "will face a 15% U.S. tariff"
            _add(out, rate)
        for rate in listed_rates(context, sent, STAGE.provenance):  # "17 percent for BYD, 18.8 for Geely"
            _add(out, rate)
        for signing in signed(context, sent, lex, STAGE.provenance):  # "both sides signed eight deals"
            if not any((c.evidence, c.quantity) == (signing.evidence, signing.quantity) for c in out):
                _add(out, signing)  # not again where the verb's own reading counted them
    dated = (
        dataclasses.replace(c, deadline=calendar_value(c.deadline), period=calendar_value(c.period))
        for c in (in_local_dollars(context, c) for c in answered(context, out, lex))  # "consider the request"
    )
    glossed_items = (glossed(context, c) for c in dated)
    return [c for c in glossed_items if not own_object(c)]  # "imported from Japan": no act of Japan on Japan


def _framed_act(item: Found, found: list[Found]) -> bool:
    """A generic act on a deal noun whose infinitive names another action found ("was considering a
    contract to sell crude"), or whose subject is one ("purchases would rise"): that action says what is
    committed."""
    if item.action is not GENERIC:
        return False
    acts = {f.token.i for f in found if f is not item}
    if any(c.dep_ == "nsubj" and c.i in acts for c in item.token.children):
        return True  # "China's purchases would rise to 20 million tons": the purchase, not a rise
    if item.object_token is None:
        return False
    return any(  # not "lead a force that could be deployed": the force is what is led
        c.dep_ in ("acl", "relcl") and c.i in acts and not any(g.dep_ == "auxpass" for g in c.children)
        for c in item.object_token.children
    )


def _on_phrases(found: Found) -> list[Token]:
    """What a verb's measure bears on ("remove its curbs on rare earth exports"): part of its object."""
    if found.token.pos_ != "VERB":
        return []
    return [c for c in found.token.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > found.token.i]


def _last(out: list[Commitment], label: str) -> Commitment | None:
    """The article's last commitment with this action ("the sales" named again by their items)."""
    return next((c for c in reversed(out) if c.action == label), None)


def _add(out: list[Commitment], item: Commitment) -> None:
    """Append, or fold into an earlier report of the same commitment (same actor, action, modality and a
    shared object word, or a count restated), keeping whichever gives a quantity."""
    for i, other in enumerate(out):
        same = (other.actor_id, other.action, other.modality) == (item.actor_id, item.action, item.modality)
        same = same and (None in (other.quantity, item.quantity) or other.quantity == item.quantity)
        if _restated(other, item) or (same and object_words(other.object) & object_words(item.object)):
            if other.quantity is None and item.quantity is not None:
                out[i] = item
            return
    out.append(item)


def _restated(other: Commitment, item: Commitment) -> bool:
    """The same count of the same things by the same actor told again in other words ("expelled six
    diplomats" and "ordered out the envoy and five other diplomats")."""
    if (
        item.quantity is None
        or item.quantity <= 1  # one thing each ("deploy the frigate Hamburg and send a drone unit"): two
        or item.unit != "count"
        or (other.quantity, other.unit) != (item.quantity, "count")
    ):
        return False
    if (other.actor_id, other.modality) != (item.actor_id, item.modality):
        return False
    verbs = lexicon().by_verb
    kinds = {verbs[a].name if a in verbs else a for a in (other.action, item.action)}
    return len(kinds) == 1


STAGE = Stage(
    name="commitments", version=VERSION, provides="commitments", needs=("timexes", "actors"), run=extract
)
