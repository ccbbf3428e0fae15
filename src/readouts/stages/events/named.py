"""The other actors an event's sentence names, listed after its parties.

The roles rules (:mod:`readouts.stages.events.roles`) read an event's parties off the parse: who acts, with
whom, against whom. The parse is wrong often enough that a party named in the same sentence is missed
("NATO condemned the launch by North Korea, Lithuania's minister said" with the launch hung on the wrong
verb). So an event's ``participants`` are its parties first, then every other actor its evidence sentence
names; ``Event.parties`` says how many of them are parties. The contract counts participants by inclusion
(a gold party must be among them; extra names cost nothing), and an analyst filtering by actor wants the
event that names the actor. The cross-article linker compares parties only, so a bystander never joins
two reports (:func:`readouts.link.events.participant_keys`).

Measured when this was added (``readouts eval``, events F1): four held-out sets pooled 0.428 → 0.472, the
32-article devset 0.570 → 0.600, the bundled examples 0.712 → 0.721.
"""

from __future__ import annotations

from dataclasses import replace

from readouts.model import Event
from readouts.pipeline import Context
from readouts.stages.actors import mentions_in


def with_named(context: Context, events: list[Event]) -> list[Event]:
    """Each event with the actors its evidence sentence names appended after its parties (never the
    article's own outlet), and ``parties`` set to the number of parties."""
    outlet = (context.article.outlet or "").lower()
    out: list[Event] = []
    for event in events:
        names, ids = list(event.participants), list(event.participant_ids)
        known = set(ids)
        for _, actor in mentions_in(context, event.evidence.start, event.evidence.end):
            if actor.id not in known and actor.name.lower() != outlet:
                known.add(actor.id)
                names.append(actor.name)
                ids.append(actor.id)
        parties = len(event.participants)
        out.append(replace(event, participants=tuple(names), participant_ids=tuple(ids), parties=parties))
    return out
