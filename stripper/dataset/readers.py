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

# What to do with an input file that cannot be read to its end: report it (in the summary and the
# rejects file, exit code 3) and go on with the next file, or stop the run.
ON_BAD_FILE = ("skip", "fail")

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
class BadFile:
    """The last item of an input whose rest cannot be read (truncated, corrupt, a bomb): why."""

    reason: str


class ArrowCell:
    """A Parquet value Python cannot hold exactly (a nanosecond timestamp, duration or time, alone or
    nested): the one-value Arrow array itself, written back to Parquet as it was read, and to JSON
    as Arrow's own text of it."""

    __slots__ = ("array",)

    def __init__(self, array: Any) -> None:
        import pyarrow as pa

        self.array = pa.concat_arrays([array])  # a copy: a slice would pickle its whole column

    def __reduce__(self) -> Any:
        return (ArrowCell, (self.array,))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArrowCell) and self.array.equals(other.array)

    def __hash__(self) -> int:
        return hash(str(self.array.type))

    def __repr__(self) -> str:
        return f"ArrowCell({self.to_json()!r})"

    def to_json(self) -> Any:
        """As text ("2024-05-01 12:00:00.000000001Z"), or, where Arrow has no text for the type
        (nested values), with every nanosecond value as its integer count."""
        import pyarrow as pa

        try:
            return self.array.cast(pa.string())[0].as_py()
        except (pa.ArrowException, ValueError):
            pass
        try:
            return self.array.cast(_ns_as_int(self.array.type)).to_pylist()[0]
        except (pa.ArrowException, ValueError):
            return str(self.array)


def _ns_as_int(t: Any) -> Any:
    """`t` with every timestamp, duration and time64 made int64."""
    import pyarrow as pa

    if pa.types.is_timestamp(t) or pa.types.is_duration(t) or pa.types.is_time64(t):
        return pa.int64()
    if pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
        inner = t.value_field.with_type(_ns_as_int(t.value_type))
        if pa.types.is_large_list(t):
            return pa.large_list(inner)
        if pa.types.is_fixed_size_list(t):
            return pa.list_(inner, t.list_size)
        return pa.list_(inner)
    if pa.types.is_struct(t):
        return pa.struct([t.field(i).with_type(_ns_as_int(t.field(i).type)) for i in range(t.num_fields)])
    if pa.types.is_map(t):
        return pa.map_(_ns_as_int(t.key_type), _ns_as_int(t.item_type))
    return t


def batch_rows(batch: Any) -> list[dict[str, Any]]:
    """A record batch as row dicts, every value exact: a column Python cannot hold exactly (see
    ArrowCell) keeps its values as Arrow arrays."""
    import pyarrow as pa

    try:
        return batch.to_pylist()
    except (ValueError, OverflowError, pa.ArrowException):
        pass
    columns = []
    for col in batch.columns:
        try:
            columns.append(col.to_pylist())
        except (ValueError, OverflowError, pa.ArrowException):
            columns.append([ArrowCell(col.slice(i, 1)) if col[i].is_valid else None for i in range(len(col))])
    names = batch.schema.names
    return [dict(zip(names, values)) for values in zip(*columns)] if columns else [{} for _ in range(batch.num_rows)]


@dataclass(frozen=True, slots=True)
class TooLarge:
    """The payload of a JSONL line longer than the row limit: its size, not its bytes."""

    nbytes: int
    limit: int


class _Counted(io.RawIOBase):
    """A file read through, counting the bytes read: how far into a compressed input the
    decompressor is, on any source (a pipe has no tell())."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self.raw.readinto(b)  # type: ignore[attr-defined]
        if n:
            self.count += n
        return n or 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data

    def tell(self) -> int:
        return self.count

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_jsonl(path: Path, fmt: str) -> tuple[IO[bytes], Any]:
    """(byte stream, raw file) for a JSONL file in any of its compressions; the raw file's tell() is
    the count of bytes read from the file, whatever it is (a pipe included)."""
    try:
        raw = open(path, "rb", buffering=1 << 20)  # big rows are read in big pieces
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from None
    if fmt == "jsonl":
        return raw, raw
    raw = _Counted(raw)  # type: ignore[assignment]
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

    def __init__(self, path: Path, raw: Any, ratio: float) -> None:
        self.path, self.raw, self.ratio = path, raw, ratio
        self.out = 0
        self.next_check = EXPANSION_FLOOR

    def add(self, n: int) -> None:
        self.out += n
        if self.ratio and self.out >= self.next_check:
            self.next_check = self.out + (16 << 20)
            consumed = max(1, self.raw.tell())  # a count of bytes read (_Counted): never fails
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
        on_bad_file: str = "skip",
    ) -> None:
        if on_bad_file not in ON_BAD_FILE:
            raise UsageError(f"--on-bad-file must be {' or '.join(ON_BAD_FILE)}, not {on_bad_file!r}")
        self.on_bad_file = on_bad_file
        self._broke_at = 0
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
        """Every input's items in order. An input whose rest cannot be read (truncated, corrupt, a
        bomb) ends with a BadFile item at the line it broke at, and the next input follows; with
        on_bad_file="fail" the InputError is raised instead."""
        self._skip_left = self.skip
        for i, (path, fmt) in enumerate(zip(self.paths, self.formats)):
            self._broke_at = 1
            it = self._parquet(i, path) if fmt == "parquet" else self._jsonl(i, path, fmt)
            try:
                for item in it:
                    if self._skip_left:
                        self._skip_left -= 1
                        continue
                    yield item
            except InputError as e:
                if self.on_bad_file == "fail":
                    raise
                if self._skip_left:
                    self._skip_left -= 1  # reported already, by the run that was interrupted
                else:
                    yield (i, self._broke_at, BadFile(str(e)))
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
            self._broke_at = line + 1
            raise InputError(f"{e} (after line {line})" if line else str(e)) from None
        except (OSError, EOFError, zlib.error) as e:
            self._broke_at = line + 1
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
                for rec in batch_rows(batch):
                    row += 1
                    yield (index, row, rec)
                self._fraction = (row, total, size)
        except (OSError, pa.ArrowException) as e:
            self._broke_at = row + 1
            raise InputError(f"{path}: unreadable after row {row}: {e}") from None


def parquet_schema(paths: list[Path], skip_unreadable: bool = False) -> Any:
    """The unified Arrow schema of Parquet inputs (footers only); an unreadable file is left out
    with `skip_unreadable` (the run reports it when it reaches it)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        schemas = []
        for p in paths:
            try:
                schemas.append(pq.read_schema(p))
            except (OSError, pa.ArrowException):
                if not skip_unreadable:
                    raise
        return pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([])
    except (OSError, pa.ArrowException) as e:
        raise InputError(f"Parquet inputs: {e}") from None


def check_parquet_field(paths: list[Path], formats: list[str], field: str, added: list[str] | None = None,
                        skip_unreadable: bool = False) -> None:
    """A Parquet input without the text column would reject every one of its rows, and one that
    has a column stripper would add would lose it: refuse either up front (footers only)."""
    import pyarrow as pa
    import pyarrow.parquet as pq


    for path, fmt in zip(paths, formats):
        if fmt != "parquet":
            continue
        try:
            names = pq.read_schema(path).names
        except (OSError, pa.ArrowException) as e:
            if skip_unreadable:
                continue  # reported as a bad file when the run reaches it
            raise InputError(f"{path}: not a readable Parquet file: {e}") from None
        if field not in names:
            shown = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
            raise UsageError(f"{path}: no column {field!r} (it has: {shown}); choose one with --text-field")
        for name in added or ():
            if name in names:
                raise UsageError(f"{path}: has a column {name!r} already, which this run would overwrite; "
                                 f"choose another name for the field stripper adds")
