"""The resume checkpoint: where a run stands, replaced atomically after everything it names is fsynced.

It records how many input items (JSONL lines, Parquet rows) are committed, the output and rejects
writers' states at that point, and the statistics so far. A fingerprint of the inputs and options
refuses to resume a different job into the same output."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import orjson

from ..errors import InputError, UsageError
from .writers import write_file_atomic

VERSION = 1


def fingerprint(inputs: list[Path], parts: dict[str, Any]) -> str:
    h = hashlib.sha256()
    for p in inputs:
        st = p.stat()
        h.update(orjson.dumps([os.path.realpath(p), st.st_size, st.st_mtime_ns]))
    h.update(orjson.dumps(parts, option=orjson.OPT_SORT_KEYS, default=repr))
    return h.hexdigest()


class Checkpoint:
    def __init__(self, path: Path, fp: str) -> None:
        self.path = path
        self.fp = fp

    def load(self) -> dict[str, Any] | None:
        try:
            data = orjson.loads(self.path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, orjson.JSONDecodeError) as e:
            raise InputError(f"{self.path}: unreadable checkpoint ({e}); rerun without --resume") from None
        if data.get("version") != VERSION or data.get("fingerprint") != self.fp:
            raise UsageError(
                f"{self.path} belongs to a run with other inputs or options; rerun without --resume to start over"
            )
        return data

    def save(self, state: dict[str, Any]) -> None:
        data = orjson.dumps({"version": VERSION, "fingerprint": self.fp, **state})
        try:
            write_file_atomic(self.path, data, ".new")
        except OSError as e:
            raise InputError(f"{self.path}: cannot write the checkpoint: {e.strerror or e}") from None

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
