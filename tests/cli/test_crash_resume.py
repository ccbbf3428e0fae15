"""An ingest run killed with SIGKILL midway, then run again, leaves every article stored exactly once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.fakes import text as made_up

N = 3000
KILL_AFTER = 300  # rows stored before the kill
RUN = "from readouts.cli.app import main; main()"  # the readouts command, in a fresh interpreter


def _count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0


def _command(db: Path, folder: Path) -> list[str]:
    return [sys.executable, "-c", RUN, "--db", str(db), "ingest", "--no-extract", str(folder)]


@pytest.mark.slow
def test_killed_run_resumes_without_duplicates(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(N):
        (folder / f"n{i:05}.txt").write_text(f"title: Note {i}\n\n{made_up(10_000 + i, 24)}\n", "utf-8")
    db = tmp_path / "crash.db"
    proc = subprocess.Popen(_command(db, folder), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while proc.poll() is None and _count(db) < KILL_AFTER and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    stored_at_kill = _count(db)
    assert KILL_AFTER <= stored_at_kill < N

    rerun = subprocess.run(_command(db, folder), capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stdout
    new = int(rerun.stdout.split("ingested ")[1].split(" new")[0])
    assert new == N - stored_at_kill
    assert _count(db) == N
    assert _count(db, "SELECT count(DISTINCT id) FROM articles") == N
    assert _count(db, "SELECT count(DISTINCT source_file) FROM articles") == N
    assert _count(db, "SELECT count(*) FROM articles_fts") == N
    assert _count(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL") == 0
