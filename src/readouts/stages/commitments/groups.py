"""Groups no actor names that commit as the text calls them: "international donors pledged $1 billion",
"official creditors agreed to suspend debt service", "the Baltic governments agreed to ...". Their id is
``group:`` and the name's words, so one group's pledges in several articles link into one history."""

from __future__ import annotations

from spacy.tokens import Token

from readouts.stages.commitments.lexicon import Lexicon

_STOPS = frozenset({"DET", "NUM", "PRON", "PUNCT"})


def _words_before(token: Token) -> list[Token]:
    """The words of the noun's phrase right before it, up to a determiner, number or possessive ("the
    three Baltic governments": Baltic; "five China-linked investors": China-linked)."""
    words: list[Token] = []
    for t in reversed(list(token.doc[token.left_edge.i : token.i])):
        if (t.pos_ in _STOPS and t.text != "-") or t.dep_ in ("poss", "case"):
            break
        words.insert(0, t)
    return words


def unnamed_group(token: Token, lex: Lexicon) -> tuple[str, str] | None:
    """(name, id) of the group a plural noun calls the actor: one that names givers by itself ("donors",
    ``group_actors.alone`` in ``actions.yaml``), or another group noun with a word saying which
    (``group_actors.named``: "official creditors", "Central Asian governments"; not "other countries",
    ``group_actors.vague``)."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or lemma not in lex.lone_groups | lex.named_groups:
        return None
    words = _words_before(token)
    while words and words[0].lower_ in lex.vague_groups:
        words = words[1:]
    if lemma not in lex.lone_groups and not words:
        return None
    name = " ".join(t.text for t in (*words, token)).replace(" - ", "-")
    return name, "group:" + "-".join(name.lower().split())
