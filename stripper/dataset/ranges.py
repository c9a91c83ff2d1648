"""Byte ranges: a run on several cores where the workers read and write the rows themselves.

With more than one worker and plain JSONL inputs, the main process does not touch rows at all. It
cuts the inputs into byte ranges of whole lines (a seek and a short read at each cut, to the next
line start), and hands each range to a worker, which reads its lines from the file, strips them,
writes its output rows to a part file of its own and returns what the main process needs in order:
how many lines the range held, its statistics, its rejects (with line numbers counted from the
range's start) and what the wrong-field check needs. The main process takes the ranges back in
input order, appends each part to the output (in the kernel: copy_file_range), writes the rejects
with their line numbers, adds up the statistics, and commits as a run of chunks does. So rows come
out in input order, a kill -9 at any instant loses at most the uncommitted tail, and --resume
continues from the checkpoint's cursor (the input file, byte offset and line number of the next
range) whatever the number of workers.

Ranges shrink as the run nears its end (a share of the bytes still left), so the workers finish
together: big ranges while much is left (little bookkeeping), small ones at the end (no worker idle
while another finishes a big one)."""
from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from . import work
from .readers import read_lines
from .stats import Stats
from .writers import compressor, create_exclusive

# A range holds about this share of the bytes left (over the workers), within these bounds.
RANGES_PER_WORKER = 4
RANGE_MIN = 64 << 10
RANGE_MAX = 8 << 20
# Output rows are written to the part file in batches of this many.
_BATCH = 128


@dataclass(frozen=True, slots=True)
class Range:
    """Lines of input `src` from byte `start` to `end` (both at line starts, or the file's end), whose
    output rows go to the file `part` in the output format `fmt`."""

    index: int
    src: int
    start: int
    end: int
    part: str
    fmt: str


@dataclass(slots=True)
class RangeResult:
    lines: int  # lines read (every item: blank lines and too-large rows included)
    rows: int  # rows written to the part
    stats: Stats
    # (line within the range, from 1; kind, reason, raw, raw_bytes, row id), in order
    rejects: list[tuple[int, str, str, Any, int | None, Any]]
    leading_misses: int  # missing-field rejects before the first row that had the field (or failed otherwise)
    first_miss: str
    field_seen: bool  # a row had the field (or failed otherwise): the field is right
    bad: tuple[int, str] | None = None  # the range could not be read to its end: (lines read, why)
    written: bool = False  # the part file exists


def next_line_start(f: IO[bytes], pos: int, size: int) -> int:
    """The first line start at or after byte `pos` of the file `f` (`size` at its end)."""
    if pos <= 0:
        return 0
    if pos >= size:
        return size
    f.seek(pos - 1)
    at = pos - 1
    while True:
        block = f.read(1 << 16)
        if not block:
            return size
        i = block.find(b"\n")
        if i >= 0:
            return min(size, at + i + 1)
        at += len(block)


def plan(paths: list[Path], sizes: list[int], cursor: tuple[int, int], workers: int, part_dir: Path, fmt: str,
         skip_sources: set[int], range_max: int = RANGE_MAX) -> Iterator[Range]:
    """The ranges from `cursor` (input, byte offset) to the end of the last input, in order; the
    inputs in `skip_sources` (found unreadable meanwhile) get no more ranges."""
    src0, offset0 = cursor
    left = sum(sizes[src0:]) - offset0
    index = 0
    for src in range(src0, len(paths)):
        start = offset0 if src == src0 else 0
        size = sizes[src]
        if start >= size:
            continue
        with open(paths[src], "rb", buffering=0) as f:
            while start < size and src not in skip_sources:
                want = min(range_max, max(RANGE_MIN, left // (workers * RANGES_PER_WORKER)))
                end = size if start + want >= size else next_line_start(f, start + want, size)
                yield Range(index, src, start, end, str(part_dir / f"range-{index:07d}"), fmt)
                left -= end - start
                start = end
                index += 1
        left -= size - start  # (what a skipped input had left)


def seek_lines(paths: list[Path], sizes: list[int], position: int) -> tuple[int, int, int] | None:
    """(input, byte offset, line number) after the first `position` lines of the inputs (counted as
    the reader counts them: the last line of a file may lack its newline); None if they hold fewer."""
    left = position
    for src, (path, size) in enumerate(zip(paths, sizes)):
        if left == 0:
            return (src, 0, 0)
        with open(path, "rb") as f:
            offset = 0
            lines = 0
            while offset < size:
                block = f.read(min(1 << 20, size - offset))
                if not block:
                    break
                n = block.count(b"\n")
                if n < left:
                    left -= n
                    lines += n
                    offset += len(block)
                    continue
                i = -1
                for _ in range(left):
                    i = block.index(b"\n", i + 1)
                return (src, offset + i + 1, lines + left)
            if offset > 0 and not _ends_with_newline(f, size):
                left -= 1  # the last line, without its newline
                if left == 0:
                    return (src, size, lines + 1)
    return (len(paths), 0, 0) if left == 0 else None


def _ends_with_newline(f: IO[bytes], size: int) -> bool:
    f.seek(size - 1)
    return f.read(1) == b"\n"


class _Window(io.RawIOBase):
    """Bytes `start` to `end` of an open file, read with pread (the file's own offset is not used)."""

    def __init__(self, fd: int, start: int, end: int) -> None:
        self.fd, self.pos, self.end = fd, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = min(len(b), self.end - self.pos)
        if n <= 0:
            return 0
        data = os.pread(self.fd, n, self.pos)
        m = len(data)
        b[:m] = data
        self.pos += m
        return m


class _Part:
    """A range's output rows, in the run's output format (a gzip member or zstd frame of its own:
    concatenated, they are one valid file)."""

    def __init__(self, path: str, fmt: str) -> None:
        self.file = create_exclusive(Path(path))
        self.stream: Any = compressor(self.file, fmt) if fmt in ("jsonl.gz", "jsonl.zst") else self.file

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def close(self) -> None:
        if self.stream is not self.file:
            self.stream.close()
        self.file.close()


def process_range(task: Range) -> RangeResult:
    """In a worker: every line of the range stripped, its output rows written to the range's part."""
    opts, settings, sources, render = work._options, work._settings, work._sources, work._render
    path = sources[task.src]
    source = path if opts.source_field else None
    stats = Stats()
    rejects: list[tuple[int, str, str, Any, int | None, Any]] = []
    res = RangeResult(0, 0, stats, rejects, 0, "", False)
    part: _Part | None = None
    batch: list[bytes] = []
    OUT, REJECT, DROP, BLANK = work.OUT, work.REJECT, work.DROP, work.BLANK
    process_item = work.process_item
    lines = 0
    try:
        try:
            raw = open(path, "rb", buffering=0)
        except OSError as e:
            res.bad = (0, f"{path}: unreadable after line {{line}}: {e.strerror or e}")
            return res
        with raw:
            window = _Window(raw.fileno(), task.start, task.end)
            stream = io.BufferedReader(window, 1 << 20)
            try:
                for payload in read_lines(stream, opts.max_row_bytes):
                    lines += 1
                    oc = process_item(payload, opts, settings, source, render)
                    status = oc[0]
                    if status == OUT:
                        stats.add_row(oc[2], oc[3], oc[4], oc[5], oc[6])
                        if len(oc) > 8 and oc[8] is not None:
                            stats.add_site(*oc[8])
                        batch.append(oc[1])
                        if len(batch) >= _BATCH:
                            if part is None:
                                part = _Part(task.part, task.fmt)
                            part.write(b"".join(batch))
                            res.rows += len(batch)
                            batch = []
                    elif status == REJECT:
                        kind, reason, raw_text, raw_bytes = oc[1]
                        stats.add_reject(kind)
                        rejects.append((lines, kind, reason, raw_text, raw_bytes, oc[7]))
                    elif status == DROP:
                        stats.add_drop(oc[2], oc[3], oc[4], oc[5], oc[6])
                        if len(oc) > 8 and oc[8] is not None:
                            stats.add_site(*oc[8])
                    elif status == BLANK:
                        stats.blank_lines += 1
                    if not res.field_seen and status != BLANK:
                        if status == REJECT and oc[1][0] == "missing-field":
                            if not res.leading_misses:
                                res.first_miss = oc[1][1]
                            res.leading_misses += 1
                        else:
                            res.field_seen = True
                if window.pos < task.end:
                    res.bad = (lines, f"{path}: unreadable after line {{line}}: the file ended early (it shrank during the run)")
            except OSError as e:
                res.bad = (lines, f"{path}: unreadable after line {{line}}: {e.strerror or e}")
            if batch:
                if part is None:
                    part = _Part(task.part, task.fmt)
                part.write(b"".join(batch))
                res.rows += len(batch)
    finally:
        if part is not None:
            part.close()
            res.written = True
        res.lines = lines
    return res
