"""A record in the contract's shape, spread over the item tables: one row per item."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table

from readouts.store import schema

Row = dict[str, Any]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _evidence(item: Mapping[str, Any]) -> Row:
    evidence = item.get("evidence") or {}
    return {"evidence_start": evidence.get("start", 0), "evidence_end": evidence.get("end", 0)}


def _actor(item: Mapping[str, Any]) -> Row:
    return {
        "actor_id": item["id"],
        "name": item["name"],
        "kind": item["kind"],
        "country": item.get("country"),
        "roles_json": _json(item.get("roles", [])),
        "aliases_json": _json(item.get("aliases", [])),
        "stage": item.get("stage"),
    }


def _quote(item: Mapping[str, Any]) -> Row:
    spans = item.get("spans")
    return {
        **{k: item.get(k) for k in ("text", "kind", "speaker", "speaker_name", "channel", "cue", "side")},
        "start": item["start"],
        "end": item["end"],
        "spans_json": _json(spans) if spans else None,
        "stage": item.get("stage"),
    }


def _event(item: Mapping[str, Any]) -> Row:
    return {
        **{k: item.get(k) for k in ("type", "mode", "date", "status", "location", "context", "trigger")},
        "participants_json": _json(item.get("participants", [])),
        "participant_ids_json": _json(item.get("participant_ids", [])),
        "parties": item.get("parties"),
        **_evidence(item),
        "stage": item.get("stage"),
    }


_COMMITMENT_KEYS = (
    "actor", "actor_id", "action", "object", "quantity", "unit", "previous_quantity", "period", "deadline",
    "modality",
)  # fmt: skip


def _commitment(item: Mapping[str, Any]) -> Row:
    return {**{k: item.get(k) for k in _COMMITMENT_KEYS}, **_evidence(item), "stage": item.get("stage")}


def _timex(item: Mapping[str, Any]) -> Row:
    return {k: item.get(k) for k in ("text", "start", "end", "type", "value", "stage")}


_FIELDS: tuple[tuple[str, Table, Callable[[Mapping[str, Any]], Row]], ...] = (
    ("actors", schema.actors, _actor),
    ("quotes", schema.quotes, _quote),
    ("events", schema.events, _event),
    ("commitments", schema.commitments, _commitment),
    ("timexes", schema.timexes, _timex),
)


def _mentions(article_id: str, actors: Sequence[Mapping[str, Any]]) -> list[Row]:
    return [
        {
            "article_id": article_id,
            "actor_seq": a_seq,
            "seq": m_seq,
            "actor_id": actor["id"],
            "start": mention["start"],
            "end": mention["end"],
            "text": mention["text"],
        }
        for a_seq, actor in enumerate(actors)
        for m_seq, mention in enumerate(actor.get("mentions", []))
    ]


def item_rows(contract: Mapping[str, Any]) -> list[tuple[Table, list[Row]]]:
    """The rows to insert for a record, table by table (tables with no rows left out)."""
    article_id = contract["id"]
    out: list[tuple[Table, list[Row]]] = []
    for key, table, convert in _FIELDS:
        items = contract.get(key) or []
        rows = [{"article_id": article_id, "seq": seq, **convert(item)} for seq, item in enumerate(items)]
        if rows:
            out.append((table, rows))
        if key == "actors" and (mention_rows := _mentions(article_id, items)):
            out.append((schema.mentions, mention_rows))
    return out
