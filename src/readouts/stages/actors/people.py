"""People: names from spaCy PERSON entities (titles, honorifics, possessives stripped), clustered within
an article (full name, surname, "Xi" for "Xi Jinping"), and surname-only mentions spaCy missed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from readouts.nlp import ents_of, text_of
from readouts.spans import Disjoint
from readouts.stages.actors.candidates import Candidate, spans_of
from readouts.stages.actors.lexicon import Lexicon, slug

PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_PARTICLES = frozenset(
    {"von", "der", "van", "de", "da", "di", "du", "dos", "del", "bin", "al", "la", "le", "ibn"}
)
_NOT_NAMES = frozenset(
    {"The", "A", "An", "I", "We", "They", "It", "But", "And", "In", "On", "At", "Both", "This"}
)
# a capitalised word, an initial, or a surname with a hyphenated Arabic article ("al-Ezzi", "el-Sisi")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.|(?:al|el|ad|ar|as|an|ash|at|az)-[A-Z][\w'’-]*)$")


@dataclass
class Cluster:
    """One person of the article: an id, the fullest name seen, where it is mentioned."""

    id: str
    name: str
    positions: list[int] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return core_words(self.name)


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def core_words(name: str) -> list[str]:
    """A name's words without a generational suffix: "Romeo Brawner Jr." is found as "Brawner"."""
    words = name.split()
    return words[:-1] if len(words) > 2 and words[-1].lower() in _SUFFIXES else words


def title_words(lex: Lexicon) -> frozenset[str]:
    """Every word of a title or honorific (cached on the lexicon)."""
    cached = lex.compiled.get("title_words")
    if cached is None:
        t = lex.titles
        words = [*t["heads"], *t["modifiers"], *t["honorifics"], *t["lower_heads"], *t["lower_modifiers"]]
        cached = lex.compiled["title_words"] = frozenset(w for phrase in words for w in phrase.split())
    return cached  # type: ignore[no-any-return]


def _strip(text: str, start: int, lex: Lexicon) -> tuple[str, int]:
    """Drop leading titles, honorifics and country words, and a trailing possessive."""
    skip = title_words(lex)
    words = list(re.finditer(r"\S+", text))
    i = 0
    while i < len(words) - 1 and (words[i].group() in skip or lex.country_code(words[i].group())):
        i += 1
    if i:
        start, text = start + words[i].start(), text[words[i].start() :]
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    kept = text.lstrip(" ,\n\t")  # an entity may start with the line break before it
    return kept.rstrip(" ,\n\t"), start + len(text) - len(kept)


def is_name(text: str) -> bool:
    words = text.split()
    if not words or words[0] in _NOT_NAMES or any(ch.isdigit() for ch in text):
        return False
    return all(_NAME_WORD.match(w) or w in _PARTICLES for w in words) and bool(_NAME_WORD.match(words[-1]))


# A hyphenated given name's tail the parser leaves out of the entity ("Park Yoon-joo"), not a compound's
# second part ("the Putin-era rules", "a Trump-backed plan").
_NAME_TAIL = re.compile(r"-([a-z]{2,5})\b")
_NOT_TAILS = frozenset(
    {"era", "led", "style", "like", "run", "born", "made", "based", "backed", "linked", "type"}
)


def _hyphen_tail(doc: Doc, end: int) -> str:
    tail = _NAME_TAIL.match(text_of(doc), end)
    return tail.group() if tail is not None and tail.group(1) not in _NOT_TAILS else ""


def _cut_surname(ent: SpacySpan) -> str:
    """The last word of a name the tagger cut off ("Denis Sassou" of "Denis Sassou Nguesso"): a capitalised
    proper noun of no entity right after it, ending the noun phrase."""
    doc = ent.doc
    if ent.end >= len(doc) or ent.end + 1 >= len(doc):
        return ""
    nxt, after = doc[ent.end], doc[ent.end + 1]
    if doc[ent.end - 1].tag_ == "POS":  # "Justin Trudeau's Liberals": what is his, not his name
        return ""
    bare = nxt.pos_ == "PROPN" and not nxt.ent_type_ and nxt.text[:1].isupper() and nxt.is_alpha
    ends = after.is_punct or after.pos_ in ("VERB", "AUX", "ADP", "CCONJ")
    return f" {nxt.text}" if bare and ends and nxt.idx == ent.end_char + 1 else ""


_WHERE = frozenset({"in", "at", "near", "off", "outside", "inside", "around", "across"})


def _placed(root: Token) -> bool:
    """A "person" the parser finds where a place stands ("talks at Turnberry", "a plant in Binh Duong")."""
    prep = root.head
    summoned = prep.lower_ == "in" and prep.head.lemma_.lower() == "call" and prep.i == prep.head.i + 1
    return root.dep_ == "pobj" and prep.lower_ in _WHERE and not summoned  # not "called in Wu Jianghao"


def spacy_people(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """PERSON entities as unclustered candidates ("Trump and Xi" split in two)."""
    found: list[Candidate] = []
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or _placed(ent.root):
            continue
        offset = ent.start_char
        tail = _hyphen_tail(doc, ent.end_char) or _cut_surname(ent)
        for part in re.split(r"(\s+and\s+|,\s*)", ent.text + tail):
            text, start = _strip(part, offset, lex)
            if text and is_name(text) and text.lower() not in PRONOUNS:
                found.append(
                    Candidate(start, start + len(text), text, "", "person", source="spacy", priority=2)
                )
            offset += len(part)
    return found


_ORG_WORDS = re.compile(
    r"\b(?:Institute|Fund|Council|Group|Bank|Ministry|Inc|Corp|Co|Ltd|LLC|Party|Agency|Association|Foundation|"
    r"University|Center|Centre|Capital|Partners|Securities|Research|Holdings|Board|Commission|Committee|Times|"
    r"News|Post|Journal|Daily|Television|Radio|Office|Department|Company|Bureau|Exchange|Trust|Society|"
    r"Energy|Motors|Airlines|Industries|Enterprises|Technologies|International|Systems|Pharma|Mining|Steel)\b"
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"^(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z]|,\s+(?:a|an|the)?\s*[a-z]|\s+(?:said|says|told)\b)"
)
_PERSON_CONTEXT_BEFORE = re.compile(r"\b(?:said|says|told|according\s+to)\s+$")


def _titled(ent: SpacySpan, lex: Lexicon) -> Candidate | None:
    """An ORG entity that is a title and a name ("Trade Representative Taras Kachka"): the person."""
    text, start = _strip(ent.text, ent.start_char, lex)
    heads = set(lex.titles["heads"])
    title = ent.text[: start - ent.start_char].split()
    if not title or title[-1] not in heads or not 2 <= len(text.split()) <= 3 or not is_name(text):
        return None
    return Candidate(start, start + len(text), text, "", "person", source="spacy", priority=4)


def orgs_as_people(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """ORG entities that are people by their shape and context ("said Jane Roe of the X Fund"), or by the
    title before the name ("Trade Representative Taras Kachka")."""
    found: list[Candidate] = []
    body = text_of(doc)
    for ent in ents_of(doc):
        titled = _titled(ent, lex) if ent.label_ == "ORG" else None
        if titled is not None:
            found.append(titled)
            continue
        words = ent.text.split()
        if (
            ent.label_ != "ORG"
            or not 2 <= len(words) <= 3
            or not is_name(ent.text)
            or _ORG_WORDS.search(ent.text)
        ):
            continue
        if any(w.isupper() for w in words):
            continue
        after, before = (
            body[ent.end_char : ent.end_char + 40],
            body[max(0, ent.start_char - 30) : ent.start_char],
        )
        if _PERSON_CONTEXT_AFTER.match(after) or _PERSON_CONTEXT_BEFORE.search(before):
            found.append(
                Candidate(ent.start_char, ent.end_char, ent.text, "", "person", source="spacy", priority=4)
            )
    return found


_NOT_PEOPLE_ENTS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC", "PERSON"})


def appositive_people(doc: Doc, lex: Lexicon) -> list[Candidate]:
    """Names the tagger missed or mislabelled that a job title stands in apposition to ("Taras Kachka,
    Ukraine's deputy economy minister, said"): two or three capitalised words, none of them one whole
    entity of another kind."""
    heads = {str(h).lower() for h in lex.titles["apposition_heads"]}
    skip = {str(w) for w in (*lex.titles["honorifics"], *lex.titles["heads"])}
    found: list[Candidate] = []
    for token in doc:
        if token.tag_ != "NNP" or not any(
            c.dep_ == "appos" and c.lemma_.lower() in heads for c in token.children
        ):
            continue
        first = token
        while first.i > 0 and doc[first.i - 1].dep_ == "compound" and doc[first.i - 1].tag_ == "NNP":
            first = doc[first.i - 1]
        while first.i < token.i and first.text in skip:
            first = doc[first.i + 1]  # "Mr. Peter Holm", "Minister Taras Kachka"
        span = doc[first.i : token.i + 1]
        if not 2 <= len(span) <= 3 or not is_name(span.text) or _ORG_WORDS.search(span.text):
            continue
        if any(e.label_ in _NOT_PEOPLE_ENTS and e.start <= first.i and token.i < e.end for e in doc.ents):
            continue  # one entity of its own ("South Africa, a member of BRICS"), or found already
        if span.text in lex.entries:
            continue
        found.append(Candidate(span.start_char, span.end_char, span.text, "", "person", source="spacy"))
    return found


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: same last word, first words equal or one an initial; or the
    shorter the longer's leading words ("Hassan Sheikh" after "Hassan Sheikh Mohamud")."""
    short, long = sorted((a, b), key=len)
    if len(short) < len(long) and long[: len(short)] == short:
        return True
    if a[-1] != b[-1]:
        return False
    fa, fb = a[0].rstrip("."), b[0].rstrip(".")
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def _short_matches(word: str, cluster: Cluster, surname_first: frozenset[str]) -> bool:
    """Whether a lone surname names a cluster's person (accents aside: "Sánchez" is "Sanchez")."""
    words = [slug(w) for w in cluster.words]
    if len(words) < 2:
        return words == [slug(word)]
    return words[-1] == slug(word) or (words[0] == slug(word) and word in surname_first)


def _latest(clusters: Sequence[Cluster], pos: int) -> Cluster:
    def key(c: Cluster) -> tuple[int, int]:
        before = [p for p in c.positions if p <= pos]
        return (max(before) if before else -1, -min(c.positions, default=0))

    return max(clusters, key=key)


class People:
    """Clusters the person names of one article."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.clusters: dict[str, Cluster] = {}
        self.surname_first = frozenset(lex.titles["surname_first"])

    def _cluster(self, actor_id: str, name: str, pos: int) -> Cluster:
        known = self.lex.known.get(actor_id)
        cluster = self.clusters.setdefault(actor_id, Cluster(actor_id, known.name if known else name))
        if not known and len(name.split()) > len(cluster.words):
            cluster.name = name
        cluster.positions.append(pos)
        return cluster

    def _known(self, text: str) -> str | None:
        entry = self.lex.entries.get(text)
        if entry is not None and entry.id.startswith("person:"):
            return self.lex.merges.get(entry.id, entry.id)
        return None

    def assign(self, candidates: Iterable[Candidate]) -> list[Candidate]:
        """Give every person candidate an id; multi-word names first, then short forms."""
        cands = sorted(candidates, key=lambda c: (-len(c.text.split()), c.start))
        out: list[Candidate] = []
        for cand in cands:
            norm = cand.text.title() if cand.text.isupper() and len(cand.text) > 3 else cand.text
            actor_id = cand.id or self._known(norm) or self._match(norm, cand.start)
            self._cluster(actor_id, norm, cand.start)
            out.append(cand.with_id(actor_id))
        return sorted(out, key=lambda c: c.start)

    def _match(self, text: str, start: int) -> str:
        words = core_words(text)
        if len(words) >= 2:
            for cluster in self.clusters.values():
                if len(cluster.words) >= 2 and _compatible(words, cluster.words):
                    return cluster.id
            return f"person:{slug(text)}"
        matches = [c for c in self.clusters.values() if _short_matches(words[0], c, self.surname_first)]
        if matches:
            return _latest(matches, start).id
        return f"person:{slug(text)}"

    def surnames(self, doc: Doc, taken: Sequence[Candidate]) -> list[Candidate]:
        """Tokens that repeat a clustered person's surname (or family name) outside other candidates."""
        found: list[Candidate] = []
        taken_spans, found_spans = spans_of(taken), Disjoint()
        by_word = self._by_word()
        for token in doc:
            word = token.text
            if word in _NOT_NAMES or word.lower() in PRONOUNS or not _NAME_WORD.match(word):
                continue
            span = (token.idx, token.idx + len(word))
            if taken_spans.overlaps(*span) or found_spans.overlaps(*span):
                continue
            near = by_word.get(slug(word), ())
            matches = [c for c in near if _short_matches(word, c, self.surname_first)]
            if len(matches) and (len(matches[0].words) > 1 or token.ent_type_ in ("PERSON", "ORG", "GPE")):
                cluster = _latest(matches, token.idx)
                cluster.positions.append(token.idx)
                found.append(Candidate(span[0], span[1], word, cluster.id, "person", source="surname"))
                found_spans.add(*span)
        return found

    def _by_word(self) -> dict[str, list[Cluster]]:
        """The clusters (in their order) under the slugs of their first and last words: the only ones
        :func:`_short_matches` can accept for a word with that slug."""
        by_word: dict[str, list[Cluster]] = {}
        for cluster in self.clusters.values():
            words = [slug(w) for w in cluster.words]
            for key in dict.fromkeys(words[:1] + words[-1:]):
                by_word.setdefault(key, []).append(cluster)
        return by_word

    def names(self) -> dict[str, str]:
        return {c.id: c.name for c in self.clusters.values()}
