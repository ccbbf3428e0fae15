"""Who a commitment is by: the actor a token names, read through possessive pronouns, nationality
adjectives, reported speech ("it would suspend ..., the commission said") and joint phrases ("the two
sides"); a person's or a state body's commitment binds the country where the action asks for it: the
item keeps the name the text gives ("Donald Trump", "the Commerce Department") under the country's id, so
that the record says both who committed and whom it binds."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.model import Actor, Commitment
from readouts.nlp import ents_in
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, actor_by_id, body_of, country_of
from readouts.stages.actors.lexicon import builtin
from readouts.stages.commitments.actions import Found
from readouts.stages.commitments.agents import actor_token, verb_actor
from readouts.stages.commitments.blocs import member_bloc
from readouts.stages.commitments.groups import unnamed_group
from readouts.stages.commitments.lexicon import GENERIC, Lexicon, action_words
from readouts.stages.commitments.pairs import is_pair, main_country, nearby_country, pair_actor

_MODIFIER_ENTS = frozenset({"NORP", "GPE", "PERSON", "ORG"})
_STATE_NOUNS = frozenset({"kingdom", "country", "nation", "republic", "state", "bloc", "island", "emirate"})
_GOVERNMENTS = frozenset({"government", "administration", "regime", "cabinet", "leadership"})
_OWN_BODIES = frozenset(
    {"ministry", "office", "department", "force", "military", "army", "navy"}
)  # "his ministry was considering", "the armed forces would": his side


def _speaker(token: Token, lex: Lexicon, *, plural: bool = False) -> Token | None:
    """For a pronoun subject in reported words ("it would also suspend ..., the commission said"), "the
    kingdom" ("the Saudi ministry said the kingdom would reopen its embassy") or "his government" ("the
    minister said his government would spend"), the speech verb's subject; ``plural`` allows "they"."""
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)  # "his government"
    the = any(c.lower_ == "the" for c in token.children)
    definite = owned or (the and token.lemma_.lower() in _STATE_NOUNS | _GOVERNMENTS | _OWN_BODIES)
    pronouns = ("it", "they") if plural else ("it",)  # one speaker's "they" names the other side
    if not definite and (token.pos_ != "PRON" or token.lower_ not in pronouns):  # people: the actors stage
        return None
    for governor in clause.governors(token, limit=5):
        if governor.lemma_.lower() in lex.speech_verbs or _promise(governor, token, lex):
            subject = clause.subject(governor)
            return subject if subject is not None and subject.pos_ != "PRON" else None
    return None


def _promise(governor: Token, token: Token, lex: Lexicon) -> bool:
    """A verb of promise or agreement whose clause ``token`` is the subject of ("Tokyo agreed that it would
    open its market")."""
    lemma = governor.lemma_.lower()
    clause_of = token.head  # the promise governs the clause the pronoun is the subject of
    above = clause_of.dep_ == "ccomp" and clause_of.head.i == governor.i
    return above and token.dep_ == "nsubj" and lemma in lex.cue_words and lemma not in lex.demand_words


_LEADING = frozenset({"lead", "head"})


def _leader_of(token: Token) -> list[Token]:
    """The party that leads a group named as its subject ("a consortium led by China Road and Bridge", "a
    KEPCO-led group"): it acts for the group."""
    out = [
        g
        for c in token.children
        if c.dep_ == "acl" and c.lemma_.lower() in _LEADING
        for a in c.children
        if a.dep_ == "agent"
        for g in a.children
        if g.dep_ == "pobj"
    ]
    out += [
        g
        for c in token.lefts
        if c.lemma_.lower() in _LEADING and c.dep_ == "amod"
        for g in c.lefts
        if g.dep_ == "npadvmod"
    ]
    return out


def _candidates(token: Token, lex: Lexicon) -> list[Token]:
    if token.lemma_.lower() in lex.market_nouns and token.dep_ in ("nsubj", "nsubjpass"):
        return []  # "Chicago Board of Trade soybean futures surged": a market move, no one's act
    named = (  # not an appositive the parse hung across the verb ("the agency suspended licences for
        [  # three exporters, CHS Inc, ...": the exporters are named, not the agency)
            c
            for c in token.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and not token.i < token.head.i < c.i
        ]
        if token.pos_ == "NOUN"
        else []
    )
    parts = [*named, token, *token.conjuncts, *_leader_of(token)]  # "his envoy Steve Witkoff": Witkoff;
    # "tariffs and Beijing agree": a misparse keeps Beijing a conjunct
    if token.pos_ == "PRON" and token.dep_ == "poss":  # "China was considering raising its purchases"
        subject = verb_actor(clause.verb_of(token), lex)  # "asked India to reduce its purchases": India
        if subject is not None and subject != token:
            parts.append(subject)
    # nmod too: the parser often hangs "EU" on "EU foreign ministers" as nmod, not compound
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
    parts.extend(
        c for c in modifiers if c.ent_type_ in _MODIFIER_ENTS
    )  # "Chinese buyers", "the Fund's board"
    parts.extend(
        c for c in modifiers if c.ent_type_ not in _MODIFIER_ENTS and c.pos_ != "PRON"
    )  # "OPEC+ members"
    commanded = token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in lex.command_verbs
    if commanded and token.lemma_.lower() in lex.own_side:  # not "ordered China-linked investors to sell"
        commander = clause.subject(token.head)  # "ordered the foreign ministry to explore": his side
        if commander is not None:
            parts.append(commander)
    if token.lemma_.lower() in _GOVERNMENTS | lex.representatives | {"authority"}:  # "leaders of the G7"
        of = next(
            (c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "in")), None
        )  # "the government of Maduro", "the authorities in Kabul"
        parts.extend(g for g in (of.children if of is not None else ()) if g.dep_ == "pobj")
    speaker = _speaker(token, lex)
    if speaker is None and token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        speaker = clause.named_subject_before(token)  # "Damascus pledged ... It also agreed to ...": Damascus
    if speaker is not None:  # "Turkey's Foreign Minister Hakan Fidan said": the title, its name, its country
        parts.append(speaker)
        parts.extend(c for c in speaker.children if c.dep_ == "appos")
        parts.extend(c for c in speaker.children if c.dep_ == "poss" and c.pos_ != "PRON")
        parts.extend(  # "the Philippine military said it would": Philippine
            c for c in speaker.children if c.dep_ in ("amod", "compound") and c.ent_type_ in _MODIFIER_ENTS
        )
    return parts


def _state_body(actor: Actor, lex: Lexicon) -> bool:
    words = actor.name.lower().replace("-", " ").split()
    if actor.name in lex.state_seats:
        return True
    return actor.kind == "organisation" and any(w in lex.state_body_words for w in words)


def _as_country(context: Context, actor: Actor, *, named: bool) -> tuple[str, str] | None:
    """The actor's country; with ``named``, only a country the article names."""
    code = country_of(context, actor.id)
    if not code:
        return None
    country = actor_by_id(context, f"country:{code}")
    if country is None and named:
        return None
    known = builtin().known.get(f"country:{code}")
    return (country.name if country else known.name if known else code), f"country:{code}"


def _state_level(found: Found, lex: Lexicon) -> bool:
    """Whether a leader's or minister's commitment is their country's: every action but those done in
    person ("will visit Beijing", "agreed to hold talks")."""
    if found.action is GENERIC:
        return found.token.lemma_.lower() not in lex.personal_verbs
    return found.action.level == "country"


def commitment_actors(context: Context, found: Found, lex: Lexicon) -> list[tuple[str, str]]:
    """(name, id) of each actor who commits: one, both of "the two sides", or each of "Russia and Ukraine
    agreed to ..."."""
    token = actor_token(found, lex)
    if token is None:
        return []
    spoken = _speaker(token, lex, plural=True) if token.lower_ == "they" and token.dep_ == "nsubj" else None
    if spoken is not None and (spoken.conjuncts or spoken.tag_ == "NNS"):  # "Riyadh and Damascus said that
        token = spoken  # they would ...", "the two countries announced that they would"; a "they" one
        # speaker says names the other side ("Trump said they would buy soybeans")
    token = _whose_body(token, lex)
    state = _state_level(found, lex) or token.lemma_.lower() in _STATE_NOUNS | _GOVERNMENTS  # "his country"
    pair = pair_actor(context, token, countries=state) if is_pair(token) else None
    if pair:  # "the State Department said it urged the two countries to ...": the two, not the speaker
        return pair
    first = _one_actor(context, _candidates(token, lex), lex, state)
    if first is not None:
        first = _as_group(context, token, first, lex)
    if first is None and (_the_authorities(token) or _the_state_body(token, lex)):
        first = main_country(context, token)  # "urged the authorities to ...", "the finance ministry cut"
    if first is None:
        bloc = member_bloc(context, token, lex)  # "allies agreed to ...": the alliance
        if bloc is not None:
            return [bloc]
        pairs = pair_actor(context, token, countries=state)
        group = unnamed_group(token, lex) if not pairs else None  # "official creditors agreed to ..."
        return pairs or ([group] if group is not None else [])
    if first[1].startswith("person:") and token.lemma_.lower() in _STATE_NOUNS | _GOVERNMENTS:
        # "the minister said the government would ...": his
        first = main_country(context, token) or nearby_country(context, token) or first
    out = [first]
    # "President Donald Trump and Prime Minister Narendra Modi announced": a misparse makes Trump a modifier
    joined = [c for c in token.lefts if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)]
    joined += [  # "Russian and Ukrainian negotiators agreed": each side
        c for m in token.lefts if m.dep_ == "amod" and m.ent_type_ == "NORP" for c in m.conjuncts
    ]
    for conjunct in [*joined, *(c for c in token.conjuncts if c.i > token.i)]:
        other = _one_actor(context, [conjunct], lex, state)
        if other is not None and other not in out:
            out.append(other)
    return out


def _as_group(context: Context, token: Token, found: tuple[str, str], lex: Lexicon) -> tuple[str, str]:
    """A country's firms or forces named by the country ("Chinese companies will invest", "the Lebanese
    army will deploy", "the UAE's Masdar will build"): the body as written, under the country's id, so that
    either name finds it."""
    lemma = token.lemma_.lower()
    name = token.pos_ in ("PROPN", "NOUN") and not token.is_lower and token.i > token.sent.start
    name = name and not any(t.ent_type_ == "PERSON" for t in token.subtree)  # not "President" of a misparse
    group = token.tag_ == "NNS" and lemma in lex.group_nouns
    acting = token.dep_ == "nsubj"  # not "Ukraine's army would be capped at 800,000": acted on
    body = group or (acting and (lemma in lex.national_forces or name))
    if not found[1].startswith("country:") or not body or token.ent_type_ in ("GPE", "NORP"):
        return found
    if actor_at(context, token.idx, token.idx + len(token)) is not None:
        return found
    words = [t for t in token.lefts if t.dep_ in ("amod", "compound") and t.i >= token.i - 3]
    owner = [t for t in token.lefts if t.dep_ == "poss" and t.pos_ == "PROPN"]  # "the UAE's Masdar"
    if not any(t.ent_type_ in ("NORP", "GPE") for t in words) and not owner:
        return found
    if name:  # "Indian travel firm EaseMyTrip": the firm's name
        words = [t for t in words if t.dep_ == "compound" and not t.is_lower]
    return " ".join(t.text for t in (*words, token)), found[1]


def _whose_body(token: Token, lex: Lexicon) -> Token:
    """For troops named by whom they belong to ("troops from both sides", "forces of the two countries"),
    that owner; else the token."""
    if token.lemma_.lower() not in lex.moving_bodies:
        return token
    prep = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("from", "of")), None)
    owner = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    return owner if owner is not None else token


def _the_authorities(token: Token) -> bool:
    """ "the authorities", "the government" (or bare "authorities") with no word naming whose: the article's
    own country's."""
    if token.lemma_.lower() not in _GOVERNMENTS | {"authority"} or token.tag_ not in ("NN", "NNS"):
        return False
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod", "prep")]
    named = any(w.dep_ in ("poss", "prep") or w.ent_type_ or not w.is_lower for w in words)
    bare = token.lower_ == "authorities" and not any(c.dep_ == "det" for c in token.children)
    return not named and (bare or any(c.lower_ == "the" for c in token.children))  # "Authorities closed ..."


def _the_state_body(token: Token, lex: Lexicon) -> bool:
    """ "the finance ministry", "the customs agency": a state body no word says whose (no possessor, no
    country's adjective or name), the article's own country's."""
    if token.lemma_.lower() not in lex.state_body_words or not token.is_lower or token.tag_ == "NNS":
        return False
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    named = any(w.dep_ == "poss" or w.ent_type_ or not w.is_lower for w in words)
    return not named and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)


def _inside_name(context: Context, token: Token) -> Actor | None:
    """An actor named inside an organisation's name the actors stage does not know ("the State Bank of
    Pakistan" → Pakistan)."""
    ent = next((e for e in ents_in(token.sent) if e.start <= token.i < e.end and e.label_ == "ORG"), None)
    if ent is None:
        return None
    return actor_at(context, ent.start_char, ent.end_char)


def buyer_actors(context: Context, buyer: Token, lex: Lexicon) -> list[tuple[str, str]]:
    """The actor a sale's buyer names ("sold to China"), lifted to its country."""
    found = _one_actor(context, _candidates(buyer, lex), lex, True)
    return [found] if found is not None else []


def _one_actor(context: Context, parts: list[Token], lex: Lexicon, state: bool) -> tuple[str, str] | None:
    """The first of ``parts`` that names an actor, lifted to its country for a state's commitment."""
    actor = next((a for p in parts if (a := actor_at(context, p.idx, p.idx + len(p))) is not None), None)
    if actor is None:
        actor = _inside_name(context, parts[0]) if parts else None
    return _lifted(context, actor, lex, state) if actor is not None else None


def party_actor(
    context: Context, span: tuple[int, int], found: Found, lex: Lexicon
) -> tuple[str, str] | None:
    """The actor named at ``span`` (a party of a gapped clause), lifted as for the action."""
    actor = actor_at(context, *span)
    return _lifted(context, actor, lex, _state_level(found, lex)) if actor is not None else None


def _lifted(context: Context, actor: Actor, lex: Lexicon, state: bool) -> tuple[str, str]:
    """The actor; for a state's commitment by a person or a state body, the person or body under its
    country's id (or the body they act for: NATO, Ontario)."""
    body = body_of(context, actor) if state else None
    if body is not None:
        return body
    if state and actor.kind == "person":
        country = _as_country(context, actor, named=False)
        if country is not None:
            return actor.name, country[1]
    if _state_body(actor, lex):  # "the commission said it would suspend the tariff" → China
        country = _as_country(context, actor, named=True)
        if country is not None:
            return actor.name, country[1]
    return actor.name, actor.id


def own_object(item: Commitment) -> bool:
    """Whether the object names the actor itself ("Petrov would be flown home": Petrov flies Petrov), or
    its own people freed ("2,828 Ukrainians have been freed": Ukraine receives them, it frees no one)."""
    obj = item.object.strip().lower()
    if item.action.split()[0] in action_words("release") and obj.endswith(f"({item.actor.lower()})"):
        return True
    return obj == item.actor.lower() or (" " not in obj and obj in item.actor.lower().split())
