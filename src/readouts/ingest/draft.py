"""A :class:`Draft` is what a format reader found; :func:`finish` cleans it into an :class:`Article`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from readouts.errors import EmptyInput
from readouts.ingest.clean import clean_body
from readouts.ingest.published import infer_published, normalise_published
from readouts.model import Article


@dataclass(frozen=True)
class Draft:
    """The raw fields of one article as its input gave them. ``path`` names the input in errors."""

    body: str
    path: str
    input_format: str
    source_file: str | None = None
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str | None = None
    author: str | None = None
    extra: tuple[tuple[str, str], ...] = ()


def _text(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None


_TEXT_FIELDS = ("body", "url", "outlet", "title", "published", "language", "author")


def _scrubbed(draft: Draft) -> Draft:
    """Lone surrogates (a JSON "\\ud800" escape) cannot be written as UTF-8: each becomes "?"."""
    fixed: dict[str, Any] = {
        name: value.encode("utf-8", "replace").decode("utf-8")
        for name in _TEXT_FIELDS
        if isinstance(value := getattr(draft, name), str)
    }
    return replace(draft, **fixed)


def finish(draft: Draft) -> Article:
    """Clean the body, take byline and dateline, normalise or infer the publication date.

    Raises :class:`EmptyInput` when no body text is left after cleaning."""
    draft = _scrubbed(draft)
    title = _text(draft.title)
    cleaned = clean_body(draft.body, title=title)
    if not cleaned.body.strip():
        raise EmptyInput(draft.path, "no article text after cleaning")
    extra = list(draft.extra)
    published = normalise_published(draft.published)
    if draft.published and published is None:
        extra.append(("published_raw", draft.published))
    inferred = False
    if published is None:
        published = infer_published(
            cleaned.body, url=draft.url, dateline_date=cleaned.dateline_date, hints=cleaned.removed
        )
        inferred = published is not None
    if cleaned.affiliation:
        extra.append(("byline_affiliation", cleaned.affiliation))
    if cleaned.agency:
        extra.append(("agency", cleaned.agency))
    return Article(
        body=cleaned.body,
        source_file=draft.source_file,
        source_path=draft.source_path,
        url=_text(draft.url),
        outlet=_text(draft.outlet) or cleaned.agency,
        title=title or cleaned.headline,
        published=published,
        published_inferred=inferred,
        language=_text(draft.language),
        author=_text(draft.author) or cleaned.author,
        dateline=cleaned.dateline,
        input_format=draft.input_format,
        extra=tuple(extra),
    )
