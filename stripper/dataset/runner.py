"""The dataset run: read → (worker pool) parse, strip, serialise → write, commit, resume.

The main process reads raw items, groups them into chunks and hands them to a process pool with
`imap` (ordered). At most a few chunks per worker are in flight, so memory stays flat however large
the input. Outcomes come back in input order; the main process writes rows and rejects and counts
them, and every `checkpoint_every` seconds commits: writers fsynced, then the checkpoint replaced.
A kill -9 at any instant loses at most the uncommitted tail, which `--resume` redoes."""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, UsageError
from ..outputs import ROW_FORMATS, row_format
from ..settings import Settings
from . import work
from .checkpoint import Checkpoint, fingerprint
from .formats import SMALL_INPUT
from .lock import OutputLock
from .output import TMP_SUFFIX, Output, existing_outputs, tmp_path
from .progress import RunProgress
from .readers import MAX_EXPANSION, InputStream, Item, parquet_schema
from .rejects import Rejects, record
from .stats import Stats

if TYPE_CHECKING:  # (a run without workers imports neither the pool nor the byte ranges)
    from .ranges import Range, RangeResult

# A chunk closes at this many rows or bytes, whichever comes first: big enough that pickling and
# scheduling cost little per row, small enough to spread well over workers and keep memory low.
CHUNK_ROWS = 64
CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
INFLIGHT_PER_WORKER = 4
# Inputs of fewer bytes than formats.SMALL_INPUT (a compressed one counted at COMPRESSED_RATIO times
# its size) are stripped in the main process whatever -j says (see there).
COMPRESSED_RATIO = 4
# See Job.field_check_rows.
FIELD_CHECK_ROWS = 100


@dataclass
class Job:
    inputs: list[Path]
    input_formats: list[str]
    output: Path
    output_format: str
    directory: bool = False
    shard_size: int | None = None
    rejects: Path | None = None
    options: work.WorkOptions = field(default_factory=work.WorkOptions)
    settings: Settings = field(default_factory=Settings)
    workers: int = 1
    chunk_rows: int = CHUNK_ROWS
    checkpoint_every: float = 5.0
    resume: bool = False
    overwrite: bool = False
    progress: bool = True
    max_expansion: float = MAX_EXPANSION
    on_bad_file: str = "skip"  # an input that cannot be read to its end: "skip" (report, go on) or "fail"
    limit: int | None = None  # stop after this many rows
    # A JSONL run whose first this-many rows all lack the text field stops (a wrong --text-field),
    # rather than reject every row to the end. Parquet inputs are checked from their schema.
    field_check_rows: int = FIELD_CHECK_ROWS
    stats_path: Path | None = None  # where --stats goes (only to check it collides with nothing)
    range_bytes: int | None = None  # the largest byte range a worker takes (None: ranges.RANGE_MAX)
    small_input: int = SMALL_INPUT  # inputs of fewer bytes go without workers (see SMALL_INPUT)

    def rejects_path(self) -> Path:
        if self.rejects is not None:
            return self.rejects
        if self.directory:
            return self.output / "rejects.jsonl"
        name = self.output.name
        for ext in (".jsonl.gz", ".jsonl.zst", ".jsonl", ".parquet", ".gz", ".zst", ".json", ".ndjson"):
            if name.endswith(ext):
                name = name[: -len(ext)]
                break
        return self.output.with_name(name + ".rejects.jsonl")

    def checkpoint_path(self) -> Path:
        if self.directory:
            return self.output / ".stripper-checkpoint.json"
        return Path(str(tmp_path(self.output)) + ".checkpoint.json")


@dataclass
class RunResult:
    stats: Stats
    seconds: float
    resumed_from: int = 0  # input items already committed by an earlier, interrupted run
    rows_in_output: int = 0
    rejects_file: Path | None = None


def added_types(opts: work.WorkOptions) -> dict[str, Any]:
    """The Arrow type of every field stripper writes, the cleaned text included."""
    import pyarrow as pa

    types: dict[str, Any] = {opts.output_field or opts.text_field: pa.string()}
    if opts.keep_removals:
        types[opts.removals_field] = pa.list_(pa.struct(
            [("start", pa.int64()), ("end", pa.int64()), ("code", pa.string()), ("category", pa.string()),
             ("text", pa.string()), ("reason", pa.string())]
        ))
    if opts.extracted_field:
        types[opts.extracted_field] = pa.string()
    if opts.removed_chars_field:
        types[opts.removed_chars_field] = pa.map_(pa.string(), pa.int64())
    if opts.warnings_field:
        types[opts.warnings_field] = pa.list_(pa.string())
    if opts.source_field:
        types[opts.source_field] = pa.string()
    return types


def _output_schema(job: Job) -> Any:
    """Parquet output from Parquet input: the inputs' schema plus stripper's fields."""
    if job.output_format != "parquet" or any(f != "parquet" for f in job.input_formats):
        return None
    import pyarrow as pa

    schema = parquet_schema(job.inputs, skip_unreadable=job.on_bad_file == "skip")
    for name, t in added_types(job.options).items():
        f = pa.field(name, t)
        i = schema.get_field_index(f.name)
        schema = schema.set(i, f) if i >= 0 else schema.append(f)
    return schema


def _fixed_types(job: Job) -> dict[str, Any] | None:
    return added_types(job.options) if job.output_format == "parquet" else None


def check_fields(opts: work.WorkOptions) -> None:
    """Refuse options that would write two things into one field, or over the row's id."""
    out_field = opts.output_field or opts.text_field
    named = [("--text-field", opts.text_field)]
    if opts.id_field:
        named.append(("--id-field", opts.id_field))
    if out_field != opts.text_field:
        named.append(("--output-field", out_field))
    flags = {opts.removals_field: "--removals-field", opts.extracted_field: "--extracted-field",
             opts.removed_chars_field: "--removed-chars-field", opts.warnings_field: "--warnings-field",
             opts.source_field: "--source-field"}
    named += [(flags[f], f) for f in work.added_fields(opts)]
    seen: dict[str, str] = {}
    for flag, name in named:
        if name in seen:
            raise UsageError(f"{flag} {name!r} is the field {seen[name]} names already; give each its own field")
        seen[name] = flag
    if out_field != opts.text_field and opts.id_field == out_field:
        raise UsageError(f"--output-field {out_field!r} would overwrite the --id-field")


# Names a sharded output directory may hold besides its shards: the run's own files.
_OWN_FILES = (".stripper-checkpoint.json", ".stripper-checkpoint.json.new", "rejects.jsonl")


def _foreign_files(directory: Path, fmt: str) -> list[Path]:
    from .formats import EXTENSIONS

    ext = EXTENSIONS[fmt]
    out = []
    for p in sorted(directory.iterdir()):
        name = p.name
        if name in _OWN_FILES or name.endswith((TMP_SUFFIX, TMP_SUFFIX + ".parts")) or ".tmp-stripper" in name:
            continue
        if name.startswith("part-") and name.endswith(ext) and name[5 : -len(ext)].isdigit():
            continue
        out.append(p)
    return out


def _limited(stream: InputStream, limit: int | None) -> Iterator[Item]:
    """The stream's items up to `limit` rows (blank lines and unreadable-file markers are not rows)."""
    if limit is None:
        yield from stream
        return
    from .readers import BadFile

    if limit <= 0:
        return
    n = 0
    for item in stream:
        yield item
        payload = item[2]
        if not isinstance(payload, BadFile) and not (isinstance(payload, bytes) and not payload.strip()):
            n += 1
            if n >= limit:
                return


def _chunks(items: Iterator[Item], rows: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    size = 0
    try:
        for item in items:
            chunk.append(item)
            payload = item[2]
            size += len(payload) if isinstance(payload, bytes) else 0
            if len(chunk) >= rows or size >= CHUNK_BYTES:
                yield chunk
                chunk, size = [], 0
    except Exception:
        if chunk:  # the items read before the error are still processed
            yield chunk
        raise
    if chunk:
        yield chunk


class _Run:
    def __init__(self, job: Job) -> None:
        self.job = job
        self.sources = [str(p) for p in job.inputs]
        parts = {
            "formats": job.input_formats,
            "output": str(job.output.resolve()),
            "output_format": job.output_format,
            "directory": job.directory,
            "shard_size": job.shard_size,
            "options": asdict(job.options),
            "settings": repr(job.settings),
            "chunk_rows": job.chunk_rows,
            "limit": job.limit,
            "on_bad_file": job.on_bad_file,
        }
        self.ckpt = Checkpoint(job.checkpoint_path(), fingerprint(job.inputs, parts))
        self.stats = Stats()
        self.position = 0
        self.output: Output
        self.rejects: Rejects
        self.last_commit = time.monotonic()
        self.field_misses = 0  # missing-field rejects before the first row that had the field
        self.first_miss = ""
        self.renamed: list[Path] = []  # shards this run moved into place
        # A run in byte ranges (ranges.py): the input, byte offset and line number of the next line.
        self.cursor: tuple[int, int, int] | None = None

    # -- setup ----------------------------------------------------------------------------------
    def open(self) -> dict[str, Any] | None:
        job = self.job
        state = self.ckpt.load() if job.resume else None
        if state is None:
            self._check_targets()
            if job.resume:
                from ..console import warn

                warn("nothing to resume; starting from the beginning")
            self.output = Output(job.output, job.output_format, directory=job.directory, shard_size=job.shard_size,
                                 schema=_output_schema(job), fixed=_fixed_types(job))
            self.rejects = Rejects(job.rejects_path())
            self.commit()  # a checkpoint exists from the start, so even an early kill resumes
            return None
        self.position = state["position"]
        self.stats = Stats.from_dict(state["stats"])
        if state.get("cursor") is not None:
            self.cursor = tuple(state["cursor"])  # type: ignore[assignment]
        self.output = Output(job.output, job.output_format, directory=job.directory, shard_size=job.shard_size,
                             schema=_output_schema(job), state=state["output"], fixed=_fixed_types(job))
        self.rejects = Rejects(job.rejects_path(), state["rejects"])
        return state

    def _check_targets(self) -> None:
        job = self.job
        check_paths(job)
        if job.directory and job.output.is_dir():
            foreign = _foreign_files(job.output, job.output_format)
            if foreign:
                raise UsageError(
                    f"{job.output} holds other files ({foreign[0].name}{', ...' if len(foreign) > 1 else ''}); "
                    f"shards go into a new or empty directory, or one an earlier run of stripper wrote"
                )
        if job.overwrite:
            return
        existing = existing_outputs(job.output, job.output_format, job.directory) + (
            [job.rejects_path()] if job.rejects_path().exists() else []
        )
        if existing:
            raise UsageError(f"{existing[0]} exists; pass --overwrite to replace it")
        if job.output.exists() and not job.directory and job.output.is_dir():
            raise UsageError(f"{job.output} is a directory; use --shard-size or a trailing / for sharded output")

    # -- commits --------------------------------------------------------------------------------
    def _writer_failures(self, failures: list[tuple[Any, str]]) -> list[bytes]:
        lines = []
        for (src, line, row_id, row), reason in failures:
            self.stats.writer_reject("schema-mismatch")
            text = work.raw_json(row) if row is not None else ""
            raw = text.encode("utf-8", "surrogatepass")
            small = text if len(raw) <= work.RAW_LIMIT else None
            lines.append(record(self.sources[src], line, "schema-mismatch", reason, small, len(raw), row_id))
        return lines

    def commit(self, done: bool = False) -> None:
        ostate, failures = self.output.commit()
        self.rejects.write(self._writer_failures(failures))
        rstate = self.rejects.commit()
        if done:
            self.output.close_shard()
            self.rejects.close()
            ostate = self.output.state_after_close()
        self.ckpt.save(
            {"position": self.position, "stats": self.stats.to_dict(), "output": ostate, "rejects": rstate, "done": done,
             "cursor": self.cursor}
        )
        self.last_commit = time.monotonic()

    def rollover(self) -> None:
        """The current shard is full: commit, close it, record that, then rename it into place."""
        self.commit()
        self.output.close_shard()
        self.ckpt.save(
            {"position": self.position, "stats": self.stats.to_dict(), "output": self.output.state_after_close(),
             "rejects": self.rejects.commit(), "done": False}
        )
        self.renamed += self.output.rename_done()

    def finalize(self) -> None:
        if not self.stats.balanced or self.stats.rows_written != self.output.rows:
            raise RuntimeError(
                f"counts do not add up (read {self.stats.rows_read}, written {self.stats.rows_written}/"
                f"{self.output.rows}, rejected {self.stats.rows_rejected}); output left at its temporary name"
            )
        self.renamed += self.output.rename_done()
        if self.job.overwrite:
            self.output.remove_stale()
        self.rejects.finalize(remove_stale=self.job.overwrite)
        self.ckpt.remove()

    # -- the loop -------------------------------------------------------------------------------
    def handle(self, metas: list[tuple[int, int]], outcomes: list[work.Outcome]) -> None:
        out_batch: list[tuple[Any, Any]] = []
        rej_batch: list[bytes] = []
        stats = self.stats
        for (src, line), oc in zip(metas, outcomes):
            status = oc[0]
            if self.field_misses >= 0:
                self._check_field(src, status, oc)
            if status == work.OUT:
                room = self.output.room()
                if room is not None and room - len(out_batch) <= 0:
                    self._flush(out_batch, rej_batch)
                    out_batch, rej_batch = [], []
                    self.rollover()
                self.position += 1
                stats.add_row(oc[2], oc[3], oc[4], oc[5], oc[6])
                if len(oc) > 8 and oc[8] is not None:  # site templates: (site, chars removed)
                    stats.add_site(*oc[8])
                out_batch.append(((src, line, oc[7], oc[1] if isinstance(oc[1], dict) else None), oc[1]))
            elif status == work.REJECT:
                self.position += 1
                kind, reason, raw, raw_bytes = oc[1]
                stats.add_reject(kind)
                rej_batch.append(record(self.sources[src], line, kind, reason, raw, raw_bytes, oc[7]))
            elif status == work.DROP:
                self.position += 1
                stats.add_drop(oc[2], oc[3], oc[4], oc[5], oc[6])
                if len(oc) > 8 and oc[8] is not None:
                    stats.add_site(*oc[8])
            elif status == work.BAD_FILE:
                self.position += 1
                stats.add_bad_file(self.sources[src], oc[1])
                rej_batch.append(record(self.sources[src], line, "unreadable-file", oc[1], None, None, None))
            else:
                self.position += 1
                stats.blank_lines += 1
        self._flush(out_batch, rej_batch)

    def apply_range(self, rng: Range, res: RangeResult | Isolated, dead: set[int]) -> None:
        """A range's result, in input order: its part appended to the output, its rejects written
        with their line numbers, its figures added, the cursor moved past it."""
        src = rng.src
        base = self.cursor[2] if self.cursor is not None and self.cursor[0] == src else 0
        if isinstance(res, Isolated):  # redone row by row after its worker died (see _RangePool)
            self.handle([(src, base + i) for i in range(1, len(res.outcomes) + 1)], res.outcomes)
            self.cursor = (src, rng.end, base + len(res.outcomes))
            return
        if self.field_misses >= 0:
            if res.leading_misses:
                if not self.field_misses:
                    self.first_miss = res.first_miss
                self.field_misses += res.leading_misses
                if self.field_misses >= self.job.field_check_rows:
                    raise UsageError(
                        f"{self.sources[src]}: the first {self.field_misses:,} rows have no field "
                        f"{self.job.options.text_field!r} ({self.first_miss}); choose the field with --text-field"
                    )
            if res.field_seen:
                self.field_misses = -1
        if res.written:
            part = Path(rng.part)
            self.output.append(part, res.rows)
            part.unlink()
        source = self.sources[src]
        if res.rejects:
            self.rejects.write([record(source, base + n, kind, reason, raw, raw_bytes, row_id)
                                for n, kind, reason, raw, raw_bytes, row_id in res.rejects])
        self.stats = self.stats + res.stats
        self.position += res.lines
        if res.bad is None:
            self.cursor = (src, rng.end, base + res.lines)
            return
        n, why = res.bad
        reason = why.replace("{line}", str(base + n))
        if self.job.on_bad_file == "fail":
            raise InputError(reason)
        self.position += 1
        self.stats.add_bad_file(source, reason)
        self.rejects.write([record(source, base + n + 1, "unreadable-file", reason, None, None, None)])
        dead.add(src)
        self.cursor = (src + 1, 0, 0)

    def _check_field(self, src: int, status: int, oc: work.Outcome) -> None:
        """Stop a run whose first rows all lack the text field: a wrong --text-field would otherwise
        reject every row to the end of the input."""
        if status == work.REJECT and oc[1][0] == "missing-field":
            if not self.field_misses:
                self.first_miss = oc[1][1]
            self.field_misses += 1
            if self.field_misses >= self.job.field_check_rows:
                raise UsageError(
                    f"{self.sources[src]}: the first {self.field_misses:,} rows have no field "
                    f"{self.job.options.text_field!r} ({self.first_miss}); choose the field with --text-field"
                )
        elif status in (work.OUT, work.DROP) or status == work.REJECT:
            self.field_misses = -1  # a row had the field (or failed otherwise): the field is right

    def _flush(self, out_batch: list[tuple[Any, Any]], rej_batch: list[bytes]) -> None:
        failures = self.output.write(out_batch)
        self.rejects.write(rej_batch + self._writer_failures(failures))

    def discard(self) -> None:
        """After a failure: leave nothing behind, neither temporary files nor the checkpoint nor
        shards this run moved into place (an output is whole or absent). Only an interrupt
        (Ctrl-C) keeps them, for --resume."""
        self.output.abandon()
        self.rejects.abandon()
        self.output.discard()
        self.rejects.discard()
        for p in self.renamed:
            p.unlink(missing_ok=True)
        try:
            self.ckpt.remove()
        except OSError:
            pass
        self.output.remove_created_dir()


class _Pooled:
    """The worker pool of a run, which outlives a worker's death.

    A row whose stripping kills its worker (a crash in native code, the OOM killer on a huge row)
    would otherwise hang the run, or, caught, take its chunk's other rows down with it. When a
    worker dies, the chunks in flight are redone one row per task in a one-worker pool: the row
    that kills that worker too is rejected ("worker-crashed"), every other row comes out as usual,
    and the run goes on with a new pool, in input order throughout."""

    def __init__(self, job: Job, workers: int) -> None:
        self.job, self.workers = job, workers
        # Made before the progress bar starts its refresh thread, so it may fork.
        self.pool: Any = self._new(workers)

    def _new(self, workers: int) -> Any:
        from ..parallel import make_pool

        sources = tuple(str(p) for p in self.job.inputs)
        return make_pool(workers, work.init_worker, (self.job.settings, self.job.options, sources,
                                                      ROW_FORMATS[row_format(self.job.output_format)].render))

    def results(self, chunks: Iterator[list[Item]]) -> Iterator[tuple[list[Item], list[work.Outcome]]]:
        from ..parallel import WorkerDied, bounded_imap

        while True:
            try:
                yield from bounded_imap(self.pool, work.process_chunk, chunks, self.workers * INFLIGHT_PER_WORKER)
                return
            except WorkerDied as died:
                self.terminate()
                for chunk in died.pending:
                    yield chunk, self._isolated(chunk)
                self.pool = self._new(self.workers)

    def _isolated(self, chunk: list[Item]) -> list[work.Outcome]:
        from ..parallel import WorkerDied, bounded_imap

        outs: list[work.Outcome] = []
        pool = None
        try:
            for item in chunk:
                if pool is None:
                    pool = self._new(1)
                try:
                    ((_, (out,)),) = bounded_imap(pool, work.process_chunk, [[item]], 1)
                except WorkerDied as died:
                    pool.terminate()
                    pool = None
                    out = work.crashed(item[2], died.how, self.job.options)
                outs.append(out)
        finally:
            if pool is not None:
                pool.close()
        return outs

    def close(self) -> None:
        self.pool.close()

    def terminate(self) -> None:
        self.pool.terminate()


@dataclass
class Isolated:
    """A range's outcomes, one per line, from redoing it row by row (see _RangePool)."""

    outcomes: list[work.Outcome]


# Ranges in flight per worker (their parts wait on disk until the ones before them are appended).
RANGES_INFLIGHT = 3


class _RangePool(_Pooled):
    """The pool of a run in byte ranges. When a worker dies, the ranges in flight are redone one by
    one in a one-worker pool; the range that kills that worker too is redone row by row, as a run
    of chunks does (_Pooled), so that only the row that kills a worker is rejected."""

    def ranges(self, tasks: Iterator[Range]) -> Iterator[tuple[Range, RangeResult | Isolated]]:
        from ..parallel import WorkerDied, bounded_imap
        from .ranges import process_range

        while True:
            try:
                yield from bounded_imap(self.pool, process_range, tasks, self.workers * RANGES_INFLIGHT)
                return
            except WorkerDied as died:
                self.terminate()
                for rng in died.pending:  # (every range in flight: which one killed its worker is not known)
                    yield rng, self._redo(rng)
                self.pool = self._new(self.workers)

    def _redo(self, rng: Range) -> RangeResult | Isolated:
        from ..parallel import WorkerDied, bounded_imap
        from .ranges import process_range

        pool = self._new(1)
        try:
            ((_, res),) = bounded_imap(pool, process_range, [rng], 1)
            pool.close()
            return res
        except WorkerDied:
            pool.terminate()
        import io

        from .ranges import _Window
        from .readers import read_lines

        with open(self.job.inputs[rng.src], "rb", buffering=0) as f:
            window = io.BufferedReader(_Window(f.fileno(), rng.start, rng.end), 1 << 20)
            payloads = list(read_lines(window, self.job.options.max_row_bytes))
        return Isolated(self._isolated([(rng.src, 0, p) for p in payloads]))


def check_paths(job: Job) -> None:
    """Every output (the output, the rejects, the stats) is a path of its own, and none is an input."""
    real_inputs = {os.path.realpath(p): p for p in job.inputs}
    outputs: list[tuple[str, Path]] = [("the output", job.output), ("the rejects file", job.rejects_path())]
    if job.stats_path is not None:
        outputs.append(("the --stats file", job.stats_path))
    seen: dict[str, str] = {}
    for what, path in outputs:
        real = os.path.realpath(path)
        if real in real_inputs:
            raise UsageError(f"{path} is an input and {what}; write {what} somewhere else")
        if real in seen:
            raise UsageError(f"{path} would be both {seen[real]} and {what}; give each its own path")
        seen[real] = what
    if job.directory:
        root = os.path.realpath(job.output) + os.sep
        for real, p in real_inputs.items():
            if real.startswith(root):
                raise UsageError(f"{p} is an input inside the output directory {job.output}; write the shards elsewhere")


def run(job: Job) -> RunResult:
    """Run `job` to completion; raises UsageError/InputError with a one-line message on failure."""
    from .engines import check_engine

    check_engine(job.options.engine)
    check_fields(job.options)
    check_paths(job)
    targets = [job.output]
    rejects = job.rejects_path()
    if not (job.directory and os.path.realpath(rejects).startswith(os.path.realpath(job.output) + os.sep)):
        targets.append(rejects)  # (inside the output directory, the directory's lock covers it)
    with OutputLock(targets):
        return _run(job)


def in_ranges(job: Job, workers: int, state: dict[str, Any] | None = None) -> bool:
    """Whether a run goes in byte ranges (ranges.py): with workers, on plain JSONL files (a
    compressed stream cannot be entered in the middle), into one JSONL file, every row to its end."""
    import stat

    if workers <= 1 or job.limit is not None or job.directory:
        return False
    if job.output_format not in ("jsonl", "jsonl.gz", "jsonl.zst") or any(f != "jsonl" for f in job.input_formats):
        return False
    try:
        if not all(stat.S_ISREG(os.stat(p).st_mode) for p in job.inputs):
            return False  # (a pipe cannot be read at an offset)
    except OSError:
        return False
    # A checkpoint of a run in chunks tells a line count; with an unreadable file in it, a count of
    # lines is not a place in the inputs: that run goes on in chunks.
    return state is None or state.get("cursor") is not None or not state["stats"].get("bad_files")


def _input_bytes(job: Job) -> int:
    """About how many bytes the inputs hold (a pipe or an unreadable path: as many as could be)."""
    import stat

    total = 0
    for path, fmt in zip(job.inputs, job.input_formats):
        try:
            st = os.stat(path)
        except OSError:
            return SMALL_INPUT
        if not stat.S_ISREG(st.st_mode):
            return SMALL_INPUT
        total += st.st_size * (1 if fmt == "jsonl" else COMPRESSED_RATIO)
    return total


def _part_dir(job: Job) -> Path:
    return Path(str(tmp_path(job.output)) + ".ranges")


def _remove_parts(part_dir: Path) -> None:
    if part_dir.is_symlink():
        part_dir.unlink()
    elif part_dir.exists():
        shutil.rmtree(part_dir, ignore_errors=True)


def _run(job: Job) -> RunResult:
    t0 = time.monotonic()
    r = _Run(job)
    state = r.open()
    resumed_from = r.position
    if state is not None and state.get("done"):
        r.finalize()  # the earlier run finished its work; only renames were left
        return RunResult(r.stats, 0.0, resumed_from, r.output.rows, r.rejects.final if r.rejects.rows else None)
    if r.stats.rows_read:
        r.field_misses = -1  # checked by the run that was interrupted
    workers = max(1, job.workers) if job.workers <= 1 or _input_bytes(job) >= job.small_input else 1
    ranged = in_ranges(job, workers, state)
    pooled: _Pooled | None = None
    part_dir = _part_dir(job)
    try:
        if workers > 1:
            # The rules are compiled here, once, before the workers are forked: they start with
            # them (copy-on-write) instead of each compiling its own (CPU a loaded machine lacks).
            work.warm(job.settings, job.options)
        if ranged:
            pooled = _RangePool(job, workers)
            _loop_ranges(job, r, pooled, workers, part_dir)
        else:
            r.cursor = None  # (a run in chunks counts lines only)
            pooled = _Pooled(job, workers) if workers > 1 else None
            _loop_chunks(job, r, pooled)
        if pooled is not None:
            pooled.close()
            pooled = None
        r.commit(done=True)
        r.finalize()
    except KeyboardInterrupt:
        r.output.abandon()
        r.rejects.abandon()
        raise
    except BaseException:
        if pooled is not None:
            pooled.terminate()
            pooled = None
        r.discard()
        raise
    finally:
        if pooled is not None:
            pooled.terminate()
        _remove_parts(part_dir)  # (also a killed run's in ranges, when this one goes in chunks)
    return RunResult(r.stats, time.monotonic() - t0, resumed_from, r.output.rows, r.rejects.final if r.rejects.rows else None)


def _loop_chunks(job: Job, r: _Run, pooled: _Pooled | None) -> None:
    stream = InputStream(job.inputs, job.input_formats, skip=r.position, max_row_bytes=job.options.max_row_bytes,
                         max_expansion=job.max_expansion, on_bad_file=job.on_bad_file)
    limit = None if job.limit is None else job.limit - r.stats.rows_read
    chunks = _chunks(_limited(stream, limit), job.chunk_rows)
    if pooled is None:
        # (No compiling in a thread here: RE2's compiles hold the GIL for much of their time, so a
        # thread compiling every rule slowed the rows that need only a few: a one-row run took 0.55 s
        # with it, 0.32 s without; each rule's pattern is compiled when a row first needs it.)
        work.init(job.settings, job.options, tuple(r.sources), ROW_FORMATS[row_format(job.output_format)].render)
        results: Iterator[tuple[list[Item], list[work.Outcome]]] = ((c, work.process_chunk(c)) for c in chunks)
    else:
        results = pooled.results(chunks)
    with RunProgress(job.progress, stream.total_bytes) as progress:
        for chunk, outs in results:
            r.handle([(src, line) for src, line, _ in chunk], outs)
            if time.monotonic() - r.last_commit >= job.checkpoint_every:
                r.commit()
            progress.update(stream.position(), r.stats)
        progress.update(stream.total_bytes, r.stats, force=True)


def _loop_ranges(job: Job, r: _Run, pooled: _RangePool, workers: int, part_dir: Path) -> None:
    from .ranges import RANGE_MAX, plan, seek_lines

    sizes = [p.stat().st_size for p in job.inputs]
    if r.cursor is None:
        found = seek_lines(job.inputs, sizes, r.position)
        if found is None:
            raise InputError("the inputs hold fewer lines than the checkpoint has committed; rerun without --resume")
        r.cursor = found
    _remove_parts(part_dir)  # (a killed run's parts: redone from the checkpoint)
    try:
        part_dir.mkdir()
    except OSError as e:
        raise InputError(f"{part_dir}: cannot create: {e.strerror or e}") from None
    dead: set[int] = set()
    tasks = plan(job.inputs, sizes, (r.cursor[0], r.cursor[1]), workers, part_dir, job.output_format, dead,
                 job.range_bytes or RANGE_MAX)
    before = [sum(sizes[:i]) for i in range(len(sizes))]
    total = sum(sizes)
    with RunProgress(job.progress, total) as progress:
        for rng, res in pooled.ranges(tasks):
            if rng.src in dead:  # the rest of an input found unreadable
                Path(rng.part).unlink(missing_ok=True)
                continue
            r.apply_range(rng, res, dead)
            if time.monotonic() - r.last_commit >= job.checkpoint_every:
                r.commit()
            progress.update(before[rng.src] + rng.end, r.stats)
        progress.update(total, r.stats, force=True)
