"""A small relaxed-overlap scorer for timexes (the contract's rules), until the evaluation module lands."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from readouts.model import Timex


@dataclass(frozen=True)
class Score:
    gold: int
    system: int
    found: int  # gold occurrences overlapped by a system timex
    right: int  # ... whose value is equal too

    @property
    def precision(self) -> float:
        return self.found / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def value_f1(self) -> float:
        p = self.right / self.system if self.system else 0.0
        r = self.right / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.gold + other.gold, self.system + other.system, self.found + other.found,
                     self.right + other.right)  # fmt: skip


def _occurrences(body: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(text) + r"(?!\w)", body)]


def _overlaps(a: tuple[int, int], t: Timex) -> bool:
    return t.start < a[1] and a[0] < t.end


def score(body: str, gold: dict[str, Any], system: list[Timex]) -> Score:
    """Each gold text stands for all its occurrences; ignored texts count neither way; one-to-one matching."""
    ignored = [span for text in gold.get("ignore", []) for span in _occurrences(body, text)]
    kept = [t for t in system if not any(_overlaps(span, t) for span in ignored)]
    used: set[int] = set()
    n_gold = found = right = 0
    for g in gold["timexes"]:
        for span in _occurrences(body, g["text"]):
            n_gold += 1
            options = [i for i, t in enumerate(kept) if i not in used and _overlaps(span, t)]
            if not options:
                continue
            best = next((i for i in options if kept[i].value == g["value"]), options[0])
            used.add(best)
            found += 1
            right += kept[best].value == g["value"]
    return Score(n_gold, len(kept), found, right)


def split_header(raw: str) -> tuple[str, str | None]:
    """The body and published date of a corpus file (``key: value`` header or a `` date YYYY-MM-DD`` line)."""
    first, _, rest = raw.partition("\n")
    m = re.match(r"^\s*date\s+(\d{4}-\d\d-\d\d)\b", first)
    if m:
        return rest, m.group(1)
    head, sep, body = raw.partition("\n\n")
    lines = head.splitlines()
    if sep and lines and all(re.match(r"^[a-z_]+:\s", line) for line in lines):
        fields = dict(line.split(": ", 1) for line in lines)
        return body, fields.get("published")
    return raw, None
