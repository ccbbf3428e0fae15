"""HTML pages: main text and metadata with trafilatura; HTML fragments (feed entries) with a small parser.

Paragraphs become blank-line separated blocks. Metadata: title, date (page markup only, so an undated page
gets an inferred date), sitename (-> outlet), author, url.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from html.parser import HTMLParser
from typing import Any

from readouts.errors import MalformedInput
from readouts.ingest.draft import Draft, finish
from readouts.model import Article


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


BLOCK_TAGS = _tags(
    "p div h1 h2 h3 h4 h5 h6 li ul ol blockquote br tr table section article header main pre dd dt dl hr "
    "address center"
)
SKIP_TAGS = _tags(
    "script style noscript template nav footer aside form button svg iframe figure figcaption head title "
    "select option textarea object embed canvas video audio picture map"
)
_VOID = _tags("br hr img input meta link area base col embed source track wbr")
_WS = re.compile(r"[ \t\r\n\f]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0

    def _flush(self) -> None:
        text = _WS.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS and tag not in _VOID:
            self.skip_depth += 1
        elif tag in BLOCK_TAGS and not self.skip_depth:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS and tag not in _VOID:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_TAGS and not self.skip_depth:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.current.append(data)


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment or page, one blank-line separated paragraph per block element;
    scripts, navigation, figures and forms are left out. Plain text passes through (entities decoded)."""
    if "<" not in markup:
        return html_lib.unescape(markup).strip()
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.blocks)


def _extract(markup: str, url: str | None) -> dict[str, Any]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    if doc is None:
        return {}
    data = doc if isinstance(doc, dict) else doc.as_dict()
    return {k: v for k, v in data.items() if isinstance(v, str) and v}


def _main_text(markup: str, extracted: str) -> str:
    """trafilatura's text as paragraphs; its one-block fallback output is replaced by the page's blocks."""
    paragraphs = [line.strip() for line in extracted.split("\n") if line.strip()]
    if len(paragraphs) <= 1:
        blocks = fragment_text(markup).split("\n\n")
        if len(blocks) > 1:
            return "\n\n".join(blocks)
    return "\n\n".join(paragraphs)


def draft_html(
    markup: str,
    *,
    path: str,
    url: str | None = None,
    source_file: str | None = None,
    source_path: str | None = None,
    input_format: str = "html",
) -> Draft:
    """The main text and metadata of an HTML page."""
    if not re.search(r"<[A-Za-z!]", markup):
        raise MalformedInput(path, "no HTML markup found")
    meta = _extract(markup, url)
    body = _main_text(markup, meta.get("text", ""))
    return Draft(
        body=body,
        path=path,
        input_format=input_format,
        source_file=source_file,
        source_path=source_path,
        url=url or meta.get("url"),
        outlet=meta.get("sitename"),
        title=meta.get("title"),
        published=meta.get("date"),
        language=meta.get("language"),
        author=meta.get("author"),
    )


def parse_html(
    markup: str, *, url: str | None = None, source_file: str | None = None, source_path: str | None = None
) -> Article:
    """An HTML page as a cleaned :class:`Article`."""
    path = source_path or source_file or url or "<html>"
    draft = draft_html(markup, path=path, url=url, source_file=source_file, source_path=source_path)
    return finish(draft)
