"""Per-site line counts in bounded memory, mergeable with `+`, and their file format.

Each site keeps a Misra–Gries summary of the fingerprints of its pages' lines: a table of at most
`capacity` entries (2 × capacity between compactions). A compaction keeps the `capacity` largest
counts and subtracts the next largest one from them; the amount subtracted is added to `err`. So
for every line of a site

    true count − err  ≤  stored count  ≤  true count,   err ≤ N / (capacity + 1),

where N is the number of (page, distinct line) pairs counted for the site. Counts only ever err
low: a line may be missed as template, never taken for one it is not. Two summaries merge by
adding counts and errors and compacting (Agarwal et al., "Mergeable summaries", 2012), so count
files of shards and machines add up with the same bound. A site's page count (`pages`) is exact.

Memory is bounded per site (at most 2 × capacity entries, whatever its number of pages), so it
stays flat as a crawl of the same sites grows; it grows with the number of sites, at most
2 × capacity entries each (a site of 3 pages holds only its own few hundred lines).

Documents are counted once per distinct content (their exact text's hash): a page fetched twice,
or published at two URLs as print and AMP copies are, does not make its story lines recur. The
hashes seen live in a Bloom filter of fixed size; a false positive skips a page, which errs low
like the summary. (Copies counted in two separate count files are counted in each.)"""
from __future__ import annotations

import gzip
import io
import os
import sys
from array import array
from base64 import b64decode, b64encode
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from ..errors import CountsError
from .fingerprint import VERSION, pair_keys

__all__ = ["CAPACITY", "FORMAT", "SEEN_BITS", "CountsError", "Seen", "SiteCounts", "TemplateCounts", "merge_files"]

FORMAT = "stripper-template-counts"

# Entries kept per site after a compaction (Settings.template_capacity is the same default).
CAPACITY = 1024
# Bits of the Bloom filter of documents seen (Settings.template_seen_bits is the same default).
SEEN_BITS = 1 << 26


@dataclass(slots=True)
class SiteCounts:
    """One site's summary: its distinct pages, and how many of them hold each line (a lower bound)."""

    capacity: int = CAPACITY
    pages: int = 0
    err: int = 0  # every stored count is at most this much below the true count
    counts: dict[int, int] = field(default_factory=dict)

    def add_page(self, fps: Iterable[int]) -> None:
        """Count one page; `fps` are its distinct line fingerprints."""
        self.pages += 1
        c = self.counts
        get = c.get
        for fp in fps:
            c[fp] = get(fp, 0) + 1
        if len(c) > 2 * self.capacity:
            self.compact()

    def compact(self) -> None:
        """Keep at most `capacity` entries (see the module's docstring for the bound)."""
        c = self.counts
        if len(c) <= self.capacity:
            return
        t = sorted(c.values(), reverse=True)[self.capacity]
        self.counts = {k: v - t for k, v in c.items() if v > t}
        self.err += t

    def __add__(self, other: SiteCounts) -> SiteCounts:
        if not isinstance(other, SiteCounts):
            return NotImplemented
        out = SiteCounts(max(self.capacity, other.capacity), self.pages + other.pages, self.err + other.err, dict(self.counts))
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
    sites: dict[str, SiteCounts] = field(default_factory=dict)
    documents: int = 0  # documents offered, duplicates and site-less ones included
    duplicates: int = 0  # documents skipped as copies of one already counted
    no_site: int = 0  # documents without a site (not counted)

    def add(self, site: str | None, digest: bytes | None, fps: Iterable[int | None], seen: Seen | None = None) -> bool:
        """Count one document of `site`: its lines' fingerprints (None for lines without one), in
        order, and each line's pair with the line before it (`fingerprint.pair_keys`); once per
        distinct content when `seen` holds the hashes counted so far. True if it was counted."""
        self.documents += 1
        if site is None:
            self.no_site += 1
            return False
        if seen is not None and digest is not None and not seen.add(digest):
            self.duplicates += 1
            return False
        s = self.sites.get(site)
        if s is None:
            s = self.sites[site] = SiteCounts(self.capacity)
        fps = list(fps)
        distinct = set(fps)
        distinct.discard(None)
        distinct.update(pair_keys(fps))
        s.add_page(distinct)  # type: ignore[arg-type]
        return True

    def __add__(self, other: TemplateCounts) -> TemplateCounts:
        if not isinstance(other, TemplateCounts):
            return NotImplemented
        out = TemplateCounts(max(self.capacity, other.capacity), dict(self.sites),
                             self.documents + other.documents, self.duplicates + other.duplicates,
                             self.no_site + other.no_site)
        for name, s in other.sites.items():
            mine = out.sites.get(name)
            out.sites[name] = s + SiteCounts(s.capacity) if mine is None else mine + s
        return out

    def __radd__(self, other: Any) -> TemplateCounts:
        if other == 0:
            return self + TemplateCounts(self.capacity)
        return NotImplemented

    def compact(self) -> None:
        for s in self.sites.values():
            s.compact()

    @property
    def pages(self) -> int:
        return sum(s.pages for s in self.sites.values())

    # -- files ----------------------------------------------------------------------------------
    def to_bytes(self, extra: dict[str, Any] | None = None) -> bytes:
        """The count file's bytes: gzip'd JSON lines, a header, then one line per site, sorted
        (fingerprints and counts as base64 of little-endian uint64 and uint32 arrays)."""
        buf = io.BytesIO()
        with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=3, mtime=0) as f:
            self._dump(f, extra or {})
        return buf.getvalue()

    def write(self, path: Path, extra: dict[str, Any] | None = None) -> None:
        """Write the counts to `path` atomically: under a temporary name, fsynced, then renamed."""
        blob = self.to_bytes(extra)
        tmp = path.with_name(path.name + ".tmp-stripper")
        try:
            with open(tmp, "wb") as raw:
                raw.write(blob)
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(tmp, path)
        except OSError as e:
            tmp.unlink(missing_ok=True)
            raise CountsError(f"{path}: cannot write: {e.strerror or e}") from None

    def _dump(self, f: IO[bytes], extra: dict[str, Any]) -> None:
        self.compact()
        header = {"format": FORMAT, "version": VERSION, "capacity": self.capacity, "sites": len(self.sites),
                  "documents": self.documents, "duplicates": self.duplicates, "no_site": self.no_site, **extra}
        f.write(orjson.dumps(header, option=orjson.OPT_APPEND_NEWLINE))
        for name in sorted(self.sites):
            s = self.sites[name]
            keys = sorted(s.counts)
            fps = array("Q", keys)
            ns = array("I", [s.counts[k] for k in keys])
            if sys.byteorder != "little":  # pragma: no cover
                fps.byteswap()
                ns.byteswap()
            f.write(orjson.dumps({"site": name, "pages": s.pages, "err": s.err,
                                  "fp": b64encode(fps.tobytes()).decode("ascii"),
                                  "n": b64encode(ns.tobytes()).decode("ascii")}, option=orjson.OPT_APPEND_NEWLINE))

    @classmethod
    def read(cls, path: Path) -> tuple[TemplateCounts, dict[str, Any]]:
        """The counts in `path`, and its header."""
        try:
            blob = Path(path).read_bytes()
        except FileNotFoundError:
            raise CountsError(f"{path}: no such count file") from None
        except OSError as e:
            raise CountsError(f"{path}: {e.strerror or e}") from None
        return cls.from_bytes(blob, str(path))

    @classmethod
    def from_bytes(cls, blob: bytes, where: str = "count file") -> tuple[TemplateCounts, dict[str, Any]]:
        try:
            lines = _lines(gzip.decompress(blob))
            try:
                header = orjson.loads(next(lines))
            except StopIteration:
                raise CountsError(f"{where}: empty count file") from None
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise CountsError(f"{where}: not a stripper template count file")
            if header.get("version") != VERSION:
                raise CountsError(f"{where}: counted with fingerprint version {header.get('version')}, not {VERSION}")
            out = cls(int(header["capacity"]), {}, int(header.get("documents", 0)),
                      int(header.get("duplicates", 0)), int(header.get("no_site", 0)))
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
                out.sites[row["site"]] = SiteCounts(out.capacity, int(row["pages"]), int(row["err"]), dict(zip(fps, ns)))
        except CountsError:
            raise
        except (OSError, EOFError, ValueError, KeyError, TypeError) as e:
            raise CountsError(f"{where}: unreadable count file ({type(e).__name__}: {e})") from None
        return out, header


def _lines(data: bytes) -> Iterator[bytes]:
    for line in data.split(b"\n"):
        if line.strip():
            yield line


def merge_files(paths: Iterable[Path]) -> TemplateCounts:
    """The sum of several count files (they must share a capacity and a fingerprint version)."""
    total: TemplateCounts | None = None
    for p in paths:
        c, _ = TemplateCounts.read(p)
        total = c if total is None else total + c
    if total is None:
        raise CountsError("no count files to merge")
    return total
