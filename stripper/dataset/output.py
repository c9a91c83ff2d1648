"""The run's output: one file, or a directory of shards, each written under a temporary name.

Shard i is `part-0000i.<ext>` in the output directory. A shard is complete when it holds
`shard_size` rows; it is closed, the checkpoint records it as done, then it is renamed into place.
After a crash between those steps, resuming finishes the rename: nothing is half-named."""
from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ..errors import InputError
from .formats import EXTENSIONS
from .writers import JsonlWriter, ParquetWriter, fsync_dir

TMP_SUFFIX = ".tmp-stripper"


def tmp_path(final: Path) -> Path:
    return final.with_name(final.name + TMP_SUFFIX)


def existing_outputs(target: Path, fmt: str, directory: bool) -> list[Path]:
    """Final paths a previous run left that a run into `target` would replace."""
    if not directory:
        return [target] if target.exists() and not target.is_dir() else []
    if not target.is_dir():
        return []
    ext = EXTENSIONS[fmt]
    return sorted(p for p in target.glob(f"part-*{ext}") if p.name[5 : -len(ext)].isdigit())


class Output:
    def __init__(
        self,
        target: Path,
        fmt: str,
        *,
        directory: bool,
        shard_size: int | None,
        schema: Any = None,
        state: dict[str, Any] | None = None,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        self.target = target
        self.fixed = fixed
        self.fmt = fmt
        self.directory = directory
        self.shard_size = shard_size if directory else None
        self.schema = schema
        self.shard = 0
        self.shard_rows = 0
        self.writer: JsonlWriter | ParquetWriter | None = None
        self.rows = 0
        self.created_dir = directory and not target.exists()  # removed again if the run fails
        if directory:
            try:
                target.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise InputError(f"{target}: cannot create the output directory: {e.strerror or e}") from None
        if state is not None:
            self.shard = state["shard"]
            self.shard_rows = state["shard_rows"]
            self.rows = state["rows"]
            self.rename_done()
            if state["writer"] is not None:
                self.writer = self._open(state["writer"])
            else:
                tmp = tmp_path(self.final(self.shard))
                tmp.unlink(missing_ok=True)
                shutil.rmtree(Path(str(tmp) + ".parts"), ignore_errors=True)

    def remove_created_dir(self) -> None:
        """The output directory, if this run made it and it is empty again (the run failed)."""
        if self.created_dir:
            try:
                self.target.rmdir()
            except OSError:
                pass

    def final(self, shard: int) -> Path:
        if not self.directory:
            return self.target
        return self.target / f"part-{shard:05d}{EXTENSIONS[self.fmt]}"

    def existing(self) -> list[Path]:
        return existing_outputs(self.target, self.fmt, self.directory)

    def _open(self, state: dict[str, Any] | None) -> JsonlWriter | ParquetWriter:
        path = tmp_path(self.final(self.shard))
        if self.fmt == "parquet":
            return ParquetWriter(path, self.schema, state, fixed=self.fixed)
        return JsonlWriter(path, self.fmt, state)

    def room(self) -> int | None:
        """Rows the current shard still takes (None: no limit)."""
        if self.shard_size is None:
            return None
        return self.shard_size - self.shard_rows

    def write(self, rows: list[tuple[Any, Any]]) -> list[tuple[Any, str]]:
        if not rows:
            return []
        if self.writer is None:
            self.writer = self._open(None)
        failures = self.writer.write(rows)
        self._count(len(rows) - len(failures))
        return failures

    def append(self, part: Path, rows: int) -> None:
        """Append a part file of `rows` rows written by a worker in the output's format (JSONL, one
        file: see ranges.py)."""
        if self.writer is None:
            self.writer = self._open(None)
        assert isinstance(self.writer, JsonlWriter)
        self.writer.append(part, rows)
        self._count(rows)

    def _count(self, n: int) -> None:
        self.shard_rows += n
        self.rows += n

    def commit(self) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        failures: list[tuple[Any, str]] = []
        wstate = None
        if self.writer is not None:
            wstate, failures = self.writer.commit()
            self._count(-len(failures))
            if isinstance(self.writer, ParquetWriter) and self.writer.schema is not None:
                self.schema = self.writer.schema
        return {"shard": self.shard, "shard_rows": self.shard_rows, "rows": self.rows, "writer": wstate}, failures

    def close_shard(self) -> None:
        """Finish the current shard's temporary file (committed already) and move to the next."""
        if self.writer is None:
            if self.shard > 0:
                return  # the last shard was closed already and no row came after it
            self.writer = self._open(None)  # an output always exists, even with no rows
            self.writer.commit()
        self.writer.close()
        self.writer = None
        self.shard += 1
        self.shard_rows = 0

    def state_after_close(self) -> dict[str, Any]:
        return {"shard": self.shard, "shard_rows": 0, "rows": self.rows, "writer": None}

    def rename_done(self) -> list[Path]:
        """Move every finished shard (index < current) from its temporary name into place; returns
        the paths moved. A finished shard found under neither name was removed by something else
        (its rows are gone): that is an error, never skipped."""
        moved = []
        for i in range(self.shard):
            tmp = tmp_path(self.final(i))
            if tmp.exists():
                try:
                    os.replace(tmp, self.final(i))
                except OSError as e:
                    raise InputError(f"{self.final(i)}: cannot write: {e.strerror or e}") from None
                moved.append(self.final(i))
            elif not self.final(i).exists():
                raise InputError(
                    f"{self.final(i)}: its finished temporary file {tmp.name} is gone (removed by another "
                    f"process?); its rows are lost, so the run is not reported complete"
                )
            parts = Path(str(tmp) + ".parts")  # a closed Parquet file's committed parts
            if parts.exists():
                shutil.rmtree(parts, ignore_errors=True)
        fsync_dir(self.final(0).parent)
        return moved

    def discard(self) -> None:
        """Remove the current shard's temporary file (and Parquet parts): the run failed."""
        for i in range(self.shard + 1):
            tmp = tmp_path(self.final(i))
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
            shutil.rmtree(Path(str(tmp) + ".parts"), ignore_errors=True)

    def remove_stale(self) -> None:
        """Shards of an earlier, longer run that this (overwriting) run did not produce."""
        if not self.directory:
            return
        for p in self.existing():
            n = int(p.name[5 : -len(EXTENSIONS[self.fmt])])
            if n >= self.shard:
                p.unlink(missing_ok=True)

    def abandon(self) -> None:
        if self.writer is not None:
            self.writer.abandon()
