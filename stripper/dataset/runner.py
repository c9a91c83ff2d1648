"""The dataset run: read → (worker pool) parse, strip, serialise → write, commit, resume.

The main process reads raw items, groups them into chunks and hands them to a process pool with
`imap` (ordered). At most a few chunks per worker are in flight, so memory stays flat however large
the input. Outcomes come back in input order; the main process writes rows and rejects and counts
them, and every `checkpoint_every` seconds commits: writers fsynced, then the checkpoint replaced.
A kill -9 at any instant loses at most the uncommitted tail, which `--resume` redoes."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..errors import UsageError
from ..parallel import WorkerDied, bounded_imap, make_pool
from ..settings import Settings
from . import work
from .checkpoint import Checkpoint, fingerprint
from .output import Output, existing_outputs, tmp_path
from .progress import RunProgress
from .readers import MAX_EXPANSION, InputStream, Item, parquet_schema
from .rejects import Rejects, record
from .stats import Stats

# A chunk closes at this many rows or bytes, whichever comes first: big enough that pickling and
# scheduling cost little per row, small enough to spread well over workers and keep memory low.
CHUNK_ROWS = 64
CHUNK_BYTES = 1 << 20
# Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
INFLIGHT_PER_WORKER = 4


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


def _output_schema(job: Job) -> Any:
    """Parquet output from Parquet input: the inputs' schema plus stripper's fields."""
    if job.output_format != "parquet" or any(f != "parquet" for f in job.input_formats):
        return None
    import pyarrow as pa

    schema = parquet_schema(job.inputs)
    out_field = job.options.output_field or job.options.text_field
    extra = [pa.field(out_field, pa.string())]
    if job.options.keep_removals:
        removal = pa.struct(
            [("start", pa.int64()), ("end", pa.int64()), ("code", pa.string()), ("category", pa.string()),
             ("text", pa.string()), ("reason", pa.string())]
        )
        extra.append(pa.field(job.options.removals_field, pa.list_(removal)))
    for f in extra:
        i = schema.get_field_index(f.name)
        schema = schema.set(i, f) if i >= 0 else schema.append(f)
    return schema


def _chunks(stream: InputStream, rows: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    size = 0
    for item in stream:
        chunk.append(item)
        payload = item[2]
        size += len(payload) if isinstance(payload, bytes) else 0
        if len(chunk) >= rows or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
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
        }
        self.ckpt = Checkpoint(job.checkpoint_path(), fingerprint(job.inputs, parts))
        self.stats = Stats()
        self.position = 0
        self.output: Output
        self.rejects: Rejects
        self.last_commit = time.monotonic()

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
                                 schema=_output_schema(job))
            self.rejects = Rejects(job.rejects_path())
            self.commit()  # a checkpoint exists from the start, so even an early kill resumes
            return None
        self.position = state["position"]
        self.stats = Stats.from_dict(state["stats"])
        self.output = Output(job.output, job.output_format, directory=job.directory, shard_size=job.shard_size,
                             schema=_output_schema(job), state=state["output"])
        self.rejects = Rejects(job.rejects_path(), state["rejects"])
        return state

    def _check_targets(self) -> None:
        job = self.job
        real_inputs = {os.path.realpath(p) for p in job.inputs}
        targets = [job.output] if not job.directory else []
        targets.append(job.rejects_path())
        for t in targets:
            if os.path.realpath(t) in real_inputs:
                raise UsageError(f"{t} is also an input; write the output somewhere else")
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
            raw = orjson.dumps(row, default=repr) if row is not None else b""
            small = raw.decode("utf-8") if len(raw) <= work.RAW_LIMIT else None
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
            {"position": self.position, "stats": self.stats.to_dict(), "output": ostate, "rejects": rstate, "done": done}
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
        self.output.rename_done()

    def finalize(self) -> None:
        if not self.stats.balanced or self.stats.rows_written != self.output.rows:
            raise RuntimeError(
                f"counts do not add up (read {self.stats.rows_read}, written {self.stats.rows_written}/"
                f"{self.output.rows}, rejected {self.stats.rows_rejected}); output left at its temporary name"
            )
        self.output.rename_done()
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
            if status == work.OUT:
                room = self.output.room()
                if room is not None and room - len(out_batch) <= 0:
                    self._flush(out_batch, rej_batch)
                    out_batch, rej_batch = [], []
                    self.rollover()
                self.position += 1
                stats.add_row(oc[2], oc[3], oc[4], oc[5], oc[6])
                out_batch.append(((src, line, oc[7], oc[1] if isinstance(oc[1], dict) else None), oc[1]))
            elif status == work.REJECT:
                self.position += 1
                kind, reason, raw, raw_bytes = oc[1]
                stats.add_reject(kind)
                rej_batch.append(record(self.sources[src], line, kind, reason, raw, raw_bytes, oc[7]))
            else:
                self.position += 1
                stats.blank_lines += 1
        self._flush(out_batch, rej_batch)

    def _flush(self, out_batch: list[tuple[Any, Any]], rej_batch: list[bytes]) -> None:
        failures = self.output.write(out_batch)
        self.rejects.write(rej_batch + self._writer_failures(failures))


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
        return make_pool(workers, work.init_worker, (self.job.settings, self.job.options))

    def results(self, chunks: Iterator[list[Item]]) -> Iterator[tuple[list[Item], list[work.Outcome]]]:
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


def run(job: Job) -> RunResult:
    """Run `job` to completion; raises UsageError/InputError with a one-line message on failure."""
    from .engines import check_engine

    check_engine(job.options.engine)
    t0 = time.monotonic()
    r = _Run(job)
    state = r.open()
    resumed_from = r.position
    if state is not None and state.get("done"):
        r.finalize()  # the earlier run finished its work; only renames were left
        return RunResult(r.stats, 0.0, resumed_from, r.output.rows, r.rejects.final if r.rejects.rows else None)
    stream = InputStream(job.inputs, job.input_formats, skip=r.position,
                         max_row_bytes=job.options.max_row_bytes, max_expansion=job.max_expansion)
    workers = max(1, job.workers)
    pooled = _Pooled(job, workers) if workers > 1 else None
    try:
        chunks = _chunks(stream, job.chunk_rows)
        if pooled is None:
            work.init(job.settings, job.options)
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
        if pooled is not None:
            pooled.close()
            pooled = None
        r.commit(done=True)
        r.finalize()
    except BaseException:
        r.output.abandon()
        r.rejects.abandon()
        raise
    finally:
        if pooled is not None:
            pooled.terminate()
    return RunResult(r.stats, time.monotonic() - t0, resumed_from, r.output.rows, r.rejects.final if r.rejects.rows else None)
