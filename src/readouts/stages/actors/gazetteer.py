"""Finding the lexicon's names in a body: countries, demonyms, capitals, known organisations and people."""

from __future__ import annotations

import re

from readouts.spans import Spans
from readouts.stages.actors.candidates import Candidate, kind_of
from readouts.stages.actors.lexicon import Lexicon


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))


def patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(names, blockers, compound prefixes), compiled once per lexicon."""
    cached = lex.compiled.get("gazetteer")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    forms = list(lex.entries)
    forms += ["The" + f[3:] for f in forms if f.startswith("the ")]
    names = re.compile(rf"(?<![\w@#])(?=({_alternation(forms)})(?![\w$@]))")
    blockers = re.compile(rf"(?<!\w)(?:{_alternation(list(lex.blockers))})(?!\w)")
    prefixes = re.compile(rf"(?<!\w)({_alternation(list(lex.prefixes))})-(?=[A-Z])")
    lex.compiled["gazetteer"] = (names, blockers, prefixes)
    return names, blockers, prefixes


def lookup(lex: Lexicon, text: str) -> str | None:
    """The actor id a surface form names in the lexicon (also "The ..." for "the ...")."""
    entry = lex.entries.get(text)
    if entry is None and text.startswith("The "):
        entry = lex.entries.get("the " + text[4:])
    return entry.id if entry is not None else None


def scan(lex: Lexicon, body: str) -> list[Candidate]:
    """Every lexicon name in the body (blocked phrases such as "South China Sea" excluded)."""
    names, blockers, prefixes = patterns(lex)
    blocked = Spans((m.start(), m.end()) for m in blockers.finditer(body))
    found: list[Candidate] = []
    for m in names.finditer(body):
        if blocked.overlaps(m.start(), m.start() + len(m.group(1))):
            continue
        text = m.group(1)
        end = m.start() + len(text)
        entry = lex.entries.get(text) or lex.entries.get("the " + text[4:])
        if entry is None:
            continue
        actor_id = lex.merges.get(entry.id, entry.id)
        found.append(Candidate(m.start(), end, text, actor_id, kind_of(actor_id), entry.form))
    for m in prefixes.finditer(body):
        code = lex.prefixes[m.group(1)]
        found.append(Candidate(m.start(1), m.end(1), m.group(1), f"country:{code}", "country", "demonym"))
    return _shared_names(lex, found)


def _shared_names(lex: Lexicon, found: list[Candidate]) -> list[Candidate]:
    """A name two countries share ("Congo") stands for the one of them the article names otherwise first
    ("the Republic of Congo ... Congo co-chairs the forum"), else for the first the lexicon lists; a shared
    demonym ("Korean") only for the one the article names, and for none where it names both or neither."""
    is_shared = [c.text in lex.shared or c.text in lex.shared_demonyms for c in found]
    if not any(is_shared):
        return found
    shared = [c for c, s in zip(found, is_shared, strict=True) if s]
    out = [c for c, s in zip(found, is_shared, strict=True) if not s]
    for cand in shared:
        codes = lex.shared.get(cand.text) or lex.shared_demonyms[cand.text]
        named = sorted((c.start, c.id) for c in out if c.id in {f"country:{code}" for code in codes})
        if cand.text in lex.shared_demonyms and len({i for _, i in named}) != 1:
            continue  # "Korean" where the article names neither Korea, or both
        actor_id = named[0][1] if named else f"country:{codes[0]}"
        out.append(Candidate(cand.start, cand.end, cand.text, actor_id, "country", cand.form))
    return out
