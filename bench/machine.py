"""What a benchmark ran on (CPU, RAM, versions, commit) and the process's peak resident memory."""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import gc
import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


@dataclass(frozen=True)
class Machine:
    date: str
    cpu: str
    nproc: int
    ram_gib: float
    python: str
    spacy: str
    model: str
    commit: str
    load: tuple[float, float, float]  # the 1, 5 and 15 minute load averages when the run started

    def lines(self) -> list[str]:
        load = " ".join(f"{x:.2f}" for x in self.load)
        return [
            f"date (UTC): {self.date}",
            f"CPU: {self.cpu}; nproc: {self.nproc}; RAM: {self.ram_gib:.1f} GiB",
            f"Python {self.python}; spaCy {self.spacy}; model {self.model}",
            f"commit: {self.commit}",
            f"load average (1/5/15 min) at the start: {load}",
        ]


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> float:
    import psutil

    return float(psutil.virtual_memory().total) / 2**30


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head}{' (with uncommitted changes)' if dirty else ''}"


def describe(model_name: str, model_version: str) -> Machine:
    from importlib.metadata import version

    return Machine(
        date=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M"),
        cpu=_cpu_model(),
        nproc=os.cpu_count() or 1,
        ram_gib=_ram_gib(),
        python=platform.python_version(),
        spacy=version("spacy"),
        model=f"{model_name} {model_version}",
        commit=_commit(),
        load=load_average(),
    )


def load_average() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)


def reset_peak() -> bool:
    """Hand freed heap back to the system (a collection, then glibc's ``malloc_trim`` where there is one),
    so that a phase does not inherit the resident memory an earlier phase freed but kept, and reset the
    kernel's resident-memory high-water mark (Linux >= 4.0); False where the reset is not possible."""
    gc.collect()
    trim()
    try:
        _CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


def trim() -> bool:
    """glibc's ``malloc_trim``: False where there is none (freed memory then stays with the process)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.malloc_trim(0)
    except (OSError, AttributeError):
        return False
    return True


def current_rss_mib() -> float:
    """The resident set size now (VmRSS), or 0.0 where /proc does not tell it."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def peak_rss_mib() -> tuple[float, str]:
    """The peak resident set size and where it comes from (VmHWM, else ru_maxrss, both since the last reset
    where resetting works)."""
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024, "VmHWM"
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "ru_maxrss"
