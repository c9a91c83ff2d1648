"""Pass two: remove the lines a site's pages share, then clean the rest as usual.

`Templates` is what the counts compile to for applying: per site, its page count and the lines
counted on at least `template_min_pages` of its pages (a small fraction of the counts). A document's
line is removed (TPL001) when it is on at least

- `template_edge_share` of the site's pages, at the head or the tail of the page, or
- `template_region_share` of them, inside the story's region: from the first to the last line
  that is not a template candidate at the lower share,

and always on at least `template_min_pages` pages. In the page's opening (up to its first line
of `template_opening_words` words that is not a candidate) a line must also be on at least
`template_min_pages` pages in the zone of the page it is in here (before or after the middle of
the page's text, `fingerprint.text_zones`): a line the site prints after the story elsewhere, such
as a story's headline that a "most read" box shows, is this page's own where it opens the story
(after the template's head, or after a copy's own first line, "Printed from ..."); it stays, and
the story's region starts there at the latest; the same line again inside the story's region
(the story repeating its headline) stays too. After the story, beyond the template's closing block
(two template lines in a row), a box of two or more lines goes by its place: each on at least
`template_box_min_pages` pages in the tail zone, one of them on `template_min_pages` (a rolling
"most read" box shows each headline on a few pages only).

The template goes first, then the per-document rules on what is left (without the page pass in
`page="auto"` mode once a template took lines: the page's furniture is known, and the page pass
would only guess it again, taking story lines with it); their removals are composed back onto
the same input, so spans, codes and reasons cover the whole document."""
from __future__ import annotations

import math
import mmap
import os
import shutil
import struct
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from ..context import Decision
from ..engine import assemble, compose, enabled_rules
from ..errors import CountsError
from ..model import Result
from ..pipeline import clean
from ..segment import split_lines
from ..settings import DEFAULT, Settings
from .counts import SiteCounts, TemplateCounts
from .fingerprint import TAIL, VERSION, text_zones, zone_key
from .rule import RULES

CODE = "TPL001"
_BY_CODE = {r.code: r for r in RULES}


@dataclass(frozen=True, slots=True)
class SiteTemplate:
    """One site's template: its page count, the count's error bound, and its keys (lines, and lines
    in a zone of the page, on at least `template_min_pages` pages) with their counts, as two sorted
    numpy arrays (views into the compiled file, `Templates`)."""

    pages: int
    err: int  # counts may be this much below the truth (never above)
    keys: np.ndarray  # uint64, sorted
    ns: np.ndarray  # uint32: pages holding each key

    def __len__(self) -> int:
        return len(self.keys)

    def lookup(self, keys: list[int]) -> list[int]:
        """The count of each key (0 for a key not in the template)."""
        if not keys:
            return []
        q = np.array(keys, dtype=np.uint64)
        i = np.searchsorted(self.keys, q)
        i[i == len(self.keys)] = 0
        return np.where(self.keys[i] == q, self.ns[i], 0).tolist()


# The compiled file: a header, then per site (sorted by name) the offset of its name and of its
# entries, its page count and error bound, then every site's keys and counts, then the names.
_MAGIC = b"STRPTPL1"
_HEAD = struct.Struct("<8sIIQQQ")  # magic, min_pages, fingerprint version, sites, entries, names' bytes
_CACHE = 256  # sites looked up recently, per process


def _pad(n: int) -> int:
    return -n % 8


class Templates:
    """The learned templates of a crawl's sites, ready to apply: one flat buffer, as `compile_file`
    writes it (sites sorted by name, each with its sorted keys and counts). A file is mapped
    (`open`), not read, so the dataset runner's workers share one copy of it in the page cache, and
    a worker's memory does not grow with the number of sites; `get` finds a site by binary search."""

    __slots__ = ("_buf", "_entry_off", "_err", "_keys", "_name_off", "_names", "_ns", "_pages", "_recent", "min_pages", "sites_count")

    def __init__(self, buf: Any) -> None:
        magic, self.min_pages, version, n, entries, names = _HEAD.unpack_from(buf, 0)
        if magic != _MAGIC or version != VERSION:
            raise CountsError("not a compiled stripper template file (or from another version)")
        self._buf, self.sites_count = buf, n
        pos = _HEAD.size + _pad(_HEAD.size)

        def take(dtype: Any, count: int) -> np.ndarray:
            nonlocal pos
            a = np.frombuffer(buf, dtype=dtype, count=count, offset=pos)
            pos += a.nbytes + _pad(a.nbytes)
            return a

        self._name_off, self._entry_off = take("<u8", n + 1), take("<u8", n + 1)
        self._pages, self._err = take("<u4", n), take("<u4", n)
        self._keys, self._ns = take("<u8", entries), take("<u4", entries)
        self._names = memoryview(buf)[pos : pos + names]
        self._recent: dict[str, SiteTemplate | None] = {}

    @classmethod
    def compile(cls, counts: TemplateCounts, settings: Settings = DEFAULT) -> Templates:
        return cls.from_sites(counts.iter_sites(), settings)

    @classmethod
    def from_sites(cls, sites: Iterable[tuple[str, SiteCounts]], settings: Settings = DEFAULT) -> Templates:
        """The templates of a stream of sites' counts sorted by name, compiled to a temporary file
        that is mapped (and gone from the disk once its mapping is)."""
        with tempfile.TemporaryDirectory(prefix="stripper-templates-") as tmp:
            path = Path(tmp) / "templates.bin"
            compile_file(sites, path, settings)
            return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> Templates:
        """A compiled file (`compile_file`), mapped read-only."""
        try:
            with open(path, "rb") as f:
                return cls(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))
        except OSError as e:
            raise CountsError(f"{path}: {e.strerror or e}") from None

    def __len__(self) -> int:
        return self.sites_count

    def names(self) -> Iterator[str]:
        off, names = self._name_off, self._names
        for i in range(self.sites_count):
            yield bytes(names[int(off[i]) : int(off[i + 1])]).decode("utf-8", "surrogatepass")

    def get(self, site: str) -> SiteTemplate | None:
        """The template of `site`, or None."""
        recent = self._recent
        if site in recent:
            return recent[site]
        want = site.encode("utf-8", "surrogatepass")
        off, names = self._name_off, self._names
        lo, hi = 0, self.sites_count
        while lo < hi:  # names are sorted as str sorts, which their UTF-8 bytes sort alike
            mid = (lo + hi) // 2
            if bytes(names[int(off[mid]) : int(off[mid + 1])]) < want:
                lo = mid + 1
            else:
                hi = mid
        out = None
        if lo < self.sites_count and bytes(names[int(off[lo]) : int(off[lo + 1])]) == want:
            a, b = int(self._entry_off[lo]), int(self._entry_off[lo + 1])
            out = SiteTemplate(int(self._pages[lo]), int(self._err[lo]), self._keys[a:b], self._ns[a:b])
        if len(recent) >= _CACHE:
            recent.clear()
        recent[site] = out
        return out

    def lines(self) -> int:
        return len(self._keys)


def compile_floor(settings: Settings) -> int:
    """The fewest pages a compiled key is on: `template_min_pages`, or fewer for a box's lines
    (`template_box_min_pages`)."""
    return max(1, min(settings.template_min_pages, settings.template_box_min_pages))


def template_entries(s: SiteCounts, floor: int, min_pages: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A site's template: its keys on at least `floor` pages, sorted, and their counts (none for a
    site of fewer than `min_pages` pages, `floor` unless given)."""
    if s.pages < max(floor, min_pages or 0):
        return np.empty(0, np.uint64), np.empty(0, np.uint32)
    kept = sorted(fp for fp, n in s.counts.items() if n >= floor)
    return np.array(kept, dtype=np.uint64), np.array([s.counts[k] for k in kept], dtype=np.uint32)


def compile_file(sites: Iterable[tuple[str, SiteCounts]], path: Path, settings: Settings = DEFAULT) -> int:
    """Compile a stream of sites' counts, sorted by name, into the flat file `Templates` maps,
    streaming (one site in memory at a time), atomically. Only keys on `compile_floor` pages of a
    site of `template_min_pages` pages stay; sites without any are left out. Returns the number of
    sites written."""
    floor = compile_floor(settings)
    min_pages = max(1, settings.template_min_pages)
    parts = [path.with_name(f"{path.name}.{k}.tmp-stripper") for k in ("name", "entry", "pages", "err", "keys", "ns", "names")]
    tmp = path.with_name(path.name + ".tmp-stripper")
    files = [open(x, "wb") for x in parts]
    name_f, entry_f, pages_f, err_f, keys_f, ns_f, names_f = files
    n = entries = nbytes = 0
    last: bytes | None = None
    try:
        try:
            name_f.write(struct.pack("<Q", 0))
            entry_f.write(struct.pack("<Q", 0))
            for name, s in sites:
                keys, ns = template_entries(s, floor, min_pages)
                if not len(keys):
                    continue
                b = name.encode("utf-8", "surrogatepass")
                if last is not None and b <= last:
                    raise ValueError(f"sites must come sorted by name: {name!r} after {last.decode('utf-8', 'replace')!r}")
                last = b
                names_f.write(b)
                nbytes += len(b)
                entries += len(keys)
                n += 1
                name_f.write(struct.pack("<Q", nbytes))
                entry_f.write(struct.pack("<Q", entries))
                pages_f.write(struct.pack("<I", min(s.pages, 0xFFFFFFFF)))
                err_f.write(struct.pack("<I", min(s.err, 0xFFFFFFFF)))
                keys_f.write(keys.astype("<u8").tobytes())
                ns_f.write(ns.astype("<u4").tobytes())
        finally:
            for f in files:
                f.close()
        with open(tmp, "wb") as out:
            out.write(_HEAD.pack(_MAGIC, floor, VERSION, n, entries, nbytes) + bytes(_pad(_HEAD.size)))
            for part in parts:
                size = part.stat().st_size
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
                out.write(bytes(_pad(size)))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise CountsError(f"{path}: cannot write: {e.strerror or e}") from None
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return n


def _enabled(settings: Settings) -> bool:
    return any(r.code == CODE for r in enabled_rules(settings))


def template_decisions(lines: list[str], fps: list[int | None], zones: list[int], site: str, tpl: SiteTemplate,
                       settings: Settings) -> list[Decision | None]:
    """TPL001 decisions for the lines of one document of `site` (None: not template); `fps` and
    `zones` are the lines' fingerprints and zones (`fingerprint.text_zones`)."""
    pages = tpl.pages
    floor = max(1, settings.template_min_pages)
    edge = max(floor, math.ceil(settings.template_edge_share * pages))
    region = max(floor, math.ceil(settings.template_region_share * pages))
    # Pages holding each line (-1: no words), and holding it in the zone it is in on this page (0
    # when below template_min_pages: not compiled).
    with_words = [(i, fp) for i, fp in enumerate(fps) if fp is not None]
    found = tpl.lookup([fp for _, fp in with_words] + [zone_key(fp, zones[i]) for i, fp in with_words])
    counts, here = [-1] * len(fps), [-1] * len(fps)
    k = len(with_words)
    for j, (i, _) in enumerate(with_words):
        counts[i], here[i] = found[j], found[k + j]
    # The story's region: from the first to the last line with words that is not a candidate.
    story = [i for i, n in enumerate(counts) if 0 <= n < edge]
    out: list[Decision | None] = [None] * len(lines)
    if not story:
        # Every line with words is on many of the site's pages: an index or tag page, or a page
        # whose copies escaped the count's deduplication. Stories lost matter more: keep it.
        return out
    first, last = story[0], story[-1]
    # A box after the story (the site's "most read" headlines of the week): lines on few of the site's
    # pages in all, but on at least `template_min_pages` of them in the zone they are in here, TAIL,
    # beyond the template's closing block (two template lines in a row), two or more of them. No share of the site's pages finds
    # them on a large site (a rolling box shows each headline on a handful of pages); their place does.
    box = _tail_box(counts, here, zones, story, edge, floor, max(1, min(floor, settings.template_box_min_pages)))
    if box:
        story = [i for i in story if i not in box]
        last = story[-1]
    # In the page's opening (up to the story's first line of prose: a line that is not a candidate,
    # of at least `template_opening_words` words), a candidate on few pages in its zone here is this
    # page's own line (a headline the box shows after the story elsewhere, after the template's head or a
    # copy's own first line): it stays, and the story's region starts there at the latest. (Further
    # on, where boxes and prompts float about the middle of the page, the count alone decides.)
    prose = next((i for i in story if len(lines[i].split()) >= settings.template_opening_words), last + 1)
    own = {i for i in range(prose) if counts[i] >= edge and here[i] < floor}
    if own:
        first = min(first, *own)
        # The page's own line again inside the story (a headline the story repeats: "NOODLECAKES")
        # is its own there too; after the story, in a box of headlines, it is the box's.
        own_fps = {fps[i] for i in own}
        own |= {i for i in range(first, last + 1) if fps[i] in own_fps}
    cache: dict[tuple[int, bool], Decision] = {}
    at_least = "at least " if tpl.err else ""
    for i in box:
        out[i] = Decision(CODE, f"on {at_least}{counts[i]} of {pages} pages of {site}, after the story on "
                                f"{at_least}{here[i]} (in a box after the story)")
    for i, n in enumerate(counts):
        inside = first <= i <= last
        if n < edge or (inside and n < region) or i in own:
            continue
        d = cache.get((n, inside))
        if d is None:
            where = "inside the story region" if inside else "at the head or tail"
            d = cache[n, inside] = Decision(CODE, f"on {at_least}{n} of {pages} pages of {site} ({where})")
        out[i] = d
    return out


def _tail_box(counts: list[int], here: list[int], zones: list[int], story: list[int], edge: int, floor: int,
              box_floor: int) -> set[int]:
    """The lines of a box after the story: walking back from the page's end over template lines (on
    at least `edge` pages) and lines on at least `box_floor` pages in the tail zone (`here`), to the
    story's last line; of those tail lines, the ones beyond two template lines in a row from it,
    when they are two or more and one of them is on `floor` pages there (a standing line that
    closes a column, right after the story, is the story's)."""
    tail: list[int] = []
    i = len(counts) - 1
    gap = False  # one line of the site's template on fewer pages in this zone (a headline shown
    while i >= 0:  # before the middle on short pages) does not end the box; it stays
        n = counts[i]
        if n >= edge or n < 0:
            i -= 1
            continue
        if zones[i] == TAIL and here[i] >= box_floor:
            tail.append(i)
            i -= 1
            continue
        if n >= floor and not gap:
            gap = True
            i -= 1
            continue
        break
    end = i  # the story's last line (or -1)
    if len(tail) < 2 or len(tail) >= len(story):
        return set()
    # Beyond the template's closing block: two template lines in a row (lines without words aside)
    # between the story's end and the box. A line the template puts inside the story (an ad, a
    # newsletter prompt between paragraphs) stands alone, so the story's paragraphs after it, even
    # on a few of the site's pages (a story the site ran again), are not a box.
    run, sep = 0, None
    for j in range(end + 1, len(counts)):
        if counts[j] < 0:
            continue
        run = run + 1 if counts[j] >= edge else 0
        if run >= 2:
            sep = j
            break
    box = {j for j in tail if sep is not None and j > sep}
    return box if len(box) >= 2 and any(here[j] >= floor for j in box) else set()


def apply_template(text: str, site: str | None, templates: Templates | None, settings: Settings = DEFAULT,
                   *, fmt: str = "text", warnings: tuple[str, ...] = ()) -> Result:
    """The TPL001 removals alone, as a Result over `text`."""
    tpl = templates.get(site) if templates is not None and site is not None else None
    if tpl is None or not _enabled(settings):
        return Result(text=text, input_text=text, removals=(), format=fmt, warnings=warnings)
    lines, starts = split_lines(text)
    fps, zones = text_zones(text)
    decisions = template_decisions(lines, fps, zones, site, tpl, settings)  # type: ignore[arg-type]
    return assemble(text, lines, starts, decisions, _BY_CODE, fmt=fmt, warnings=warnings)


def strip_with_templates(
    source: str,
    site: str | None,
    templates: Templates | None,
    *,
    format: Literal["auto", "html", "text"] = "auto",
    settings: Settings | None = None,
    engine: str = "trafilatura",
) -> Result:
    """`stripper.strip`, with the site's template removed first (TPL001). Without a template for
    the site (or with TPL001 not selected) the result is `strip`'s."""
    from .. import strip
    from ..detect import detect_format

    settings = settings or DEFAULT
    tpl = templates.get(site) if templates is not None and site is not None else None
    if tpl is None or not _enabled(settings):
        return strip(source, format=format, settings=settings, engine=engine)  # type: ignore[arg-type]
    fmt = detect_format(source) if format == "auto" else format
    if fmt == "html":
        text, fmt, warnings, settings = _extracted(source, engine, settings)
        fixed_point = False
    elif fmt == "text":
        text, warnings, fixed_point = source, (), True
    else:
        raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
    first = apply_template(text, site, templates, settings, fmt=fmt, warnings=warnings)
    if first.removals and settings.page == "auto":
        # The site's template is its page furniture, now gone: what the page pass would guess from
        # the shape of the page is known here, and on what is left it could only take story (as
        # the page pass never runs on main content an extractor found).
        settings = settings.with_(page="never")
    second = clean(first.text, settings, fmt=fmt, warnings=warnings, fixed_point=fixed_point)
    if not first.removals:
        return second
    if not second.removals:
        return first
    return compose(first, second)


def _extracted(source: str, engine: str, settings: Settings) -> tuple[str, str, tuple[str, ...], Settings]:
    """What `strip` does to HTML before its rules: extract, and choose the page pass."""
    from ..extract import extract_with

    ex = extract_with(source, engine, settings)
    if settings.page == "auto":
        settings = settings.with_(page="always" if ex.fallback else "never")
    return ex.text, "html", (ex.warning,) if ex.warning else (), settings


def text_for_counting(source: str, format: str = "auto", engine: str = "trafilatura", settings: Settings | None = None) -> str:
    """The text pass one counts the lines of: the field itself, or for HTML the extracted text the
    rules (and pass two) will see (extracted with `settings`' extraction thresholds: the defaults
    unless given, as pass two's must be the same)."""
    from ..detect import detect_format

    fmt = detect_format(source) if format == "auto" else format
    if fmt == "html":
        from ..extract import extract_with

        return extract_with(source, engine, settings).text
    return source
