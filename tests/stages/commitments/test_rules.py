"""Passages for the commitment rules of stage 0.7 (own sentences): each must yield the listed commitments
(matched by the contract's rule and the same modality); ``[]`` means no commitment at all."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc, Span

from readouts.stages.commitments.lexicon import lexicon
from readouts.stages.commitments.who import _candidates
from tests.stages.commitments.test_cases import _system, check

C = dict[str, Any]


def _case(text: str, *commitments: C) -> Any:
    case = {"text": text, "published": "2025-06-10", "commitments": list(commitments)}
    return pytest.param(case, id=" ".join(text.split()[:6]))


def _c(actor: str, obj: str, modality: str, quantity: float | None = None, unit: str | None = None) -> C:
    return {"actor": actor, "object": obj, "modality": modality, "quantity": quantity, "unit": unit}


RULES = [
    # boilerplate: jobs a deal "supports", pressure or a pace "kept up"
    _case("Brussels urged Sarajevo to keep up the pace."),
    _case("The EU must keep up its guard, von der Leyen said."),
    # words delivered are no goods: "delivered a pointed warning", "delivered a letter of interest"
    _case("President Joe Biden delivered a pointed warning to Beijing on Thursday."),
    # leaders who sign documents together are named by their states, as the documents bind the states
    _case(
        "Brazil and China deepened ties on Wednesday. Xi Jinping and Luiz Inacio Lula da Silva signed 37"
        " agreements covering trade and technology.",
        _c("Brazil", "agreements", "executed", 37, "count"),
    ),
    # ministers sign for their states: "sign" is no personal act, so "the two ministers" are their countries
    _case(
        "U.S. Defence Secretary Pete Hegseth met Indian Defence Minister Rajnath Singh in July. The two"
        " ministers agreed to sign the framework during the visit.",
        _c("United States", "framework", "agreed"),
        _c("India", "framework", "agreed"),
    ),
    # a release asked of no one named is the holder's to grant: the court's country, a relative clause's
    _case(
        "Seoul on Friday demanded the release of a South Korean engineer who was sentenced by a Chinese court"
        " to four years in prison.",
        _c("China", "engineer", "demanded"),
    ),
    # a stake told by its percentage is counted: taking or holding it is an act to track
    _case(
        "Under the deal, Mitsui will take a 20% stake in the new terminal.",
        _c("Mitsui", "stake in the new terminal", "agreed", 20, "percent"),
    ),
    _case(
        "Equinor will hold a 30% stake in the refinery venture.",
        _c("Equinor", "stake in the refinery venture", "pledged", 30, "percent"),
    ),
    # a market move is no one's commitment, even with an exchange named beside the instrument
    _case("Benchmark Chicago Board of Trade wheat futures jumped more than 4 per cent on Tuesday."),
    # bare "authorities" with no word saying whose are the article's own country's
    _case(
        "Kazakhstan hosts the summit this week. Authorities closed schools and deployed some 8,000 police"
        " officers in the capital.",
        _c("Kazakhstan", "police officers", "executed", 8000, "count"),
    ),
    # "the two regional powers", "the two neighbours" are the two countries just named
    _case(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday, and the"
        " two neighbours pledged to raise trade to 2 billion dollars.",
        _c("Kenya", "trade", "pledged", 2_000_000_000, "USD"),
        _c("Ethiopia", "trade", "pledged", 2_000_000_000, "USD"),
    ),
    # output cuts, a mandate or visa-free entry prolonged keep a commitment in force
    _case(
        "China extended visa-free entry for New Zealand passport holders until the end of 2026.",
        _c("China", "visa-free entry", "executed"),
    ),
    _case(
        "OPEC+ agreed on Sunday to extend output cuts of 2.2 million barrels per day into next year.",
        _c("OPEC+", "output cuts", "agreed", 2_200_000, "bpd"),
    ),
    # sparing goods, firms or a place a measure is tracked even without a figure; the spared do not act
    _case(
        "The United States exempted the port of Duqm from its sanctions on Yemen in 2019.",
        _c("United States", "port of Duqm", "executed"),
    ),
    _case("Thirty cognac houses were exempted from the duties."),
    # a measure adopted does what its relative clause says, by its adopter; "EU ministers" are the EU's
    _case(
        "The EU approved a sanctions package which will blacklist 150 more tankers.",
        _c("European Union", "tankers", "agreed", 150, "count"),
    ),
    _case(
        "EU foreign ministers agreed to blacklist 150 more tankers.",
        _c("European Union", "tankers", "agreed", 150, "count"),
    ),
    # a pronoun object carries the amount told with the noun it stands for, in the same sentence
    _case(
        "The EU drafted tariffs on 21 billion euros of American goods in March but suspended them in May.",
        _c("European Union", "tariffs", "pledged", 21_000_000_000, "EUR"),
    ),
    # a number the parser hangs on the participle after it still counts the noun ("11 detained ... fishermen")
    _case(
        "Sri Lankan officials said 11 detained Indian fishermen would be released in the coming days.",
        _c("Sri Lanka", "fishermen", "pledged", 11, "count"),
    ),
    # a craft named by its class before its name is one counted thing
    _case(
        "Norway will deploy its frigate Fridtjof Nansen to the Baltic in June.",
        _c("Norway", "frigate", "pledged", 1, "count"),
    ),
    _case(  # one thing each is no count restated
        "Germany said it would deploy the frigate Hamburg to Kiel and send an army counter-drone unit.",
        _c("Germany", "frigate", "pledged", 1, "count"),
        _c("Germany", "counter-drone unit", "pledged", 1, "count"),
    ),
    # a request weighed is the act asked, under consideration: one commitment, in its latest state
    _case(
        "Chile asked Japan to fund a new tsunami warning network. A Japanese official said Tokyo would "
        "consider the request.",
        _c("Japan", "tsunami warning network", "considering"),
    ),
    # things counted whose capacity the phrase gives are measured by it; a size each leaves the count
    _case(
        "Acme Power will build four gas-fired plants with a combined capacity of about 3,000 megawatts, as "
        "well as an 800-megawatt solar park in the south.",
        _c("Acme Power", "gas-fired plants", "pledged", 3000, "MW"),
        _c("Acme Power", "solar park", "pledged", 800, "MW"),
    ),
    _case(
        "Rosatom will build six reactors of 55 MW each at the site.",
        _c("Rosatom", "reactors", "pledged", 6, "count"),
    ),
    # a relative pronoun subject stands for the noun it hangs on
    _case(
        "The delegation later met Mark Carney, who announced 500 million Canadian dollars in new aid "
        "for Haiti.",
        _c("Canada", "aid for Haiti", "pledged", 500_000_000, "CAD"),
    ),
    # a measure reported as done counts with a figure to track: a count, a sum, or "from ... to ..."
    _case(
        "Britain imposed sanctions on 14 individuals tied to the junta on Monday.",
        _c("United Kingdom", "sanctions", "executed", 14, "count"),
    ),
    _case(
        "Washington raised the duty on Mexican tomatoes from 15% to 21% on Monday.",
        _c("United States", "duty on Mexican tomatoes", "executed", 21, "percent"),
    ),
    # a measure ordered or announced is pledged
    _case(
        "President Trump on Friday ordered a 30% tariff on Brazilian coffee.",
        _c("United States", "tariff on Brazilian coffee", "pledged", 30, "percent"),
    ),
    _case("Ottawa announced new sanctions on Iranian oil traders.", _c("Canada", "sanctions", "pledged")),
    # a bare number counting a plural noun of the action is a count
    _case(
        "Japan said it would send up to 2 million blankets to the flood zone.",
        _c("Japan", "blankets", "pledged", 2_000_000, "count"),
    ),
    # a future main clause with a named subject states a plan
    _case("Kenya will host the climate summit in 2027.", _c("Kenya", "climate summit", "pledged")),
    _case("The tariffs will hurt farmers in Iowa."),
    # the object keeps its place ("at ...") and what a sum is the worth of
    _case(
        "South Korea and Japan agreed on Friday to restore full staffing at their consulates.",
        _c("South Korea", "consulates", "agreed"),
        _c("Japan", "consulates", "agreed"),
    ),
    _case(
        "The European Union said it would impose duties on up to 8 billion euros worth of Chinese steel.",
        _c("European Union", "Chinese steel", "pledged", 8_000_000_000, "EUR"),
    ),
    # "under its terms", and troops named by whose they are
    _case(
        "Armenia and Azerbaijan signed a pact on Monday. Under its terms, troops from both sides will "
        "withdraw from the border villages.",
        _c("Armenia", "troops", "agreed"),
        _c("Azerbaijan", "troops", "agreed"),
    ),
    # "agreed that X would", "promised that X would"
    _case(
        "Tokyo agreed that it would open its rice market to American growers.",
        _c("Japan", "rice market", "agreed"),
    ),
    _case(
        "Biden promised that Washington would send more Patriot batteries to Kyiv.",
        _c("United States", "Patriot batteries", "pledged"),
    ),
    # a sum "for" something: that thing
    _case(
        "Germany promised to spend 5 billion euros for new air defence batteries.",
        _c("Germany", "air defence batteries", "pledged", 5_000_000_000, "EUR"),
    ),
    # a sum pledged with nothing named is funding; another party's sum in another currency has its own object
    _case(
        "Norway said it would commit $80 million to the relief effort.",
        _c("Norway", "funding for the relief effort", "pledged", 80_000_000, "USD"),
    ),
    _case(
        "Sweden offered 40 million euros and Denmark about $25 million in field hospitals.",
        _c("Sweden", "funding", "pledged", 40_000_000, "EUR"),
        _c("Denmark", "field hospitals", "pledged", 25_000_000, "USD"),
    ),
    # coordinated sums each with its own object ("and a C$100 million loan"), across an "including" list
    _case(
        "Ottawa announced 300 million Canadian dollars in aid for Haiti, including food and shelter, and a "
        "C$100 million loan to its central bank.",
        _c("Canada", "aid for Haiti", "pledged", 300_000_000, "CAD"),
        _c("Canada", "loan", "pledged", 100_000_000, "CAD"),
    ),
    # verbs that stop an act are the action; the act stopped is none
    _case("China halted purchases of Brazilian beef in March.", _c("China", "Brazilian beef", "executed")),
    _case(
        "Washington urged New Delhi to stop buying Iranian crude.", _c("India", "Iranian crude", "demanded")
    ),
    _case(
        "The council demanded that Hamas halt the raids and release the 12 aid workers.",
        _c("Hamas", "aid workers", "demanded", 12, "count"),
    ),
    # an infinitive the parse hangs on a time phrase still belongs to the demand
    _case(
        "Brussels has urged Beijing for weeks to stop dumping cheap steel.",
        _c("China", "cheap steel", "demanded"),
    ),
    # a negated cue commits to nothing; nor does a negated clause reported by an insisting speaker
    _case("The European Union insists it did not seek a trade war with Washington."),
    _case("Beijing did not agree to lift the ban on Japanese beef."),
    _case("Seoul has not promised to buy more American gas."),
    # what did not happen, and action nouns told as description or background
    _case("Officials said Japan would have lifted the ban on beef."),
    _case("India said the country's oil imports were driven by low prices."),
    # boilerplate: guarding measures, paying a price
    _case("The ministry said Beijing would take all necessary measures to safeguard its interests."),
    _case("An official said Britain would pay a heavy price."),
    # "seek to" states an aim, not a plan
    _case("Australia and China sought to put a long diplomatic freeze behind them."),
    # sixth session: tariffs done to a rate, designations counted, listed amounts of several kinds
    _case(
        "Ottawa raised its surtax on Chinese electric vehicles to 100% on Tuesday.",
        _c("Canada", "surtax on Chinese electric vehicles", "executed", 100, "percent"),
    ),
    _case(
        "The United States added 80 Chinese companies to its entity list on Monday.",
        _c("United States", "Chinese companies", "executed", 80, "count"),
    ),
    _case(
        "Australia sanctioned 12 individuals over the cyber attack.",
        _c("Australia", "individuals", "executed", 12, "count"),
    ),
    _case("Canada sanctioned several Iranian officials."),
    _case(
        "Vietnam has offered to buy $2 billion of American farm goods, 1 million tons of wheat and 20 "
        "Boeing aircraft, officials said.",
        _c("Vietnam", "American farm goods", "pledged", 2_000_000_000, "USD"),
        _c("Vietnam", "wheat", "pledged", 1_000_000, "t"),
        _c("Vietnam", "Boeing aircraft", "pledged", 20, "count"),
    ),
    _case(
        "Seoul will levy a 20% duty on Chinese steel plate and a 12% duty on Chinese aluminium foil.",
        _c("South Korea", "duty on Chinese steel plate", "pledged", 20, "percent"),
        _c("South Korea", "aluminium foil", "pledged", 12, "percent"),
    ),
    _case(
        "Poland pledged 60 more Leopard tanks on Friday.",
        _c("Poland", "Leopard tanks", "pledged", 60, "count"),
    ),
    _case(
        "Finance ministers of the Group of Seven agreed to lend Kyiv $15 billion.",
        _c("Group of Seven", "loan to Kyiv", "agreed", 15_000_000_000, "USD"),
    ),
    _case(
        "The World Bank approved a $1.5 billion loan programme for Kenya on Thursday.",
        _c("World Bank", "loan programme for Kenya", "executed", 1_500_000_000, "USD"),
    ),
    # a gerund told as a step of a past act is done by that act's subject; "the rate" is the measure's
    _case(
        "Ottawa put a 25% tariff on Chinese steel in March before cutting the rate to 15% in June.",
        _c("Canada", "tariff rate", "executed", 15, "percent"),
    ),
    _case(
        "Beijing hit back by imposing a 10% levy on American pork.",
        _c("China", "levy on American pork", "executed", 10, "percent"),
    ),
    # the parties or places an act reaches are counted, even in an adjunct
    _case(
        "Beijing said it would extend visa-free entry to six more European countries.",
        _c("China", "visa free entry", "pledged", 6, "count"),
    ),
    _case(
        "Seoul resumed imports of Japanese fish from eight prefectures on Monday.",
        _c("South Korea", "Japanese fish", "executed", 8, "count"),
    ),
    # a bare "to N from M" counts the things the action's object counts
    _case(
        "Poland will raise the number of soldiers at the border to 6,000 from 2,000.",
        _c("Poland", "soldiers", "pledged", 6000, "count"),
    ),
    # an object the parse split at its hyphen; an act another one brought about is done
    _case(
        "Mexico announced counter-tariffs on 12 billion dollars of American farm goods.",
        _c("Mexico", "tariffs on American farm goods", "pledged", 12_000_000_000, "USD"),
    ),
    _case(
        "The new duties took effect on Monday, prompting Seoul to suspend imports of Chinese steel.",
        _c("South Korea", "imports of Chinese steel", "executed"),
    ),
    # a country's firms named as a group keep their name, under the country's id (either name finds them)
    _case(
        "Taiwanese refiners agreed to buy 2 million tons of Alaskan gas a year.",
        _c("Taiwanese refiners", "Alaskan gas", "agreed", 2_000_000, "t"),
    ),
    # a sum with no purpose of its own goes to the fund its paragraph just named
    _case(
        "Ministers opened the new climate resilience fund in Nairobi on Monday. Norway said it would "
        "contribute $50 million.",
        _c("Norway", "climate resilience fund", "pledged", 50_000_000, "USD"),
    ),
    # a passive's agent acts ("was approved by the Fund"), not a phone line ("spoke by phone")
    _case(
        "A $3 billion credit line was approved by the Asian Development Bank on Friday.",
        _c("Asian Development Bank", "credit line", "executed", 3_000_000_000, "USD"),
    ),
    # a funding noun valued in money is the sum announced
    _case(
        "Spain unveiled a support package worth 3 billion euros for its farmers on Friday.",
        _c("Spain", "support package", "pledged", 3_000_000_000, "EUR"),
    ),
    _case(
        "Xi announced a credit line of 50 billion yuan for African infrastructure.",
        _c("China", "credit line", "pledged", 50_000_000_000, "yuan"),
    ),
    # firms and ships placed on a list, with their number
    _case(
        "Ottawa placed 12 Russian firms on its sanctions list on Friday.",
        _c("Canada", "Russian firms", "executed", 12, "count"),
    ),
    _case(
        "Australia listed 60 more shadow fleet tankers on Monday.",
        _c("Australia", "shadow fleet tankers", "executed", 60, "count"),
    ),
    _case("The ministry placed the proposal on its agenda for next week."),
    # a rate moved in steps: one commitment per step; the measure's owner moves it
    _case(
        "Under the pact, Vietnam's 80% duty on beef will fall to 40% next year and to 10% by 2030.",
        _c("Vietnam", "duty on beef", "agreed", 40, "percent"),
        _c("Vietnam", "duty on beef", "agreed", 10, "percent"),
    ),
    # gas volumes in cubic metres
    _case(
        "Gazprom agreed to raise deliveries to China to 44 billion cubic metres a year from 38 billion.",
        _c("Gazprom", "deliveries", "agreed", 44_000_000_000, "cubic metres"),
    ),
    # materiel committed is materiel provided
    _case(
        "Germany committed six more patrol boats to the Ukrainian navy.",
        _c("Germany", "patrol boats", "pledged", 6, "count"),
    ),
    # "hopes to" is a hope (the pipeline's lemma "hop" is fixed); "had hoped to" a hope given up
    _case(
        "Germany hopes to send a loan of 2 billion euros to Moldova in May.",
        _c("Germany", "loan", "expected", 2_000_000_000, "EUR"),
    ),
    _case("A summit that Seoul had hoped to host in the spring now looks unlikely."),
    # a share of goods: the object is the measure on the goods, the share its quantity
    _case(
        "Norway will remove duties on 95% of imports from Kenya.",
        _c("Norway", "duties on imports from Kenya", "pledged", 95, "percent"),
    ),
    # a sum with no purpose goes to the fund an earlier paragraph named
    _case(
        "Donors launched the drought-relief fund in Nairobi on Monday.\n\n"
        "Sweden said it would contribute $20 million.",
        _c("Sweden", "drought-relief fund", "pledged", 20_000_000, "USD"),
    ),
    # a sum pledged for a purpose funds that purpose
    _case(
        "Seoul pledged $5 million to help Laos train customs officers.",
        _c("South Korea", "funding to help Laos train customs officers", "pledged", 5_000_000, "USD"),
    ),
    # a sum mobilised in investment, and a cut proposed in talks
    _case(
        "Tokyo pledged to help mobilise $20 billion in private investment for the new rail corridor.",
        _c("Japan", "private investment for the new rail corridor", "pledged", 20_000_000_000, "USD"),
    ),
    _case(
        "Hanoi proposed cutting its duties on U.S. farm goods to 4 percent from 30 percent.",
        _c("Vietnam", "duties on U.S. farm goods", "pledged", 4, "percent"),
    ),
    # a country's businesses named as a group keep their name
    _case(
        "Japanese businesses pledged 2 billion dollars of new investment in Kenya on Monday.",
        _c("Japanese businesses", "investment in Kenya", "pledged", 2_000_000_000, "USD"),
    ),
    # a planned meeting is an event (CONSULT, planned), not a commitment
    _case("Lula said he would meet Xi Jinping in Beijing next month."),
    # "provided X with Y": Y is what is given, X the recipient
    _case(
        "Turkey supplied Ukraine with 50 Bayraktar drones last year.",
        _c("Turkey", "Bayraktar drones", "executed", 50, "count"),
    ),
    _case(
        "Japan has provided Kenya with more than $2 billion in assistance since 2010.",
        _c("Japan", "assistance", "executed", 2_000_000_000, "USD"),
    ),
    # a sum budgeted for a programme funds it
    _case(
        "Canberra has budgeted about 10 billion Australian dollars for the frigate programme.",
        _c("Australia", "frigate programme", "pledged", 10_000_000_000, "AUD"),
    ),
    # a budget passed is a sum adopted
    _case(
        "Seoul's parliament has passed a record defence budget of about $45 billion for next year.",
        _c("South Korea", "defence budget", "pledged", 45_000_000_000, "USD"),
    ),
    # a speech to an audience is an itinerary, not a commitment
    _case("Modi will address the nation on Monday evening, his office said."),
    # goods contracted are bought; an economy that contracted buys nothing
    _case(
        "Pakistan has contracted about 40 LNG cargoes for delivery next year.",
        _c("Pakistan", "LNG cargoes", "executed", 40, "cargoes"),
    ),
    _case("The economy contracted 2% in the second quarter."),
    # "N of its X": the number counts the X
    _case(
        "Kenya closed 12 of its consulates abroad on Monday to save money.",
        _c("Kenya", "consulates", "executed", 12, "count"),
    ),
    # nationals named by their nationality are people released
    _case(
        "Germany released two Russians convicted of spying on Thursday.",
        _c("Germany", "Russians", "executed", 2, "count"),
    ),
    # who demands a release does not release; a place of detention names who holds the detainee
    _case(
        "Seoul and Beijing held talks on Monday. Yoon demanded the early release of a Samsung employee"
        " detained in Beijing.",
        _c("China", "Samsung employee", "demanded"),
    ),
    # a contract to do something cues it; a country's meatpackers keep their name
    _case(
        "Uruguayan meatpackers signed contracts last week to ship 20,000 tons of beef to Korean buyers.",
        _c("Uruguayan meatpackers", "beef", "agreed", 20_000, "t"),
    ),
    # a demonym before the goods names where they come from, not who buys them
    _case("Both sides hailed the deal, which includes $20 billion of American energy purchases."),
    # arms handed over are provided
    _case(
        "Norway handed over 20 armoured vehicles to Ukraine in March.",
        _c("Norway", "armoured vehicles", "executed", 20, "count"),
    ),
    # what is ordered or bought in a figure of speech is no goods
    _case("The army chief ordered a total siege of the port city on Monday."),
    _case('"By signing, Manila bought itself certainty," said an economist in Manila.'),
    # boilerplate that says neither in what nor to what end is no commitment
    _case("Beijing and Moscow pledged to deepen their comprehensive partnership."),
    _case("The ministers said Syria must take steps."),
    _case(
        "Pakistan offered to take part in an independent investigation of the bombing.",
        _c("Pakistan", "investigation", "pledged"),
    ),
    _case(
        "Seoul pledged to take steps to curb chip exports to Russia.", _c("South Korea", "steps", "pledged")
    ),
    # a model's plural the tagger reads as singular still counts
    _case("Greece ordered 20 F-35s in 2024.", _c("Greece", "F-35s", "executed", 20, "count")),
    # one thing sent is a count of one; a pair is not one
    _case(
        "Norway pledged on Monday to send a frigate to the Red Sea mission.",
        _c("Norway", "frigate", "pledged", 1, "count"),
    ),
    _case("China will send a pair of giant pandas to Madrid next year.", _c("China", "pandas", "pledged")),
    # the counted items a money package lists keep their counts
    _case(
        "Spain announced on Friday a military aid package worth about 300 million euros, including more"
        " shells, three Hawk launchers and 20 armoured personnel carriers.",
        _c("Spain", "aid package", "pledged", 300_000_000, "EUR"),
        _c("Spain", "Hawk launchers", "pledged", 3, "count"),
        _c("Spain", "armoured personnel carriers", "pledged", 20, "count"),
    ),
    # the person a passive verb frees is not the one who frees them
    _case("Journalist Marta Reyes was freed on Friday after months in detention in Minsk."),
    # a condition told in the article's own voice is a demand on its subject
    _case(
        "Under the programme, Egypt must cut fuel subsidies before the next tranche is released.",
        _c("Egypt", "fuel subsidies", "demanded"),
    ),
]


@pytest.mark.parametrize("case", RULES)
def test_rule(case: dict[str, Any]) -> None:
    problem = check(case)
    assert problem is None, problem


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Washington urged New Delhi to stop buying Iranian crude.", "purchase"),
        ("China halted purchases of Brazilian beef in March.", "purchase"),
        (
            "Washington ordered a 25% duty on Indian goods as a penalty for its purchases of Iranian oil.",
            "purchase",
        ),
    ],
)
def test_stopped_act_is_none(text: str, action: str) -> None:
    """The act a verb stops is not recorded as well (it would say the opposite); nor an act named as the
    reason for another."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert not [c for c in found if c["action"] == action], found


def test_time_words_are_not_counts() -> None:
    """A time word is no counted thing: "for three years" is how long the act runs (unit years), not a
    count of three; "over five years" is a period, no quantity."""
    found = _system(
        {"text": "Beijing agreed to extend the truce for three years.", "published": "2025-06-10"}
    )
    assert found and all(c.get("unit") == "years" and c.get("quantity") == 3 for c in found), found
    over = _system({"text": "Beijing agreed to hold drills over five years.", "published": "2025-06-10"})
    assert all(c.get("unit") is None for c in over), over


@pytest.mark.parametrize(
    "text",
    [
        "Manila demanded that China pull its ships back from the reef, which lies about 200 kilometres off"
        " its coast.",
        "Armenia will shut the last open crossing on its 1,000-kilometre border with Turkey.",
        "Both sides agreed to open more border markets along their 900-kilometre frontier.",
        "The militia is to move its fighters north of the river, some 30 km from the border.",
    ],
)
def test_where_a_place_lies_is_no_amount(text: str) -> None:
    """A length that tells where something lies, or how long a border it sits on is, is no amount of the
    act (unlike "lease 15 kilometres of shoreline")."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert all(c.get("unit") != "km" for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "India and Oman held talks on Monday. The two countries will sign a shipping pact, the ministry"
        " said.",
        "Kenya and Ethiopia met in Nairobi. Officials said the two sides would build a joint road.",
    ],
)
def test_who_act_are_no_amount(text: str) -> None:
    """The count of a clause's doers ("the two countries would sign a pact") is no amount of the act."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert found and all(c.get("quantity") is None for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Cairo let its pound fall by nearly 40% in March.",
        "Brussels let the temporary ban expire at midnight.",
    ],
)
def test_what_is_let_lapse_is_no_allowance(text: str) -> None:
    """A permit verb that lets a thing lapse or slide lets no party in."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert not [c for c in found if c["action"] in ("let", "allow")], found


def test_appositive_across_the_verb_is_no_actor() -> None:
    """A parse that hangs the named exporters after the verb on the subject ("the agency suspended licences
    for three exporters, Acme Inc, ...") gives the agency's country, not the first exporter."""
    words = ["Peru", "'s", "agency", "suspended", "licences", "for", "exporters", ",", "Acme", "Inc", "."]
    heads = [2, 0, 3, 3, 3, 3, 5, 3, 9, 2, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "compound", "appos", "punct"]
    pos = ["PROPN", "PART", "NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 8, 10, label="ORG")]
    parts = [t.text for t in _candidates(doc[2], lexicon())]
    assert "Inc" not in parts and "Peru" in parts, parts


def test_sum_in_exchange_is_not_the_rates_worth() -> None:
    """A sum given "in exchange for" a rate is the other side's, not what the rate is worth."""
    found = _system(
        {
            "text": "Switzerland struck a deal with Washington in June under which U.S. duties on most Swiss"
            " goods were set at 15 percent in return for 200 billion dollars in Swiss investment.",
            "published": "2025-08-30",
        }
    )
    assert found and not [c for c in found if c.get("quantity") == 200_000_000_000], found


@pytest.mark.parametrize(
    ("text", "action", "obj"),
    [
        (
            "In return, Malaysia promised to keep rare earth exports flowing to the United States.",
            "sell",
            "rare earth",
        ),
        ("India pledged to raise crude oil purchases from the United States.", "purchase", "crude oil"),
        ("The Netherlands said it would send up to 42 F-16 jets to Ukraine.", "send", "jets"),
        ("Egypt will buy 30 Rafale jets in a 4 billion euro deal.", "purchase", "Rafale jets"),
        (  # a country the object names by description is glossed like one named
            "Saudi Arabia's crown prince phoned Iran's president. Raisi accepted an invitation to visit the "
            "kingdom.",
            "visit",
            "kingdom (Saudi Arabia)",
        ),
        (  # a reduced relative clause says which ones, where the noun has no phrase of its own
            "Tehran agreed to free five dual nationals held in Evin prison.",
            "free",
            "dual nationals held in Evin prison",
        ),
    ],
)
def test_words_of_the_record(text: str, action: str, obj: str) -> None:
    """The action and object as a reader would write them: an adjective of a commodity's name stays with it
    ("rare earth", not "earth"), the "up" of "up to 42 jets" bounds the amount, not the verb, and the deal
    something is bought "in" is no part of it."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert [(c["action"], c["object"]) for c in found][:1] == [(action, obj)], found


@pytest.mark.parametrize(
    ("text", "actor", "actor_id"),
    [
        (
            "President Donald Trump said he would impose a 30% tariff on Brazilian coffee from August.",
            "Donald Trump",
            "country:USA",
        ),
        (
            "Talks between the United States and Mexico on steel broke down. The Commerce Department said it"
            " would collect a 17% duty on Mexican tomatoes from July.",
            "Commerce Department",
            "country:USA",
        ),
        ("Prime Minister Mark Carney will visit Beijing in January.", "Mark Carney", "person:mark-carney"),
        # a country's firm or force named by the country keeps its own name under the country's id
        ("The UAE's Masdar will build 3 gigawatts of solar capacity in Albania.", "Masdar", "country:ARE"),
        ("The Lebanese army will deploy 5,000 soldiers south of the Litani.", "Lebanese army", "country:LBN"),
        (
            "Under the plan, Ukraine's peacetime army would be capped at 800,000 troops.",
            "Ukraine",
            "country:UKR",
        ),
    ],
)
def test_who_committed_and_whom_it_binds(text: str, actor: str, actor_id: str) -> None:
    """A leader's, a state body's or a national firm's act for the state keeps the name the text gives under
    the state's id; an act done in person stays the person's, and a body acted on names no actor."""
    found = _system({"text": text, "published": "2025-06-10"})
    assert [(c["actor"], c["actor_id"]) for c in found][:1] == [(actor, actor_id)], found


def test_a_changed_amount_is_not_carried() -> None:
    """ "doubled it": the amount told with the antecedent is what changes, not the new amount."""
    found = _system(
        {
            "text": "Washington imposed a 10% duty on Mexican steel in June and doubled it in July.",
            "published": "2025-06-10",
        }
    )
    assert not [c for c in found if c["action"] == "double" and c["quantity"] == 10], found


def test_a_package_of_measures_sells_nothing() -> None:
    """ "approve its sanctions package": the package is approved; no sanctions are sold."""
    found = _system(
        {
            "text": "The EU is expected to approve its 18th sanctions package next week.",
            "published": "2025-06-10",
        }
    )
    assert [c["action"] for c in found] == ["approve"], found


def test_what_a_measure_holds_is_no_act_of_its_adopter() -> None:
    """ "a bill which includes $61 billion": the bill holds it; Congress does not "include" anything."""
    found = _system(
        {
            "text": "The Senate passed a bill which includes 61 billion dollars for Ukraine.",
            "published": "2025-06-10",
        }
    )
    assert not [c for c in found if c["action"] == "include"], found
