"""The quotes stage: who said what, through which channel, on whose behalf.

Direct quotes (words in quotation marks) and indirect speech ("X said that ...") are found as drafts
(``direct``, ``indirect``), their speaker spans resolved to actors (``speaker``), and follow-on quotes
and channels carried within a paragraph. A quotation interrupted by its cue (“A,” he said, “b.”) is one
quote per quoted span, as the contract has it; reported content interrupted by its cue ("A, he said, B")
is one indirect quote whose pieces are listed in ``spans``. Lexicons: ``data/cues.yaml``, ``channels.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from readouts.model import Quote, Span
from readouts.pipeline import Context, Stage
from readouts.stages.quotes.direct import direct_drafts
from readouts.stages.quotes.indirect import indirect_drafts
from readouts.stages.quotes.layout import Draft, Layout
from readouts.stages.quotes.lexicon import load
from readouts.stages.quotes.speaker import Speaker, resolve

VERSION = "0.1.0"


def _same(a: Speaker | None, b: Speaker | None) -> bool:
    if a is None or b is None:
        return False
    return (a.id is not None and a.id == b.id) or (a.name is not None and a.name == b.name)


def _resolve_all(drafts: list[Draft], doc: Doc, context: Context, stage: Stage) -> list[Quote]:
    quotes: list[Quote] = []
    recent: list[Speaker] = []
    last: tuple[Draft, Speaker | None, str | None] | None = None
    for d in drafts:
        speaker = resolve(doc, context, d.speaker_span, recent)
        channel = d.channel
        if d.follow_on:
            if last is None or last[1] is None or last[0].para < d.para - 1:
                if len(d.text.split()) < 6:
                    continue
            else:
                speaker = last[1]
        if channel is None and last is not None and last[0].para == d.para and _same(speaker, last[1]):
            channel = last[2]
        if speaker is not None:
            recent.append(speaker)
        last = (d, speaker, channel)
        quotes.append(
            Quote(
                text=d.text,
                kind=d.kind,
                start=d.start,
                end=d.end,
                provenance=stage.provenance,
                speaker=speaker.id if speaker else None,
                speaker_name=speaker.name if speaker else None,
                channel=channel,
                cue=d.cue,
                side=speaker.side if speaker else None,
                spans=tuple(Span(a, b) for a, b in d.spans) if len(d.spans) > 1 else (),
            )
        )
    return _backfill(quotes, drafts)


def _backfill(quotes: list[Quote], drafts: list[Draft]) -> list[Quote]:
    """A quotation running over paragraphs and attributed only in a later paragraph takes that speaker."""
    kept = {(d.start, d.end): d for d in drafts}
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        draft = kept.get((q.start, q.end))
        if q.speaker_name is None and draft is not None and draft.continued and nxt.kind == "direct":
            out[k] = replace(q, speaker=nxt.speaker, speaker_name=nxt.speaker_name, side=nxt.side)
    return out


def extract(doc: Doc, context: Context) -> Sequence[Quote]:
    """The quotes of one parsed article, in text order."""
    lex = load()
    lay = Layout(doc, context.article.body)  # quote texts from the body, not the parser's view
    direct = direct_drafts(lay, lex)
    indirect = indirect_drafts(lay, lex, [(d.start, d.end) for d in direct])
    drafts = sorted(direct + indirect, key=lambda d: (d.start, d.end))
    return _resolve_all(drafts, doc, context, STAGE)


STAGE = Stage(name="quotes", version=VERSION, provides="quotes", needs=("actors",), run=extract)
