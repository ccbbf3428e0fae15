"""The contract's scoring rules (``shared/schema/extraction.md``, "How a gold file is scored") and the gate.

Public API: :func:`load_gold` / :func:`load_gold_dir` (-> :class:`GoldFile`), :func:`score`
(-> :class:`Report`), :func:`readouts.evaluation.run.evaluate` (a gold folder against the pipeline or a
system file) and :func:`readouts.evaluation.gate.run_gate` (F1 floors in ``baseline.json``).

Where the contract leaves room, these choices hold:

- Tokens are lower-case ``\\w+`` runs; text overlap is the multiset intersection of tokens. A quote is
  found when the overlap is at least half of the gold text's tokens (and at least one token).
- Names: a name's words drop possessive endings. Two names match when the gold name's last word is a word
  of the system name; or both name the same country (pycountry plus ``matching.yaml`` aliases, or a
  ``country:XXX`` id); or, when either reads as a country or organisation (or the system id is a
  ``country:``/``organisation:`` id), one name's words contain the other's as a contiguous run.
  Commitment actors and event participants use the same rule.
- Commitment objects share a word after lower-casing, simple singular forms and dropping stop words.
- Timexes: a gold text stands for each occurrence on word boundaries, as written or with its first letter
  capitalised; an occurrence inside a longer gold occurrence is dropped. ``timex_value`` counts gold
  occurrences with a value and system timexes with a value; a pair needs overlapping spans and equal values.
- Ignore: a left-over system timex overlapping an occurrence of an ignore text, or a left-over system quote
  sharing at least half of its own tokens and half of the ignore text's, is not counted. Events and
  commitments have no text, so ignore does not apply to them.
- Every kind is matched one-to-one by maximum bipartite matching, per article.
- Empty sides: precision with no system items is 1.0 when there is no gold either, else 0.0; recall alike.
"""

from __future__ import annotations

from readouts.evaluation.gold import GoldFile, load_gold, load_gold_dir, parse_gold
from readouts.evaluation.score import KINDS, ArticleRow, Counts, ErrorItem, Report, score

__all__ = [
    "KINDS",
    "ArticleRow",
    "Counts",
    "ErrorItem",
    "GoldFile",
    "Report",
    "load_gold",
    "load_gold_dir",
    "parse_gold",
    "score",
]
