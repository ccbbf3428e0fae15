"""An inline scorer for quotes, after the contract's rule: a gold quote matches a system quote when the texts
share at least half of the gold text's tokens and (optionally) the speaker matches by the last-word rule;
matching is one-to-one, best overlaps first; items listed under "ignore" count neither way."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readouts.model import Quote
from tests.stages.quotes.helpers import quotes_of, same_speaker, words

_HEADER = re.compile(r"^\w+: ")


@dataclass
class Tally:
    tp: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(gold: str, system: str) -> float:
    g, s = Counter(words(gold)), Counter(words(system))
    return sum((g & s).values()) / max(1, sum(g.values()))


def speaker_ok(gold: dict[str, Any], system: str | None) -> bool:
    if not gold.get("speaker_name"):
        return True  # pronoun-only speakers are not checked
    names = [gold["speaker_name"], *gold.get("speaker_alternatives", [])]
    return system is not None and any(same_speaker(n, system) for n in names)


def matches(golds: list[dict[str, Any]], system: list[Quote], with_speaker: bool) -> int:
    pairs = []
    for j, g in enumerate(golds):
        for i, s in enumerate(system):
            ov = overlap(g["text"], s.text)
            if ov >= 0.5 and (not with_speaker or speaker_ok(g, s.speaker_name)):
                pairs.append((ov + overlap(s.text, g["text"]), j, i))
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, j, i in sorted(pairs, reverse=True):
        if j not in used_g and i not in used_s:
            used_g.add(j)
            used_s.add(i)
    return len(used_g)


def body_of(raw: str) -> str:
    """The body of a corpus file: after a `key: value` header and its blank line, or a ` date` line."""
    if raw.startswith(" date "):
        return raw.split("\n", 1)[1]
    head, sep, rest = raw.partition("\n\n")
    return rest if sep and all(_HEADER.match(line) for line in head.splitlines()) else raw


def score_dir(corpus: Path, gold_dir: Path) -> tuple[Tally, Tally]:
    """(text-only, with-speaker) tallies over every gold file of a directory."""
    text, speaker = Tally(), Tally()
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        ignore = {x.lower() for x in gold.get("ignore", [])}
        body = body_of((corpus / gold["source_file"]).read_text(encoding="utf-8"))
        system = [
            q for q in quotes_of(body, gold.get("published")) if q.text.lower().strip(' ,."') not in ignore
        ]
        golds = [g for g in gold["quotes"] if g["text"].lower() not in ignore]
        for tally, with_speaker in ((text, False), (speaker, True)):
            tally.tp += matches(golds, system, with_speaker)
            tally.system += len(system)
            tally.gold += len(golds)
    return text, speaker
