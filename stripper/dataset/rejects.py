"""The rejects file: one JSON line per row that could not be cleaned, with where it came from and why.

    {"source": "crawl/part-3.jsonl.gz", "line": 1841, "reason": "field 'text' is null, not a string",
     "kind": "not-a-string", "id": "doc-77", "raw": "{\"id\": \"doc-77\", \"text\": null}"}

`raw` is the row itself when it is at most 64 KiB (`{"base64": …}` when it is not UTF-8); larger rows
give `raw_bytes` instead. The file is written under a temporary name like the output, and only
exists when something was rejected."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import orjson

from ..errors import InputError
from .output import tmp_path
from .writers import JsonlWriter


def record(source: str, line: int, kind: str, reason: str, raw: Any, raw_bytes: int | None, row_id: Any) -> bytes:
    rec: dict[str, Any] = {"source": source, "line": line, "reason": reason, "kind": kind}
    if row_id is not None:
        rec["id"] = row_id
    if raw is not None:
        rec["raw"] = raw
    elif raw_bytes is not None:
        rec["raw_bytes"] = raw_bytes
    try:
        return orjson.dumps(rec, default=repr, option=orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # a lone surrogate in an id or a reason: the stdlib escapes it
        return json.dumps(rec, default=repr).encode("ascii") + b"\n"


class Rejects:
    def __init__(self, final: Path, state: dict[str, Any] | None = None) -> None:
        self.final = final
        self.tmp = tmp_path(final)
        self.rows = state["rows"] if state else 0
        self._writer: JsonlWriter | None = None
        if state is not None and state.get("writer") is not None:
            self._writer = JsonlWriter(self.tmp, "jsonl", state["writer"])
        else:
            try:
                self.tmp.unlink(missing_ok=True)
            except OSError as e:  # e.g. the rejects file's "directory" is a regular file
                raise InputError(f"{self.final}: cannot write: {e.strerror or e}") from None

    def write(self, lines: list[bytes]) -> None:
        if not lines:
            return
        if self._writer is None:
            try:
                self.final.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise InputError(f"{self.final}: cannot write: {e.strerror or e}") from None
            self._writer = JsonlWriter(self.tmp, "jsonl")
        self._writer.write([(None, x) for x in lines])
        self.rows += len(lines)

    def commit(self) -> dict[str, Any]:
        wstate = self._writer.commit()[0] if self._writer is not None else None
        return {"rows": self.rows, "writer": wstate}

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def finalize(self, remove_stale: bool) -> None:
        """Rename into place; with no rejects, leave no file (and remove a stale one when overwriting)."""
        try:
            if self.tmp.exists():
                os.replace(self.tmp, self.final)
            elif self.rows and not self.final.exists():
                raise InputError(f"{self.final}: the temporary rejects file is gone (removed by another process?); "
                                 f"{self.rows:,} rejected rows are lost")
            elif self.rows == 0 and remove_stale:
                self.final.unlink(missing_ok=True)
        except OSError as e:
            if isinstance(e, InputError):
                raise
            raise InputError(f"{self.final}: cannot write: {e.strerror or e}") from None

    def abandon(self) -> None:
        if self._writer is not None:
            self._writer.abandon()

    def discard(self) -> None:
        """Remove the temporary file: the run failed."""
        try:
            self.tmp.unlink(missing_ok=True)
        except OSError:
            pass
