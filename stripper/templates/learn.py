"""Pass one: count the inputs' lines per site, on all cores, resumable after kill -9.

The inputs are read as the dataset runner reads them (`dataset.readers.InputStream`: JSONL in any
compression, Parquet, rows bounded in size). Workers parse the rows and fingerprint their lines;
the main process adds each page to its site's counts (`counts.TemplateCounts`), in input order.
Every `checkpoint_every` seconds the counts so far, the Bloom filter of documents seen and the
number of items consumed are written (the counts and filter under a new generation's names, then
the small state file that names them, atomically), so `--resume` goes on from there.

Rows that cannot be read here (invalid JSON, no text, no site) are not counted: pass two rejects
or passes them as it always does."""
from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from ..parallel import WorkerDied, bounded_imap, make_pool
from ..settings import DEFAULT, Settings
from .counts import CountsError, Seen, TemplateCounts
from .fingerprint import document_hash, field_value, page_keys, site_of

CHUNK_ROWS = 64
INFLIGHT_PER_WORKER = 4

# One counted row: (site, document hash, line fingerprints), or None (not counted).
Counted = tuple[str, bytes, list[int | None]] | None


@dataclass(frozen=True, slots=True)
class CountOptions:
    text_field: str = "text"
    site_field: str = "url"
    format: str = "auto"
    engine: str = "trafilatura"
    max_row_bytes: int = 64 << 20


@dataclass
class LearnJob:
    inputs: list[Path]
    input_formats: list[str]
    options: CountOptions = field(default_factory=CountOptions)
    settings: Settings = DEFAULT
    workers: int = 1
    chunk_rows: int = CHUNK_ROWS
    checkpoint_every: float = 5.0
    progress: bool = True
    max_expansion: float = 100.0


def count_row(payload: Any, opts: CountOptions) -> Counted:
    """Fingerprint one raw item (a JSONL line's bytes or a Parquet row's dict)."""
    from ..dataset.readers import TooLarge

    if isinstance(payload, TooLarge):
        return None
    if isinstance(payload, bytes):
        line = payload.strip()
        if not line:
            return None
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError:
            try:
                row = json.loads(line)
            except (ValueError, RecursionError):
                return None
    else:
        row = payload
    if not isinstance(row, dict):
        return None
    value = row.get(opts.text_field)
    site = site_of(field_value(row, opts.site_field))
    if not isinstance(value, str) or site is None:
        return None
    try:
        from .apply import text_for_counting

        text = text_for_counting(value, opts.format, opts.engine)
    except Exception:  # pass two reports what fails to extract; pass one only counts what it can
        return None
    return site, document_hash(site, text), page_keys(text)


_opts = CountOptions()


def _init(opts: CountOptions) -> None:
    global _opts
    _opts = opts
    from ..parallel import die_with_parent as _die_with_parent

    _die_with_parent()


def count_chunk(chunk: list[tuple[int, int, Any]]) -> list[Counted]:
    opts = _opts
    return [count_row(payload, opts) for _, _, payload in chunk]


def _chunks(stream: Any, rows: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    size = 0
    for item in stream:
        chunk.append(item)
        size += len(item[2]) if isinstance(item[2], bytes) else 0
        if len(chunk) >= rows or size >= 1 << 20:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _State:
    """Pass one's resume state in a directory: counts-N.gz (the counts in memory at checkpoint N),
    seen-N.bin, the runs spilled so far (run-K.gz, immutable once written) and state.json naming N
    and the number of runs. When pass one is done, counts-N.gz holds every count, the runs merged."""

    def __init__(self, directory: Path, fp: str) -> None:
        from ..dataset.checkpoint import Checkpoint

        self.dir = directory
        self.ckpt = Checkpoint(directory / "state.json", fp)
        self.gen = 0

    def load(self, settings: Settings) -> tuple[int, bool, TemplateCounts, Seen] | None:
        state = self.ckpt.load()
        if state is None:
            return None
        self.gen = int(state["gen"])
        done = bool(state["done"])
        runs = int(state.get("runs", 0))
        try:
            path = self.dir / f"counts-{self.gen}.gz"
            if done:  # the whole count file: read one site at a time when needed
                counts = TemplateCounts.on_file(path, settings.template_max_entries, self.dir)
            else:
                counts, _ = TemplateCounts.read(path)
                counts.max_entries, counts.spill_dir = settings.template_max_entries, self.dir
                counts.runs = [self.dir / f"run-{k:05d}.gz" for k in range(runs)]
                for k in itertools.count(runs):  # spilled after the checkpoint: counted again
                    extra = self.dir / f"run-{k:05d}.gz"
                    if not extra.exists():
                        break
                    extra.unlink()
            seen = Seen(int(state["seen_bits"]), (self.dir / f"seen-{self.gen}.bin").read_bytes())
        except (CountsError, OSError) as e:
            from ..dataset.formats import InputError

            raise InputError(f"{self.dir}: unreadable template counts ({e}); rerun without --resume") from None
        return int(state["position"]), done, counts, seen

    def save(self, position: int, done: bool, counts: TemplateCounts, seen: Seen) -> None:
        import os

        from ..dataset.writers import fsync_dir

        gen = self.gen + 1
        path = self.dir / f"counts-{gen}.gz"
        counts.write(path, memory_only=not done)
        seen_path = self.dir / f"seen-{gen}.bin"
        with open(seen_path, "wb") as f:
            f.write(seen.data)
            f.flush()
            os.fsync(f.fileno())
        fsync_dir(self.dir)
        runs = counts.runs
        self.ckpt.save({"gen": gen, "position": position, "done": done, "seen_bits": seen.bits,
                        "runs": 0 if done else len(runs)})
        old, self.gen = self.gen, gen
        (self.dir / f"counts-{old}.gz").unlink(missing_ok=True)
        (self.dir / f"seen-{old}.bin").unlink(missing_ok=True)
        if done:  # the runs are merged into counts-N.gz, which stands for them from now on
            for r in runs:
                if r != path:
                    r.unlink(missing_ok=True)
            counts.sites, counts.held, counts.runs = {}, 0, [path]

class _Progress:
    """Pass one's progress bar on stderr (only on a terminal)."""

    def __init__(self, enabled: bool, total: int, label: str) -> None:
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        from ..console import err_console

        console = err_console()
        self.p = None
        if enabled and console.is_terminal:
            self.p = Progress(TextColumn(f"[bold]{label}"), BarColumn(), TaskProgressColumn(),
                              TextColumn("{task.fields[docs]:,} docs"), TimeRemainingColumn(),
                              console=console, transient=True)
            self.task = self.p.add_task(label, total=total or None, docs=0)
        self.last = 0.0

    def __enter__(self) -> _Progress:
        if self.p is not None:
            self.p.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.p is not None:
            self.p.stop()

    def update(self, position: int, docs: int, force: bool = False) -> None:
        now = time.monotonic()
        if self.p is None or (not force and now - self.last < 0.1):
            return
        self.last = now
        self.p.update(self.task, completed=position, docs=docs)


def _results(job: LearnJob, chunks: Iterator[list[Any]]) -> Iterator[tuple[list[Any], list[Counted]]]:
    """Counted rows per chunk, in order; in worker processes when `job.workers` > 1. A row that
    kills its worker (twice: the chunks in flight are redone one row at a time) is not counted."""
    if job.workers <= 1:
        global _opts
        _opts = job.options
        for c in chunks:
            yield c, count_chunk(c)
        return
    pool = make_pool(job.workers, _init, (job.options,))
    try:
        while True:
            try:
                yield from bounded_imap(pool, count_chunk, chunks, job.workers * INFLIGHT_PER_WORKER)
                return
            except WorkerDied as died:
                pool.terminate()
                for chunk in died.pending:
                    yield chunk, _isolated(job, chunk)
                pool = make_pool(job.workers, _init, (job.options,))
    finally:
        pool.terminate()


def _isolated(job: LearnJob, chunk: list[Any]) -> list[Counted]:
    out: list[Counted] = []
    for item in chunk:
        pool = make_pool(1, _init, (job.options,))
        try:
            ((_, (res,)),) = bounded_imap(pool, count_chunk, [[item]], 1)
        except WorkerDied:
            res = None
        finally:
            pool.terminate()
        out.append(res)
    return out


def learn(job: LearnJob, state_dir: Path | None = None, resume: bool = False) -> tuple[TemplateCounts, int]:
    """Count `job`'s inputs. With `state_dir`, checkpoint there and (with `resume`) go on from the
    last checkpoint. Returns the counts and how many items an earlier run had counted. The counts
    may be spilled to runs on disk (`Settings.template_max_entries`): read them with `iter_sites`,
    write them with `write`, and `close` them (without `state_dir` the runs are in a temporary
    directory)."""
    from ..dataset.checkpoint import fingerprint
    from ..dataset.readers import InputStream

    counts = TemplateCounts(job.settings.template_capacity, max_entries=job.settings.template_max_entries,
                            spill_dir=state_dir)
    seen = Seen(job.settings.template_seen_bits)
    position = 0
    state = None
    if state_dir is not None:
        state_dir.mkdir(parents=True, exist_ok=True)
        parts = {"formats": job.input_formats, "options": asdict(job.options),
                 "capacity": job.settings.template_capacity, "seen_bits": job.settings.template_seen_bits,
                 "max_entries": job.settings.template_max_entries}
        state = _State(state_dir, fingerprint(job.inputs, parts))
        loaded = state.load(job.settings) if resume else None
        if loaded is not None:
            position, done, counts, seen = loaded
            if done:
                return counts, position
    resumed_from = position
    stream = InputStream(job.inputs, job.input_formats, skip=position,
                         max_row_bytes=job.options.max_row_bytes, max_expansion=job.max_expansion)
    if state is not None and not resume:
        state.save(position, False, counts, seen)
    last = time.monotonic()
    with _Progress(job.progress, stream.total_bytes, "pass 1/2: counting lines per site") as progress:
        for chunk, outs in _results(job, _chunks(stream, job.chunk_rows)):
            for res in outs:
                if res is None:
                    counts.documents += 1
                    counts.no_site += 1
                else:
                    counts.add(res[0], res[1], res[2], seen)
            position += len(chunk)
            if state is not None and time.monotonic() - last >= job.checkpoint_every:
                state.save(position, False, counts, seen)
                last = time.monotonic()
            progress.update(stream.position(), counts.documents)
        progress.update(stream.total_bytes, counts.documents, force=True)
    if state is not None:
        state.save(position, True, counts, seen)
    return counts, resumed_from


def site_stats(counts: TemplateCounts, settings: Settings = DEFAULT) -> dict[str, Any]:
    """Per-site figures for --stats: distinct pages, template entries learned (lines and line pairs
    on at least `template_min_pages` pages), the count's error bound."""
    floor = max(1, settings.template_min_pages)
    sites = {}
    for name, s in counts.iter_sites():  # one site at a time
        kept = sum(n >= floor for n in s.counts.values()) if s.pages >= floor else 0
        sites[name] = {"pages": s.pages, "candidate_lines": kept, "count_error": s.err}
    return {"documents": counts.documents, "duplicates": counts.duplicates, "no_site": counts.no_site,
            "sites": sites}


def file_digest(path: Path) -> str:
    """The sha256 of a file, read in blocks."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def with_templates(options: Any, path: Path, compiled_dir: Path, settings: Settings = DEFAULT) -> Any:
    """The dataset WorkOptions with `path`'s templates applied by the workers: the count file is
    compiled once, here, into `compiled_dir` (streaming, one site at a time), and the workers map
    the compiled file. Its name holds the count file's digest and the threshold it was compiled
    with, so a resumed run finds the same options."""
    from .apply import compile_file

    digest = file_digest(path)
    compiled_dir.mkdir(parents=True, exist_ok=True)
    from .apply import compile_floor

    compiled = compiled_dir / f"templates-{digest[:16]}-{max(1, settings.template_min_pages)}-{compile_floor(settings)}.bin"
    if not compiled.exists():
        compile_file(TemplateCounts.on_file(path).iter_sites(), compiled, settings)
    return replace(options, templates=str(compiled), templates_digest=digest)
