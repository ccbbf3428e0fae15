"""The regular expressions of the tagger, built once from the lexicon.

Each rule is a kind and a pattern with named groups; a group named ``span`` (when present) marks the
timex inside a wider match (so that a cue such as "for" can be required without being part of the timex).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from readouts.stages.time import holidays
from readouts.stages.time.lexicon import Lexicon, load


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]


def _trie(words: list[str]) -> str:
    """A regex matching exactly the given words, factored by common prefixes (much faster than a flat
    alternation; the longest word wins as the optional tails are greedy)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        if w:
            groups.setdefault(w[0], []).append(w[1:])
    if not groups:
        return ""
    parts = [re.escape(ch) + _trie(rest) for ch, rest in sorted(groups.items())]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in words:  # a word ends here: what follows is optional
        return "(?:" + body + ")?"
    return body


def _alt(words: Iterable[object]) -> str:
    items = sorted({str(w) for w in words})
    return "(?:" + _trie(items) + ")"


def _pieces(lex: Lexicon) -> dict[str, str]:
    abbr = "(?:" + _alt(lex.month_abbrs) + r"\.?)"
    units = list(lex.units)
    plurals = [lex.unit_plurals.get(u, u + "s") for u in units]
    numwords = [w for w in lex.numbers if w not in ("a", "an")]
    num_word = _alt(numwords) + r"(?:-" + _alt(numwords) + ")?"
    return {
        "MONTH": "(?:" + _alt(lex.month_names) + "|" + abbr + ")",
        "MONTHFULL": "(?:" + _alt(lex.month_names) + "|" + _alt(lex.month_alone) + ")",
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])",
        "YEAR": r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d,.]\d)",
        "WEEKDAY": "(?:"
        + _alt(lex.weekday_names)
        + "|"
        + _alt(lex.weekday_abbrs)
        + r"\.(?=,?\s+(?:[A-Z][a-z]+\.?\s+)?\d))",
        "WEEKDAYS": _alt(w + "s" for w in lex.weekday_names),
        "UNIT": _alt(units),
        "UNITS": _alt(units + plurals),
        "UNITP": _alt(plurals),
        "NUM": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + num_word + r")(?:\s+and\s+a\s+half)?|(?i:an?))",
        "NUMH": r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + num_word + "))",
        "VAGUE": "(?i:" + _alt(lex.vague_numbers) + ")",
        "SEASON": _alt(lex.seasons),
        "POD": _alt(lex.parts_of_day),
        "ZONE": _alt(lex.zones),
        "ORD": _alt(k for k in lex.ordinals if k not in ("final", "last")),
        "HOLIDAY": _alt(holidays.names()),
        "CROP": _alt(holidays.crops()),
        "SETADV": _alt(lex.set_adverbs),
        "DURADJ": _alt(lex.duration_adjectives),
    }


_MOD = (
    r"(?:(?P<mod>(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)-|(?:[Ee]arly|[Ll]ate|[Mm]id)\s+"
    r"|(?:[Tt]he\s+)?(?:end|middle|start|beginning|close|turn)\s+of\s+(?:the\s+)?))?"
)
_REL_WORDS = r"(?:[Tt]his\s+past|[Tt]his\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)"

_RULES: tuple[tuple[str, str], ...] = (
    # explicit dates
    ("mdy", r"(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,\s*|\s+)(?P<year>{YEAR})"),
    ("dmy", r"(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})"),
    ("iso", r"(?<![\d-])(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])"),
    (
        "numeric",
        r"(?<![\d/.])(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})(?![\d/])",
    ),
    (
        "md_range",
        r"(?P<month>{MONTH})\s+(?P<day>{DAY})\s*(?:-|–|to|through)\s*(?P<day2>{DAY})"
        r"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    (
        "dm_range",
        r"(?P<day>{DAY})\s*(?:-|–)\s*(?P<day2>{DAY})\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    (
        "month_range",
        r"(?P<month>{MONTHFULL})\s*(?:-|–|/)\s*(?P<month2>{MONTHFULL})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    ("md", r"(?P<month>{MONTH})\s+(?P<day>{DAY})(?!\s*(?:%|percent|per\s+cent))"),
    ("dm", r"(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})\b"),
    ("my", _MOD + r"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})"),
    ("month", _MOD + r"(?:(?P<rel>" + _REL_WORDS + r"|that)\s+)?(?P<month>{MONTHFULL})\b(?!-)"),
    # years and parts of years
    (
        "year_range",
        r"(?:the\s+)?(?<![\d$])(?P<year>{YEAR})\s*(?:-|–|/)\s*(?P<year2>\d{{4}}|\d{{2}})(?![\d%])"
        r"(?P<season>\s+(?:marketing\s+year|crop\s+year|season|marketing\s+season|crop))?",
    ),
    ("fiscal", r"(?P<fy>[Ff]iscal(?:\s+[Yy]ear)?\s+|FY\s?)(?P<year>{YEAR}|\d\d\b)"),
    ("year", _MOD + r"(?P<year>{YEAR})(?!s\b|-)"),
    (
        "quarter",
        r"(?:(?P<qn>Q[1-4])|(?:[Tt]he\s+)?(?P<qord>(?i:first|second|third|fourth))[\s-]quarter|the\s+(?P<qlast>final|last)\s+quarter(?=\s+of\s+(?:\d|this|last|next)))"
        r"(?:(?:\s+of|,)?\s+(?P<year>{YEAR})|\s+of\s+(?P<qrel>this|last|next)\s+year)?",
    ),
    (
        "half",
        r"(?:(?P<hn>H[12])\s+(?P<year>{YEAR})|the\s+(?P<hord>first|second)\s+half\s+of\s+"
        r"(?:(?P<year2>{YEAR})|(?P<hrel>this|last|next)\s+year))",
    ),
    ("decade", r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s])?(?P<dec>1[0-9]\d0|20\d0)s\b"),
    ("decade", r"(?:the\s+)?['’](?P<dec2>\d0)s\b"),
    ("century", r"(?:the\s+)?(?P<cent>\d{{1,2}})(?:st|nd|rd|th)\s+century"),
    (
        "season",
        r"(?:(?P<rel>" + _REL_WORDS + r"|early|late)\s+)(?P<season>{SEASON})\b"
        r"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
    ),
    ("season", r"(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})"),
    (
        "season",
        r"(?:in|during|over|through|throughout|until|by|since|before|after)\s+(?P<span>the\s+"
        r"(?P<season>{SEASON}))\b(?!\s+of\b)",
    ),
    (
        "crop_season",
        r"(?:the\s+)?(?P<rel>current|this|next|last|new|coming|previous|upcoming)\s+"
        r"(?:(?P<crop>{CROP})\s+)?(?:marketing\s+year|crop\s+year|marketing\s+season|season)\b",
    ),
    # days relative to the anchor
    (
        "dayrel",
        r"(?:the\s+day\s+(?P<beyond>before|after)\s+)?(?P<word>[Yy]esterday|[Tt]oday|[Tt]omorrow)"
        r"(?:\s+(?P<pod>{POD}))?",
    ),
    ("dayrel", r"(?P<word>[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?P<pod>{POD}))"),
    ("weekday", r"(?:(?P<rel>" + _REL_WORDS + r")\s+)?(?P<wd>{WEEKDAY})(?!s\b)(?:\s+(?P<pod>{POD}))?"),
    ("set", r"(?:[Ee]very|[Ee]ach)\s+(?:other\s+)?(?:(?P<num>{NUMH})\s+)?(?P<unit>{UNITS}|{WEEKDAY})\b"),
    ("set", r"(?P<adv>{SETADV})\b"),
    ("set", r"(?P<freq>once|twice|{NUMH}\s+times)\s+(?:a|an|per|each)\s+(?P<unit>{UNIT})\b"),
    ("set_per", r"(?P<span>(?:a|an|per)\s+(?P<unit>hour|day|week|month|year))\b"),
    ("set", r"\bon\s+(?P<span>(?P<wds>{WEEKDAYS}))\b"),
    (
        "rel",
        r"(?:(?P<edge>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)[-\s]+)?"
        + _MOD.replace("mod", "mod2")
        + r"(?P<rel>[Tt]his\s+past|[Tt]his\s+coming|[Ll]ast|[Nn]ext|[Tt]his|[Tt]he\s+past|[Tt]he\s+previous|"
        r"[Tt]he\s+prior|[Tt]he\s+coming|[Tt]he\s+following|[Tt]he\s+next|[Tt]he\s+same|[Tt]hat|[Tt]he\s+current|"
        r"[Tt]he\s+last|[Tt]he|[Pp]ast)\s+(?P<unit>week|month|year|weekend|quarter|decade|century)\b(?!-|\s+of\b)",
    ),
    ("rel", r"(?P<edge>[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<unit>week|month|year)\b(?!\s+of\b)"),
    ("anaphor_day", r"(?:[Tt]he\s+(?P<rel>same|following|next|previous|prior)|(?P<that>[Tt]hat))\s+day\b"),
    # "the next morning", "the previous evening": a part of the day told relative to the last day named
    (
        "anaphor_day",
        r"[Tt]he\s+(?P<rel>same|following|next|previous|prior)\s+(?:morning|afternoon|evening|night)\b",
    ),
    ("anaphor_day", r"[Tt]he\s+day\s+(?P<beyond>before|after)\b(?!\s+(?:yesterday|tomorrow))"),
    ("newyear", r"the\s+new\s+year\b(?!['’]s)"),
    ("pod_ref", r"(?P<span>[Tt]hat\s+(?P<pod>{POD}))\b(?!['’-])"),
    (
        "pod_ref",
        r"(?:[Ii]n|[Ii]nto|[Dd]uring|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hroughout|[Ee]arly|[Ll]ater|[Ll]ate)\s+(?:in\s+)?"
        r"(?P<span>the\s+(?P<pod>{POD}))\b(?!['’-]|\s+of\b)",
    ),
    ("ends", r"(?:the\s+)?(?P<unit>week|month|year|quarter)(?:['’]s\s+end|-end)\b"),
    ("ends", r"(?P<span>end-(?P<month>{MONTHFULL}))\b"),
    ("offset", r"(?P<dur>(?P<num>(?i:{NUMH}|an?))\s+(?P<unit>{UNITS}))\s+(?P<dir>later|earlier)\b"),
    ("ago", r"(?P<num>{NUM}|{VAGUE})\s+(?P<unit>{UNITS})\s+(?P<dir>ago|from\s+now|hence)\b"),
    (
        "span",
        r"(?:the\s+)?(?P<rel>past|last|previous|next|coming|recent|first|final|following)\s+"
        r"(?:(?P<num>{NUMH}|{VAGUE})\s+)?(?P<unit>{UNITP})\b(?!\s+of\b)",
    ),
    ("span", r"(?:in|of|over|during)\s+(?P<span>recent\s+(?P<unit>{UNITP}))\b"),
    (
        "duration",
        r"(?P<num>{NUM}|{VAGUE})\s+(?:(?P<adj>{DURADJ})\s+)?(?P<unit>{UNITS})"
        r"(?:(?P<half>\s+and\s+a\s+half)|,?\s+and\s+(?P<num2>{NUMH}|an?)\s+(?P<unit2>{UNITS}))?\b(?!-)",
    ),
    (
        "duration",
        r"(?P<another>[Aa]nother|[Aa]\s+further)\s+(?:(?P<num>{NUMH})\s+)?(?:(?P<adj>{DURADJ})\s+)?"
        r"(?P<unit>{UNITS})\b(?!-)",
    ),
    ("duration", r"(?P<num>{NUMH})-(?P<unit>{UNIT})s?(?:-(?:long|old))?\b"),
    ("duration", r"(?P<half>half)\s+an?\s+(?P<unit>{UNIT})\b"),
    ("duration", r"(?P<unit>(?i:{UNIT}|{UNITP}))-?long\b"),
    ("duration", r"\b(?:[Ff]or|[Tt]ook|[Ll]asted)\s+(?P<span>(?P<unit>{UNITP}))\b"),
    ("holiday", r"(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?"),
    (
        "time",
        r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m\b|[AP]M\b)"
        r"(?:\s+(?P<zone>{ZONE}\b|(?:[A-Z][a-z]+\s+){{1,2}}time\b|local\s+time\b))?",
    ),
    (
        "time",
        r"(?<![\d.:])(?P<hour>[01]\d|2[0-3]):?(?P<min>[0-5]\d)\s+(?P<zone>{ZONE}\b|GMT|UTC|hours\b|hrs\b)",
    ),
    ("time", r"\b[Aa]t\s+(?P<span>(?P<hour>[01]?\d|2[0-3]):(?P<min>[0-5]\d))(?![\d:]|\s*[AaPp]\.?[Mm])"),
    ("time", r"(?P<noon>noon|midnight)(?:\s+(?P<zone>{ZONE}\b|(?:[A-Z][a-z]+\s+){{1,2}}time\b))?"),
)


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The compiled rules, in priority order (earlier wins a tie between overlapping matches)."""
    pieces = _pieces(load())
    return tuple(
        Rule(kind, re.compile(r"(?<![\w'’])" + p.format(**pieces) + r"(?!\w)")) for kind, p in _RULES
    )
