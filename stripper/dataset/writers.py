"""Writers that can be cut at a commit point and continued after a crash.

Every writer writes to a temporary path and supports `commit() -> state`: everything written so
far is on disk (fsynced) and `state` (small, JSON) says where. `open(state)` after a kill -9 throws
away whatever came after that commit, so a resumed run appends exactly where the committed one
stopped:

- JSONL: the state is a byte offset; the file is truncated to it. A gzip or zstd stream is closed
  at every commit (a gzip member, a zstd frame); concatenated members/frames are valid files, so
  every offset a commit returns is a clean cut.
- Parquet: a file is only readable once its footer is written, so each commit closes a part file;
  the state is the number of parts; `close()` streams the parts, row group by row group, into the
  final file. The parts are removed only once the checkpoint records the file as closed.
"""
from __future__ import annotations

import base64
import errno
import gzip
import os
import shutil
from pathlib import Path
from typing import IO, Any

from ..errors import InputError

PARQUET_ROW_GROUP = 2048
# Compression of JSONL output. gzip at level 3: on the cleaned rows of 33 MB of extracted article
# text (19 MB of them; one run on a free core), level 6 (gzip's own default) compresses 18 MB/s,
# so a run spent about as long compressing its output as stripping its input (25 MB/s warm);
# level 3 46 MB/s, for files 7.7% larger (ratio 0.392 against 0.364); level 1 70 MB/s (0.421).
# zstd at level 3: 157 MB/s at 0.354, smaller than gzip at any of these levels.
GZIP_LEVEL = 3
ZSTD_LEVEL = 3


def compressor(file: IO[bytes], fmt: str) -> Any:
    """A stream that writes `fmt`'s compression ("jsonl.gz" or "jsonl.zst") of what it is given to
    `file`, ended by its close() (a gzip member or a zstd frame; `file` stays open)."""
    if fmt == "jsonl.gz":
        return gzip.GzipFile(fileobj=file, mode="wb", compresslevel=GZIP_LEVEL, mtime=0)
    import zstandard

    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(file, closefd=False)


def _conversion_errors() -> tuple[type[BaseException], ...]:
    import pyarrow as pa

    return (pa.ArrowException, TypeError, ValueError, OverflowError)


def _misfit(e: BaseException) -> str:
    if isinstance(e, UnicodeEncodeError):
        return ("holds a string that is not valid Unicode (a lone surrogate, allowed in JSON), which Parquet "
                "cannot store; the row is left out")
    return f"does not fit the Parquet schema: {e}"[:300]


def fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # not every filesystem lets a directory be fsynced
    finally:
        os.close(fd)


def _fail(path: Path, e: OSError) -> InputError:
    return InputError(f"{path}: cannot write: {e.strerror or e}")


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def create_exclusive(path: Path) -> IO[bytes]:
    """A new, empty file at `path` (a temporary name of ours), never written through whatever sits
    there: a stale file or a planted symlink is unlinked (the link, not its target), then the file is
    created with O_EXCL, which fails rather than follow a symlink or open a file that another
    process slipped in between. Every temporary file of a run is made here."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, 0o666)
    return os.fdopen(fd, "wb")


def reopen_nofollow(path: Path) -> IO[bytes]:
    """An existing temporary file of ours, for reading and writing, never through a symlink."""
    fd = os.open(path, os.O_RDWR | _NOFOLLOW | _CLOEXEC)
    return os.fdopen(fd, "r+b")


def write_file_atomic(path: Path, data: bytes, suffix: str = ".tmp-stripper") -> None:
    """`data` at `path`, complete or not at all: written under a temporary name made by
    create_exclusive, fsynced, then renamed over `path` (a symlink at `path` is replaced, not followed)."""
    tmp = path.with_name(path.name + suffix)
    try:
        with create_exclusive(tmp) as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    fsync_dir(path.parent if str(path.parent) else Path("."))


class JsonlWriter:
    """JSONL lines to `path`, plain or compressed ("jsonl", "jsonl.gz", "jsonl.zst")."""

    def __init__(self, path: Path, fmt: str, state: dict[str, Any] | None = None) -> None:
        self.path = path
        self.fmt = fmt
        self.rows = 0
        try:
            if state is not None:
                self._file: IO[bytes] = reopen_nofollow(path)
                self._file.truncate(state["offset"])
                self._file.seek(state["offset"])
            else:
                self._file = create_exclusive(path)
        except OSError as e:
            raise _fail(path, e) from None
        self._stream: Any = None  # the open gzip member or zstd writer

    def _compressed(self) -> Any:
        if self._stream is None:
            self._stream = compressor(self._file, self.fmt)
        return self._stream

    def write(self, rows: list[tuple[Any, bytes]]) -> list[tuple[Any, str]]:
        """Write (tag, line) pairs; returns (tag, reason) for rows that could not be stored: none."""
        data = b"".join(line for _, line in rows)
        try:
            if self.fmt == "jsonl":
                self._file.write(data)
            else:
                self._compressed().write(data)
        except OSError as e:
            raise _fail(self.path, e) from None
        self.rows += len(rows)
        return []

    def append(self, part: Path, rows: int) -> None:
        """Append the file `part` (`rows` lines, already in this writer's format: for a compressed
        output, whole gzip members or zstd frames) as it is, copied in the kernel where it can be."""
        try:
            self._end_stream()
            self._file.flush()
            fd = self._file.fileno()
            at = self._file.tell()
            with open(part, "rb") as src:
                size = os.fstat(src.fileno()).st_size
                copied = 0
                try:
                    while copied < size:
                        n = os.copy_file_range(src.fileno(), fd, size - copied, copied, at + copied)
                        if n == 0:
                            break
                        copied += n
                except (AttributeError, OSError) as e:  # no copy_file_range here (or not between these files)
                    if isinstance(e, OSError) and e.errno not in (errno.EXDEV, errno.ENOSYS, errno.EINVAL,
                                                                   errno.EOPNOTSUPP, errno.EBADF):
                        raise
                    src.seek(copied)
                    self._file.seek(at + copied)
                    shutil.copyfileobj(src, self._file, 1 << 20)
                    self._file.flush()
                    copied = size
            if copied != size:
                raise OSError(errno.EIO, f"{part}: copied {copied:,} of its {size:,} bytes")
            self._file.seek(at + size)
        except OSError as e:
            raise _fail(self.path, e) from None
        self.rows += rows

    def _end_stream(self) -> None:
        if self._stream is not None:
            if self.fmt == "jsonl.gz":
                self._stream.close()  # ends the member; leaves the file open
            else:
                import zstandard

                self._stream.flush(zstandard.FLUSH_FRAME)
                self._stream.close()
            self._stream = None

    def commit(self) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        try:
            self._end_stream()
            self._file.flush()
            os.fsync(self._file.fileno())
            return {"offset": self._file.tell()}, []
        except OSError as e:
            raise _fail(self.path, e) from None

    def close(self) -> None:
        """Close the file (call commit first)."""
        try:
            self._file.close()
        except OSError as e:
            raise _fail(self.path, e) from None

    def abandon(self) -> None:
        """Close without committing (an error is on its way up)."""
        try:
            self._file.close()
        except OSError:
            pass


class ParquetWriter:
    """Rows (dicts) to a Parquet file at `path`, through committed part files in `path.parts/`."""

    def __init__(self, path: Path, schema: Any | None, state: dict[str, Any] | None = None,
                 fixed: dict[str, Any] | None = None) -> None:
        import pyarrow as pa

        self.path = path
        self.fixed = fixed or {}  # field -> Arrow type of the fields stripper adds (for an inferred schema)
        self.parts_dir = Path(str(path) + ".parts")
        self.rows = 0
        self._pending: list[tuple[Any, dict[str, Any]]] = []
        self._writer: Any = None
        self.schema = schema
        if self.parts_dir.is_symlink():
            if state is not None:
                raise InputError(f"{self.parts_dir}: is a symlink, not the run's own directory; rerun without --resume")
            self.parts_dir.unlink()
        if state is not None:
            self.parts = state["parts"]
            if state.get("schema"):
                self.schema = pa.ipc.read_schema(pa.py_buffer(base64.b64decode(state["schema"])))
            # Parts past the commit are from the killed run: drop them.
            if self.parts_dir.is_dir():
                for p in self.parts_dir.iterdir():
                    if not p.name.endswith(".parquet") or int(p.stem.split("-")[1]) >= self.parts:
                        p.unlink()
        else:
            self.parts = 0
            shutil.rmtree(self.parts_dir, ignore_errors=True)
        try:
            self.parts_dir.mkdir(parents=True, exist_ok=state is not None)
        except OSError as e:
            raise _fail(self.parts_dir, e) from None
        self._file: IO[bytes] | None = None

    def _part(self, n: int) -> Path:
        return self.parts_dir / f"part-{n:06d}.parquet"

    def write(self, rows: list[tuple[Any, dict[str, Any]]]) -> list[tuple[Any, str]]:
        """Buffer (tag, row) pairs; returns (tag, reason) for rows that do not fit the schema."""
        self._pending.extend(rows)
        if len(self._pending) >= PARQUET_ROW_GROUP:
            return self._flush()
        return []

    def _infer_schema(self) -> None:
        # JSONL to Parquet: the schema comes from the first row group's worth of rows (those that can
        # be typed at all: a row holding a lone surrogate, say, is a misfit, found when it is written).
        import pyarrow as pa

        rows = [r for _, r in self._pending]
        try:
            schema = pa.Table.from_pylist(rows).schema
        except (pa.ArrowException, TypeError, ValueError, OverflowError):
            # Rows disagree among themselves; type each field from its first non-null value.
            schemas = []
            for r in rows:
                try:
                    schemas.append(pa.Table.from_pylist([r]).schema)
                except (pa.ArrowException, TypeError, ValueError, OverflowError):
                    continue
            schema = pa.unify_schemas(schemas, promote_options="permissive") if schemas else pa.schema([])
        # A field null in every early row would make every later value a misfit: call it a string.
        fields = [f.with_type(pa.string()) if pa.types.is_null(f.type) else f for f in schema]
        # stripper's own fields have fixed types, whatever the first rows held.
        for name, t in self.fixed.items():
            f = pa.field(name, t)
            i = next((k for k, g in enumerate(fields) if g.name == name), -1)
            if i >= 0:
                fields[i] = f
            else:
                fields.append(f)
        self.schema = pa.schema(fields)

    def _table(self, rows: list[dict[str, Any]]) -> Any:
        """Rows as a table of the schema, column by column; values kept as Arrow arrays (ArrowCell,
        for what Python cannot hold exactly) go in as they are."""
        import pyarrow as pa

        from .readers import ArrowCell

        assert self.schema is not None
        columns = []
        for f in self.schema:
            values = [r.get(f.name) for r in rows]
            if any(isinstance(v, ArrowCell) for v in values):
                pieces = [v.array.cast(f.type) if isinstance(v, ArrowCell) else pa.array([v], f.type) for v in values]
                columns.append(pa.concat_arrays(pieces) if pieces else pa.array([], f.type))
            else:
                columns.append(pa.array(values, f.type))
        return pa.Table.from_arrays(columns, schema=self.schema)

    def _flush(self) -> list[tuple[Any, str]]:
        """Write pending rows as a row group; report the ones that cannot be converted."""
        import pyarrow.parquet as pq

        if not self._pending:
            return []
        if self.schema is None:
            self._infer_schema()
        pending, self._pending = self._pending, []
        failures: list[tuple[Any, str]] = []
        conversion = _conversion_errors()
        try:
            table = self._table([r for _, r in pending])
        except conversion:
            good = []
            for tag, r in pending:
                try:
                    self._table([r])
                    good.append(r)
                except conversion as e:
                    failures.append((tag, _misfit(e)))
            table = self._table(good)
        try:
            if self._writer is None:
                self._file = create_exclusive(self._part(self.parts))
                self._writer = pq.ParquetWriter(self._file, self.schema, compression="zstd")
            self._writer.write_table(table)
        except OSError as e:
            raise _fail(self.path, e) from None
        self.rows += table.num_rows
        return failures

    def commit(self) -> tuple[dict[str, Any], list[tuple[Any, str]]]:
        """Flush pending rows, close the part; returns (state, misfits among the pending rows)."""
        failures = self._flush()
        if self._writer is not None:
            try:
                self._writer.close()
                assert self._file is not None
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
                self._file = None
            except OSError as e:
                raise _fail(self.path, e) from None
            self._writer = None
            self.parts += 1
        fsync_dir(self.parts_dir)
        state: dict[str, Any] = {"parts": self.parts}
        if self.schema is not None:
            state["schema"] = base64.b64encode(self.schema.serialize().to_pybytes()).decode("ascii")
        return state, failures

    def close(self) -> None:
        """Merge the committed parts (call commit first) into `path`, one row group at a time."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = self.schema if self.schema is not None else pa.schema([])
        try:
            with create_exclusive(self.path) as f:
                with pq.ParquetWriter(f, schema, compression="zstd") as out:
                    for n in range(self.parts):
                        pf = pq.ParquetFile(self._part(n))
                        for g in range(pf.metadata.num_row_groups):
                            out.write_table(pf.read_row_group(g))
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise _fail(self.path, e) from None
        # The parts stay until a checkpoint records this file as closed (Output.rename_done removes
        # them): killed before that, a resumed run reopens this writer from its parts and merges again.

    def abandon(self) -> None:
        if self._writer is not None:
            try:
                self._writer.close()
            except Exception:
                pass
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
