"""The lead of an article: a byline line ("By Jane Doe and John Roe, Reuters") and a dateline
("BEIJING (Reuters) -", "WASHINGTON/BEIJING:", "AsianFin --"). Cues live in ``data/lead.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from readouts.ingest import lexicon

MAX_BYLINE_CHARS = 160

_PART_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_NAME_SPLIT = re.compile(r"\s*,\s*|\s*;\s*|\s+(?:and|&)\s+")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")
_NAME_TOKEN = re.compile(r"(?:[^\W\d_][\w'’-]*|[^\W\d_]\.(?:[^\W\d_]\.)*)")
_MONTH_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_AGENCY = r"\((?P<agency>[A-Za-z][\w .&'’-]{0,30})\)"
_SEP = r"\s*(?P<sep>--|—|–|-|:)\s+(?=\S)"
_CAPS_PLACE = re.compile(
    r"(?P<place>[^\W\d_a-z][^\W\d_a-z.'’ -]*(?:[ .'’-]+[^\W\d_a-z][^\W\d_a-z.'’-]*)*\.?"
    r"(?:\s*/\s*[^\W\d_a-z][^\W\d_a-z.'’ -]*(?:[ .'’-]+[^\W\d_a-z][^\W\d_a-z.'’-]*)*)*)"
    r"(?:,\s*(?P<region>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})(?=[,(\s:—–-]))?"
    rf"(?:,?\s+(?P<date>{_MONTH_DAY}))?"
    rf"(?:\s*{_AGENCY})?{_SEP}"
)
_MIXED_PLACE = re.compile(
    r"(?P<place>[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3})"
    rf"(?:,?\s+(?P<date>{_MONTH_DAY}))?"
    rf"(?:\s*{_AGENCY})?\s*(?P<sep>--|—|–|-|:)\s+(?=\S)"
)
_PREPOSITIONS = frozenset({"on", "in", "at", "by", "from", "since", "until", "after", "before", "as"})
_AGENCY_ONLY = re.compile(rf"{_AGENCY}\s*(?P<sep>--|—|–|-|:)\s+(?=\S)")


@dataclass(frozen=True)
class Byline:
    """Names from a byline line; ``affiliation`` is a trailing outlet or role, ``agency`` a known agency."""

    names: tuple[str, ...]
    affiliation: str | None = None
    agency: str | None = None

    @property
    def author(self) -> str | None:
        return ", ".join(self.names) or None


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a paragraph: ``text`` is the dateline up to its separator."""

    text: str
    place: str
    date: str | None = None
    agency: str | None = None


@cache
def _cues() -> dict[str, frozenset[str]]:
    keys = ("byline_prefixes", "name_particles", "name_suffixes", "not_name_starts", "affiliation_words")
    out = {key: lexicon.words("lead", key) for key in keys}
    out["agencies"] = frozenset(a.casefold() for a in lexicon.words("lead", "agencies"))
    out["not_datelines"] = lexicon.words("lead", "not_datelines")
    dates = lexicon.load("dates")
    out["not_name_starts"] |= {str(m) for m in dates.get("months", {})} | lexicon.words("dates", "weekdays")
    return out


def is_agency(text: str) -> bool:
    return text.strip().casefold() in _cues()["agencies"]


def _agency_in(text: str) -> str | None:
    """The agency a byline part names ("Reuters", "Reuters Staff" -> "Reuters")."""
    words = text.split()
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            if is_agency(candidate := " ".join(words[i : i + size])):
                return candidate
    return None


def _is_name(segment: str) -> bool:
    cues = _cues()
    tokens = segment.split()
    if not 2 <= len(tokens) <= 5 or tokens[0].casefold().rstrip(".") in cues["not_name_starts"]:
        return False
    for i, token in enumerate(tokens):
        if token in cues["name_particles"] and 0 < i < len(tokens) - 1:
            continue
        if i == len(tokens) - 1 and i > 1 and token in cues["name_suffixes"]:
            continue
        if not _NAME_TOKEN.fullmatch(token) or not token[0].isupper():
            return False
    return not (segment.isupper() and len(tokens) > 3)


def _is_affiliation(segment: str) -> bool:
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", segment)}
    return is_agency(segment) or bool(words & _cues()["affiliation_words"])


def find_byline(line: str) -> Byline | None:
    """The byline a whole line is, or ``None`` ("By Jane Doe", "By Jane Doe and John Roe, Reuters")."""
    if len(line) > MAX_BYLINE_CHARS:
        return None
    rest = next((line[len(p) + 1 :] for p in _cues()["byline_prefixes"] if line.startswith(p + " ")), None)
    if rest is None:
        return None
    parts = [p for p in _PART_SPLIT.split(rest.strip()) if p]
    if not parts:
        return None
    segments = [s for s in _NAME_SPLIT.split(_IN_PLACE.sub("", parts[0])) if s]
    names: list[str] = []
    tail: list[str] = []
    for segment in segments:
        if not tail and _is_name(segment) and not _is_affiliation(segment):
            names.append(segment.title() if segment.isupper() else segment)
        elif _is_affiliation(segment) and (names or not tail):
            tail.append(segment)
        else:
            return None
    for part in parts[1:]:
        if not (_is_affiliation(part) or re.search(r"\d", part)):
            return None
        if _is_affiliation(part):
            tail.append(part)
    agency = next((a for t in tail if (a := _agency_in(t))), None)
    return Byline(tuple(names), ", ".join(tail) or None, agency) if names or tail else None


def _dateline_from(match: re.Match[str], line: str) -> Dateline | None:
    place = match.group("place").strip().rstrip(",")
    if place.upper() in _cues()["not_datelines"] or not re.search(r"[^\W\d_]{2}", place):
        return None
    agency = match.groupdict().get("agency")
    return Dateline(
        text=line[: match.start("sep")].strip(), place=place, date=match.group("date"), agency=agency
    )


def find_dateline(line: str) -> Dateline | None:
    """The dateline opening a paragraph, or ``None``. An upper-case place takes any separator (``:``, ``-``,
    ``--``, a dash); a mixed-case name needs ``--``, an agency in brackets or a date before its separator."""
    if (m := _AGENCY_ONLY.match(line)) is not None:
        agency = m.group("agency")
        return Dateline(text=line[: m.start("sep")].strip(), place=agency, agency=agency)
    m = _CAPS_PLACE.match(line)
    if m is not None and m.group("place").upper() == m.group("place") and len(m.group("place")) <= 60:
        return _dateline_from(m, line)
    m = _MIXED_PLACE.match(line)
    if m is None or m.group("place").split()[0].casefold() in _cues()["not_name_starts"] | _PREPOSITIONS:
        return None
    if m.group("sep") == "--" or m.group("agency") or m.group("date"):
        return _dateline_from(m, line)
    return None
