"""Datasets at scale: clean a field of JSONL/Parquet files on all cores, nothing lost.

`run(Job)` is the programmatic entry point; `stripper dataset` (cli.py) the command line one. The
names below are imported on first use, so that `stripper --help` does not load the engine."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .runner import Job, RunResult, run
    from .stats import Stats
    from .work import WorkOptions

__all__ = ["Job", "RunResult", "Stats", "WorkOptions", "run"]

_WHERE = {"Job": "runner", "RunResult": "runner", "run": "runner", "Stats": "stats", "WorkOptions": "work"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
