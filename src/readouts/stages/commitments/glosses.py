"""The states and organisations an object names, glossed by their record names: "Beijing" → "Beijing
(China)", "Chinese firms" → "Chinese firms (China)". The object stays in the article's words; the gloss lets
a reader or a search see that "a trip to Guangzhou" and "a visit to China" are about one country. For the
cross-article tracker a gloss is part of the object's target (``link/objects.py``): a country two objects name
does not make them one pledge, but two glosses sharing no word keep them apart. People are not glossed (their
names already stand as written)."""

from __future__ import annotations

import dataclasses

from readouts.model import Commitment
from readouts.pipeline import Context
from readouts.stages.actors import mentions_in


def glossed(context: Context, item: Commitment) -> Commitment:
    """The commitment with the record names of the countries and organisations its object mentions."""
    names: list[str] = []
    for mention, actor in mentions_in(context, item.evidence.start, item.evidence.end):
        text = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text  # "the kingdom"
        if actor.kind == "person" or not text or text not in item.object:
            continue
        if actor.name in item.object or actor.name in names:
            continue
        names.append(actor.name)
    if not names:
        return item
    return dataclasses.replace(item, object=f"{item.object} ({', '.join(names)})")
