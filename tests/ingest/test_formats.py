"""Each reader on hand-made fixtures (tests/data/ingest) and a WARC built in the test."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from readouts.errors import MalformedInput
from readouts.ingest import Loaded, read_paths
from readouts.ingest.text import parse_text
from readouts.model import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


def _articles(loaded: list[Loaded]) -> list[Article]:
    return [x.article for x in loaded if x.article is not None]


def _one(path: Path) -> Article:
    (loaded,) = list(read_paths([str(path)]))
    assert loaded.error is None, loaded.error
    assert loaded.article is not None
    return loaded.article


def test_key_value_header() -> None:
    a = _one(DATA / "header.txt")
    assert (a.url, a.outlet, a.published, a.published_inferred) == (
        "https://news.example.org/world/2025/03/14/envoys-meet",
        "Example Herald",
        "2025-03-14",
        False,
    )
    assert a.title == "Envoys meet in Oslo to revive stalled fisheries talks"
    assert (a.language, a.author, a.dateline, a.input_format) == ("en", "Mara Lindqvist", "OSLO", "text")
    assert a.source_file == "header.txt"
    assert a.body.startswith("OSLO (Reuters) - Negotiators")
    assert "Advertisement" not in a.body
    assert "\n\n" in a.body


def test_date_line_header() -> None:
    a = _one(DATA / "dateline.txt")
    assert (a.published, a.title) == ("2025-06-02", "Ministers pledge new funding for river clean-up")
    assert a.body.startswith("The agreement covers three border rivers.\nVIENNA: Environment")
    assert a.dateline == "VIENNA"
    assert "Share this article" not in a.body


def test_text_without_header_is_all_body() -> None:
    a = parse_text("Note: this is the body.\nIt has two lines.")
    assert a.body == "Note: this is the body.\nIt has two lines."
    assert a.outlet is None


def test_unknown_header_keys_go_to_extra() -> None:
    a = parse_text("source: Daily Example\nsection: world\n\nThe envoys met.")
    assert a.outlet == "Daily Example"
    assert ("section", "world") in a.extra


@pytest.mark.parametrize("text", ["source: Daily Example\nThe envoys met on Friday."])
def test_malformed_header(text: str) -> None:
    with pytest.raises(MalformedInput):
        parse_text(text, source_file="bad.txt")


def test_html_page() -> None:
    a = _one(DATA / "page.html")
    assert a.input_format == "html"
    assert a.title == "Pacific leaders sign ocean accord"
    assert (a.outlet, a.author, a.published) == ("Harbour Times", "Tevita Fonua", "2025-09-03")
    assert a.body.startswith("SUVA (AFP) - Leaders of eleven Pacific island states")
    assert a.body.count("\n\n") == 3
    for debris in ("Advertisement", "Photo:", "Home", "Copyright"):
        assert debris not in a.body


def test_jsonl_lines_load_and_fail_separately() -> None:
    loaded = list(read_paths([str(DATA / "articles.jsonl")]))
    assert [x.origin.rsplit(":", 1)[1] for x in loaded] == ["1", "2", "3", "4", "5"]
    errors = [x.error for x in loaded if x.error is not None]
    assert [type(e) for e in errors] == [MalformedInput, MalformedInput]
    assert errors[1].path.endswith("articles.jsonl:4")
    first, second, third = _articles(loaded)
    assert (first.title, first.outlet, first.published) == (
        "Second Baltic cable agreed",
        "Wire Example",
        "2025-04-08",
    )
    assert second.published == "2025-05-22"
    assert ("section", "environment") in second.extra
    assert (third.published, third.published_inferred) == ("2025-07-21", True)
    assert first.input_format == "jsonl"


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text('[{"text": "The envoys met on Friday."}, {"body": "The talks ended early."}]', "utf-8")
    loaded = list(read_paths([str(path)]))
    assert [x.origin for x in loaded] == [f"{path}#1", f"{path}#2"]
    assert [a.body for a in _articles(loaded)] == ["The envoys met on Friday.", "The talks ended early."]


def test_rss_feed_prefers_full_content() -> None:
    loaded = list(read_paths([str(DATA / "feed.rss")]))
    first, second = _articles(loaded)
    assert first.title == "Arctic council resumes work"
    assert (first.outlet, first.published, first.author) == ("Northern Dispatch", "2025-11-25", "Ingrid Holm")
    assert first.url == "https://dispatch.example.com/arctic-council-resumes"
    assert first.body.startswith("TROMSO (Reuters) - The eight members")
    assert "teaser" not in first.body and "Advertisement" not in first.body and "<p>" not in first.body
    assert second.body.startswith("The ferry link between the two islands")
    assert second.published == "2025-11-24"
    assert loaded[0].origin.endswith("feed.rss#1")


def test_atom_feed() -> None:
    (a,) = _articles(list(read_paths([str(DATA / "feed.atom")])))
    assert (a.title, a.outlet, a.published, a.author) == (
        "Water treaty renewed",
        "Lakeside Review",
        "2025-10-01",
        "Petra Novak",
    )
    assert (
        a.body.split("\n\n")[1]
        == "The renewed treaty runs for ten years and sets up a joint commission to settle disputes."
    )


def _warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, payload in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=headers
            )
            writer.write_record(record)
        request = writer.create_warc_record(
            "https://site.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


def test_warc_html_responses_only(tmp_path: Path) -> None:
    page = (DATA / "page.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://harbour.example.com/2025/09/03/accord", "text/html; charset=utf-8", page),
            ("https://harbour.example.com/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ],
    )
    loaded = list(read_paths([str(path)]))
    (a,) = _articles(loaded)
    assert len(loaded) == 1
    assert a.url == "https://harbour.example.com/2025/09/03/accord"
    assert a.input_format == "warc"
    assert a.body.startswith("SUVA (AFP) - Leaders")
    assert loaded[0].origin.startswith(f"{path}#")


def test_malformed_warc(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this file is not an archive\n")
    (loaded,) = list(read_paths([str(path)]))
    assert isinstance(loaded.error, MalformedInput)


def test_scraped_text_matches_golden_body() -> None:
    a = _one(DATA / "scraped.txt")
    assert a.body == (DATA / "scraped.expected.txt").read_text("utf-8").rstrip("\n")
    assert a.title == "Rice export deal eases tension between neighbours"
    assert (a.author, a.dateline, a.outlet) == ("Anika Sharma, Tom Becker", "NEW DELHI", "Reuters")
    assert (a.published, a.published_inferred) == ("2026-02-10", True)


@pytest.mark.parametrize("value", ["next week", "2025-03", "2025-02-30"])
def test_unparseable_published_keeps_the_article(value: str) -> None:
    """A header date that does not parse is kept as published_raw; the article is not lost."""
    article = parse_text(f"published: {value}\n\nThe envoys met on Friday.")
    assert article.published is None
    assert ("published_raw", value) in article.extra
