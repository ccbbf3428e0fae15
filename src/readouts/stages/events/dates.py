"""An event's date: the timex in the trigger's own phrase or clause, else the nearest in its sentence.

A timex in a clause that names another time ("since Trump returned in January", "since November 2022",
"before the talks in May") does not date the event, unless the trigger stands in that clause itself
("since they met in Bali last November").
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Token

from readouts import clause
from readouts.nlp import subtree_chars, text_of
from readouts.pipeline import Context
from readouts.stages.events.lexicon import lexicon
from readouts.stages.events.offsets import UNIT_DAYS, relation, signed_days
from readouts.stages.time import CACHE_KEY as TIME_KEY
from readouts.stages.time import Mark, TimeIndex, interval

_OWN_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "punct", "cc"})
_OTHER_TIME = frozenset({"since", "until", "till"})
_HAPPENS = frozenset(
    {"open", "begin", "start", "end", "close", "conclude", "convene", "run", "resume", "wrap"}
)
_PERFORMS = frozenset(
    {"stage", "conduct", "carry", "hold", "launch", "sign", "seal", "strike", "reach", "mount"}
)
# verbs of a relative clause on the trigger that tell the event itself ("the drills China staged last week")
_RANGE_END = frozenset({"through", "until", "till", "to"})  # "the meeting, which runs through Saturday"
_COUNTED = frozenset({"first", "last", "times", "time"})  # before "since": a count of acts, not a start
_SCHEDULING = frozenset({"expect", "schedule", "set", "slate", "plan", "due", "pencil"})


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _other_time_head(token: Token) -> Token | None:
    """The head of a "since ..." phrase or clause the token stands in, if any."""
    current = token
    for _ in range(8):
        if current.lower_ in _OTHER_TIME and current.dep_ in ("prep", "mark"):
            return current.head if current.dep_ == "mark" else current
        if any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in current.children):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _since_starts(since: Token, trigger: Token) -> bool:
    """Whether a "since" phrase gives the start of the trigger's own act ("has waged an offensive since
    April 2022"), not the time of an earlier one ("his first visit since 2019")."""
    verb = since.head
    own = trigger.dep_ in ("dobj", "nsubjpass", "nsubj") and trigger.head.i == verb.i  # "waged an offensive"
    if verb.i != trigger.i and not own:
        return False
    before = since.doc[since.sent.start : since.i]  # "the first visit since 2017", "six times since April"
    return not any(t.lower_ in _COUNTED or t.ent_type_ == "ORDINAL" for t in before)


def _names_other_time(doc: Doc, mark: Mark, trigger: Token) -> bool:
    token = _token_at(doc, mark.start)
    head = _other_time_head(token) if token is not None else None
    if head is None:
        return mark.cue in _OTHER_TIME
    if head.lower_ == "since" and _since_starts(head, trigger):
        return False  # "detained in Beijing since August 2020": detained then
    return trigger not in head.subtree


def _tells(noun: Token, trigger: Token) -> bool:
    """Whether a noun a relative clause hangs on is the trigger, or a part of it ("a round of talks")."""
    return noun.i == trigger.i or (
        trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i == noun.i
    )


def _aside(token: Token, trigger: Token) -> bool:
    """Whether a token stands in an appositive or relative clause that does not hold the trigger."""
    current = token
    for _ in range(12):
        if current.dep_ == "relcl" and _tells(current.head, trigger):
            return False  # "the treaty the two countries signed in 2001": the clause tells the event
        if current.dep_ in ("appos", "relcl") and trigger not in current.subtree:
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _mark_aside(doc: Doc, mark: Mark, trigger: Token) -> bool:
    """A timex in an aside on one of the trigger's arguments ("Mulino, who won the May 5 election, asked
    Washington in June"), unless the aside tells when something opens, is held or is due ("a session of the
    Council, which would convene on Friday")."""
    token = _token_at(doc, mark.start)
    if token is None or not _aside(token, trigger):
        return False
    while token.dep_ not in ("appos", "relcl") and token.head.i != token.i:
        token = token.head
    verb = clause.verb_of(token)
    told = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp"))]
    return not any(v.lemma_.lower() in _TELLS_TIME for v in told)


_TELLS_TIME = _HAPPENS | _SCHEDULING | {"hold", "launch", "host", "due", "meet", "gather"}


def _in_other_clause(doc: Doc, mark: Mark, trigger: Token, done: frozenset[str] = frozenset()) -> bool:
    """A timex whose clause neither is nor governs the trigger's ("after Trump said he would visit in April,
    as both work to keep their truce": April dates the visit, not the truce)."""
    token = _token_at(doc, mark.start)
    if token is None:
        return False
    if _aside(token, trigger):
        return True  # "..., a reference to a sale approved in February": an aside dates something else
    verb = clause.verb_of(token)
    told = _tells(verb.head, trigger)
    if (
        verb.dep_ == "relcl"
        and told  # "the talks that open on Tuesday", "a round of talks that had been scheduled for August"
        and (
            verb.lower_ in done
            or verb.lemma_ in _PERFORMS
            or (verb.lemma_ in _HAPPENS | _SCHEDULING and mark.cue not in _RANGE_END)
        )
    ):
        return (
            False  # "a 20% tariff that Trump imposed earlier this year", "the summit that opens on Tuesday"
        )
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return False  # "controls on chips bound for China on Monday": a modifier, not a clause
    own = clause.verb_of(trigger)
    if verb.dep_ == "advcl" and verb.head.i in (own.i, trigger.i) and verb.lemma_.lower() in _SCHEDULING:
        return False  # "to convene a meeting in Changsha, expected in June": the meeting's own date
    if verb.dep_ == "advcl" and verb.head.i == own.i and _marked(verb, _AT_THE_TIME):
        return False  # "signed a treaty when Modi visited Abu Dhabi in February": the same time
    if verb.dep_ == "advcl" and verb.head.i == own.i and verb.tag_ == "VBG" and verb.lemma_ in _ADDRESSING:
        return False  # "Speaking at a rally on Thursday, he vowed ...": the words' own time
    if verb.dep_ == "advcl" and verb.head.i == own.i and verb.tag_ == "VBN" and verb.lemma_ in _QUESTIONED:
        return False  # "Asked about the case on Tuesday, Trump rejected ...": the answer's own time
    return verb.i != own.i and verb.i not in {g.i for g in clause.governors(own, limit=8)}


_AT_THE_TIME = frozenset({"when", "while", "as"})
_QUESTIONED = frozenset({"ask", "question", "press", "quiz"})
_ADDRESSING = clause.SPEECH_LEMMAS | {"speak", "address", "talk", "brief", "appear", "tell"}


def _marked(verb: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in marks for c in verb.children)


def own_date(context: Context, token: Token) -> str | None:
    """The date in the trigger's own phrase ("the test on Wednesday"), not elsewhere in its sentence."""
    found = _best_mark(context, token, False, narrow=True)
    return _day(found[1]) if found else None


_MEMO = "events.dates"  # context.cache key: the best mark per (token, speech, narrow, done), found once


def _best_mark(
    context: Context, token: Token, speech: bool, *, narrow: bool = False, done: frozenset[str] = frozenset()
) -> tuple[TimeIndex, Mark] | None:
    memo = context.cache.setdefault(_MEMO, {})
    key = (token.i, speech, narrow, done)
    if key not in memo:
        memo[key] = _find_mark(context, token, speech, narrow, done)
    found: tuple[TimeIndex, Mark] | None = memo[key]
    return found


def _find_mark(
    context: Context, token: Token, speech: bool, narrow: bool, done: frozenset[str]
) -> tuple[TimeIndex, Mark] | None:
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex):
        return None
    head = token if token.pos_ == "NOUN" else clause.verb_of(token)
    skip = _OWN_CLAUSE | {"xcomp"} if speech else _OWN_CLAUSE
    parts = [head, *(c for c in head.children if c.dep_ not in skip)]
    sent = token.sent
    spans = (_own_span(head, skip), *_verb_clause(token, skip), (sent.start_char, sent.end_char))
    said = _content(head) if speech else ()
    said += _other_acts(parts[1:]) if head.pos_ != "NOUN" else ()
    said += _followed(head)
    fallback: list[Mark] = []
    for wide, (start, end) in enumerate(spans[:1] if narrow else spans):
        marks = [
            m for m in index.within(start, end)
            if start <= m.start and m.end <= end and m.type in ("DATE", "TIME")
            and interval(m.value) is not None and not _names_other_time(token.doc, m, token)
            and not (wide and _in_other_clause(token.doc, m, token, done))
            and not (not wide and _mark_aside(token.doc, m, token))
            and not any(a <= m.start < b for a, b in said)
            and (speech or not _said_on(token.doc, m, head))
        ]  # fmt: skip
        told = [m for m in marks if not _names_a_thing(token.doc, m, token)]
        if told:
            return index, min(told, key=lambda m: abs(m.start - token.idx))
        fallback = fallback or marks
    if fallback:  # only dates naming which thing is meant ("the Oct. 26 election"): the nearest of them
        return index, min(fallback, key=lambda m: abs(m.start - token.idx))
    return None


def _said_on(doc: Doc, mark: Mark, verb: Token) -> bool:
    """A date right after the verb that reports a clause in the future dates the saying, wherever the
    parser hangs it ("Trump said on Saturday he would speak to Putin on Monday": Monday). (What a clause
    in the past or present tells, "said on Thursday that it welcomed the deal", is done in the saying.)"""
    first = _token_at(doc, mark.start)
    if (
        first is None
        or first.i == 0
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in clause.SPEECH_LEMMAS
    ):
        return False
    if not clause.is_future(verb):
        return False
    before = doc[first.i - 1]
    before = doc[before.i - 1] if before.lower_ == "on" and before.i > 0 else before
    return before.i == verb.head.i and before.i < first.i < verb.i


def _names_a_thing(doc: Doc, mark: Mark, trigger: Token) -> bool:
    """A bare year modifying another noun names which thing is meant ("withdrew from the 2015 agreement
    in 2018"): another date of the clause, if there is one, tells when the act happened."""
    span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    if len(span) == 1 and span.text.isdigit() and len(span.text) == 4:
        modifies = token.dep_ in ("compound", "nummod", "amod") and token.head.pos_ in ("NOUN", "PROPN")
        return modifies and token.head.i != trigger.i
    # a day or month written before a noun ("the Oct. 26 election", "the March 2024 deal"): which one
    before = token.dep_ in ("nmod", "compound") and token.head.i >= span.end
    det = span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an", "that", "this")
    return before and det and token.head.pos_ == "NOUN" and token.head.i != trigger.i


def _verb_clause(noun: Token, skip: frozenset[str]) -> list[tuple[int, int]]:
    """For a noun trigger, the span of the clause of the verb it is an argument of ("..., and Trong held a
    meeting with Obama at the White House in 2015": 2015, not the 2013 of the clause before)."""
    verb = clause.verb_of(noun) if noun.pos_ == "NOUN" else noun
    return [] if verb == noun else [_own_span(verb, skip)]


def _own_span(head: Token, skip: frozenset[str]) -> tuple[int, int]:
    """Characters of a head with its arguments, without the clauses hung on it (``skip``)."""
    parts = [head, *(c for c in head.children if c.dep_ not in skip)]
    tokens = [t for p in parts for t in (p.subtree if p is not head else [p])]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


_OTHER_ACTS = frozenset(
    {
        "impose",
        "introduce",
        "sign",
        "announce",
        "adopt",
        "approve",
        "levy",
        "enact",
        "sever",
        "freeze",
        "suspend",
    }
)  # "agreed to restore relations severed in 2016": 2016 is the break's, not the deal's


def _other_acts(parts: list[Token]) -> tuple[tuple[int, int], ...]:
    """Character spans of participles telling another act inside the trigger's arguments ("ended tariffs
    first imposed in 2020"): their dates are that act's."""
    return tuple(
        subtree_chars(v)
        for p in parts
        for v in p.subtree
        if (v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBN")) and v.lemma_ in _OTHER_ACTS
    )  # "lifted curbs it had imposed in 2019" too


def _followed(noun: Token) -> tuple[tuple[int, int], ...]:
    """For the subject of a verb of sequence, what it follows ("Xi's visit follows talks in Beijing in
    June"): that object's dates are the earlier event's."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in lexicon().sequence_verbs:
        return ()
    return tuple(subtree_chars(c) for c in verb.children if c.dep_ == "dobj")


def _content(verb: Token) -> tuple[tuple[int, int], ...]:
    """Character spans of what a speech verb reports ("said he would impose tariffs from April 2", "asked
    Washington to restore access withdrawn in 2019"): their dates are not the saying's."""
    return tuple(subtree_chars(c) for c in verb.children if c.dep_ in ("ccomp", "xcomp"))


def _day(mark: Mark) -> str | None:
    return mark.value.split("T", 1)[0] if mark.value else None


def date_of(
    context: Context, token: Token, *, speech: bool = False, done: frozenset[str] = frozenset()
) -> str | None:
    """The event's date value (day precision at most), or None. For a speech act (``speech``: "threatened
    to impose tariffs from Nov. 1") the dates of what is said ("to impose ...") do not count."""
    found = _best_mark(context, token, speech, done=done)
    marks = [found[1]] if found else _sentence_marks(context, token)
    for mark in marks:  # "Three days after Lai was sworn in on May 20, the army surrounded Taiwan": May 23
        day = _day(mark) if mark.type == "DATE" else None
        days = _across(token, mark) if day and len(day) == 10 else None
        if day and days:
            return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    return _day(found[1]) if found else None


def _sentence_marks(context: Context, token: Token) -> list[Mark]:
    index = context.cache.get(TIME_KEY)
    sent = token.sent
    return list(index.within(sent.start_char, sent.end_char)) if isinstance(index, TimeIndex) else []


def _across(token: Token, mark: Mark) -> int | None:
    """Days to add to a date named in a clause the event is told so long after or before."""
    verb = clause.verb_of(token)
    current = _token_at(token.doc, mark.start)
    for _ in range(8):
        if current is None or current.head.i == current.i:
            return None
        if current.head.i == verb.i:
            break
        current = current.head
    else:
        return None
    mark_word = current if current.dep_ == "prep" else None
    if current.dep_ == "advcl":
        mark_word = next((c for c in current.children if c.dep_ in ("mark", "prep")), None)
    if mark_word is None or mark_word.lower_ not in ("after", "before"):
        return None
    amounts = [  # "three days" on the clause, on "after", or on the verb right before "after"
        c
        for h in (current, mark_word, verb)
        for c in h.children
        if c.dep_ == "npadvmod" and c.lower_ in UNIT_DAYS and (h is not verb or c.i == mark_word.i - 1)
    ]
    return signed_days(amounts, mark_word)


def by_deadline(context: Context, token: Token, value: str | None, *, speech: bool = False) -> str | None:
    """The event's date as shown: for a deadline at the end of a year or month ("before the end of the
    year") the year or the month, since the event falls some time before it; else ``value``."""
    found = _best_mark(context, token, speech)
    if not value or found is None or found[1].cue not in ("by", "before") or len(value) != 10:
        return value
    if value.endswith("-12-31"):
        return value[:4]
    return value[:7] if (date.fromisoformat(value) + timedelta(days=1)).day == 1 else value


_RANGE_CUES = frozenset({"between", "from", "since", "until", "till", "through", "to"})
# list gaps between dates: ", ", " and ", " and again on " ("on Sunday and again on Tuesday")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and(?:\s+again)?|,?\s*or)\s*(?:on\s+)?")


def listed_dates(context: Context, token: Token, *, speech: bool = False) -> list[str]:
    """The other dates listed beside the event's own ("talks in Istanbul on May 16, June 2 and July 23":
    three rounds), in text order."""
    found = _best_mark(context, token, speech)
    if found is None:
        return []
    index, best = found
    text = text_of(token.doc)
    same = (m for m in index.marks if m.sentence == best.sentence and m.type == "DATE")
    marks = sorted(same, key=lambda m: m.start)
    at = next((i for i, m in enumerate(marks) if m.start == best.start), None)
    if at is None:
        return []
    run = [best]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(marks):
            a, b = (marks[i + step], marks[i]) if step < 0 else (marks[i], marks[i + step])
            if not _LIST_GAP.fullmatch(text[a.end : b.start]):
                break
            i += step
            run.append(marks[i])
    if len(run) < 2 or any(m.cue in _RANGE_CUES for m in run):
        return []  # "met three times between May and July": a range, not a list of dates
    days = sorted({d for m in run if (d := _day(m)) and len(d) == 10})
    if len(days) != len(run) or any(_next_day(a) == b for a, b in pairwise(days)):
        return []  # "talks on Saturday and Sunday": one two-day round; only whole days are listed
    return [d for d in days if d != _day(best)]


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _own_day(context: Context, token: Token) -> bool:
    """Whether the trigger's phrase, or the verb its verb is conjoined to, names a day of its own."""
    verb = clause.verb_of(token)
    heads = [token, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else [token]
    return any(len(day) == 10 for h in heads if (day := own_date(context, h)) is not None)


def relative_date(context: Context, token: Token) -> str | None:
    """The day of an event told as so many days before or after another dated in its sentence
    ("Wednesday's launch came two days after Kim threatened ...": Monday)."""
    found = relation(token)
    if found is None:
        return _hours_on(context, token)
    if _own_day(context, token):
        return None  # "10 days after Barrot travelled to Algiers on April 6 and met ...": its own day
    main, _, days = found
    anchor = _best_mark(context, main, False)
    day = _day(anchor[1]) if anchor else _lead_day(context, main)
    if day is None or len(day) != 10:
        return None
    return (date.fromisoformat(day) - timedelta(days=days)).isoformat()


_HOURS_ON = re.compile(
    r"(?:(?:a few|several|some|two|three|four|\d+)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier)\b",
    re.IGNORECASE,
)


def _hours_on(context: Context, token: Token) -> str | None:
    """A sentence opening "Hours later," with no date of its own: the day last named in the two sentences
    before it."""
    sent = token.sent
    index = context.cache.get(TIME_KEY)
    if not isinstance(index, TimeIndex) or not _HOURS_ON.match(sent.text):
        return None
    if any(m.type == "DATE" for m in index.within(sent.start_char, sent.end_char)):
        return None
    before = token.doc[sent.start - 1].sent if sent.start > 0 else None
    start = before.start - 1 if before is not None and before.start > 0 else None
    since = token.doc[start].sent.start_char if start is not None else 0
    days = [m for m in index.within(since, sent.start_char) if m.type == "DATE" and m.value]
    days = [m for m in days if len(m.value or "") == 10]
    return days[-1].value if days else _lead_days(context)


def _lead_days(context: Context) -> str | None:
    """The first day named in the lead paragraph (the article's news)."""
    index = context.cache.get(TIME_KEY)
    body = context.article.body
    lead_end = body.find("\n", len(body) - len(body.lstrip()))
    if not isinstance(index, TimeIndex) or lead_end == -1:
        return None
    days = [m for m in index.within(0, lead_end) if m.type == "DATE" and m.value and len(m.value) == 10]
    return days[0].value if days else None


def _lead_day(context: Context, main: Token) -> str | None:
    """Where the other event has no date in its sentence and is the article's news ("The meeting took place
    a day after ..."): the first day named in the lead paragraph."""
    subject = clause.subject(main)
    if subject is None or not any(c.lower_ in ("the", "this") for c in subject.children):
        return None
    return _lead_days(context)
