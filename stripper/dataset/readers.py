"""Streaming readers: one item per JSONL line or Parquet row, never a whole file in memory.

An item is a tuple `(source_index, line_number, payload)`: a JSONL line's bytes (parsed in the worker,
where the CPU is) or a Parquet row's dict. `position()` tells how many bytes of the input files have
been consumed, compressed bytes included, for the progress bar."""
from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .formats import InputError, need

Item = tuple[int, int, Any]

PARQUET_BATCH = 1024


def open_jsonl(path: Path, fmt: str) -> tuple[IO[bytes], IO[bytes]]:
    """(line stream, raw file) for a JSONL file in any of its compressions."""
    try:
        raw = open(path, "rb")
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    if fmt == "jsonl":
        return raw, raw
    if fmt == "jsonl.gz":
        # GzipFile buffers on its own; a bigger buffer on top would hide the readable lines before a
        # corrupt or truncated tail, and those rows must still be processed.
        return gzip.GzipFile(fileobj=raw, mode="rb"), raw  # type: ignore[return-value]
    need("zstandard", "zstd")
    return _lines(_zstd_blocks(raw, path)), raw  # type: ignore[return-value]


def _zstd_blocks(raw: IO[bytes], path: Path) -> Iterator[bytes]:
    """Decompressed blocks of a zstd file of one or more frames (our writer ends a frame at every
    checkpoint). zstandard's stream_reader takes a truncated file for a short one without a word;
    here a frame that never ends is an error."""
    import zstandard

    dctx = zstandard.ZstdDecompressor()
    d = dctx.decompressobj()
    fed = False
    while data := raw.read(1 << 20):
        while data:
            fed = True
            try:
                out = d.decompress(data)
            except zstandard.ZstdError as e:
                raise InputError(f"{path}: corrupt zstd data: {e}") from None
            if out:
                yield out
            if d.eof:
                data, d, fed = d.unused_data, dctx.decompressobj(), False
            else:
                data = b""
    if fed:
        raise InputError(f"{path}: truncated zstd data (the last frame does not end)")


class _lines:
    """Lines (with their newline) from an iterator of blocks; a context manager like a file."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks

    def __iter__(self) -> Iterator[bytes]:
        tail = b""
        for block in self._blocks:
            parts = (tail + block).split(b"\n")
            tail = parts.pop()
            for p in parts:
                yield p + b"\n"
        if tail:
            yield tail

    def __enter__(self) -> _lines:
        return self

    def __exit__(self, *exc: object) -> None:
        close = getattr(self._blocks, "close", None)
        if close:
            close()


class InputStream:
    """All inputs in order as one stream of items, skipping the first `skip` (for --resume)."""

    def __init__(self, paths: list[Path], formats: list[str], skip: int = 0) -> None:
        self.paths = paths
        self.formats = formats
        self.skip = skip
        self.sizes = [p.stat().st_size for p in paths]
        self.total_bytes = sum(self.sizes)
        self._done_bytes = 0  # bytes of finished files
        self._raw: IO[bytes] | None = None
        self._fraction: tuple[int, int, int] | None = None  # parquet: rows done, rows total, file size
        self._skip_left = skip

    def position(self) -> int:
        if self._raw is not None and not self._raw.closed:
            try:
                return self._done_bytes + self._raw.tell()
            except (OSError, ValueError):
                return self._done_bytes
        if self._fraction is not None:
            done, total, size = self._fraction
            return self._done_bytes + (size * done // total if total else size)
        return self._done_bytes

    def __iter__(self) -> Iterator[Item]:
        self._skip_left = self.skip
        for i, (path, fmt) in enumerate(zip(self.paths, self.formats)):
            it = self._parquet(i, path) if fmt == "parquet" else self._jsonl(i, path, fmt)
            for item in it:
                if self._skip_left:
                    self._skip_left -= 1
                    continue
                yield item
            self._done_bytes += self.sizes[i]
            self._raw = None
            self._fraction = None

    def _jsonl(self, index: int, path: Path, fmt: str) -> Iterator[Item]:
        stream, raw = open_jsonl(path, fmt)
        self._raw = raw
        line = 0
        try:
            with stream, raw:
                for line_bytes in stream:
                    line += 1
                    yield (index, line, line_bytes)
        except InputError as e:
            raise InputError(f"{e} (after line {line})") from None
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(f"{path}: unreadable after line {line}: {e}") from None

    def _parquet(self, index: int, path: Path) -> Iterator[Item]:
        need("pyarrow", "parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{path}: not a readable Parquet file: {e}") from None
        total = pf.metadata.num_rows
        size = os.path.getsize(path)
        row = 0
        # Whole row groups inside the resume skip are not decoded at all.
        groups = []
        for g in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(g).num_rows
            if not groups and self._skip_left >= n:
                self._skip_left -= n
                row += n
                continue
            groups.append(g)
        self._fraction = (row, total, size)
        if not groups:
            return
        try:
            for batch in pf.iter_batches(batch_size=PARQUET_BATCH, row_groups=groups):
                for rec in batch.to_pylist():
                    row += 1
                    yield (index, row, rec)
                self._fraction = (row, total, size)
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{path}: unreadable after row {row}: {e}") from None


def parquet_schema(paths: list[Path]) -> Any:
    """The unified Arrow schema of Parquet inputs (footers only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        schemas = [pq.read_schema(p) for p in paths]
        return pa.unify_schemas(schemas, promote_options="permissive")
    except (OSError, pa.ArrowException) as e:
        raise InputError(f"Parquet inputs: {e}") from None
