"""Finding event triggers in a parsed sentence, from the lexicon's lemmas and phrases."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readouts.stages.events.lexicon import Lexicon, Trigger

_DOCUMENTS = frozenset(
    {"summary", "readout", "statement", "schedule", "record", "transcript", "log", "room", "agenda", "note"}
)


def _allowed(trigger: Trigger, token: Token, words: set[str]) -> bool:
    if trigger.pos and token.pos_ != trigger.pos:
        return False
    if token.dep_ == "compound" and token.head.lemma_.lower() in _DOCUMENTS:
        return False  # "meeting summary", "call readout": a document, not an event
    if trigger.with_words and not (trigger.with_words & words):
        return False
    doc = token.doc
    prev = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return prev not in trigger.exclude_prev and nxt not in trigger.exclude_next


def _phrase_at(sent: SpacySpan, i: int, phrase: tuple[str, ...]) -> bool:
    tokens = sent[i : i + len(phrase)]
    if len(tokens) != len(phrase):
        return False
    return all(t.lower_ == w for t, w in zip(tokens, phrase, strict=True))


def triggers_in(sent: SpacySpan, lex: Lexicon) -> Iterator[tuple[Token, Trigger]]:
    """(head token, trigger) pairs: phrases first (their last word is the head), then single lemmas."""
    tokens = list(sent)
    words = {t.lower_ for t in tokens} | {t.lemma_.lower() for t in tokens}
    taken: set[int] = set()
    for i, token in enumerate(tokens):
        for trigger in lex.phrases_by_first.get(token.lower_, ()):
            if _phrase_at(sent, i, trigger.phrase):
                head = tokens[i + len(trigger.phrase) - 1]
                if head.i not in taken and _allowed(trigger, head, words):
                    taken.update(range(token.i, head.i + 1))
                    yield head, trigger
    for token in tokens:
        if token.i in taken:
            continue
        for trigger in lex.by_lemma.get(token.lemma_.lower(), ()):
            if _allowed(trigger, token, words):
                taken.add(token.i)
                yield token, trigger
                break
