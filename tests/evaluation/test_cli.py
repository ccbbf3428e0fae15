"""``readouts eval`` and ``readouts gate`` on a tiny gold set and corpus written here."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from readouts.cli.app import get_app
from readouts.evaluation import run

ARTICLE = (
    "source: Test Wire\npublished: 2026-03-10\n\n"
    "Freedonia and Sylvania agreed on Monday to reopen the harbour. "
    '"We will keep talking until the harbour reopens," Anna Berg said on Monday. '
    "Talks resume in April.\n"
)
BODY = ARTICLE.split("\n\n", 1)[1]
GOLD = {
    "source_file": "t1.txt",
    "quotes": [{"text": "We will keep talking until the harbour reopens,", "speaker_name": "Anna Berg"}],
    "events": [
        {
            "type": "AGREE",
            "participants": ["Freedonia", "Sylvania"],
            "date": "2026-03-09",
            "status": "occurred",
        }
    ],
    "commitments": [],
    "timexes": [
        {"text": "Monday", "type": "DATE", "value": "2026-03-09"},
        {"text": "April", "type": "DATE", "value": "2026-04"},
    ],
    "ignore": [],
}


def _timex(text: str, value: str) -> dict[str, Any]:
    start = BODY.index(text)
    return {"text": text, "start": start, "end": start + len(text), "type": "DATE", "value": value}


SYSTEM = {
    "id": "x",
    "source_file": "t1.txt",
    "quotes": [
        {"text": "We will keep talking until the harbour reopens,", "speaker_name": "Berg"},
        {"text": "Talks resume in April.", "speaker_name": "Anna Berg"},
    ],
    "events": [],
    "commitments": [],
    "timexes": [_timex("Monday", "2026-03-09"), _timex("April", "2026-05")],
}


@pytest.fixture()
def shared(tmp_path: Path) -> Path:
    """A ``shared`` tree: schema marker, gold/dev and corpus/dev with one article."""
    root = tmp_path / "shared"
    for sub in ("schema", "gold/dev", "corpus/dev"):
        (root / sub).mkdir(parents=True)
    (root / "schema" / "extraction.md").write_text("# contract\n", "utf-8")
    (root / "gold" / "dev" / "t1.json").write_text(json.dumps(GOLD), "utf-8")
    (root / "corpus" / "dev" / "t1.txt").write_text(ARTICLE, "utf-8")
    return root


@pytest.fixture()
def system_file(tmp_path: Path) -> Path:
    path = tmp_path / "system.jsonl"
    path.write_text(json.dumps(SYSTEM) + "\n", "utf-8")
    return path


@pytest.fixture()
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(run, "run_pipeline", lambda articles: [SYSTEM])


def test_eval_json_with_system_file(cli: CliRunner, shared: Path, system_file: Path) -> None:
    gold_dir, corpus_dir = shared / "gold" / "dev", shared / "corpus" / "dev"
    result = cli.invoke(
        get_app(), ["eval", str(gold_dir), str(corpus_dir), "--system", str(system_file), "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["quotes"] == {"p": 0.5, "r": 1.0, "f1": pytest.approx(2 / 3), "tp": 1, "gold": 1, "system": 2}
    # "Monday" occurs twice: the gold stands for both, the system found the first only
    assert (out["timex"]["tp"], out["timex"]["gold"], out["timex"]["system"]) == (2, 3, 2)
    assert out["timex"]["f1"] == pytest.approx(0.8)
    assert (out["timex_value"]["tp"], out["timex_value"]["system"]) == (1, 2)
    assert out["events"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "gold": 1, "system": 0}


def test_eval_scores_a_second_annotation_folder(cli: CliRunner, shared: Path, tmp_path: Path) -> None:
    """Annotator agreement: a folder of gold-shaped files is scored as the system side."""
    second = tmp_path / "second"
    second.mkdir()
    other = dict(GOLD, events=[dict(GOLD["events"][0], status="planned")])
    (second / "t1.json").write_text(json.dumps(other), "utf-8")
    result = cli.invoke(get_app(), ["eval", str(shared / "gold" / "dev"), "--system", str(second), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["quotes"]["f1"] == 1.0
    assert (out["events"]["tp"], out["events"]["gold"], out["events"]["system"]) == (0, 1, 1)


def test_eval_names_a_broken_file_in_the_annotation_folder(
    cli: CliRunner, shared: Path, tmp_path: Path
) -> None:
    second = tmp_path / "second"
    second.mkdir()
    (second / "t1.json").write_text("[1, 2]", "utf-8")
    result = cli.invoke(get_app(), ["eval", str(shared / "gold" / "dev"), "--system", str(second)])
    assert result.exit_code == 2
    assert "t1.json" in result.output and "must hold one JSON object" in result.output


def test_eval_errors_finds_corpus_beside_gold(cli: CliRunner, shared: Path, system_file: Path) -> None:
    args = ["eval", str(shared / "gold" / "dev"), "--system", str(system_file), "--errors", "--by-article"]
    result = cli.invoke(get_app(), args)
    assert result.exit_code == 0, result.output
    assert "MISS  t1.txt: AGREE (Freedonia, Sylvania) date=2026-03-09 status=occurred" in result.stdout
    assert "FP    t1.txt: “Talks resume in April.” — Anna Berg" in result.stdout
    assert "April@" in result.stdout  # the wrong value is both a miss and a false positive of timex_value
    assert "t1.txt" in result.stdout


def test_eval_runs_the_pipeline(cli: CliRunner, shared: Path) -> None:
    result = cli.invoke(get_app(), ["eval", str(shared / "gold" / "dev"), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["quotes"]["gold"] == 1 and out["timex"]["gold"] == 3


def test_eval_without_corpus_fails_cleanly(cli: CliRunner, tmp_path: Path) -> None:
    gold_dir = tmp_path / "lonely"
    gold_dir.mkdir()
    (gold_dir / "t1.json").write_text(json.dumps(GOLD), "utf-8")
    result = cli.invoke(get_app(), ["eval", str(gold_dir)])
    assert result.exit_code == 2
    assert "no corpus" in result.output


def _baseline(path: Path, floors: dict[str, float]) -> Path:
    path.write_text(json.dumps({"corpora": {"shared-dev": floors}, "note": "test"}), "utf-8")
    return path


@pytest.mark.usefixtures("fake_pipeline")
def test_gate_fails_below_floor(
    cli: CliRunner, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READOUTS_SHARED", str(shared))
    baseline = _baseline(tmp_path / "baseline.json", {"quotes": 0.9, "timex": 0.5})
    result = cli.invoke(get_app(), ["gate", "--baseline", str(baseline), "--corpus", "shared-dev"])
    assert result.exit_code == 1, result.output
    assert "ran on: shared-dev" in result.stdout
    assert "BELOW" in result.stdout
    assert "shared-dev/quotes" in result.output


@pytest.mark.usefixtures("fake_pipeline")
def test_gate_passes_at_floor(
    cli: CliRunner, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READOUTS_SHARED", str(shared))
    baseline = _baseline(tmp_path / "baseline.json", {"quotes": 2 / 3, "timex": 0.8})
    result = cli.invoke(get_app(), ["gate", "--baseline", str(baseline), "--corpus", "shared-dev"])
    assert result.exit_code == 0, result.output
    assert "gate passed" in result.stdout


@pytest.mark.usefixtures("fake_pipeline")
def test_gate_update_only_raises(
    cli: CliRunner, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READOUTS_SHARED", str(shared))
    baseline = _baseline(tmp_path / "baseline.json", {"quotes": 0.9, "timex": 0.0})
    result = cli.invoke(
        get_app(), ["gate", "--update", "--baseline", str(baseline), "--corpus", "shared-dev"]
    )
    assert result.exit_code == 1, result.output  # quotes is still below its (kept) floor
    assert "commit it deliberately" in result.stdout
    floors = json.loads(baseline.read_text("utf-8"))["corpora"]["shared-dev"]
    assert floors["quotes"] == 0.9  # never lowered
    assert floors["timex"] == 0.78  # raised to the score less 0.02, rounded down
    assert floors["timex_value"] == 0.38
    assert json.loads(baseline.read_text("utf-8"))["note"] == "test"


def test_gate_reports_absent_corpora(cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUTS_SHARED", str(tmp_path / "nowhere"))
    baseline = _baseline(tmp_path / "baseline.json", {"quotes": 0.9})
    result = cli.invoke(get_app(), ["gate", "--baseline", str(baseline), "--corpus", "shared-dev"])
    assert result.exit_code == 0, result.output
    assert "absent: shared-dev" in result.stdout
    assert "ran on: none" in result.stdout


def test_gate_rejects_unknown_corpus(cli: CliRunner, tmp_path: Path) -> None:
    baseline = _baseline(tmp_path / "baseline.json", {})
    result = cli.invoke(get_app(), ["gate", "--baseline", str(baseline), "--corpus", "nope"])
    assert result.exit_code == 2
    assert "unknown corpus" in result.output


@pytest.mark.usefixtures("fake_pipeline")
def test_gate_runs_the_bundled_examples(
    cli: CliRunner, shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    examples = ModuleType("readouts.examples")
    corpus = shared / "corpus" / "dev"
    examples.gold_dir = lambda: shared / "gold" / "dev"  # type: ignore[attr-defined]
    examples.example_paths = lambda: sorted(corpus.glob("*.txt"))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "readouts.examples", examples)
    monkeypatch.setenv("READOUTS_SHARED", str(tmp_path / "nowhere"))
    baseline = _baseline(tmp_path / "baseline.json", {})
    result = cli.invoke(get_app(), ["gate", "--baseline", str(baseline)])
    assert result.exit_code == 0, result.output
    assert "ran on: examples" in result.stdout
    assert "absent: shared-dev" in result.stdout


def test_eval_by_type(cli: CliRunner, shared: Path, system_file: Path) -> None:
    args = ["eval", str(shared / "gold" / "dev"), "--system", str(system_file), "--by-type"]
    result = cli.invoke(get_app(), args)
    assert result.exit_code == 0, result.output
    assert "events by PLOVER type" in result.stdout and "AGREE" in result.stdout
    result = cli.invoke(get_app(), [*args, "--json"])
    out = json.loads(result.stdout)
    assert out["events_by_type"]["AGREE"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "gold": 1, "system": 0}
