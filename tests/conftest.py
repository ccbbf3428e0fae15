"""Shared fixtures: ``shared_dir`` is ``../shared`` beside the checkout (tests skip where it is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "schema" / "extraction.md").is_file():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture()
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner whose default store is a fresh file under tmp_path."""
    monkeypatch.setenv("READOUTS_DB", str(tmp_path / "test.db"))
    return CliRunner()
