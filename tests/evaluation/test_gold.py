"""Loading and checking gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from readouts.errors import EvaluationError
from readouts.evaluation import load_gold, load_gold_dir


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_load_gold(tmp_path: Path) -> None:
    g = load_gold(
        write(
            tmp_path / "a.json",
            {
                "source_file": "a.txt",
                "quotes": [{"text": "hello there", "speaker_name": None, "brat_id": "E1"}],
                "events": [{"type": "CONSULT", "participants": ["Anna Berg"], "status": "planned"}],
                "ignore": ["soon"],
            },
        )
    )
    assert g.key == "a.txt"
    assert g.quotes[0]["brat_id"] == "E1"
    assert g.events[0]["type"] == "CONSULT"
    assert g.commitments == () and g.ignore == ("soon",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "one JSON object"),
        ({"quotes": []}, "source_file"),
        ({"source_file": "a.txt", "quotes": {}}, "must be a list"),
        ({"source_file": "a.txt", "quotes": [{"text": ""}]}, "quotes[0]"),
        (
            {"source_file": "a.txt", "quotes": [{"text": "x", "speaker_alternatives": "y"}]},
            "speaker_alternatives",
        ),
        ({"source_file": "a.txt", "events": [{"type": "MEET"}]}, "PLOVER"),
        ({"source_file": "a.txt", "events": [{"type": "AID", "status": "done"}]}, "status"),
        ({"source_file": "a.txt", "commitments": [{"actor": "X"}]}, "object"),
        (
            {"source_file": "a.txt", "commitments": [{"actor": "X", "object": "y", "quantity": "3"}]},
            "quantity",
        ),
        ({"source_file": "a.txt", "timexes": [{"text": "May", "value": 5}]}, "value"),
        ({"source_file": "a.txt", "ignore": [1]}, "ignore"),
    ],
)
def test_invalid_gold(tmp_path: Path, data: Any, message: str) -> None:
    with pytest.raises(EvaluationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_gold(write(tmp_path / "bad.json", data))


def test_unreadable_gold(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{", "utf-8")
    with pytest.raises(EvaluationError, match="not JSON"):
        load_gold(tmp_path / "broken.json")
    with pytest.raises(EvaluationError, match="cannot be read"):
        load_gold(tmp_path / "missing.json")


def test_load_gold_dir(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError):
        load_gold_dir(tmp_path)
    write(tmp_path / "b.json", {"source_file": "b.txt"})
    write(tmp_path / "a.json", {"source_file": "a.txt"})
    assert [g.key for g in load_gold_dir(tmp_path)] == ["a.txt", "b.txt"]
