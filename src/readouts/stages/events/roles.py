"""Who takes part in an event and where it happens, read off the parse around its trigger.

Participants come from the trigger's possessor ("Xi's meeting"), its ``with`` and ``between`` objects,
the subject (and, for "meet", the object) of the verb that governs it, each resolved to actors through the
actors stage. "their call" with no named owner takes the two people last named before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause
from readouts.clause import named_subject_before
from readouts.model import Actor
from readouts.nlp import subtree_chars, text_of
from readouts.pipeline import Context
from readouts.stages.actors import actor_at, mentions_in
from readouts.stages.events.envoys import envoys_for
from readouts.stages.events.lexicon import lexicon
from readouts.stages.events.refer import (
    home_body,
    most_named_country,
    named_bloc,
    named_group,
    speakers_own,
    summit_bloc,
    unnamed_group,
)

_PARTNER_PREPS = frozenset({"with", "between", "by"})
_LINKING = frozenset({"link", "tie", "connect", "implicate"})  # what an allegation ties to a deed
_TARGET_PREPS = frozenset({"for", "on", "against", "to", "behind"})  # "stood firmly behind Somalia"


_GROUP_WORDS = frozenset(
    {
        "their",
        "they",
        "them",
        "leader",
        "side",
        "president",
        "both",
        "men",
        "two",
        "minister",
        "counterpart",
        "premier",
    }
)
_NAME_PARTS = frozenset({"preconj", "compound", "flat"})


def _conjoined(token: Token) -> list[Token]:
    """A token and its conjuncts, also those the parser hung on a part of its name ("Donald Trump and Xi"
    read as Donald ← Trump ← and Xi)."""
    out = [token, *token.conjuncts]
    for child in token.children:
        if child.dep_ in _NAME_PARTS:
            out.extend(c for c in child.conjuncts if c not in out)
    if token.dep_ == "nsubj" and any(c.dep_ == "cc" for c in token.children) and not token.conjuncts:
        # "Bessent and Vice Premier He Lifeng met" read as two subjects of the verb
        out.extend(c for c in token.head.children if c.dep_ == "nsubj" and c.i > token.i)
    return out


def _actors_in(context: Context, token: Token) -> list[Actor]:
    tokens = list(token.subtree)
    return [a for _, a in mentions_in(context, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))]


_NAMING_DEPS = frozenset({"compound", "poss", "amod", "nmod"})  # nmod: "EU (nmod) foreign ministers"


def head_actor(context: Context, token: Token) -> Actor | None:
    """The actor a phrase's head names ("U.S. President Donald Trump" → Trump, "tensions" → none); "its"
    names the nearest named subject before it ("Beijing said its export ban ...")."""
    if token.lower_ == "its" and token.dep_ == "poss":
        named = named_subject_before(token)
        return head_actor(context, named) if named is not None else None
    if token.lower_ in _SUMMIT_WORDS and not any(
        c.dep_ in ("amod", "compound", "poss", "nummod") for c in token.children
    ):
        bloc = summit_bloc(context, token)  # "The leaders also urged Beijing", of a summit of the G7
        if bloc is not None:
            return bloc
    if token.lemma_.lower() in lexicon().ruler_words and not any(
        c.dep_ in ("amod", "compound", "poss") for c in token.children
    ):
        return most_named_country(context, token)  # "the junta refused": the country it rules
    if unnamed_group(token):
        return named_group(context, token)  # "the group said it would not disarm": Hezbollah
    phrase = [  # not a possessive pronoun: "his Chinese counterpart" is not him
        t
        for t in token.subtree
        if (t.i <= token.i and t.dep_ in _NAMING_DEPS and t.pos_ != "PRON") or t is token
    ]
    start = min(t.idx for t in phrase)
    found = actor_at(context, start, token.idx + len(token))
    appos = next((c for c in token.children if c.dep_ == "appos" and c.i > token.i), None)
    if found is None and appos is not None:  # "spokesperson Mao Ning" parsed as a title and its apposition
        return head_actor(context, appos)
    its = next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "its"), None)
    own = token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in _SIDE_WORDS  # not "its ally"
    if found is None and its is not None and own:  # "Hanoi said its coast guard would": Hanoi's
        return head_actor(context, its)
    return found


_SIDE_WORDS = frozenset(
    {
        "side", "sides", "country", "countries", "nation", "nations", "neighbour", "neighbours",
        "delegation", "delegations", "negotiator", "negotiators", "government", "governments",
        "rival", "rivals", "foe", "foes", "adversary", "adversaries", "ally", "allies", "partner", "partners",
        "capital", "capitals", "power", "powers",
    }
)  # fmt: skip


def their(context: Context, trigger: Token, word: str = "", *, paired: bool = False) -> list[Actor]:
    """The two people the article has named most so far, for "their call" or "the two leaders' meeting";
    the two states or organisations for "the two sides" and "both countries" (ties: the later named)."""
    if word in _BLOC_WORDS and not paired:
        bloc = named_bloc(context, trigger)  # "allies agreed to hold their next summit": NATO's
        if bloc is not None:
            return [bloc]
    if word in _SUMMIT_WORDS and not paired:
        bloc = summit_bloc(context, trigger)  # "the leaders urged Beijing", of a G7 summit: the G7
        if bloc is not None:
            return [bloc]
    kinds = ("country", "organisation") if word in _SIDE_WORDS else ("person",)
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    actors: dict[str, Actor] = {}
    for mention, actor in mentions_in(context, 0, trigger.idx):
        if actor.kind in kinds:
            counts[actor.id] = counts.get(actor.id, 0) + 1
            last[actor.id] = mention.start
            actors[actor.id] = actor
    top = sorted(counts, key=lambda k: (-counts[k], -last[k]))[:2]
    states = [actors[k] for k in sorted(top, key=lambda k: last[k])]
    return states + envoys_for(context, trigger, states) if word in _SIDE_WORDS else states


_SUMMIT_WORDS = frozenset({"leaders", "they"})  # a bloc's summit's "the leaders", "they": the bloc
_BLOC_WORDS = frozenset({"ally", "allies", "alliance", "bloc"})  # "the alliance", "the bloc": the one named


def the_sides(context: Context, trigger: Token) -> list[Actor]:
    """For talks that name no party ("a further round of talks is expected in Caracas in August"): the two
    states or blocs the article names most so far."""
    return their(context, trigger, "sides")[:2] if trigger.pos_ == "NOUN" else []


def _named_after(context: Context, noun: Token) -> Actor | None:
    """The person named right after a role noun the parser cut off from the name ("his Chinese
    counterpart Liu Jinsong" read as counterpart | Liu Jinsong ...)."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc) or any(c.dep_ == "appos" for c in noun.children):
        return None
    nxt = noun.doc[noun.i + 1]
    if nxt.pos_ != "PROPN" or nxt.head.i == noun.i:
        return None
    actor = actor_at(context, nxt.idx, nxt.idx + len(nxt))
    return actor if actor is not None and actor.kind == "person" else None


_MEDIA = frozenset({"phone", "telephone", "video", "videolink", "videoconference"})


def _by_phone_with(trigger: Token) -> list[Token]:
    """The other party of "discussed the attack by phone with Trump", where the parse hangs "with Trump" on
    the object or the medium: a "with" on a noun of the verb's phrase, where the phrase names a medium."""
    if trigger.pos_ != "VERB" or not any(
        t.lower_ in _MEDIA and t.head.lower_ in ("by", "via", "over", "on") for t in trigger.subtree
    ):
        return []
    return [
        g
        for c in trigger.subtree
        if c.dep_ == "prep" and c.lower_ == "with" and c.head.pos_ in ("NOUN", "PROPN")
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _partner_tokens(trigger: Token, verb: Token, targets: bool) -> list[Token]:
    preps = _PARTNER_PREPS | _TARGET_PREPS if targets else _PARTNER_PREPS
    tokens: list[Token] = _by_phone_with(trigger)
    if trigger.dep_ == "prep" and trigger.pos_ == "ADP":  # a phrase ending in its particle: "called in X"
        tokens.extend(g for g in trigger.children if g.dep_ == "pobj")
    for head in (trigger, verb):
        meets = head.lemma_ in lexicon().meeting_verbs
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                tokens.extend(g for g in child.children if g.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ == "of" and head is trigger and trigger.pos_ == "NOUN":
                tokens.extend(g for g in child.children if g.dep_ == "pobj")  # "a meeting of G7 leaders"
            if child.dep_ == "poss" and head is trigger:
                tokens.append(child)
            if child.dep_ == "relcl" and head is trigger and trigger.pos_ == "NOUN":
                subj = clause.subject(child)  # "the treaty the two countries signed", not "which"
                named = subj is not None and subj.lemma_.lower() in _GROUP_WORDS  # "in which the two leaders"
                if subj is not None and subj.lower_ not in _RELATIVE and subj.head.i == child.i and not named:
                    tokens.append(subj)
                for prep in (c for c in child.children if c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS):
                    tokens.extend(g for g in prep.children if g.dep_ == "pobj")  # "the truce it struck with"
            if child.dep_ == "acl" and head is trigger:  # "the advisory, issued by the embassy"
                for agent in (g for g in child.children if g.dep_ == "agent"):
                    tokens.extend(g for g in agent.children if g.dep_ == "pobj")
                if targets and child.lemma_.lower() in _LINKING:  # "allegations linking Indian agents to"
                    tokens.extend(g for g in child.children if g.dep_ == "dobj")
            misread = child.dep_ == "oprd" and child.pos_ == "PROPN" and meets  # "called Trump" as naming
            if (child.dep_ == "dobj" or misread) and (targets or meets) and head is trigger:
                rel = child.lower_ in _RELATIVE and head.dep_ == "relcl"
                tokens.append(head.head if rel else child)  # "Georgieva, whom he met": Georgieva
            elif (
                child.dep_ == "dobj"
                and targets
                and head == verb
                and trigger.pos_ == "NOUN"
                and child.i != trigger.i
            ):
                tokens.append(child)  # "added 27 Chinese firms to its entity list"
    described = trigger.head.ent_type_ in ("PERSON", "GPE", "NORP") and trigger.head.pos_ == "PROPN"
    if targets and trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "appos") and described:
        tokens.append(trigger.head)  # "journalist Cheng Lei, detained in Beijing": the one it is done to
    if targets and trigger.pos_ == "VERB" and trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        # "boarded Philippine navy boats and seized several rifles": the first verb's object is hit too
        tokens.extend(c for c in trigger.head.children if c.dep_ == "dobj")
    return tokens


_CARRIERS = frozenset({"amod", "compound", "nmod"})


def _carried(context: Context, noun: Token) -> list[Actor]:
    """Actors a role noun carries: its appositive ("his Indian counterpart Subrahmanyam Jaishankar"), its
    "of" phrase ("the foreign ministers of Iran and Saudi Arabia") or its modifiers ("U.S. and Chinese
    negotiators")."""
    heads: list[Token] = []
    for child in noun.children:
        if child.dep_ == "appos" or child.dep_ in _CARRIERS:
            heads.extend([child, *child.conjuncts])
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                heads.extend([pobj, *pobj.conjuncts])
    found: list[Actor] = []
    for head in heads:
        actor = head_actor(context, head) if head.dep_ in ("appos", "pobj", "conj") else None
        actor = actor or actor_at(context, head.idx, head.idx + len(head))
        if actor is not None and actor not in found:
            found.append(actor)
    return found


_RELATIVE = frozenset({"which", "who", "whom", "that"})


_PRONOUNS = frozenset({"it", "they"})


def _antecedent(subj: Token | None) -> Token | None:
    """A relative pronoun's antecedent ("Beijing, which vowed ..." → Beijing), a reported "it"'s teller
    ("China has told Japan that it is halting imports" → China); other subjects unchanged."""
    if subj is None:
        return None
    verb = subj.head
    if subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subj.lower_ in _PRONOUNS and verb.dep_ == "ccomp" and verb.head.lemma_ in clause.SPEECH_LEMMAS:
        teller = clause.subject(verb.head)
        return teller if teller is not None and teller.pos_ == "PROPN" else subj
    if subj.lower_ == "it":
        return named_subject_before(subj) or subj
    return subj


def _speaker_of_conjunct(context: Context, trigger: Token) -> Token | None:
    """ "Araghchi said the strikes were illegal and accused Washington of aggression": the parser joins
    "accused" to the reported clause, whose subject ("the strikes") names no actor; the speaker acts."""
    head = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ != "conj" or head.dep_ != "ccomp":
        return None
    if (
        any(c.dep_ in clause.SUBJECTS for c in trigger.children)
        or head.head.lemma_ not in clause.SPEECH_LEMMAS
    ):
        return None
    own = clause.subject(head)
    if own is not None and head_actor(context, own) is not None:
        return None  # "said China would buy more and sell less": China does both
    return clause.subject(head.head)


def _where_subjects(trigger: Token) -> list[Token]:
    """The subject of a "where" clause on the event's place ("a visit to Riyadh, where Trump met ...")."""
    return [
        subj
        for t in trigger.subtree
        if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)
        for subj in [clause.subject(t)]
        if subj is not None
    ]


def participants(
    context: Context, trigger: Token, *, speaker: bool = False, targets: bool = False
) -> list[Actor]:
    """Actors taking part, in text order, without repeats (never the article's own outlet). ``targets``
    adds the objects of "for", "on", "against" ("a travel advisory for Japan"); ``speaker`` the subject of
    the speech verb the trigger is reported under."""
    verb = clause.verb_of(trigger)
    tokens = _partner_tokens(trigger, verb, targets)
    subj = (
        _speaker_of_conjunct(context, trigger)
        or _antecedent(clause.subject(verb))
        or _left_actor(context, trigger)
    )
    held_by = _modifier_actors(context, trigger)
    if held_by and trigger.dep_ == "pobj":
        subj = None  # "met on the sidelines of the NATO summit": the summit is NATO's, not theirs
    sequenced = trigger.dep_ == "dobj" and verb.lemma_ in lexicon().sequence_verbs
    if sequenced and not (subj is not None and subj.pos_ == "PROPN" and head_actor(context, subj)):
        subj = None  # "the Doha stop followed Tuesday's visit": the stop is no visitor (China opened a probe)
        tokens.extend(_where_subjects(trigger))
    if subj is not None and subj.i != trigger.i:  # the verb's subject takes part too (measured: it helps more
        # often than "Xi's meeting with Putin, Trump said" adds a bystander)
        tokens.append(subj)
    said_by = clause.speaker_of(trigger) if speaker else None
    if said_by is not None:
        tokens.append(said_by)
    found: list[Actor] = []
    for token in tokens:
        before = {a.id for a in found}
        for part in _conjoined(token):
            actor = _named_after(context, part) or head_actor(context, part)
            if actor is not None and part.i != token.i and actor.id in before:
                break  # "Xi's meeting with Putin, Xi and Trump discussed ...": the list ran on
            if part.pos_ == "NOUN" and any(c.dep_ == "appos" for c in part.children):
                actor = None  # "his counterpart Jaishankar": the appositive names the actor
            carried = _carried(context, part) if actor is None and part.pos_ == "NOUN" else []
            if actor is not None:
                found.append(actor)
            elif carried:
                found.extend(carried)
            elif (
                part.lower_ in _GROUP_WORDS or part.lemma_.lower() in _GROUP_WORDS | _SIDE_WORDS | _BLOC_WORDS
            ):
                paired = any(c.dep_ == "nummod" or c.lower_ == "both" for c in part.children)
                found.extend(their(context, trigger, part.lower_, paired=paired))  # "the two allies": states
            elif part.pos_ != "NOUN":  # a misparsed head ("Trump and Xi last met": 'last' as subject)
                found.extend(_actors_in(context, part))
            elif trigger.pos_ == "VERB" and (home := home_body(context, part)) is not None:
                found.append(home)  # "the foreign ministry summoned ..."
    if subj is not None:  # "ministry spokesperson He Yongqian": both act; "Putin and ... Trump"
        people_only = not targets and any(a.kind == "person" for a in found)
        upto = trigger.idx if subj.i == trigger.i else None  # the trigger's own phrase: its modifiers only
        found.extend(
            a
            for a in _phrase_actors(context, subj, upto)
            if a not in found and (a.kind == "person" or not people_only)
        )
    found.extend(held_by)
    if any(c.lower_ == "their" and c.dep_ == "poss" for c in trigger.children) and len(found) < 2:
        found.extend(their(context, trigger))
    outlet = (context.article.outlet or "").lower()
    seen: dict[str, Actor] = {}
    for actor in found:
        if actor.name.lower() != outlet:
            seen.setdefault(actor.id, actor)
    ordered = sorted(seen.values(), key=lambda a: a.mentions[0].start if a.mentions else 0)
    agent = _agent(context, trigger, subj)
    if agent is not None and agent.id in seen:  # who acts comes first: "Trump raised the levy on Canada"
        ordered = [seen[agent.id], *(a for a in ordered if a.id != agent.id)]
    return ordered


def _modifier_actors(context: Context, trigger: Token) -> list[Actor]:
    """International bodies and people named in an event noun's modifiers ("the NATO summit", "a Group of
    Seven summit", "a Trump-Putin summit"), or just before it wherever the parser hangs them: they hold it.
    Countries and national bodies are left to the other rules, since there they mostly name the place ("the
    Washington summit", "a White House meeting")."""
    if trigger.pos_ != "NOUN":
        return []
    heads = [c for c in trigger.children if c.dep_ in ("compound", "nmod") and c.i < trigger.i]
    spans = [subtree_chars(h) for h in heads]
    text = text_of(trigger.doc)
    found: list[Actor] = []
    for mention, actor in mentions_in(context, trigger.sent.start_char, trigger.idx):
        inside = any(a <= mention.start < b for a, b in spans)
        # "a Group of 20 summit", which the parser may read as "Group of (summit)"
        just_before = not text[mention.end : trigger.idx].strip(" -")
        held = actor.kind == "person" or (actor.kind == "organisation" and not actor.country)
        if held and (inside or just_before) and actor not in found:
            found.append(actor)
    return found


_ARGUMENTS = frozenset({"dobj", "prep", "dative", "xcomp", "ccomp", "attr", "oprd", "agent", "nsubjpass"})
_SUBCLAUSES = frozenset({"relcl", "advcl", "parataxis", "appos"})


def _region(token: Token) -> list[Token]:
    """A phrase's tokens without its relative and adverbial clauses."""
    out: list[Token] = []
    stack = [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _SUBCLAUSES)
    return out


def _phrase_actors(context: Context, head: Token, upto: int | None = None) -> list[Actor]:
    """Actors named in a phrase, without its relative and adverbial clauses (and, given ``upto``, only
    those named before that offset: "Israeli air strikes", not "Xi's meeting with Putin, Xi and Trump")."""
    tokens = _region(head)
    starts = {t.idx for t in tokens if upto is None or t.idx < upto}
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    return [a for m, a in mentions_in(context, first.idx, last.idx + len(last)) if m.start in starts]


def clause_actors(context: Context, trigger: Token) -> list[Actor]:
    """Actors named among a directed event's arguments: the trigger's own phrase ("a probe into pork from
    the EU") and its verb's objects and complements ("imposed duties on Chinese cars", "demanded that
    Washington lift ...")."""
    verb = clause.verb_of(trigger)
    heads = [trigger] if trigger.pos_ == "NOUN" else []
    heads.extend(c for c in verb.children if c.dep_ in _ARGUMENTS and c.i != trigger.i)
    found: list[Actor] = []
    for head in heads:
        found.extend(a for a in _phrase_actors(context, head) if a not in found)
    return found


def agent_of(context: Context, trigger: Token) -> Actor | None:
    """Who acts: the trigger's possessor, else its verb's subject (a relative pronoun's antecedent)."""
    subj = (
        _speaker_of_conjunct(context, trigger)
        or _antecedent(clause.subject(clause.verb_of(trigger)))
        or _left_actor(context, trigger)
    )
    agent = _agent(context, trigger, subj)
    if agent is None and trigger.tag_ == "VBG" and trigger.dep_ == "advcl":  # "said a summit was premature,
        said = clause.speaker_of(
            trigger
        )  # dismissing Erdogan's offer": the speaker dismisses, not the summit
        agent = head_actor(context, said) if said is not None else None
    if agent is None and subj is not None and trigger.pos_ == "VERB":
        agent = home_body(context, subj)  # "the foreign ministry summoned the ambassador"
        owner = speakers_own(subj) if agent is None else None  # "Orban said his government would veto"
        agent = head_actor(context, owner) if owner is not None else agent
    return agent


def _left_actor(context: Context, trigger: Token) -> Token | None:
    """Where the parse gives a verb trigger no subject ("Trump lifted sanctions" read as a noun phrase):
    the head of the first actor named before it in its sentence."""
    if trigger.pos_ != "VERB":  # "Trump imposed tariffs" misread as "Trump" with "imposed tariffs" as object
        head = trigger.head
        misread = trigger.dep_ == "dobj" and head.i < trigger.i  # a name governs no object: the parse erred
        return head if misread and head_actor(context, head) is not None else None
    sent = trigger.sent
    found = mentions_in(context, sent.start_char, trigger.idx)
    if not found:
        return None
    span = trigger.doc.char_span(found[0][0].start, found[0][0].end, alignment_mode="expand")
    return span.root if span is not None else None


def _agent(context: Context, trigger: Token, subj: Token | None) -> Actor | None:
    """The actor of the trigger's possessor ("Canada's tariff"), else of its verb's subject."""
    poss = next((c for c in trigger.children if c.dep_ == "poss"), None) if trigger.pos_ == "NOUN" else None
    head = poss or subj
    return head_actor(context, head) if head is not None else None
