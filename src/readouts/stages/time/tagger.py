"""Finding timex spans: run the pattern rules, drop false positives, keep the longest overlapping match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from readouts.nlp import text_of
from readouts.spans import Disjoint
from readouts.stages.time.lexicon import Lexicon, load
from readouts.stages.time.patterns import rules


@dataclass(frozen=True)
class Candidate:
    """A matched expression: its extent, the rule kind and the rule's named groups."""

    start: int
    end: int
    kind: str
    fields: dict[str, str] = field(default_factory=dict)
    priority: int = 0

    def get(self, name: str) -> str | None:
        return self.fields.get(name)


_DAY_CUE = re.compile(r"\b(?:for|in|within|after|than|about|over|of|just|only|least|first|last)\s+$", re.I)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|[A-Z]{2,})\s+$")


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w$€£¥#.'’-]+)\s*$", text[max(0, start - 40) : start])
    return m.group(1) if m else ""


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*([\w%$-]+)", text[end : end + 40])
    return m.group(1) if m else ""


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_rate(before: str, lex: Lexicon) -> bool:
    """Whether the text before "a year"/"per day" ends in a quantity ("$5 billion", "60 hours")."""
    words = re.findall(r"[\w$%]+", before)
    last = words[-1].lower() if words else ""
    return bool(re.search(r"\d\W*$", before.rstrip())) or last in lex.rate_words


def _year_ok(c: Candidate, text: str, doc: Doc, lex: Lexicon) -> bool:
    if c.get("mod"):
        return True
    year = int(c.fields["year"])
    before = _word_before(text, c.start)
    if before in lex.non_year_prefixes or text[max(0, c.start - 1) : c.start] in ("$", "#", "€", "£", "¥"):
        return False
    if re.search(r"\d[,.]$", text[max(0, c.start - 2) : c.start]):
        return False
    after = _word_after(text, c.end).lower()
    if before.isdigit() and after.isdigit():
        return False  # a run of numbers ("... 1999 2000 2001 ..."): a list or a table, not years
    if after in lex.count_nouns or after in ("million", "billion", "trillion", "percent", "%", "per"):
        return False
    if text[c.end : c.end + 1] in ("%", ".") and re.match(r"\.\d", text[c.end : c.end + 2]):
        return False
    cue = before.lower() in lex.month_cues or before.lower() in ("the", "year", "of", "in", "to", "and", ",")
    if not 1900 <= year <= 2050 and not cue:
        return False
    tok = _token_at(doc, c.start)
    if tok is not None and not cue and tok.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"):
        modifies_singular = tok.dep_ in ("nummod", "compound", "amod") and tok.head.tag_ in ("NN", "NNP")
        if tok.ent_type_ != "CARDINAL" or not modifies_singular:  # "a 2014 study" stays a year
            return False
    counted = tok is not None and tok.dep_ == "nummod" and tok.head.tag_ == "NNS"
    return not (counted and tok is not None and tok.head.lower_ not in lex.year_nouns)


def _month_ok(c: Candidate, text: str, doc: Doc, lex: Lexicon) -> bool:
    month = c.fields["month"]
    if month not in lex.ambiguous_months or c.get("mod") or c.get("rel"):
        return True
    tok = _token_at(doc, c.start)
    if tok is not None and tok.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD"):
        return False
    if tok is not None and tok.ent_type_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART", "EVENT"):
        return False
    before = _word_before(text, c.start).lower()
    return before in lex.month_cues or (tok is not None and tok.ent_type_ == "DATE")


def _day_ok(c: Candidate, lex: Lexicon) -> bool:
    day = int(re.sub(r"\D", "", c.fields["day"]))
    month = lex.months.get(c.fields["month"], 0)
    limits = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}
    return 1 <= day <= limits.get(month, 31)


def _guard(c: Candidate, text: str, doc: Doc, lex: Lexicon) -> bool:
    """False for a match that is not a timex here."""
    k = c.kind
    if k == "year":
        return _year_ok(c, text, doc, lex)
    if k == "month":
        return _month_ok(c, text, doc, lex)
    if k in ("md", "dm", "mdy", "dmy", "md_range"):
        if c.fields["month"] in lex.month_abbrs and k in ("md", "dm") and c.fields["month"] in ("Mar", "Jun"):
            return False
        return _day_ok(c, lex)
    if k == "span" and c.get("rel") == "last":  # "it will last 90 days": the verb
        tok = _token_at(doc, c.start)
        return tok is None or not tok.tag_.startswith("VB")
    if k == "set_per":
        return _is_rate(text[max(0, c.start - 40) : c.start], lex)
    if k == "weekday":
        return _word_before(text, c.start).lower() not in lex.weekday_blockers
    if k == "dayrel" and c.fields["word"] == "Today":
        return not _NAME_BEFORE.search(text[max(0, c.start - 30) : c.start])
    if k == "pod_ref":  # "the morning session": a modifier; "three o'clock in the morning": a clock time
        if re.search(
            r"(?:o['’]clock|\d|[ap]\.?m\.?)\s+(?:early\s+|late\s+)?in\s+$",
            text[max(0, c.start - 20) : c.start],
        ):
            return False
        tok = _token_at(doc, c.end - 1)
        return tok is None or tok.dep_ not in ("compound", "amod", "nmod")
    if k == "holiday":
        return _word_after(text, c.end).lower() not in lex.holidays.get("not_before", ())
    if k == "quarter" and not (c.get("year") or c.get("qrel") or c.get("qn")):
        return not re.match(r"\s+of\b", text[c.end : c.end + 5])
    if k == "duration":
        num = (c.get("num") or "").lower()
        unit = (c.get("unit") or "").lower()
        if (num in ("a", "an", "one") or c.get("another")) and unit in ("second", "quarter", "night"):
            return False
        if num in ("a", "an") and _word_before(text, c.start).lower() == "on":
            return False  # "on a day rich in symbolism"
        if (
            num in ("one", "some")
            and unit == "day"
            and not c.get("adj")
            and not text[c.start : c.end].lower().startswith(num + "-")
            and not _DAY_CUE.search(text[max(0, c.start - 12) : c.start])
        ):
            return False  # "one day" = some day
        return not (num in ("a", "an") and _word_before(text, c.start).lower() in ("once", "twice", "times"))
    return True


def _candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for priority, rule in enumerate(rules()):
        for m in rule.pattern.finditer(text):
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            start, end = (m.start("span"), m.end("span")) if "span" in groups else (m.start(), m.end())
            found.append(Candidate(start, end, rule.kind, groups, priority))
    return found


def _trim(c: Candidate, text: str) -> Candidate:
    """Drop trailing punctuation a pattern may have taken ("a.m." keeps its dot)."""
    end = c.end
    while end > c.start and text[end - 1] in ",;: " and c.kind != "time":
        end -= 1
    if end == c.end:
        return c
    return Candidate(c.start, end, c.kind, c.fields, c.priority)


def select(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then rule priority; returned in text order."""
    chosen: list[Candidate] = []
    taken = Disjoint()
    for c in sorted(found, key=lambda x: (-(x.end - x.start), x.priority, x.start)):
        if not taken.overlaps(c.start, c.end):
            chosen.append(c)
            taken.add(c.start, c.end)
    return sorted(chosen, key=lambda x: x.start)


_YEAR_SHIFT = {"last": "-1", "this": "0", "next": "1"}
# "in March that year", "in June the following year": the year told from the last date named
_REF_YEAR_SHIFT = {"that": "0", "the same": "0", "the following": "1", "the next": "1", "the previous": "-1"}
_DATED_KINDS = frozenset({"md", "dm", "month", "holiday", "season", "md_range", "dm_range"})


def merge_years(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A date followed by "last/this/next year" is one timex ("Nov. 30 last year", "Christmas this year").

    So is a date followed by "that year" or "the following year", whose year is told from the last date
    named before it ("signed in 2019 and ratified in June the following year": June 2020).
    """
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        rel = " ".join((c.get("rel") or "").lower().split())
        if (
            prev is not None
            and prev.kind in _DATED_KINDS
            and c.kind == "rel"
            and c.get("unit") == "year"
            and (rel in _YEAR_SHIFT or rel in _REF_YEAR_SHIFT)
            and not (c.get("edge") or c.get("mod2"))
            and re.fullmatch(r"[\s,]*(?:of\s+)?", text[prev.end : c.start])
        ):
            key = "relyear" if rel in _YEAR_SHIFT else "refyear"
            fields = {**prev.fields, key: _YEAR_SHIFT.get(rel) or _REF_YEAR_SHIFT[rel]}
            out[-1] = Candidate(prev.start, c.end, prev.kind, fields, prev.priority)
            continue
        out.append(c)
    return out


def tag(doc: Doc) -> list[Candidate]:
    """Timex candidates in a parsed body, in text order."""
    text = text_of(doc)
    lex = load()
    kept = [_trim(c, text) for c in _candidates(text) if _guard(c, text, doc, lex)]
    return merge_years(select(kept), text)
