"""Datasets at scale: clean a field of JSONL/Parquet files on all cores, nothing lost.

`run(Job)` is the programmatic entry point; `stripper dataset` (cli.py) the command line one."""
from __future__ import annotations

from .runner import Job, RunResult, run
from .stats import Stats
from .work import WorkOptions

__all__ = ["Job", "RunResult", "Stats", "WorkOptions", "run"]
