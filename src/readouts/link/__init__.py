"""Cross-article work over stored records: merged events (:mod:`.events`), commitment tracks
(:mod:`.commitments`) and the two sides' accounts of one meeting (:mod:`.compare`), each citing every
article that reported it."""

from __future__ import annotations

from readouts.link.citations import Citation
from readouts.link.commitments import CommitmentReport, Track, track_commitments
from readouts.link.compare import Account, Comparison, Statement, compare_accounts
from readouts.link.events import EventReport, MergedEvent, merge_events

__all__ = [
    "Account",
    "Citation",
    "CommitmentReport",
    "Comparison",
    "EventReport",
    "MergedEvent",
    "Statement",
    "Track",
    "compare_accounts",
    "merge_events",
    "track_commitments",
]
