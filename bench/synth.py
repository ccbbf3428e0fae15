"""A synthetic corpus of any size, made from template articles by swapping names, dates and numbers.

``python bench/synth.py --n 10000 --out DIR [--seed S] [--keep P] [--jsonl] [--from DIR]`` writes
``synth-000000.txt`` ... (header-style text files: ``title``/``source``/``published`` lines, a blank
line, the body) or, with ``--jsonl``, one ``synth.jsonl``. Each article comes from one template (the
bundled example articles, plus ``../shared/corpus/dev`` when present) with, consistently within it:

- countries swapped for other countries, slot by slot (name, short form, adjective, capital), and their
  leaders for leaders of the new country (lexicon: ``bench/data/synth.yaml``);
- every date shifted by the same whole number of weeks (so weekday names stay right): the published
  date, full dates, month-day dates; bare month names and years move by the matching months and years;
- every other number scaled by one factor (ratios between numbers kept);
- each paragraph after the lead kept with probability ``--keep`` (default 0.7).

The output is a function of (templates, n, seed) only: article ``i`` uses ``random.Random(f"{seed}:{i}")``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
LEXICON = HERE / "data" / "synth.yaml"
SHARED_DEV = HERE.parent.parent / "shared" / "corpus" / "dev"
SLOTS = ("name", "short", "adjective", "capital")
DEFAULT_KEEP = 0.7  # share of a template's later paragraphs an article keeps

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_NUM = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NUM |= {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_ANY_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # fmt: skip
_FULL_MONTH = "(?:" + "|".join(MONTHS) + ")"
_BARE_MONTH = "(?:" + "|".join(m for m in MONTHS if m != "May") + ")"  # "May" is too often the verb
_ORD = r"(?:st|nd|rd|th)?"
_DATE_PATTERNS = (
    r"(?P<iso>(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-]))",
    rf"(?P<mdy>(?<!\w){_ANY_MONTH}\.? \d{{1,2}}{_ORD}(?!\d)(?:, \d{{4}}(?!\d))?)",
    rf"(?P<dmy>(?<![\w.,])\d{{1,2}}{_ORD} {_ANY_MONTH}(?!\w)\.?(?: \d{{4}}(?!\d))?)",
    rf"(?P<my>(?<!\w){_FULL_MONTH} \d{{4}}(?!\d))",
    rf"(?P<month>(?<!\w){_BARE_MONTH}(?!\w))",
    r"(?P<year>(?<![\w.,-])(?:19[5-9]\d|20[0-4]\d)(?![\w-]|[.,]\d))",
    r"(?P<num>(?<![\w.,:/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w:/-]|[.,]\d)"
    r"|(?<![\w.,:/-])\d+(?:\.\d+)?(?![\w:/-]|[.,]\d))",
)
_DAY_MONTH = re.compile(rf"(\d{{1,2}})({_ORD}) ({_ANY_MONTH})(\.?)(?: (\d{{4}}))?")
_MONTH_DAY = re.compile(rf"({_ANY_MONTH})(\.?) (\d{{1,2}})({_ORD})(?:, (\d{{4}}))?")


@dataclass(frozen=True)
class Country:
    code: str
    forms: dict[str, tuple[str, ...]]  # slot -> surface forms
    leaders: tuple[tuple[str, str], ...]  # (full name, surname)


@dataclass(frozen=True)
class Cut:
    """A text cut once at every place a variation may change: literal pieces between (kind, text) holes."""

    pieces: tuple[str, ...]
    holes: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, text: str, pattern: re.Pattern[str]) -> Cut:
        pieces, holes, last = [], [], 0
        for m in pattern.finditer(text):
            pieces.append(text[last : m.start()])
            holes.append((m.lastgroup or "", m.group()))
            last = m.end()
        pieces.append(text[last:])
        return cls(tuple(pieces), tuple(holes))

    def fill(self, replace: Callable[[str, str], str]) -> str:
        out = [self.pieces[0]]
        for (kind, text), piece in zip(self.holes, self.pieces[1:], strict=True):
            out.append(replace(kind, text))
            out.append(piece)
        return "".join(out)


@dataclass(frozen=True)
class Template:
    """One source article, cut once at the names, dates and numbers a variation changes."""

    paragraphs: tuple[Cut, ...]  # the body's lines; the first (the lead) is always kept
    title: Cut | None
    outlet: str | None
    published: dt.date | None
    countries: tuple[str, ...]
    leaders: tuple[tuple[str, int], ...]  # (country code, leader index)
    names: dict[str, tuple[str, str, str, int]]  # form -> (kind, country code, slot or full/surname, index)


def load_lexicon(path: Path = LEXICON) -> dict[str, Country]:
    raw: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    out: dict[str, Country] = {}
    for code, entry in raw["countries"].items():
        forms = {slot: tuple(entry[slot]) for slot in SLOTS if entry.get(slot)}
        leaders = tuple((str(full), str(short)) for full, short in entry.get("leaders", ()))
        out[code] = Country(code=code, forms=forms, leaders=leaders)
    return out


def _found(form: str, text: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", text) is not None


def make_template(
    body: str,
    lexicon: dict[str, Country],
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
) -> Template:
    """A template: which countries and leaders of the lexicon occur in ``body`` (and ``title``)."""
    text = f"{title or ''}\n{body}"
    names: dict[str, tuple[str, str, str, int]] = {}
    countries: list[str] = []
    leaders: list[tuple[str, int]] = []
    for c in lexicon.values():
        hit = False
        for slot, forms in c.forms.items():
            for i, form in enumerate(forms):
                if _found(form, text):
                    names[form], hit = ("country", c.code, slot, i), True
        for li, (full, short) in enumerate(c.leaders):
            found = [(f, k) for f, k in ((full, "full"), (short, "surname")) if _found(f, text)]
            for form, kind in found:
                names[form] = ("leader", c.code, kind, li)
            if found:
                leaders.append((c.code, li))
                hit = True
        if hit:
            countries.append(c.code)
    alternation = "|".join(re.escape(f) for f in sorted(names, key=len, reverse=True))
    name_group = [rf"(?P<name>(?<![\w.])(?:{alternation})(?!\w))"] if names else []
    pattern = re.compile("|".join([*name_group, *_DATE_PATTERNS]))
    return Template(
        paragraphs=tuple(Cut.of(line, pattern) for line in body.split("\n")),
        title=Cut.of(title, pattern) if title else None,
        outlet=outlet,
        published=_iso_date(published),
        countries=tuple(countries),
        leaders=tuple(leaders),
        names=names,
    )


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Variation:
    """What one synthetic article changes: country map, leader map, day shift, number factor."""

    country_map: dict[str, str]
    leader_map: dict[tuple[str, int], tuple[str, int]]
    days: int
    factor: float


def draw_variation(template: Template, lexicon: dict[str, Country], rng: random.Random) -> Variation:
    codes = sorted(lexicon)
    targets = rng.sample(codes, k=min(len(template.countries), len(codes)))
    country_map = dict(zip(template.countries, targets, strict=False))
    leader_map: dict[tuple[str, int], tuple[str, int]] = {}
    by_country: dict[str, list[int]] = {}
    for code, li in template.leaders:
        by_country.setdefault(code, []).append(li)
    for code, indices in by_country.items():
        target = country_map.get(code, code)
        pool = list(range(len(lexicon[target].leaders)))
        rng.shuffle(pool)
        for k, li in enumerate(indices):
            leader_map[(code, li)] = (target, pool[k % len(pool)]) if pool else (code, li)
    return Variation(
        country_map=country_map,
        leader_map=leader_map,
        days=7 * rng.randint(-260, 260),
        factor=rng.uniform(0.5, 2.0),
    )


def _month_shift(month: int, year: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total % 12 + 1, total // 12


def _ordinal(day: int, had_suffix: str) -> str:
    if not had_suffix:
        return str(day)
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _month_name(month: int, like: str) -> str:
    full = MONTHS[month - 1]
    return full if len(like) > 4 or like.lower() == "may" else full[:3]


@dataclass(frozen=True)
class _Shift:
    """Date arithmetic for one article: the anchor (published) date, and the shift in days and months."""

    anchor: dt.date
    days: int

    @property
    def months(self) -> int:
        new = self.anchor + dt.timedelta(days=self.days)
        return (new.year - self.anchor.year) * 12 + new.month - self.anchor.month

    @property
    def years(self) -> int:
        return (self.anchor + dt.timedelta(days=self.days)).year - self.anchor.year

    def full_date(self, year: int | None, month: int, day: int) -> dt.date | None:
        """The shifted date; a missing year is the one that puts the date nearest the anchor."""
        candidates = [year] if year else [self.anchor.year - 1, self.anchor.year, self.anchor.year + 1]
        dates = []
        for y in candidates:
            try:
                dates.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not dates:
            return None
        best = min(dates, key=lambda d: abs((d - self.anchor).days))
        return best + dt.timedelta(days=self.days)


def _replace_date(kind: str, text: str, shift: _Shift) -> str:
    if kind == "iso":
        moved = shift.full_date(int(text[:4]), int(text[5:7]), int(text[8:10]))
        return moved.isoformat() if moved else text
    if kind == "mdy":
        m = _MONTH_DAY.fullmatch(text)
        if not m:
            return text
        moved = shift.full_date(int(m[5]) if m[5] else None, _MONTH_NUM[m[1].lower()], int(m[3]))
        if moved is None:
            return text
        tail = f", {moved.year}" if m[5] else ""
        dot = m[2] if moved.month != 5 else ""
        return f"{_month_name(moved.month, m[1])}{dot} {_ordinal(moved.day, m[4])}{tail}"
    if kind == "dmy":
        m = _DAY_MONTH.fullmatch(text)
        if not m:
            return text
        moved = shift.full_date(int(m[5]) if m[5] else None, _MONTH_NUM[m[3].lower()], int(m[1]))
        if moved is None:
            return text
        tail = f" {moved.year}" if m[5] else ""
        dot = m[4] if moved.month != 5 else ""
        return f"{_ordinal(moved.day, m[2])} {_month_name(moved.month, m[3])}{dot}{tail}"
    if kind == "my":
        name, year_text = text.split(" ")
        month, year = _month_shift(_MONTH_NUM[name.lower()], int(year_text), shift.months)
        return f"{MONTHS[month - 1]} {year}"
    if kind == "month":
        month, _ = _month_shift(_MONTH_NUM[text.lower()], shift.anchor.year, shift.months)
        return MONTHS[month - 1]
    return str(int(text) + shift.years)  # a bare year


def _scale_number(text: str, factor: float) -> str:
    plain = text.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    value = float(plain) * factor
    if decimals:
        return f"{value:,.{decimals}f}" if "," in text else f"{value:.{decimals}f}"
    number = max(1, round(value))
    return f"{number:,}" if "," in text else str(number)


def _replacer(template: Template, lexicon: dict[str, Country], var: Variation) -> Callable[[str, str], str]:
    shift = _Shift(template.published, var.days) if template.published else None

    def name(form: str) -> str:
        kind, code, slot, index = template.names[form]
        if kind == "leader":
            target, li = var.leader_map.get((code, index), (code, index))
            full, short = lexicon[target].leaders[li]
            return full if slot == "full" else short
        country = lexicon[var.country_map.get(code, code)]
        forms = country.forms.get(slot) or country.forms["name"]
        return forms[index] if index < len(forms) else forms[0]

    def replace(kind: str, text: str) -> str:
        if kind == "name":
            return name(text)
        if kind == "num":
            return _scale_number(text, var.factor)
        return _replace_date(kind, text, shift) if shift else text

    return replace


def render(
    template: Template, lexicon: dict[str, Country], rng: random.Random, keep: float = 1.0
) -> dict[str, str | None]:
    """One synthetic article (fields ``title``, ``source``, ``published``, ``body``): the lead paragraph
    and each later one with probability ``keep`` (so variants of one template are not near-duplicates)."""
    var = draw_variation(template, lexicon, rng)
    kept = [p for i, p in enumerate(template.paragraphs) if i == 0 or rng.random() < keep]
    replace = _replacer(template, lexicon, var)
    published = template.published + dt.timedelta(days=var.days) if template.published else None
    return {
        "title": template.title.fill(replace) if template.title else None,
        "source": template.outlet,
        "published": published.isoformat() if published else None,
        "body": "\n".join(p.fill(replace) for p in kept),
    }


def as_text(article: dict[str, str | None]) -> str:
    """The header-style text file of an article (``readouts.ingest`` reads it back)."""
    header = [f"{key}: {article[key]}" for key in ("title", "source", "published") if article.get(key)]
    body = article["body"] or ""
    return "\n".join(header) + "\n\n" + body if header else body


def generate(
    templates: Sequence[Template], lexicon: dict[str, Country], n: int, seed: int, keep: float = DEFAULT_KEEP
) -> Iterator[dict[str, str | None]]:
    """``n`` synthetic articles; article ``i`` depends only on (templates, i, seed)."""
    if not templates:
        raise SystemExit("synth: no template articles (install readouts' examples or pass --from DIR)")
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        yield render(templates[i % len(templates)], lexicon, rng, keep)


def template_paths(folders: Sequence[Path] = ()) -> list[Path]:
    """The ``*.txt`` articles in ``folders`` if any are given; else the bundled example articles and
    ``../shared/corpus/dev`` when present."""
    paths: list[Path] = []
    if not folders:
        try:
            from readouts.examples import example_paths

            paths.extend(example_paths())
        except ImportError:
            pass  # the examples package is missing: ../shared/corpus/dev must supply the articles
        folders = [SHARED_DEV] if SHARED_DEV.is_dir() else []
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"synth: {folder} is not a folder")
        paths.extend(sorted(folder.glob("*.txt")))
    unique: dict[str, Path] = {}
    for p in paths:
        unique.setdefault(p.name, p)
    return list(unique.values())


def load_templates(paths: Sequence[Path], lexicon: dict[str, Country]) -> list[Template]:
    from readouts.ingest import read_paths

    out = []
    for loaded in read_paths([str(p) for p in paths]):
        if loaded.article is None:
            raise SystemExit(f"synth: cannot read template {loaded.origin}: {loaded.error}")
        a = loaded.article
        out.append(make_template(a.body, lexicon, title=a.title, outlet=a.outlet, published=a.published))
    return out


def write_corpus(
    out: Path,
    n: int,
    *,
    seed: int = 0,
    jsonl: bool = False,
    sources: Sequence[Path] = (),
    keep: float = DEFAULT_KEEP,
) -> list[Path]:
    """Write ``n`` articles under ``out``; the paths written (one JSONL file, or ``n`` text files)."""
    lexicon = load_lexicon()
    templates = load_templates(template_paths(sources), lexicon)
    out.mkdir(parents=True, exist_ok=True)
    articles = generate(templates, lexicon, n, seed, keep)
    if jsonl:
        target = out / "synth.jsonl"
        with target.open("w", encoding="utf-8") as fh:
            for i, a in enumerate(articles):
                row = {"source_file": f"synth-{i:06d}", "title": a["title"], "source": a["source"]}
                row |= {"published": a["published"], "text": a["body"]}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        return [target]
    written = []
    for i, a in enumerate(articles):
        path = out / f"synth-{i:06d}.txt"
        path.write_text(as_text(a), encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--n", type=int, required=True, help="how many articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=0)
    keep_help = "probability of keeping each paragraph after the lead (1 = whole templates)"
    parser.add_argument("--keep", type=float, default=DEFAULT_KEEP, help=keep_help)
    parser.add_argument("--jsonl", action="store_true", help="write one synth.jsonl instead of .txt files")
    from_help = "a folder of template articles (repeatable; default: examples + shared dev)"
    parser.add_argument("--from", dest="sources", type=Path, action="append", default=[], help=from_help)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    written = write_corpus(
        args.out, args.n, seed=args.seed, jsonl=args.jsonl, sources=args.sources, keep=args.keep
    )
    elapsed = time.perf_counter() - start
    where = written[0] if args.jsonl else args.out
    print(f"wrote {args.n} articles to {where} in {elapsed:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
