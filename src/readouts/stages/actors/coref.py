"""Descriptions and pronouns resolved within an article: "the U.S. president", "the Chinese leader", "the
ministry", "the Trump administration", "the island", and he/she/his/her (most recent compatible person)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise

from spacy.tokens import Doc, Token

from readouts.clause import SPEECH_LEMMAS
from readouts.nlp import text_of
from readouts.spans import Spans
from readouts.stages.actors.candidates import Candidate, Overlapping, kind_of, spans_of
from readouts.stages.actors.lexicon import KnownRole, Lexicon
from readouts.stages.actors.people import PRONOUNS

_FEMALE = frozenset({"she", "her", "hers", "herself"})
_PRONOUN = re.compile(r"\b(?:" + "|".join(sorted(PRONOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_COUNTRY_WORDS = ("country", "nation", "island", "kingdom", "emirate")
_ADJ = r"(?:top|senior|chief|new|veteran|then|current|outgoing|incoming|former)"
_LESSER = ("vice", "deputy", "former", "acting", "assistant", "under")
_HALF = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)\b(?!-|\s+[A-Z])")  # "the North", not "the South China Sea"
_FORMER = re.compile(r"\b(?:former|ex)\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:said|says|told|wrote|added|stated|noted|asked)\b")


@dataclass(frozen=True, slots=True)
class ActorFacts:
    """What coreference needs to know of an actor found so far."""

    kind: str
    country: str | None
    titles: tuple[str, ...]
    type: str | None
    gender: str | None


Facts = Callable[[str], ActorFacts]


def _pattern(lex: Lexicon) -> re.Pattern[str]:
    cached = lex.compiled.get("descriptions")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    t = lex.titles
    heads = [*t["person_descriptions"], *t["org_descriptions"], *t["government_words"], *_COUNTRY_WORDS]
    mods = [f for f, e in lex.entries.items() if e.id.startswith("country:") and not f.startswith("the ")]
    alt_h = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    alt_m = "|".join(re.escape(m) for m in sorted(mods, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:{_ADJ}\s+)?(?:(?P<mod>{alt_m}|[A-Z][a-z]+)(?:'s|’s)?\s+)?"
        rf"(?:{_ADJ}\s+)?(?P<head>{alt_h})\b"
        rf"(?!-|\s+[A-Z][a-z]|\s+(?:of|for)\s|\s+to\s+(?:the|a|an|[A-Z0-9]))"  # not "the envoy to the UN"
    )
    lex.compiled["descriptions"] = pattern  # "asked the emir to use his influence": an infinitive may follow
    return pattern


def _bare_government(head: str, before: Sequence[Candidate]) -> str | None:
    """ "the administration" with no modifier: in English-language news, Washington's, once the article
    has named the United States or an American."""
    if head != "administration":
        return None
    return "country:USA" if any(c.id == "country:USA" for c in before) else None


def _titles_fit(wanted: Sequence[str], titles: Sequence[str]) -> bool:
    if not wanted:
        return True
    low = [t.lower() for t in titles]
    return any(
        t == w.lower() or (t.endswith(" " + w.lower()) and not t.startswith(_LESSER))
        for w in wanted
        for t in low
    )


# Nouns after a demonym that make it name the state acting ("a Vietnamese delegation signed deals ... the
# country aims to"), unlike goods or places ("American corn").
_ACTING = re.compile(r"\s+(?:delegation|government|officials?|negotiators?|side|team|leaders?|authorities)\b")


def _acting(cand: Candidate, body: str) -> bool:
    return _ACTING.match(body, cand.end) is not None


class Resolver:
    """Finds antecedents among the mentions found so far."""

    def __init__(self, lex: Lexicon, facts: Facts, published: str | None) -> None:
        self.lex = lex
        self.facts = facts
        self.published = published

    def _mod(self, mod: str | None, before: Sequence[Candidate]) -> str | None:
        """The country a modifier names: a country word, or the country of a person named by surname."""
        if not mod:
            return None
        code = self.lex.country_code(mod)
        if code:
            return code
        person = next((c.id for c in reversed(before) if c.kind == "person" and c.text == mod), None)
        entry = self.lex.entries.get(mod)
        if person is None and entry is not None and entry.id.startswith("person:"):
            person = entry.id
        return self.facts(person).country if person else None

    def description(self, m: re.Match[str], before: Sequence[Candidate], body: str = "") -> str | None:
        head, mod = m.group("head"), m.group("mod")
        code = self._mod(mod, before)
        if mod and code is None:
            return None
        t = self.lex.titles
        if head in t["government_words"]:
            return f"country:{code}" if code else _bare_government(head, before)
        if head in _COUNTRY_WORDS:
            countries = [
                c for c in before if c.kind == "country" and (c.form != "demonym" or _acting(c, body))
            ]
            if head in self.lex.described_as:  # "the island", "the kingdom": one that is
                countries = [c for c in countries if c.id.split(":")[1] in self.lex.described_as[head]]
            return countries[-1].id if countries else None
        if head in t["person_descriptions"] and _FORMER.search(m.group(0)):
            return self._former(t["person_descriptions"][head], code, before)
        if head in t["person_descriptions"]:
            return self._person(t["person_descriptions"][head], code, before)
        return self._org(t["org_descriptions"][head], t.get("name_words", {}).get(head, ()), code, before)

    def _person(self, wanted: Sequence[str], code: str | None, before: Sequence[Candidate]) -> str | None:
        """The person a description names: of those it fits, the one named most often so far (the story's
        protagonist: "the prime minister" after Orban's tenth mention and Tusk's first); the latest on a
        tie."""
        counts: dict[str, int] = {}
        for cand in reversed(before):
            if cand.kind != "person" or cand.form == "pronoun":
                continue
            facts = self.facts(cand.id)
            if (code is None or facts.country == code) and _titles_fit(wanted, facts.titles):
                counts[cand.id] = counts.get(cand.id, 0) + 1
        if counts:
            return max(counts, key=lambda k: counts[k])  # dicts keep insertion order: the latest wins ties
        if code is None or not wanted:
            return None
        for title in wanted:  # in order of preference: a "leader" is a president before a premier
            holders = [k.id for k in self.lex.known.values() if self._holds(k.roles, title, code)]
            if holders:
                return holders[0] if len(holders) == 1 else None
        return None

    def _former(self, wanted: Sequence[str], code: str | None, before: Sequence[Candidate]) -> str | None:
        """The person "the former prime minister" names: of those named so far who do not hold the title
        now, one the lexicon knows held it, or (given the country) one of that country; the most named."""
        counts: dict[str, int] = {}
        for cand in reversed(before):
            if cand.kind != "person" or cand.form == "pronoun":
                continue
            facts = self.facts(cand.id)
            if (code is not None and facts.country != code) or _titles_fit(wanted, facts.titles):
                continue
            known = self.lex.known.get(cand.id)
            held = known is not None and any(
                (code is None or r.of == code) and _titles_fit(wanted, [r.title]) for r in known.roles
            )
            if held or code is not None:
                counts[cand.id] = counts.get(cand.id, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _holds(self, roles: Sequence[KnownRole], title: str, code: str) -> bool:
        return any(
            r.of == code and r.holds_on(self.published) and _titles_fit([title], [r.title]) for r in roles
        )

    def _org(
        self, types: Sequence[str], words: Sequence[str], code: str | None, before: Sequence[Candidate]
    ) -> str | None:
        """The latest organisation whose name has one of the words ("the bank" after "China Development
        Bank", however many bodies were named since), else the latest of one of the types."""
        facts = [(c, self.facts(c.id)) for c in reversed(before) if c.kind == "organisation"]
        orgs = [(c, f) for c, f in facts if code is None or f.country == code]
        named = next((c for c, _ in orgs if any(w in c.text.lower().split() for w in words)), None)
        typed = next((c for c, f in orgs if f.type in types), None)
        found = named or typed
        return found.id if found is not None else None

    def descriptions(self, body: str, taken: Sequence[Candidate]) -> list[Candidate]:
        """Descriptions outside other mentions, each linked to the actor it refers to."""
        found: list[Candidate] = []
        near = Overlapping(taken)
        for m in _pattern(self.lex).finditer(body):
            if any(not _inner_country(c, m) for c in near.of(m.start(), m.end())):
                continue
            before = sorted([c for c in (*taken, *found) if c.end <= m.start()], key=lambda c: c.start)
            actor_id = self.description(m, before, body)
            if actor_id is not None:
                cand = Candidate(m.start(), m.end(), m.group(0), actor_id, kind_of(actor_id), "description")
                found.append(cand)
        return found + self._halves(body, [*taken, *found])

    def _halves(self, body: str, taken: Sequence[Candidate]) -> list[Candidate]:
        """ "the North", "the South" for the halves of a divided country, after both are named."""
        if not self.lex.halves:
            return []
        found: list[Candidate] = []
        named = Spans([(c.start, c.end) for c in taken])
        for m in _HALF.finditer(body):
            code = self.lex.halves.get(m.group(1))
            if code is None or named.overlaps(m.start(), m.end()):
                continue
            before = {c.id for c in taken if c.end <= m.start()}
            if all(f"country:{c}" in before for c in self.lex.halves.values()):
                found.append(
                    Candidate(m.start(), m.end(), m.group(0), f"country:{code}", "country", "description")
                )
        return found

    def pronouns(
        self, doc: Doc, taken: Sequence[Candidate], quoted: Sequence[tuple[int, int]]
    ) -> list[Candidate]:
        """He/she/his/her linked to the most recent compatible person (not a quote's own speaker)."""
        people = sorted([c for c in taken if c.kind == "person"], key=lambda c: c.start)
        starts = [p.start for p in people]
        body = text_of(doc)
        taken_spans, quoted_spans, quote_at = spans_of(taken), Spans(quoted), _quote_finder(quoted)
        facts: dict[str, ActorFacts] = {}
        found: list[Candidate] = []
        for m in _PRONOUN.finditer(body):  # a scan of the text, not of every token: the hot path
            idx, word = m.start(), m.group(0)
            if taken_spans.covers(idx):
                continue
            gender = "f" if word.lower() in _FEMALE else "m"
            quote = quote_at(idx)
            bound = _relative_antecedent(doc, idx)
            earlier = (p for p in reversed(people[: bisect_right(starts, idx)]) if p.end <= idx)
            fits: Iterator[Candidate] = (  # lazily: only the nearest few are ever looked at
                cand
                for cand in earlier
                if not (quote and self._speaker_near(body, cand, quote, quoted_spans))
                and (facts.get(cand.id) or facts.setdefault(cand.id, self.facts(cand.id))).gender
                in (None, gender)
                and not (bound and _phrase_head(doc, cand) in bound)
            )
            ahead = _cataphor(doc, idx, people) or _reporter(doc, idx, people)
            if ahead is not None and self.facts(ahead.id).gender in (None, gender):
                fits = iter([ahead])  # "In Ankara, where he met Erdogan, Zelensky said ...": he is Zelensky
            first = next(fits, None)
            if first is not None:
                cand = _subject_first(doc, chain([first], fits), idx)
                found.append(Candidate(idx, m.end(), word, cand.id, "person", "pronoun", "pronoun"))
        return found

    @staticmethod
    def _speaker_near(body: str, cand: Candidate, quote: tuple[int, int], quoted: Spans) -> bool:
        """Whether a person mention is the attribution of a nearby quote (not who its pronouns mean)."""
        if quoted.covers(cand.start) or quote[0] - cand.end > 120:
            return False
        window = body[max(0, cand.start - 30) : cand.end + 30]
        return bool(_SPEECH.search(window))


def _quote_finder(quoted: Sequence[tuple[int, int]]) -> Callable[[int], tuple[int, int] | None]:
    """The first quoted span holding a position. Spans in text order that do not overlap (as
    :func:`quoted_spans` gives them) are searched by bisection; any others are scanned."""
    spans = list(quoted)
    ordered = all(s < e for s, e in spans) and all(a[1] <= b[0] for a, b in pairwise(spans))
    starts = [s for s, _ in spans]

    def scan(idx: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in spans if s <= idx < e), None)

    def search(idx: int) -> tuple[int, int] | None:
        i = bisect_right(starts, idx) - 1
        return spans[i] if i >= 0 and idx < spans[i][1] else None

    return search if ordered else scan


def _inner_country(cand: Candidate, m: re.Match[str]) -> bool:
    """A name inside a description's modifier ("the U.S. president", "the Trump administration")."""
    if m.group("mod") is None or not (m.start() <= cand.start and cand.end <= m.end("mod")):
        return False
    return cand.kind == "country" or m.group("head") in ("administration", "government")


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _climb(token: Token) -> Token:
    """The head of the noun phrase a token stands in (climbing names and appositions)."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _mention_head(doc: Doc, cand: Candidate) -> Token | None:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return _climb(span.root) if span is not None else None


def _phrase_head(doc: Doc, cand: Candidate) -> int | None:
    """The index of the head of the noun phrase a mention stands in."""
    head = _mention_head(doc, cand)
    return head.i if head is not None else None


def _relative_antecedent(doc: Doc, idx: int) -> frozenset[int]:
    """For a pronoun in a relative clause ("Georgieva, whom he met"), the antecedent's phrase head: the
    pronoun cannot mean it."""
    here = doc.char_span(idx, idx + 1, alignment_mode="expand")
    if here is None:
        return frozenset()
    current = here[0]
    for _ in range(6):
        if current.dep_ == "relcl":
            return frozenset({_climb(current.head).i, current.head.i})
        if current.head.i == current.i or current.dep_ in ("ccomp", "advcl", "conj"):
            return frozenset()
        current = current.head
    return frozenset()


def _cataphor(doc: Doc, idx: int, people: Sequence[Candidate]) -> Candidate | None:
    """The person a subject pronoun in a clause put before its sentence's subject refers forward to ("After
    he met Erdogan, Zelensky said ..."), where no person is named earlier in the sentence."""
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    if span is None or span[0].dep_ not in _SUBJECTS:
        return None
    token, sent = span[0], span[0].sent
    clause_verb, subj = token.head, next((c for c in sent.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None or clause_verb.i == sent.root.i or clause_verb.dep_ not in ("advcl", "relcl"):
        return None
    if max(t.i for t in clause_verb.subtree) >= subj.i:
        return None
    if any(sent.start_char <= p.start < idx for p in people):
        return None
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return next((p for p in people if start <= p.start < end), None)


def _reporter(doc: Doc, idx: int, people: Sequence[Candidate]) -> Candidate | None:
    """The speaker a subject pronoun of the clause they report stands for ("Biden, who hosted Modi at a
    dinner, said he would attend"): the speech verb's own subject, where it tells no one else."""
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    if span is None or span[0].dep_ not in _SUBJECTS or span[0].head.dep_ != "ccomp":
        return None
    speech = span[0].head.head
    if speech.lemma_.lower() not in SPEECH_LEMMAS or any(c.dep_ in _TOLD for c in speech.children):
        return None
    subject = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > span[0].i:
        return None
    return next((p for p in people if p.end <= idx and _phrase_head(doc, p) == _climb(subject).i), None)


_TOLD = frozenset({"dobj", "dative", "iobj"})  # "told Biden he would ...": he may be Biden


def _is_subject(doc: Doc, cand: Candidate) -> bool:
    head = _mention_head(doc, cand)
    return head is not None and head.dep_ in _SUBJECTS


def _subject_first(doc: Doc, fits: Iterable[Candidate], idx: int) -> Candidate:
    """The antecedent of a subject pronoun among compatible people (nearest first): where none is named
    earlier in its own sentence, the subject of the sentence before ("Xi told Biden ... He also accused")
    wins over a nearer object; else the nearest. ``fits`` is read only as far as needed."""
    rest = iter(fits)
    first = next(rest)
    fits = chain([first], rest)
    here = doc.char_span(idx, idx + 1, alignment_mode="expand")
    if here is None or here[0].dep_ not in _SUBJECTS:
        return first
    sent = here[0].sent
    if first.start >= sent.start_char or sent.start == 0:
        return first  # "Modi called Putin, and he urged ...": within a sentence the nearest holds
    start = doc[sent.start - 1].sent.start_char
    for cand in fits:
        if cand.start < start:
            break
        if cand.id != first.id and _is_subject(doc, cand) and not _is_subject(doc, first):
            return cand
    return first
