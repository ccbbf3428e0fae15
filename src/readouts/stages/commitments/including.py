"""The "including" phrase of a noun: "five proposed sales, including 40 armoured vehicles and 300 rockets"
names the counted items of the sales."""

from __future__ import annotations

from spacy.tokens import Token

from readouts import clause

_INCLUDING = frozenset({"include", "comprise", "feature"})


def _heads(noun: Token) -> list[Token]:
    """The "including" words attached to the noun (or to its verb when the parse hangs them there)."""
    out = [c for c in noun.rights if c.lemma_.lower() in _INCLUDING and c.dep_ in ("prep", "acl", "advcl")]
    if noun.dep_ in ("dobj", "pobj") and not out:
        verb = clause.verb_of(noun)
        out = [c for c in verb.rights if c.lemma_.lower() in _INCLUDING and c.i > noun.i and c.dep_ == "prep"]
    return out


def included(noun: Token) -> list[Token]:
    """The counted nouns of a noun's "including" phrase (each with a number before it)."""
    items: list[Token] = []
    for head in _heads(noun):
        first = next((g for g in head.children if g.dep_ in ("pobj", "dobj")), None)
        if first is None:
            continue
        for item in (first, *first.conjuncts):
            if any(c.dep_ == "nummod" for c in item.children):
                items.append(item)
    return items


def _along_with(first: Token) -> list[Token]:
    """The objects of "along with" / "together with" right after a listed item ("31 drones along with 170
    Hellfire missiles"), wherever the parser hung the phrase."""
    doc = first.doc
    after = doc[first.i + 1 : first.i + 3]
    if len(after) < 2 or after[0].lower_ not in ("along", "together") or after[1].lower_ != "with":
        return []
    return [g for g in after[1].children if g.dep_ == "pobj"]


def listed(noun: Token) -> list[Token]:
    """Two or more counted nouns after "of": "the sale of 82 rocket launchers and 420 missiles"."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if first is None:
        return []
    stray = [
        t for c in noun.children if c.dep_ == "conj" and c.i > first.i for t in (c, *c.conjuncts)
    ]  # a misparse: "and 2 million tons", ", 400 missiles and 120 rocket pods" hung on the sale
    # a misparse: "31 drones, 170 Hellfire missiles and 310 bombs" with the second item an appositive
    apposed = [a for a in first.children if a.dep_ == "appos" and any(c.dep_ == "nummod" for c in a.children)]
    stray += [t for a in apposed for t in (a, *a.conjuncts)]
    stray += [t for w in _along_with(first) for t in (w, *w.conjuncts)]
    items = [t for t in (first, *first.conjuncts, *stray) if any(c.dep_ == "nummod" for c in t.children)]
    return items if len(items) > 1 else []
