"""Per-site line counts in bounded memory, mergeable with `+`, and their file format.

Each site keeps a Misra–Gries summary of the fingerprints of its pages' lines: a table of at most
`size` entries (2 × size between compactions). A compaction keeps the `size` largest counts and
subtracts the next largest one from them; the amount subtracted is added to `err`. A site's size
grows with its pages: `per_page` entries a page, at least `capacity` and at most `limit` (0: no
scaling, `capacity` for every site), so a large site's counts stay exact as long as its pages
bring fewer than per_page / 2 new keys each, up to `limit`, where memory stops growing. So for
every line of a site

    true count − err  ≤  stored count  ≤  true count,   err ≤ N / (capacity + 1),

where N is the number of (page, distinct key) pairs counted for the site (a key: a line, or a line in its
zone of the page, `fingerprint.page_keys`). Counts only ever err
low: a line may be missed as template, never taken for one it is not. Two summaries merge by
adding counts and errors and compacting (Agarwal et al., "Mergeable summaries", 2012), so count
files of shards and machines add up with the same bound. A site's page count (`pages`) is exact.

Memory is bounded per site (at most 2 × max(capacity, limit) entries, whatever its number of pages), and in
all: with `max_entries` and a `spill_dir`, once the sites' tables hold more than `max_entries`
entries in all, they are written to a run file (sites sorted by name) and memory starts again
empty. The count file is the k-way merge of the runs, site by site (a site's summaries from
several runs add up as shards' do, with the same bound; exact while a site's table never
compacts), so memory stays flat in the number of documents and of sites: at most `max_entries`
plus one page's entries while counting, one site per run while merging. Count files are read and
merged the same way, as streams of sites sorted by name (`iter_file`, `merge_sorted`, `merge_to`).

Documents are counted once per distinct content (their exact text's hash): a page fetched twice,
or published at two URLs as print and AMP copies are, does not make its story lines recur. The
hashes seen live in a Bloom filter of fixed size; a false positive skips a page, which errs low
like the summary. (Copies counted in two separate count files are counted in each.)"""
from __future__ import annotations

import gzip
import heapq
import io
import itertools
import os
import shutil
import sys
import tempfile
from array import array
from base64 import b64decode, b64encode
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from ..errors import CountsError
from .fingerprint import VERSION

__all__ = ["CAPACITY", "FORMAT", "SEEN_BITS", "CountsError", "Seen", "SiteCounts", "TemplateCounts", "iter_file",
           "merge_files", "merge_sorted", "merge_to"]

FORMAT = "stripper-template-counts"

# Entries kept per site after a compaction (Settings.template_capacity is the same default).
CAPACITY = 16384
# Bits of the Bloom filter of documents seen (Settings.template_seen_bits is the same default).
SEEN_BITS = 1 << 26


# Adds one to each element's count in a dict, in C (collections' own counting loop, which
# Counter.update runs on a plain dict as on a Counter).
_count = Counter.update


@dataclass(slots=True)
class SiteCounts:
    """One site's summary: its distinct pages, and how many of them hold each line (a lower bound)."""

    capacity: int = CAPACITY  # entries kept at least (whatever the site's pages)
    pages: int = 0
    err: int = 0  # every stored count is at most this much below the true count
    counts: dict[int, int] = field(default_factory=dict)
    per_page: int = 0  # entries kept per page of the site (0: `capacity` for every site)
    limit: int = 0  # ... and at most this many (when per_page is set)

    @property
    def size(self) -> int:
        """Entries kept after a compaction: per_page × pages, within [capacity, limit]."""
        if not self.per_page:
            return self.capacity
        return max(self.capacity, min(self.per_page * self.pages, self.limit or self.per_page * self.pages))

    def add_page(self, fps: Iterable[int]) -> None:
        """Count one page; `fps` are its distinct line fingerprints."""
        self.pages += 1
        c = self.counts
        _count(c, fps)  # c[fp] += 1 for each, in C
        if len(c) > 2 * self.size:
            self.compact()

    def compact(self) -> None:
        """Keep at most `size` entries (see the module's docstring for the bound)."""
        c = self.counts
        size = self.size
        if len(c) <= size:
            return
        t = sorted(c.values(), reverse=True)[size]
        self.counts = {k: v - t for k, v in c.items() if v > t}
        self.err += t

    def empty(self) -> SiteCounts:
        """A summary of no pages with this one's sizes."""
        return SiteCounts(self.capacity, per_page=self.per_page, limit=self.limit)

    def __add__(self, other: SiteCounts) -> SiteCounts:
        if not isinstance(other, SiteCounts):
            return NotImplemented
        out = SiteCounts(max(self.capacity, other.capacity), self.pages + other.pages, self.err + other.err, dict(self.counts),
                         max(self.per_page, other.per_page), max(self.limit, other.limit))
        c = out.counts
        for k, v in other.counts.items():
            c[k] = c.get(k, 0) + v
        out.compact()
        return out

    def count(self, fp: int) -> int:
        return self.counts.get(fp, 0)


class Seen:
    """A Bloom filter of document hashes (3 probes), `bits` bits whatever the number of documents.
    With n documents the chance a new one is taken for seen is about (1 − e^(−3n/bits))³: under 0.5%
    up to bits/16 documents (4.2 million for the default of 2^26 bits, 8 MiB)."""

    __slots__ = ("bits", "data")

    def __init__(self, bits: int, data: bytes | None = None) -> None:
        self.bits = bits
        self.data = bytearray(data) if data is not None else bytearray((bits + 7) // 8)

    def add(self, digest: bytes) -> bool:
        """Record a 16-byte document hash; False when it (probably) was there already."""
        n = self.bits
        data = self.data
        new = False
        for i in (0, 5, 10):
            b = int.from_bytes(digest[i : i + 6], "little") % n
            byte, bit = b >> 3, 1 << (b & 7)
            if not data[byte] & bit:
                data[byte] |= bit
                new = True
        return new


@dataclass(slots=True)
class TemplateCounts:
    """Counts of every site of a crawl (or a shard of one). `+` merges two."""

    capacity: int = CAPACITY
    sites: dict[str, SiteCounts] = field(default_factory=dict)  # in memory (the runs hold the rest)
    documents: int = 0  # documents offered, duplicates and site-less ones included
    duplicates: int = 0  # documents skipped as copies of one already counted
    no_site: int = 0  # documents without a site (not counted)
    max_entries: int = 0  # spill the sites to a run once they hold more entries than this (0: never)
    spill_dir: Path | None = None  # where runs go (a temporary directory when None)
    runs: list[Path] = field(default_factory=list)  # spilled runs, sites sorted by name, in order
    held: int = 0  # entries in `sites`
    peak_held: int = 0  # the most `held` has been
    _own_dir: Path | None = None  # a temporary spill directory this object made (removed by close)
    per_page: int = 0  # the sites' summaries' sizes (SiteCounts.per_page, .limit)
    limit: int = 0

    def add(self, site: str | None, digest: bytes | None, keys: Iterable[int | None], seen: Seen | None = None,
            *, distinct: bool = False) -> bool:
        """Count one document of `site`: its keys (`fingerprint.page_keys`: each line, and each line
        in its zone of the page; None is skipped), once per distinct content when `seen` holds the hashes counted
        so far. `distinct`: the keys come distinct and without None already (pass one's workers make
        them so). True if it was counted."""
        self.documents += 1
        if site is None:
            self.no_site += 1
            return False
        if seen is not None and digest is not None and not seen.add(digest):
            self.duplicates += 1
            return False
        s = self.sites.get(site)
        if s is None:
            s = self.sites[site] = SiteCounts(self.capacity, per_page=self.per_page, limit=self.limit)
        if not distinct:
            keys = set(keys)
            keys.discard(None)  # type: ignore[attr-defined]
        before = len(s.counts)
        s.add_page(keys)  # type: ignore[arg-type]
        self.held += len(s.counts) - before
        if self.held > self.peak_held:
            self.peak_held = self.held
        if self.max_entries and self.held > self.max_entries:
            self.spill()
        return True

    @classmethod
    def for_settings(cls, settings: Any, **kw: Any) -> TemplateCounts:
        """Empty counts with `settings`' summary sizes (template_capacity, _per_page, _limit)."""
        return cls(settings.template_capacity, per_page=settings.template_capacity_per_page,
                   limit=settings.template_capacity_limit, **kw)

    def spill(self) -> None:
        """Write the sites in memory to a new run (sorted by name) and forget them."""
        if not self.sites:
            return
        if self.spill_dir is None:
            self.spill_dir = self._own_dir = Path(tempfile.mkdtemp(prefix="stripper-template-runs-"))
        path = self.spill_dir / f"run-{len(self.runs):05d}.gz"
        _write_atomic(path, self._header({}, len(self.sites)), self._memory_sites())
        self.runs.append(path)
        self.sites = {}
        self.held = 0

    def _memory_sites(self) -> Iterator[tuple[str, SiteCounts]]:
        for name in sorted(self.sites):
            yield name, self.sites[name]

    def iter_sites(self) -> Iterator[tuple[str, SiteCounts]]:
        """Every site's summary, sorted by name: the runs and memory merged, site by site."""
        if not self.runs:
            return self._memory_sites()
        return merge_sorted([*(iter_file(p)[1] for p in self.runs), self._memory_sites()])

    def close(self) -> None:
        """Remove the spill directory this object made (runs in a given `spill_dir` stay)."""
        if self._own_dir is not None:
            shutil.rmtree(self._own_dir, ignore_errors=True)
            self._own_dir = None

    def __add__(self, other: TemplateCounts) -> TemplateCounts:
        if not isinstance(other, TemplateCounts):
            return NotImplemented
        out = TemplateCounts(max(self.capacity, other.capacity), dict(self.sites),
                             self.documents + other.documents, self.duplicates + other.duplicates,
                             self.no_site + other.no_site, per_page=max(self.per_page, other.per_page),
                             limit=max(self.limit, other.limit))
        for name, s in other.sites.items():
            mine = out.sites.get(name)
            out.sites[name] = s + s.empty() if mine is None else mine + s
        return out

    def __radd__(self, other: Any) -> TemplateCounts:
        if other == 0:
            return self + TemplateCounts(self.capacity, per_page=self.per_page, limit=self.limit)
        return NotImplemented

    def compact(self) -> None:
        for s in self.sites.values():
            s.compact()
        self.held = sum(len(s.counts) for s in self.sites.values())

    @property
    def pages(self) -> int:
        return sum(s.pages for _, s in self.iter_sites())

    def _header(self, extra: dict[str, Any], sites: int) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "capacity": self.capacity, "capacity_per_page": self.per_page,
                "capacity_limit": self.limit, "sites": sites,
                "documents": self.documents, "duplicates": self.duplicates, "no_site": self.no_site, **extra}

    # -- files ----------------------------------------------------------------------------------
    def write(self, path: Path, extra: dict[str, Any] | None = None, *, memory_only: bool = False) -> int:
        """Write the counts (the runs merged in, unless `memory_only`) to `path` atomically: under a
        temporary name, fsynced, then renamed. Returns the number of sites written."""
        self.compact()
        sites = self._memory_sites() if memory_only else self.iter_sites()
        return _write_atomic(path, self._header(extra or {}, len(self.sites)), sites)

    @classmethod
    def read(cls, path: Path) -> tuple[TemplateCounts, dict[str, Any]]:
        """The counts in `path` (all in memory), and its header."""
        header, sites = iter_file(path)
        out = cls(int(header["capacity"]), {}, int(header.get("documents", 0)),
                  int(header.get("duplicates", 0)), int(header.get("no_site", 0)), **_sizes(header))
        for name, sc in sites:
            out.sites[name] = sc
        out.held = sum(len(x.counts) for x in out.sites.values())
        return out, header

    @classmethod
    def on_file(cls, path: Path, max_entries: int = 0, spill_dir: Path | None = None) -> TemplateCounts:
        """The counts of a count file, left on disk (read one site at a time by `iter_sites`)."""
        try:
            with open(path, "rb") as raw:
                header, _ = iter_file(raw, str(path))
        except FileNotFoundError:
            raise CountsError(f"{path}: no such count file") from None
        except OSError as e:
            raise CountsError(f"{path}: {e.strerror or e}") from None
        return cls(int(header["capacity"]), {}, int(header.get("documents", 0)), int(header.get("duplicates", 0)),
                   int(header.get("no_site", 0)), max_entries, spill_dir, [path], **_sizes(header))

    @classmethod
    def from_bytes(cls, blob: bytes, where: str = "count file") -> tuple[TemplateCounts, dict[str, Any]]:
        header, sites = iter_file(io.BytesIO(blob), where)
        out = cls(int(header["capacity"]), {}, int(header.get("documents", 0)),
                  int(header.get("duplicates", 0)), int(header.get("no_site", 0)), **_sizes(header))
        for name, sc in sites:
            out.sites[name] = sc
        return out, header


def _site_line(name: str, s: SiteCounts) -> bytes:
    keys = sorted(s.counts)
    fps = array("Q", keys)
    ns = array("I", [s.counts[k] for k in keys])
    if sys.byteorder != "little":  # pragma: no cover
        fps.byteswap()
        ns.byteswap()
    return orjson.dumps({"site": name, "pages": s.pages, "err": s.err,
                         "fp": b64encode(fps.tobytes()).decode("ascii"),
                         "n": b64encode(ns.tobytes()).decode("ascii")}, option=orjson.OPT_APPEND_NEWLINE)


def _write_atomic(path: Path, header: dict[str, Any], sites: Iterable[tuple[str, SiteCounts]]) -> int:
    """Write a count file of `sites` (sorted by name; a stream of any length) atomically; returns
    how many were written. The sites go to a second temporary file first, as their own gzip member,
    so the header with their number comes before them (readers see one stream)."""
    tmp = path.with_name(path.name + ".tmp-stripper")
    body = path.with_name(path.name + ".body-tmp-stripper")
    try:
        with open(body, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=3, mtime=0) as f:
            n = 0
            for name, s in sites:
                f.write(_site_line(name, s))
                n += 1
        with open(tmp, "wb") as raw:
            with gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=3, mtime=0) as f:
                f.write(orjson.dumps({**header, "sites": n}, option=orjson.OPT_APPEND_NEWLINE))
            with open(body, "rb") as b:
                shutil.copyfileobj(b, raw, 1 << 20)
            raw.flush()
            os.fsync(raw.fileno())
        body.unlink()
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        body.unlink(missing_ok=True)
        raise CountsError(f"{path}: cannot write: {e.strerror or e}") from None
    return n


def iter_file(source: Path | IO[bytes], where: str | None = None) -> tuple[dict[str, Any], Iterator[tuple[str, SiteCounts]]]:
    """A count file's header, and its sites (sorted by name) read one at a time."""
    where = where or str(source)
    try:
        if isinstance(source, (str, Path)):
            raw: IO[bytes] = open(source, "rb")  # closed by the iterator (or on_file)
        else:
            raw = source
    except FileNotFoundError:
        raise CountsError(f"{source}: no such count file") from None
    except OSError as e:
        raise CountsError(f"{source}: {e.strerror or e}") from None
    f = gzip.GzipFile(fileobj=raw, mode="rb")
    lines = (line for line in f if line.strip())
    try:
        try:
            header = orjson.loads(next(lines))
        except StopIteration:
            raise CountsError(f"{where}: empty count file") from None
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise CountsError(f"{where}: not a stripper template count file")
        if header.get("version") != VERSION:
            raise CountsError(f"{where}: counted with fingerprint version {header.get('version')}, not {VERSION}")
        capacity = int(header["capacity"])
        per_page, limit = _sizes(header).values()
    except CountsError:
        raw.close()
        raise
    except (OSError, EOFError, ValueError, KeyError, TypeError) as e:
        raw.close()
        raise CountsError(f"{where}: unreadable count file ({type(e).__name__}: {e})") from None

    def sites() -> Iterator[tuple[str, SiteCounts]]:
        try:
            for line in lines:
                row = orjson.loads(line)
                fps = array("Q")
                fps.frombytes(b64decode(row["fp"]))
                ns = array("I")
                ns.frombytes(b64decode(row["n"]))
                if sys.byteorder != "little":  # pragma: no cover
                    fps.byteswap()
                    ns.byteswap()
                if len(fps) != len(ns):
                    raise CountsError(f"{where}: site {row['site']!r} has {len(fps)} fingerprints and {len(ns)} counts")
                yield row["site"], SiteCounts(capacity, int(row["pages"]), int(row["err"]), dict(zip(fps, ns)), per_page, limit)
        except CountsError:
            raise
        except (OSError, EOFError, ValueError, KeyError, TypeError) as e:
            raise CountsError(f"{where}: unreadable count file ({type(e).__name__}: {e})") from None
        finally:
            raw.close()

    return header, sites()


def _sizes(header: dict[str, Any]) -> dict[str, int]:
    """A count file's sites' summary sizes (files written before sizes scaled have none: fixed)."""
    return {"per_page": int(header.get("capacity_per_page", 0)), "limit": int(header.get("capacity_limit", 0))}


def merge_sorted(streams: list[Iterator[tuple[str, SiteCounts]]]) -> Iterator[tuple[str, SiteCounts]]:
    """The k-way merge of streams of sites sorted by name: a site in several streams is the sum of
    its summaries, in stream order (as `TemplateCounts.__add__` adds them)."""
    keyed = [((name, k, s) for name, s in stream) for k, stream in enumerate(streams)]
    for name, group in itertools.groupby(heapq.merge(*keyed, key=lambda x: (x[0], x[1])), key=lambda x: x[0]):
        total: SiteCounts | None = None
        for _, _, s in group:
            total = s + s.empty() if total is None else total + s
        assert total is not None
        yield name, total


def merge_to(sources: list[tuple[Path | IO[bytes], str]], output: Path, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Merge count files into `output`, streaming (one site of each file in memory at a time);
    `sources` are (path or binary file, name for errors), in order. Returns the output's header."""
    if not sources:
        raise CountsError("no count files to merge")
    opened = [iter_file(src, where) for src, where in sources]
    headers = [h for h, _ in opened]
    capacity = max(int(h["capacity"]) for h in headers)
    header = {"format": FORMAT, "version": VERSION, "capacity": capacity,
              "capacity_per_page": max(_sizes(h)["per_page"] for h in headers),
              "capacity_limit": max(_sizes(h)["limit"] for h in headers), "sites": 0,
              **{k: sum(int(h.get(k, 0)) for h in headers) for k in ("documents", "duplicates", "no_site")}, **(extra or {})}
    header["sites"] = _write_atomic(output, header, merge_sorted([it for _, it in opened]))
    return header


def merge_files(paths: Iterable[Path]) -> TemplateCounts:
    """The sum of several count files, in memory (`merge_to` streams them into a file instead)."""
    total: TemplateCounts | None = None
    for p in paths:
        c, _ = TemplateCounts.read(p)
        total = c if total is None else total + c
    if total is None:
        raise CountsError("no count files to merge")
    return total
