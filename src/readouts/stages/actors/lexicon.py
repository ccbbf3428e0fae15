"""The actors lexicon: countries (pycountry plus data/countries.yaml), known organisations and people, titles.

Everything the stage knows before reading an article lives in one :class:`Lexicon`: ``entries`` maps a
surface form ("U.S.", "Beijing", "Xinhua", "Trump") to the actor it names, ``known`` holds each known actor's
name, kind, country, roles with validity dates and gender. :func:`load` builds it once (and again on top of a
user actors file, see :mod:`readouts.stages.actors.userfile`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml

from readouts.errors import LexiconError
from readouts.model import ActorKind

DATA = Path(__file__).parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
EU_ID = "org:european-union"


@dataclass(frozen=True, slots=True)
class KnownRole:
    title: str
    of: str | None
    start: str | None = None
    until: str | None = None

    def holds_on(self, day: str | None) -> bool:
        """Whether the role is held on ``day`` (ISO date); undated roles always hold."""
        if day is None:
            return self.until is None
        return (self.start is None or self.start <= day) and (self.until is None or day < self.until)


@dataclass
class KnownActor:
    """A known actor (from data or a user file). Mutable only while the lexicon is built."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    roles: list[KnownRole] = field(default_factory=list)
    gender: str | None = None
    type: str | None = None
    aliases: list[str] = field(default_factory=list)
    keep_name: bool = False  # written by its own name even where the article writes only a short form


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form names: an actor id and the form ("name", "demonym", "capital")."""

    id: str
    form: str


@dataclass
class Lexicon:
    entries: dict[str, Entry]
    known: dict[str, KnownActor]
    titles: dict[str, Any]
    blockers: tuple[str, ...]
    prefixes: dict[str, str]
    described_as: dict[str, frozenset[str]]  # "the island" -> the countries it may refer to
    halves: dict[str, str] = field(default_factory=dict)  # "the North" -> PRK, once both halves are named
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Congo" -> (COD, COG): two share it
    shared_demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "Korean" -> (KOR, PRK)
    genders: dict[str, str] = field(default_factory=dict)  # given name -> "m" | "f"
    merges: dict[str, str] = field(default_factory=dict)
    compiled: dict[str, Any] = field(default_factory=dict)  # regexes built from this lexicon

    def country_code(self, text: str) -> str | None:
        """The alpha-3 code a country name, alias, demonym or capital stands for (None if unknown)."""
        entry = self.entries.get(text.strip()) or self.entries.get(_strip_the(text.strip()))
        if entry is None and text.strip() in self.prefixes:
            return self.prefixes[text.strip()]
        if entry is None or not entry.id.startswith("country:"):
            return None
        return entry.id.split(":", 1)[1]

    def demonym(self, code: str) -> str:
        """The adjective used in generated names ("Chinese"), else the country's name."""
        known = self.known.get(f"country:{code}")
        for form, entry in self.entries.items():
            if entry.id == f"country:{code}" and entry.form == "demonym" and not form.endswith("s"):
                return form
        return known.name if known else code


@functools.lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Xi Jinping" -> "xi-jinping"."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text("utf-8"), Loader=_LOADER)  # a safe loader (C if available)
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _add(entries: dict[str, Entry], form: str, entry: Entry, *, override: bool = True) -> None:
    if not form or (not override and form in entries):
        return
    entries[form] = entry
    upper = form.upper()
    if len(form) >= 5 and upper != form and upper not in entries:
        entries[upper] = entry  # datelines and headings in capitals ("WASHINGTON")


def _countries(entries: dict[str, Entry], known: dict[str, KnownActor], data: dict[str, Any]) -> None:
    for country in pycountry.countries:
        code = country.alpha_3
        key = f"country:{code}"
        name = getattr(country, "common_name", None) or country.name
        known[key] = KnownActor(key, name, "country", country=code)
        for form in (
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ):
            if form and "," not in form and "(" not in form:
                _add(entries, _strip_the(form), Entry(key, "name"), override=False)
    for code, info in data.items():
        if code.startswith("_"):
            continue
        key = f"country:{code}"
        actor = known.setdefault(key, KnownActor(key, info.get("name", code), "country", country=code))
        actor.name = info.get("name", actor.name)
        for form in [actor.name, *info.get("aliases", [])]:
            _add(entries, form, Entry(key, "name"))
        for form in info.get("demonyms", []):
            _add(entries, form, Entry(key, "demonym"))
        for form in [*info.get("capitals", []), *info.get("cities", [])]:  # a city stands for its country
            _add(entries, form, Entry(key, "capital"))


def _orgs(entries: dict[str, Entry], known: dict[str, KnownActor], data: list[dict[str, Any]]) -> None:
    for info in data:
        key = f"org:{info['id']}"
        known[key] = KnownActor(
            key, info["name"], "organisation", info.get("country"), type=info.get("type"),
            keep_name=bool(info.get("keep_name")),
        )  # fmt: skip
        for form in [info["name"], *info.get("aliases", [])]:
            _add(entries, form, Entry(key, "capital" if form == "Brussels" else "name"))
        for form in info.get("descriptions", []):  # "the EU executive": the body, named by its known name
            _add(entries, form, Entry(key, "description"))


def known_roles(raw: list[dict[str, Any]]) -> list[KnownRole]:
    def day(value: Any) -> str | None:
        return None if value is None else str(value)

    return [KnownRole(r["title"], r.get("of"), day(r.get("from")), day(r.get("until"))) for r in raw]


def _people(
    entries: dict[str, Entry],
    known: dict[str, KnownActor],
    data: list[dict[str, Any]],
    family_first: frozenset[str] = frozenset(),
) -> None:
    for info in data:
        key = f"person:{slug(info['name'])}"
        roles = known_roles(info.get("roles", []))
        known[key] = KnownActor(key, info["name"], "person", info.get("country"), roles, info.get("gender"))
        for form in [info["name"], *info.get("short", [])]:
            _add(entries, form, Entry(key, "name"))
            if info.get("country") not in family_first:  # "Suk Yeol" is no short form of Yoon Suk Yeol
                _add(entries, _without_first(form), Entry(key, "name"), override=False)


def _without_first(name: str) -> str:
    """A three-part name without its first ("Tayyip Erdogan" for Recep Tayyip Erdogan, "Tamim bin Hamad Al
    Thani" for Sheikh Tamim ...), where what is left starts with a capital; else ""."""
    parts = name.split()
    return " ".join(parts[1:]) if len(parts) >= 3 and parts[1][:1].isupper() else ""


@functools.cache
def builtin() -> Lexicon:
    """The lexicon of the package's data files (built once per process)."""
    countries = read_yaml(DATA / "countries.yaml")
    entries: dict[str, Entry] = {}
    known: dict[str, KnownActor] = {}
    _countries(entries, known, countries)
    shared_demonyms = {
        str(k): tuple(str(c) for c in v) for k, v in (countries.get("_shared_demonyms") or {}).items()
    }
    for form, codes in shared_demonyms.items():
        _add(entries, form, Entry(f"country:{codes[0]}", "demonym"), override=False)
    _orgs(entries, known, read_yaml(DATA / "orgs.yaml"))
    _people(entries, known, read_yaml(DATA / "people.yaml"), frozenset(countries.get("_family_first", [])))
    prefixes = {k: v for k, v in countries.get("_prefixes", {}).items()}
    names = read_yaml(DATA / "first_names.yaml")
    genders = {n: "m" for n in names["male"]} | {n: "f" for n in names["female"]}
    return Lexicon(
        genders=genders,
        entries=entries,
        known=known,
        titles=read_yaml(DATA / "titles.yaml"),
        blockers=tuple(countries.get("_blockers", [])),
        prefixes=prefixes,
        described_as={
            str(k): frozenset(str(c) for c in v) for k, v in (countries.get("_described_as") or {}).items()
        },
        halves={str(k): str(v) for k, v in (countries.get("_halves") or {}).items()},
        shared={str(k): tuple(str(c) for c in v) for k, v in (countries.get("_shared") or {}).items()},
        shared_demonyms=shared_demonyms,
    )
