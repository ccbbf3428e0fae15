"""Cross-article work over stored records: merged events (:mod:`.events`) and commitment tracks
(:mod:`.commitments`), each citing every article that reported it."""

from __future__ import annotations

from readouts.link.citations import Citation
from readouts.link.commitments import CommitmentReport, Track, track_commitments
from readouts.link.events import EventReport, MergedEvent, merge_events

__all__ = [
    "Citation",
    "CommitmentReport",
    "EventReport",
    "MergedEvent",
    "Track",
    "merge_events",
    "track_commitments",
]
