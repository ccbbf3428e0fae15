"""The lexicons and tables shipped as YAML: every word list holds words. (YAML reads a bare ``on``, ``off``,
``yes`` or ``no`` as a boolean, which silently drops the word from a list; write such words in quotes.)"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

_ROOT = Path(str(resources.files("readouts")))
_FILES = sorted(_ROOT.rglob("*.yaml"))


def _booleans_in_lists(data: Any, path: str = "") -> list[str]:
    if isinstance(data, dict):
        return [p for key, value in data.items() for p in _booleans_in_lists(value, f"{path}/{key}")]
    if isinstance(data, list):
        found = [f"{path}[{i}]" for i, item in enumerate(data) if isinstance(item, bool)]
        return found + [p for i, item in enumerate(data) for p in _booleans_in_lists(item, f"{path}[{i}]")]
    return []


def test_there_are_data_files() -> None:
    assert len(_FILES) >= 5


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(_ROOT)))
def test_word_lists_hold_no_booleans(path: Path) -> None:
    found = _booleans_in_lists(yaml.safe_load(path.read_text("utf-8")))
    assert not found, f"{path.name}: unquoted on/off/yes/no read as booleans at {found}"
