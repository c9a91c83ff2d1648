"""Datasets at scale: clean a field of JSONL/Parquet files on all cores, nothing lost.

`run(Job)` is the programmatic entry point; `stripper dataset` (cli.py) the command line one. The
names below are imported on first use, so that `stripper --help` does not load the engine."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports

if TYPE_CHECKING:
    from .runner import Job, RunResult, run
    from .stats import Stats
    from .work import WorkOptions

__all__ = ["Job", "RunResult", "Stats", "WorkOptions", "run"]

_WHERE = {"Job": "runner", "RunResult": "runner", "run": "runner", "Stats": "stats", "WorkOptions": "work"}


__getattr__ = exports(__name__, _WHERE, globals())
