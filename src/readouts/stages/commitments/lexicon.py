"""The commitments lexicon (``data/actions.yaml``): actions by verb and noun, change verbs, modality cues."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from readouts.errors import LexiconError
from readouts.model import Modality

MODALITIES: tuple[Modality, ...] = ("considering", "demanded", "pledged", "agreed", "expected")


@dataclass(frozen=True)
class Action:
    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    level: str = "country"  # "country": a person's commitment is their country's; "actor": keep the person
    object_kind: str | None = None  # "place", "commodity" or None (the verb's object phrase)
    needs_object: frozenset[str] = frozenset()
    realised: bool = True  # False: reported as done, it is not a commitment (imposing tariffs)
    done_with_amount: bool = False  # reported as done, a commitment only with a figure ("imposed a 25% duty")
    money: bool = False  # its amounts are sums of money only ("invest $10 billion")
    done: Modality = "executed"  # the modality when reported as done ("have set a target": agreed)
    owner_acts: bool = False  # as a noun, the measure's owner acts ("the lifting of U.S. tariffs")
    what: str | None = None  # a sum's object when only its recipient is named ("lend Egypt $2 billion": loan)


GENERIC = Action(name="generic", verbs=frozenset(), nouns=frozenset(), level="actor")


@dataclass(frozen=True)
class Lexicon:
    by_verb: dict[str, Action]
    by_noun: dict[str, Action]
    change_verbs: frozenset[str]
    noun_cues: frozenset[str]
    not_actions: frozenset[str]
    speech_verbs: frozenset[str]
    modality: tuple[tuple[Modality, frozenset[str]], ...]
    permit_verbs: frozenset[str] = frozenset()
    lapse_verbs: frozenset[str] = frozenset()  # "let the ban expire": a permit verb letting nobody in
    negating: frozenset[str] = frozenset()
    asking_verbs: frozenset[str] = frozenset()
    noun_only_cues: frozenset[str] = frozenset()  # "notified Congress of a sale", not "... that it would"
    binding_verbs: frozenset[str] = frozenset()  # "the deal commits Jakarta to cut tariffs": Jakarta acts
    current_levels: frozenset[str] = frozenset()  # "from $3.5 billion now": today's level, not a pledge
    open_asks: frozenset[str] = frozenset()  # "invited Xi to visit": binds nobody until accepted
    acceptances: frozenset[str] = frozenset()
    state_body_words: frozenset[str] = frozenset()
    state_seats: frozenset[str] = frozenset()  # "Downing Street", "the Kremlin": the state
    forecasters: frozenset[str] = frozenset()
    personal_verbs: frozenset[str] = frozenset()  # generic actions a person does in person (visit, meet)
    uncounted_verbs: frozenset[str] = frozenset()  # a counted object makes no commitment of these (kill, log)
    vague_objects: frozenset[str] = frozenset()  # "take steps", "raise the matter": no object to record
    recipient_nouns: frozenset[str] = frozenset()  # "supply the island with 1.6 million tons of oil"
    judgement_words: frozenset[str] = frozenset()  # "hold X accountable": the object is judged, not acted on
    prep_objects: frozenset[str] = frozenset()  # "abide by the rulings"
    not_commodities: frozenset[str] = frozenset()  # "booked a charge": not a purchase
    commodity_adjectives: frozenset[str] = frozenset()  # "rare earth exports": part of the goods' name
    command_verbs: frozenset[str] = frozenset()
    demanded_measures: dict[str, str] = dataclasses.field(default_factory=dict)  # "for new sanctions"
    measure_moves: dict[str, str] = dataclasses.field(default_factory=dict)  # "the tariff would fall"
    trade_words: frozenset[str] = frozenset()  # "imported 105 million tons last year": a statistic
    threat_verbs: frozenset[str] = frozenset()
    truce_verbs: frozenset[str] = frozenset()  # "agreed to a ceasefire": each party would observe it
    trade_truce_words: frozenset[str] = frozenset()  # "a tariff truce" is no ceasefire
    told_verbs: frozenset[str] = frozenset()  # demand only with an infinitive ("told Pakistan to cut")
    faced_measures: frozenset[str] = frozenset()  # rates told as faced or taking effect (:mod:`.faced`)
    facing_verbs: frozenset[str] = frozenset()  # "will face a 15% tariff"
    effect_phrases: frozenset[str] = frozenset()  # "take effect", "kick in" (lemmas, a verb and its words)
    zeroing_actions: frozenset[str] = frozenset()  # actions that take a rate to zero ("scrap the duties")
    scrapping_verbs: frozenset[str] = frozenset()  # "scrapped its 80.5% tariff": to 0, from 80.5
    rate_words: frozenset[str] = frozenset()  # rates they act on, as _words() gives them (no final "s")
    other_actions: dict[str, tuple[Action, ...]] = dataclasses.field(
        default_factory=dict
    )  # "withdraw"  # "threatened to impose a tariff": only lexicon actions
    moving_bodies: frozenset[str] = frozenset()  # "troops will pull back from X": the troops move
    departing_verbs: frozenset[str] = frozenset()  # "900 Kenyan soldiers would leave": they withdraw
    member_nouns: frozenset[str] = frozenset()  # "allies will spend": the bloc's members
    representatives: frozenset[str] = frozenset()  # "leaders of the G7 agreed": the G7
    market_nouns: frozenset[str] = frozenset()  # "soybean futures surged 3%": no one acts
    group_nouns: frozenset[str] = frozenset()  # "Chinese companies will invest": the group, as China
    adding_verbs: frozenset[str] = frozenset()  # "and the UAE added $1 billion": the same act, another party
    own_side: frozenset[str] = frozenset()  # "ordered the ministry to explore": bodies acting for the orderer
    blocs: frozenset[str] = frozenset()  # names of alliances and unions whose members act for them
    regulating_nouns: frozenset[str] = frozenset()  # "licences for exports": the exports are regulated
    regulating_verbs: frozenset[str] = frozenset()  # "banned exports of gallium": restricted, not made
    observing_verbs: frozenset[str] = frozenset()  # "monitor wheat imports": imports watched, not made
    source_verbs: frozenset[str] = frozenset()  # "asked not to be named": a source's condition
    soft_objects: frozenset[str] = frozenset()  # "deepen cooperation" with no "on ...": boilerplate
    vague_verbs: frozenset[str] = frozenset()  # "promote friendship": no act without an amount
    giving_verbs: frozenset[str] = frozenset()  # "paid 2.5 billion euros to X": funding for X
    purpose_promises: frozenset[str] = frozenset()  # "pledged in 2022 to raise", parsed as a purpose
    meeting_objects: frozenset[str] = frozenset()  # "hold talks": an event unless agreed as a standing forum
    relation_objects: frozenset[str] = frozenset()  # "restore relations": an event unless demanded
    guarding_purposes: frozenset[str] = frozenset()  # "take measures to defend its interests": boilerplate
    deal_nouns: frozenset[str] = frozenset()  # "the deal, valued at $3.6 billion": a sale restated
    money_nouns: frozenset[str] = frozenset()  # "new money to repair the grid": named by what it is for
    adopted_measures: frozenset[str] = frozenset()  # "a package which would blacklist": its adopter acts
    adopting_verbs: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()  # "a bill which includes": no act of the adopter
    document_nouns: frozenset[str] = frozenset()  # "a document setting out its position": named by it
    offer_nouns: frozenset[str] = frozenset()  # "Qatar's offer of a jet": Qatar would provide it
    receive_verbs: frozenset[str] = frozenset()  # "received $14 billion from the IMF": the IMF provided it
    funding_nouns: frozenset[str] = frozenset()  # "announced a credit line of 66 billion yuan": a sum
    contract_nouns: frozenset[str] = frozenset()  # "signed a contract for 180 tanks": a purchase
    imposing_verbs: frozenset[str] = frozenset()  # "said it would apply extra duties": who sets a rate faced
    signing_verbs: frozenset[str] = frozenset()  # "signed eight agreements": documents signed by count
    signed_documents: frozenset[str] = frozenset()
    signing_groups: frozenset[str] = frozenset()  # "officials from the two governments": both sides sign
    lone_groups: frozenset[str] = frozenset()  # "donors pledged": a group no actor names (:mod:`.groups`)
    named_groups: frozenset[str] = frozenset()  # "official creditors": with a word saying which
    vague_groups: frozenset[str] = frozenset()  # "other countries": such a word names nobody
    level_nouns: frozenset[str] = frozenset()  # "reach the 5% level": the thing measured is named before
    passive_payments: frozenset[str] = frozenset()  # "$1.2 billion was disbursed, the Fund said"
    passive_told: frozenset[str] = frozenset()  # "11 fishermen would be released, Sri Lankan officials said"
    weighing_verbs: frozenset[str] = (
        frozenset()
    )  # "considering a $10 billion arrangement": weighed  # "ordered officials to": the orderer's side acts
    answering_verbs: frozenset[str] = frozenset()  # "would consider the request": the act asked, weighed
    onward_verbs: frozenset[str] = frozenset()  # "go ahead with the purchase": the subject acts
    national_forces: frozenset[str] = frozenset()  # "the Lebanese army will deploy": Lebanon's, as named
    asked_nouns: frozenset[str] = frozenset()  # "the request", "the proposal": what was asked of the party

    @property
    def demand_words(self) -> frozenset[str]:
        return next((w for m, w in self.modality if m == "demanded"), frozenset())

    @property
    def pledge_words(self) -> frozenset[str]:
        return next((w for m, w in self.modality if m == "pledged"), frozenset())

    @property
    def cue_words(self) -> frozenset[str]:
        return frozenset(w for _, words in self.modality for w in words)


def _words(entry: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in entry.get(key) or ())


def _modality(value: object) -> Modality:
    for m in (*MODALITIES, "executed"):
        if value == m:
            return m
    raise LexiconError(f"commitments/data/actions.yaml: unknown modality {value!r}")


@functools.cache
def lexicon() -> Lexicon:
    text = resources.files("readouts.stages.commitments").joinpath("data/actions.yaml").read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"commitments/data/actions.yaml: {exc}") from exc
    by_verb: dict[str, Action] = {}
    by_noun: dict[str, Action] = {}
    others: dict[str, tuple[Action, ...]] = {}
    for name, entry in (data.get("actions") or {}).items():
        action = Action(
            name=str(name),
            verbs=_words(entry, "verbs"),
            nouns=_words(entry, "nouns"),
            level=str(entry.get("level", "country")),
            object_kind=entry.get("object"),
            needs_object=_words(entry, "needs_object"),
            realised=bool(entry.get("realised", True)),
            done_with_amount=entry.get("realised") == "with_amount",
            money=entry.get("amount") == "money",
            done=_modality(entry.get("done", "executed")),
            owner_acts=bool(entry.get("owner_acts", False)),
            what=entry.get("what"),
        )
        for verb in action.verbs & by_verb.keys():  # a verb of two actions: the earlier one is tried second
            others[verb] = (*others.get(verb, ()), by_verb[verb])
        by_verb.update({v: action for v in action.verbs})
        by_noun.update({n: action for n in action.nouns})
    cues = data.get("modality") or {}
    unknown = set(cues) - set(MODALITIES)
    if unknown:
        raise LexiconError(f"commitments/data/actions.yaml: unknown modalities {sorted(unknown)}")
    return Lexicon(
        by_verb=by_verb,
        by_noun=by_noun,
        change_verbs=frozenset(str(w) for w in data.get("change_verbs") or ()),
        noun_cues=frozenset(str(w) for w in data.get("noun_cues") or ()),
        not_actions=_words(data, "not_actions"),
        lone_groups=_words(data.get("group_actors") or {}, "alone"),
        named_groups=_words(data.get("group_actors") or {}, "named"),
        vague_groups=_words(data.get("group_actors") or {}, "vague"),
        speech_verbs=_words(data, "speech_verbs"),
        modality=tuple((m, frozenset(str(w) for w in cues[m])) for m in MODALITIES if m in cues),
        permit_verbs=_words(data, "permit_verbs"),
        lapse_verbs=_words(data, "lapse_verbs"),
        negating=_words(data, "negating"),
        asking_verbs=_words(data, "asking_verbs"),
        binding_verbs=_words(data, "binding_verbs"),
        noun_only_cues=_words(data, "noun_only_cues"),
        open_asks=_words(data, "open_asks"),
        current_levels=_words(data, "current_levels"),
        acceptances=_words(data, "acceptances"),
        state_body_words=_words(data, "state_body_words"),
        state_seats=frozenset(data.get("state_seats") or ()),
        forecasters=_words(data, "forecasters"),
        personal_verbs=_words(data, "personal_verbs"),
        uncounted_verbs=_words(data, "uncounted_verbs"),
        command_verbs=_words(data, "command_verbs"),
        threat_verbs=_words(data, "threat_verbs"),
        truce_verbs=_words(data, "truce_verbs"),
        trade_truce_words=_words(data, "trade_truce_words"),
        told_verbs=_words(data, "told_verbs"),
        faced_measures=_words(data, "faced_measures"),
        facing_verbs=_words(data, "facing_verbs"),
        effect_phrases=_words(data, "effect_phrases"),
        zeroing_actions=_words(data, "zeroing_actions"),
        source_verbs=_words(data, "source_verbs"),
        observing_verbs=_words(data, "observing_verbs"),
        regulating_nouns=_words(data, "regulating_nouns"),
        regulating_verbs=frozenset().union(  # the verbs of actions that bar or ration trade
            *(_words(e, "verbs") for e in (data.get("actions") or {}).values() if e.get("regulates"))
        ),
        scrapping_verbs=_words(data, "scrapping_verbs"),
        rate_words=_words(data, "rate_words"),
        trade_words=_words(data, "trade_words"),
        other_actions=others,
        measure_moves={str(k).lower(): str(v) for k, v in (data.get("measure_moves") or {}).items()},
        demanded_measures={str(k).lower(): str(v) for k, v in (data.get("demanded_measures") or {}).items()},
        weighing_verbs=_words(data, "weighing_verbs"),
        answering_verbs=_words(data, "answering_verbs"),
        onward_verbs=_words(data, "onward_verbs"),
        national_forces=_words(data, "national_forces"),
        asked_nouns=_words(data, "asked_nouns"),
        moving_bodies=_words(data, "moving_bodies"),
        departing_verbs=_words(data, "departing_verbs"),
        member_nouns=_words(data, "member_nouns"),
        representatives=_words(data, "representatives"),
        group_nouns=_words(data, "group_nouns"),
        market_nouns=_words(data, "market_nouns"),
        own_side=_words(data, "own_side"),
        adding_verbs=_words(data, "adding_verbs"),
        blocs=_words(data, "blocs"),
        passive_payments=_words(data, "passive_payments"),
        passive_told=_words(data, "passive_told"),
        level_nouns=_words(data, "level_nouns"),
        offer_nouns=_words(data, "offer_nouns"),
        receive_verbs=_words(data, "receive_verbs"),
        funding_nouns=_words(data, "funding_nouns"),
        contract_nouns=_words(data, "contract_nouns"),
        imposing_verbs=_words(data, "imposing_verbs"),
        signing_verbs=_words(data, "signing_verbs"),
        signed_documents=_words(data, "signed_documents"),
        signing_groups=_words(data, "signing_groups"),
        deal_nouns=_words(data, "deal_nouns"),
        money_nouns=_words(data, "money_nouns"),
        document_nouns=_words(data, "document_nouns"),
        adopted_measures=_words(data, "adopted_measures"),
        adopting_verbs=_words(data, "adopting_verbs"),
        describing_verbs=_words(data, "describing_verbs"),
        soft_objects=_words(data, "soft_objects"),
        vague_verbs=_words(data, "vague_verbs"),
        giving_verbs=_words(data, "giving_verbs"),
        purpose_promises=_words(data, "purpose_promises"),
        meeting_objects=_words(data, "meeting_objects"),
        relation_objects=_words(data, "relation_objects"),
        guarding_purposes=_words(data, "guarding_purposes"),
        vague_objects=_words(data, "vague_objects"),
        judgement_words=_words(data, "judgement_words"),
        recipient_nouns=_words(data, "recipient_nouns"),
        prep_objects=_words(data, "prep_objects"),
        not_commodities=_words(data, "not_commodities"),
        commodity_adjectives=_words(data, "commodity_adjectives"),
    )


@functools.cache
def action_words(name: str) -> frozenset[str]:
    """The first words of the verbs of the lexicon's action ``name`` ("release": release, free, hand, ...)."""
    lex = lexicon()
    actions = (a for a in (*lex.by_noun.values(), *lex.by_verb.values()) if a.name == name)
    action = next(actions, None)
    return frozenset(v.split()[0] for v in action.verbs) if action is not None else frozenset()
