"""The benchmark's memory readings: freed heap is handed back before a phase, so a phase's peak is its own."""

from __future__ import annotations

import pytest

from bench import machine


def test_current_rss_is_read_or_zero() -> None:
    assert machine.current_rss_mib() >= 0.0


def test_reset_hands_back_freed_memory() -> None:
    if not machine.current_rss_mib() or not machine.trim() or not machine.reset_peak():
        pytest.skip("no /proc memory figures on this system")
    before = machine.current_rss_mib()
    block = [bytearray(1024) for _ in range(100_000)]  # about 100 MiB in small objects
    assert machine.current_rss_mib() > before + 50
    del block
    machine.reset_peak()
    assert machine.current_rss_mib() < before + 50
    assert machine.peak_rss_mib()[0] < before + 50
