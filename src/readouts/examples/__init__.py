"""Bundled example articles about 2023-2026 diplomacy, with hand-made gold annotations.

The ``*.txt`` files beside this module are news-style articles written for the project (plain text with a
``key: value`` header, or a `` date YYYY-MM-DD Headline`` first line). ``gold/<stem>.json`` holds the
hand annotation of each, in the shape of the extraction contract, so the pipeline can be scored on them
(``readouts eval <gold_dir()> <folder of example_paths()>``).
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def example_paths() -> list[Path]:
    """The bundled example articles (``*.txt``), sorted by file name."""
    return sorted(_HERE.glob("*.txt"))


def gold_dir() -> Path:
    """The folder of gold files, one ``<article stem>.json`` per example article."""
    return _HERE / "gold"


__all__ = ["example_paths", "gold_dir"]
