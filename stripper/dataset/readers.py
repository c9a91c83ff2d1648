"""Streaming readers: one item per JSONL line or Parquet row, never a whole file in memory.

An item is a tuple `(source_index, line_number, payload)`: a JSONL line's bytes (parsed in the worker,
where the CPU is) or a Parquet row's dict. `position()` tells how many bytes of the input files have
been consumed, compressed bytes included, for the progress bar.

Memory is bounded whatever the input: a JSONL line longer than `max_row_bytes` is never held whole;
it is skipped piece by piece and comes out as a `TooLarge` payload, which the worker turns into a
"too-large" reject. A compressed file that expands past `max_expansion` times the compressed bytes
read (once past `EXPANSION_FLOOR`) is refused as a likely decompression bomb."""
from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..errors import InputError, UsageError
from .formats import need

Item = tuple[int, int, Any]

PARQUET_BATCH = 1024

# The largest JSONL line (a row, newline included) read into memory; longer rows are rejected.
MAX_ROW_BYTES = 64 << 20
# A compressed input may expand at most this many times its compressed size (0: no limit)...
MAX_EXPANSION = 100
# ...checked once this much has been decompressed, so small, very repetitive files are never refused.
EXPANSION_FLOOR = 64 << 20
# Overlong rows are skipped in pieces of this size.
_PIECE = 1 << 20
# zstd is fed in pieces this small: one zstd call's output is not bounded, and a 4 KiB piece can
# expand to at most ~128 MiB (zstd's worst case is ~32,000x).
_ZSTD_PIECE = 4096


@dataclass(frozen=True, slots=True)
class TooLarge:
    """The payload of a JSONL line longer than the row limit: its size, not its bytes."""

    nbytes: int
    limit: int


def open_jsonl(path: Path, fmt: str) -> tuple[IO[bytes], IO[bytes]]:
    """(byte stream, raw file) for a JSONL file in any of its compressions."""
    try:
        raw = open(path, "rb", buffering=1 << 20)  # big rows are read in big pieces
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    if fmt == "jsonl":
        return raw, raw
    if fmt == "jsonl.gz":
        # GzipFile buffers on its own; a bigger buffer on top would hide the readable lines before a
        # corrupt or truncated tail, and those rows must still be processed.
        return gzip.GzipFile(fileobj=raw, mode="rb"), raw  # type: ignore[return-value]
    need("zstandard", "zstd")
    return io.BufferedReader(_BlockReader(_zstd_blocks(raw, path)), 1 << 16), raw


def _zstd_blocks(raw: IO[bytes], path: Path) -> Iterator[bytes]:
    """Decompressed blocks of a zstd file of one or more frames (our writer ends a frame at every
    checkpoint). zstandard's stream_reader takes a truncated file for a short one without a word;
    here a frame that never ends is an error."""
    import zstandard

    dctx = zstandard.ZstdDecompressor()
    d = dctx.decompressobj()
    fed = False
    while data := raw.read(1 << 20):
        view = memoryview(data)
        for i in range(0, len(view), _ZSTD_PIECE):
            piece = view[i : i + _ZSTD_PIECE]
            while piece:
                fed = True
                try:
                    out = d.decompress(piece)
                except zstandard.ZstdError as e:
                    raise InputError(f"{path}: corrupt zstd data: {e}") from None
                if out:
                    yield out
                if d.eof:
                    piece, d, fed = memoryview(d.unused_data), dctx.decompressobj(), False
                else:
                    piece = memoryview(b"")
    if fed:
        raise InputError(f"{path}: truncated zstd data (the last frame does not end)")


class _BlockReader(io.RawIOBase):
    """A readable raw stream over an iterator of byte blocks (for io.BufferedReader's readline)."""

    def __init__(self, blocks: Iterator[bytes]) -> None:
        self._blocks = blocks
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            block = next(self._blocks, None)
            if block is None:
                return 0
            self._buf = memoryview(block)
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        close = getattr(self._blocks, "close", None)
        if close:
            close()
        super().close()


class _Expansion:
    """Refuses a compressed input that expands past `ratio` times the compressed bytes read."""

    def __init__(self, path: Path, raw: IO[bytes], ratio: float) -> None:
        self.path, self.raw, self.ratio = path, raw, ratio
        self.out = 0
        self.next_check = EXPANSION_FLOOR

    def add(self, n: int) -> None:
        self.out += n
        if self.ratio and self.out >= self.next_check:
            self.next_check = self.out + (16 << 20)
            try:
                consumed = max(1, self.raw.tell())
            except (OSError, ValueError):
                return
            if self.out > self.ratio * consumed:
                raise InputError(
                    f"{self.path}: expands more than {self.ratio:g}x its compressed size "
                    f"({self.out:,} bytes from {consumed:,}); refusing it as a likely decompression bomb "
                    f"(--max-expansion 0 lifts the limit)"
                )


def read_lines(stream: IO[bytes], limit: int, expansion: _Expansion | None = None) -> Iterator[bytes | TooLarge]:
    """Lines of `stream` with their newlines; a line longer than `limit` bytes comes out as a
    TooLarge, having been read in pieces and never held whole."""
    readline = stream.readline
    count = expansion.add if expansion is not None else None
    while True:
        line = readline(limit)
        if not line:
            return
        if count:
            count(len(line))
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        more = readline(_PIECE)
        if not more:
            yield line  # exactly `limit` bytes, at the end of the file
            return
        n = len(line) + len(more)
        del line
        if count:
            count(len(more))
        while not more.endswith(b"\n"):
            more = readline(_PIECE)
            if not more:
                break
            n += len(more)
            if count:
                count(len(more))
        yield TooLarge(n, limit)


class InputStream:
    """All inputs in order as one stream of items, skipping the first `skip` (for --resume)."""

    def __init__(
        self,
        paths: list[Path],
        formats: list[str],
        skip: int = 0,
        *,
        max_row_bytes: int = MAX_ROW_BYTES,
        max_expansion: float = MAX_EXPANSION,
    ) -> None:
        self.paths = paths
        self.max_row_bytes = max_row_bytes
        self.max_expansion = max_expansion
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
        expansion = _Expansion(path, raw, self.max_expansion) if fmt != "jsonl" else None
        try:
            with stream, raw:
                for line_bytes in read_lines(stream, self.max_row_bytes, expansion):
                    line += 1
                    yield (index, line, line_bytes)
        except InputError as e:
            raise InputError(f"{e} (after line {line})" if line else str(e)) from None
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
        groups: list[int] = []
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


def check_parquet_field(paths: list[Path], formats: list[str], field: str) -> None:
    """A Parquet input without the text column would reject every one of its rows: refuse it up
    front instead (footers only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq


    for path, fmt in zip(paths, formats):
        if fmt != "parquet":
            continue
        try:
            names = pq.read_schema(path).names
        except (OSError, pa.ArrowException) as e:
            raise InputError(f"{path}: not a readable Parquet file: {e}") from None
        if field not in names:
            shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
            raise UsageError(f"{path}: no column {field!r} (it has: {shown}); choose one with --text-field")
