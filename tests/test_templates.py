"""Site templates (stripper.templates): fingerprints, bounded counts that merge, the apply step and
what must stay, and the dataset and `templates` commands end to end."""
from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from stripper.cli import app
from stripper.settings import Settings
from stripper.templates import (
    SiteCounts,
    TemplateCounts,
    document_hash,
    fingerprint,
    fingerprints,
    normalize,
    page_keys,
    site_of,
)
from stripper.templates.apply import Templates, strip_with_templates
from stripper.templates.bench import learn_pages, score
from stripper.templates.counts import CountsError, Seen, merge_files, merge_to
from stripper.templates.fingerprint import HEAD as ZONE_HEAD
from stripper.templates.fingerprint import TAIL as ZONE_TAIL
from stripper.templates.fingerprint import text_zones, zone_key
from stripper.templates.sim import Page, simulate, synthetic_stories, write_jsonl

HEAD = ["Skip to main content", "The Harbor Times", "Home | News | Sport | Opinion | Weather", "Search Harbor Times"]
TAIL = ["Get the Harbor Times briefing every morning", "Privacy Policy · Terms · Contact", "© 2012 Harbor Times"]
STORIES = synthetic_stories(60, seed=7)


def page_text(story: list[str], head=HEAD, tail=TAIL, extra_tail=()) -> str:
    return "\n".join([*head, *story, *tail, *extra_tail])


def learn(docs: list[tuple[str, str]], settings: Settings | None = None) -> Templates:
    settings = settings or Settings()
    counts = TemplateCounts(settings.template_capacity)
    seen = Seen(1 << 16)
    for site, text in docs:
        counts.add(site, document_hash(site, text), page_keys(text), seen)
    return Templates.compile(counts, settings)


def removed_lines(result) -> list[str]:
    return [line for r in result.removals for line in r.text.split("\n") if line.strip()]


# -- fingerprints -------------------------------------------------------------------------------
def test_normalization_evens_out_case_punctuation_and_spaces_but_keeps_digits():
    assert normalize("Home | News\xa0 SPORT") == normalize("home news  sport") == "home news sport"
    assert fingerprint("Home | News") == fingerprint("HOME - NEWS")
    assert fingerprint("© 2012 Harbor Times") != fingerprint("© 2013 Harbor Times")
    assert fingerprint("") is None and fingerprint(" -- | -- ") is None
    assert fingerprints(["a", "", "A!"]) == [fingerprint("a"), None, fingerprint("a")]


def test_page_keys_are_each_line_and_each_line_in_its_half_of_the_page():
    # normalized lengths 9, 0, 29, 0, 40: the middle is at 39; the third line's middle at 23.5
    text = "Home | News\n\nA line of the story, in the head\n--\nA footer line, long enough to be the tail"
    fps, zones = text_zones(text)
    head, tail = ZONE_HEAD, ZONE_TAIL
    assert zones == [head, head, head, tail, tail] and fps[1] is None and fps[3] is None
    lines = [f for f in fps if f is not None]
    assert page_keys(text) == lines + [zone_key(f, z) for f, z in zip(fps, zones) if f is not None]
    assert len(set(page_keys(text))) == 6 and zone_key(lines[0], head) != zone_key(lines[0], tail)


def test_site_of_urls_and_names():
    assert site_of("https://www.Harbor-Times.com/a/b?c=1") == "harbor-times.com"
    assert site_of("http://news.example.org:8080/x") == "news.example.org"
    assert site_of("harbortimes") == "harbortimes"
    assert site_of("") is None and site_of(None) is None and site_of(3) is None and site_of("http://") is None


def test_document_hash_is_per_site():
    assert document_hash("a.com", "story") == document_hash("a.com", "story")
    assert document_hash("a.com", "story") != document_hash("b.com", "story")


# -- counts -------------------------------------------------------------------------------------
def _stream(seed: int, pages: int, vocab: int) -> list[set[int]]:
    rnd = random.Random(seed)
    common = list(range(20))  # template lines: on most pages
    out = []
    for _ in range(pages):
        lines = {c for c in common if rnd.random() < 0.9}
        lines |= {rnd.randrange(100, vocab) for _ in range(30)}  # story lines, mostly unique
        out.append(lines)
    return out


def _true_counts(pages: list[set[int]]) -> dict[int, int]:
    out: dict[int, int] = {}
    for p in pages:
        for fp in p:
            out[fp] = out.get(fp, 0) + 1
    return out


def test_summary_errs_low_within_its_bound_and_stays_small():
    pages = _stream(1, 600, 50_000)
    s = SiteCounts(capacity=64)
    biggest = 0
    for p in pages:
        s.add_page(p)
        biggest = max(biggest, len(s.counts))
    true = _true_counts(pages)
    n = sum(len(p) for p in pages)
    assert s.pages == 600 and biggest <= 2 * 64
    assert 0 < s.err <= n / 65
    for fp, c in true.items():
        assert c - s.err <= s.count(fp) <= c
    # the template lines survive the compactions with nearly their true counts
    assert all(s.count(fp) >= true[fp] - s.err > 0 for fp in range(20))


def test_summaries_merge_with_plus_keeping_the_bound():
    a_pages, b_pages = _stream(2, 300, 20_000), _stream(3, 300, 20_000)
    a, b = SiteCounts(capacity=64), SiteCounts(capacity=64)
    for p in a_pages:
        a.add_page(p)
    for p in b_pages:
        b.add_page(p)
    m = a + b
    true = _true_counts(a_pages + b_pages)
    assert m.pages == 600 and len(m.counts) <= 64
    for fp, c in true.items():
        assert c - m.err <= m.count(fp) <= c
    # with room for everything the summary is exact, and merging equals counting all at once
    big_a, big_b, whole = SiteCounts(10**6), SiteCounts(10**6), SiteCounts(10**6)
    for p in a_pages:
        big_a.add_page(p)
        whole.add_page(p)
    for p in b_pages:
        big_b.add_page(p)
        whole.add_page(p)
    assert (big_a + big_b).counts == whole.counts == true and whole.err == 0


def test_memory_is_bounded_per_site_whatever_the_number_of_pages():
    small, large = TemplateCounts(capacity=128), TemplateCounts(capacity=128)
    for counts, n in ((small, 200), (large, 2000)):
        for i, p in enumerate(_stream(4, n, 10**6)):
            counts.add("a.com", i.to_bytes(16, "little"), list(p))
    assert max(len(s.counts) for s in large.sites.values()) <= 2 * 128
    assert len(small.sites["a.com"].counts) <= 2 * 128


def _large_site(pages: int, seed: int = 9) -> tuple[list[set[int]], dict[int, int]]:
    """A large site's pages: 20 template keys, 30 keys of their own each, and 3 keys of a rolling
    box (each on 2-3 pages in a row); the box keys' true counts."""
    rnd = random.Random(seed)
    out, box = [], {}
    for i in range(pages):
        keys = {k for k in range(20) if rnd.random() < 0.9} | {rnd.randrange(10**6, 10**12) for _ in range(30)}
        for j in (i, i - 1, i - 2):  # box key j shows on pages j, j+1 and (mostly) j+2
            if j >= 0 and (i - j < 2 or j % 3):
                keys.add(500_000 + j)
                box[500_000 + j] = box.get(500_000 + j, 0) + 1
        out.append(keys)
    return out, box


def test_a_large_sites_table_grows_with_its_pages_so_a_line_on_two_pages_is_counted():
    """A fixed table compacts once a site's pages bring more new keys than it holds, and every
    compaction takes from every count: a line on 2-3 of 3,000 pages (a rolling box) is lost. A
    table of per_page entries a page of the site keeps such counts exact."""
    pages, box = _large_site(3000)
    fixed, scaled = SiteCounts(capacity=4096), SiteCounts(capacity=4096, per_page=64)
    for p in pages:
        fixed.add_page(p)
        scaled.add_page(p)
    assert fixed.err > 0 and sum(fixed.count(k) == n for k, n in box.items()) < 0.1 * len(box)
    assert scaled.err == 0 and all(scaled.count(k) == n for k, n in box.items())
    assert len(scaled.counts) <= 2 * 64 * 3000 and scaled.size == 64 * 3000
    # merging two halves gives the same exact counts
    a, b = SiteCounts(capacity=4096, per_page=64), SiteCounts(capacity=4096, per_page=64)
    for i, p in enumerate(pages):
        (a if i < 1500 else b).add_page(p)
    m = a + b
    assert (m.pages, m.err, m.per_page, m.size) == (3000, 0, 64, 64 * 3000) and m.counts == scaled.counts


def test_a_sites_table_stops_growing_at_its_limit_so_memory_is_flat_as_the_input_grows():
    """With `limit`, a site's table is at most 2 x limit entries whatever its pages: the largest it
    ever is stays the same at 3,000 and 9,000 pages (and the count's bound holds)."""
    peaks = []
    for n in (3000, 9000):
        pages, _ = _large_site(n, seed=n)
        s = SiteCounts(capacity=1024, per_page=64, limit=8192)
        peak = 0
        for p in pages:
            s.add_page(p)
            peak = max(peak, len(s.counts))
        true = _true_counts(pages)
        assert all(c - s.err <= s.count(fp) <= c for fp, c in true.items())
        assert all(s.count(k) >= true[k] - s.err > 0 for k in range(20))  # the template survives
        peaks.append(peak)
    assert peaks[0] <= 2 * 8192 + 60 and peaks[1] <= 2 * 8192 + 60 and abs(peaks[1] - peaks[0]) <= 60


def test_count_files_keep_the_sites_sizes(tmp_path):
    from stripper.templates.counts import merge_to

    counts = TemplateCounts(capacity=256, per_page=8, limit=1000)
    for i, p in enumerate(_stream(5, 50, 10**6)):
        counts.add("a.com", i.to_bytes(16, "little"), list(p))
    counts.write(tmp_path / "c.gz")
    back, header = TemplateCounts.read(tmp_path / "c.gz")
    assert (back.per_page, back.limit, header["capacity_per_page"], header["capacity_limit"]) == (8, 1000, 8, 1000)
    s = back.sites["a.com"]
    assert (s.capacity, s.per_page, s.limit, s.size) == (256, 8, 1000, 400)
    merged = merge_to([(tmp_path / "c.gz", "c"), (tmp_path / "c.gz", "c")], tmp_path / "m.gz")
    assert (merged["capacity_per_page"], merged["capacity_limit"]) == (8, 1000)
    (_name, two), = TemplateCounts.on_file(tmp_path / "m.gz").iter_sites()
    assert (two.pages, two.size) == (100, 800)
    # a site added to counts made with settings gets their sizes
    made = TemplateCounts.for_settings(Settings(template_capacity=64, template_capacity_per_page=3, template_capacity_limit=99))
    made.add("b.com", None, [1, 2])
    assert (made.sites["b.com"].capacity, made.sites["b.com"].per_page, made.sites["b.com"].limit) == (64, 3, 99)


def test_copies_count_once_per_site_and_sites_count_apart():
    counts = TemplateCounts()
    seen = Seen(1 << 16)
    text = page_text(STORIES[0])
    for site in ("a.com", "a.com", "b.com"):
        counts.add(site, document_hash(site, text), page_keys(text), seen)
    assert counts.sites["a.com"].pages == 1 and counts.sites["b.com"].pages == 1 and counts.duplicates == 1
    counts.add(None, None, [1])
    assert counts.no_site == 1 and counts.documents == 4


def test_count_files_round_trip_and_merge(tmp_path: Path):
    docs = [("a.com", page_text(s)) for s in STORIES[:6]] + [("b.com", page_text(s)) for s in STORIES[6:9]]
    a, b = TemplateCounts(), TemplateCounts()
    for i, (site, text) in enumerate(docs):
        (a if i % 2 else b).add(site, document_hash(site, text), page_keys(text))
    a.write(tmp_path / "a.gz")
    b.write(tmp_path / "b.gz")
    back, header = TemplateCounts.read(tmp_path / "a.gz")
    assert header["format"] == "stripper-template-counts"
    assert {k: (v.pages, v.counts) for k, v in back.sites.items()} == {k: (v.pages, v.counts) for k, v in a.sites.items()}
    merged = merge_files([tmp_path / "a.gz", tmp_path / "b.gz"])
    both = a + b
    assert merged.documents == 9
    assert {k: (v.pages, v.counts) for k, v in merged.sites.items()} == {k: (v.pages, v.counts) for k, v in both.sites.items()}
    (tmp_path / "bad.gz").write_bytes(b"not gzip")
    with pytest.raises(CountsError, match=r"bad\.gz"):
        TemplateCounts.read(tmp_path / "bad.gz")
    with pytest.raises(CountsError, match="no such"):
        TemplateCounts.read(tmp_path / "missing.gz")


def _sites_of(counts: TemplateCounts) -> dict[str, tuple[int, int, dict[int, int]]]:
    return {name: (s.pages, s.err, s.counts) for name, s in counts.iter_sites()}


def _count_crawl(pages: list[Page], tmp: Path | None, max_entries: int) -> TemplateCounts:
    counts = TemplateCounts(max_entries=max_entries, spill_dir=tmp)
    seen = Seen(1 << 20)
    for p in pages:
        counts.add(p.site, document_hash(p.site, p.text), page_keys(p.text), seen)
    return counts


def test_pass_one_memory_is_flat_in_the_number_of_sites_and_the_spilled_counts_are_the_same(tmp_path: Path):
    """Entries held in memory stay under `max_entries` (plus one page's) whether a crawl has 40 sites
    or 400; without spilling they grow with the sites. The runs merged give the same counts and the
    same count file, byte for byte, as counting in memory (exact here: no site's table compacts)."""
    stories = synthetic_stories(300, seed=8)
    limit = 1500
    peaks, unbounded = {}, {}
    for n_sites in (40, 400):
        pages = list(simulate([6] * n_sites, stories, seed=n_sites))
        per_page = 2 * max(len(p.lines) for p in pages)  # a line, and the line in its zone
        d = tmp_path / str(n_sites)
        d.mkdir()
        spilled = _count_crawl(pages, d, max_entries=limit)
        whole = _count_crawl(pages, None, max_entries=0)
        peaks[n_sites], unbounded[n_sites] = spilled.peak_held, whole.peak_held
        assert spilled.peak_held <= limit + per_page
        assert len(spilled.runs) >= whole.peak_held // limit - 1 and not whole.runs
        assert _sites_of(spilled) == _sites_of(whole)
        assert spilled.write(d / "a.gz") == n_sites == whole.write(d / "b.gz")
        assert (d / "a.gz").read_bytes() == (d / "b.gz").read_bytes()
        assert TemplateCounts.read(d / "a.gz")[0].documents == len(pages)
    assert unbounded[400] > 8 * unbounded[40] and unbounded[400] > 10 * limit
    assert limit < peaks[40] and limit < peaks[400] <= limit + 100


def test_streaming_merge_equals_the_in_memory_sum_and_is_deterministic(tmp_path: Path):
    pages = list(simulate([12] * 10, synthetic_stories(200, seed=6), seed=6))
    files = []
    for k in range(3):  # three shards, each site spread over all of them
        c = _count_crawl(pages[k::3], None, 0)
        c.write(tmp_path / f"s{k}.gz")
        files.append(tmp_path / f"s{k}.gz")
    header = merge_to([(f, str(f)) for f in files], tmp_path / "m1.gz")
    merge_to([(f, str(f)) for f in files], tmp_path / "m2.gz")
    assert (tmp_path / "m1.gz").read_bytes() == (tmp_path / "m2.gz").read_bytes()
    streamed, _ = TemplateCounts.read(tmp_path / "m1.gz")
    in_memory = merge_files(files)
    assert header["sites"] == 10 and header["documents"] == len(pages) == streamed.documents
    assert _sites_of(streamed) == _sites_of(in_memory)
    res = _invoke("templates", "merge", *files, "-o", tmp_path / "m3.gz")
    assert res.exit_code == 0 and (tmp_path / "m3.gz").read_bytes() == (tmp_path / "m1.gz").read_bytes()
    with pytest.raises(CountsError, match="no count files"):
        merge_to([], tmp_path / "m4.gz")


# -- applying -----------------------------------------------------------------------------------
def test_template_lines_go_with_the_count_in_the_reason_and_kept_text_is_exact():
    docs = [("harbor.com", page_text(s)) for s in STORIES[:12]]
    tpl = learn(docs)
    text = docs[0][1]
    r = strip_with_templates(text, "harbor.com", tpl, format="text")
    assert removed_lines(r) == HEAD + TAIL
    assert r.text == "\n".join(STORIES[0]) + "\n"
    assert all(x.code == "TPL001" and "of 12 pages of harbor.com" in x.reason for x in r.removals)
    # removes, never rewrites: the input minus the removed spans is the output
    pieces, pos = [], 0
    for x in r.removals:
        pieces.append(text[pos : x.start])
        pos = x.end
    assert "".join(pieces) + text[pos:] == r.text


def test_a_small_site_keeps_its_lines_and_an_unknown_site_is_stripped_as_usual():
    docs = [("tiny.com", page_text(s)) for s in STORIES[:3]]
    tpl = learn(docs)
    r = strip_with_templates(docs[0][1], "tiny.com", tpl, format="text")
    assert not any(x.code == "TPL001" for x in r.removals)
    from stripper import strip

    assert strip_with_templates(docs[0][1], "other.com", tpl, format="text") == strip(docs[0][1], format="text")


def test_syndicated_and_duplicated_stories_and_recurring_story_lines_stay():
    syndicated = STORIES[40]
    intro = "Ana Ruiz answers your questions about money every week."
    docs = []
    for k, site in enumerate(("a.com", "b.com", "c.com", "d.com", "e.com")):
        head = [f"{site} masthead", f"{site} menu | news | sport"]
        tail = [f"© 2012 {site}"]
        for i, s in enumerate(STORIES[k * 8 : k * 8 + 8]):
            body = [s[0], intro, *s[1:]] if i < 3 else s
            docs.append((site, page_text(body, head, tail)))
        docs.append((site, page_text(syndicated, head, tail)))  # on every site
    docs.append(("a.com", docs[0][1]))  # a print copy at a second URL: the same content
    docs.append(("a.com", docs[0][1]))
    docs.append(("a.com", docs[0][1]))
    tpl = learn(docs)
    for site, text in docs:
        r = strip_with_templates(text, site, tpl, format="text")
        gone = set(removed_lines(r))
        assert not gone & set(syndicated[1:]), site
        assert intro not in gone
        assert not gone & set(STORIES[0]), "the copies of one page count once"
        assert f"{site} masthead" in gone


def test_story_region_needs_stronger_evidence_than_head_and_tail():
    # A line on 5 of 12 pages (42%): at the tail on 4 of them, enough there; not inside the story.
    rare = "The Harbor Times, the paper of the bay since 1887"  # a line no built-in rule takes
    docs = []
    for i, s in enumerate(STORIES[:12]):
        body = [*s[:2], rare, *s[2:]] if i == 1 else s
        extra = (rare,) if i in (0, 2, 4, 6) else ()
        docs.append(("h.com", page_text(body, extra_tail=extra)))
    tpl = learn(docs)
    tail_page = strip_with_templates(docs[0][1], "h.com", tpl, format="text")
    inside_page = strip_with_templates(docs[1][1], "h.com", tpl, format="text")
    assert rare in removed_lines(tail_page)
    assert rare not in removed_lines(inside_page)
    tail = [x for x in tail_page.removals if rare in x.text]
    assert tail[0].reason == "on 5 of 12 pages of h.com (at the head or tail)"
    # with a lower share inside the region, it goes there too
    strict = Settings(template_region_share=0.3)
    assert rare in removed_lines(strip_with_templates(docs[1][1], "h.com", learn(docs, strict), format="text", settings=strict))


def test_a_line_printed_on_the_other_side_of_the_story_elsewhere_stays_at_the_head():
    """On 6 of 12 pages at the tail; on one page at the head, where it is that page's own (a headline)."""
    line = "A line the site prints at the foot of its pages"
    docs = [("h.com", page_text(s if i else [line, *s], extra_tail=(line,) if 1 <= i <= 6 else ())) for i, s in enumerate(STORIES[:12])]
    tpl = learn(docs)
    assert line not in removed_lines(strip_with_templates(docs[0][1], "h.com", tpl, format="text"))
    assert line in removed_lines(strip_with_templates(docs[1][1], "h.com", tpl, format="text"))


def test_a_page_that_is_all_template_is_kept():
    docs = [("h.com", page_text(s)) for s in STORIES[:12]]
    tpl = learn(docs)
    r = strip_with_templates(page_text([]), "h.com", tpl, format="text")
    assert not any(x.code == "TPL001" for x in r.removals)


def test_ignore_tpl001_turns_templates_off():
    docs = [("h.com", page_text(s)) for s in STORIES[:12]]
    off = Settings(ignore=("TPL001",))
    r = strip_with_templates(docs[0][1], "h.com", learn(docs), format="text", settings=off)
    assert not any(x.code == "TPL001" for x in r.removals)
    only = Settings(select=("TPL",))
    r = strip_with_templates(docs[0][1], "h.com", learn(docs), format="text", settings=only)
    assert {x.code for x in r.removals} == {"TPL001"}


def test_simulated_crawl_recall_and_no_story_line_lost_to_templates():
    """Synthetic stories and the held-out phrasing family (no data needed; the bench reports the
    dev-set stories): the template catches the boilerplate the per-document rules miss."""
    pages = list(simulate([12] * 30, synthetic_stories(500, seed=3), family=1, seed=11))
    tpl = Templates.compile(learn_pages(pages))
    with_tpl, alone = score(pages, tpl), score(pages, None)
    assert with_tpl.recall >= 0.98 > alone.recall
    assert with_tpl.kept >= 0.998
    assert lost_to_templates(pages, tpl) == [] and with_tpl.story_lost_to_templates == 0
    copies = [p for p in pages if p.url.endswith((".amp.html", "-print.html"))]
    assert len(copies) >= 20 and all(p.lines[0][1] and not p.lines[2][1] for p in copies if "print" in p.url)
    for p in pages[::7]:  # removes, never rewrites: input minus the removed spans is the output
        r = strip_with_templates(p.text, p.site, tpl, format="text")
        pieces, pos = [], 0
        for x in r.removals:
            assert x.start >= pos and r.input_text[x.start : x.end] == x.text
            pieces.append(r.input_text[pos : x.start])
            pos = x.end
        assert "".join(pieces) + r.input_text[pos:] == r.text and r.input_text == p.text


def lost_to_templates(pages: list[Page], tpl: Templates) -> list[tuple[str, int]]:
    """(url, line index) of every story line TPL001 removes."""
    out = []
    for p in pages:
        r = strip_with_templates(p.text, p.site, tpl, format="text")
        pos = 0
        for i, (line, bp) in enumerate(p.lines):
            if not bp and any(x.code == "TPL001" and x.start <= pos < x.end for x in r.removals):
                out.append((p.url, i))
            pos += len(line) + 1
    return out


def _site_counts(n_sites: int, lines: int = 5) -> list[tuple[str, SiteCounts]]:
    names = sorted({f"site-{k}.example" for k in range(n_sites)} | ({"bücher.de", "日本.jp"} if n_sites > 2 else set()))
    return [(name, SiteCounts(64, 20, k % 3, {(k * 1000 + j) * 7919: 10 + j for j in range(lines)}))
            for k, name in enumerate(names)]


def test_compiled_templates_find_every_site_and_nothing_else(tmp_path):
    from stripper.templates.apply import compile_file

    sites = _site_counts(300)
    path = tmp_path / "t.bin"
    assert compile_file(iter(sites), path, Settings(template_min_pages=12, template_box_min_pages=12)) == len(sites)
    tpl = Templates.open(path)
    assert len(tpl) == len(sites) and list(tpl.names()) == [n for n, _ in sites]
    for name, s in sites:
        t = tpl.get(name)
        kept = {k: v for k, v in s.counts.items() if v >= 12}
        assert (t.pages, t.err) == (s.pages, s.err) and dict(zip(t.keys.tolist(), t.ns.tolist())) == kept
        assert t.lookup([*kept, 1, 2]) == [*kept.values(), 0, 0]
    assert tpl.get("site-1.exampl") is None and tpl.get("zzz") is None and tpl.get("") is None
    assert tpl.lines() == sum(len(tpl.get(n)) for n, _ in sites)
    # a site below the floor, or without a line on enough pages, is not in the file
    few = [("a.com", SiteCounts(64, 3, 0, {1: 3})), ("b.com", SiteCounts(64, 9, 0, {1: 1}))]
    assert compile_file(iter(few), tmp_path / "none.bin", Settings()) == 0 and len(Templates.open(tmp_path / "none.bin")) == 0
    # a box's lines need fewer pages (template_box_min_pages): keys on 2 pages of a large site are compiled
    box = [("b.com", SiteCounts(64, 9, 0, {1: 1, 2: 2, 3: 4}))]
    assert compile_file(iter(box), tmp_path / "box.bin", Settings()) == 1
    assert Templates.open(tmp_path / "box.bin").get("b.com").lookup([1, 2, 3]) == [0, 2, 4]
    with pytest.raises(ValueError, match="sorted"):
        compile_file(iter(sites[::-1]), tmp_path / "bad.bin")
    assert not list(tmp_path.glob("bad.bin*"))  # nothing half-written left behind
    with pytest.raises(CountsError):
        Templates(b"not a template file" + bytes(64))


def test_a_workers_templates_are_mapped_not_held_as_the_sites_grow(tmp_path):
    """Pass two's workers map one compiled file: what a worker allocates for it is the same for 50
    sites as for 20,000 (its pages are the page cache's, shared by the workers)."""
    import gc
    import tracemalloc

    from stripper.templates.apply import compile_file

    held = []
    for n in (50, 20_000):
        path = tmp_path / f"{n}.bin"
        compile_file(iter(_site_counts(n)), path, Settings())
        gc.collect()
        tracemalloc.start()
        tpl = Templates.open(path)
        assert tpl.get("site-7.example") is not None and len(tpl) >= n
        held.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        assert path.stat().st_size > n * 5 * 12  # the entries are in the file
    assert held[1] < held[0] + 20_000, held


def test_the_gold_noise_list_is_counted_apart():
    from stripper.model import Category
    from stripper.templates.bench import GOLD_NOISE, gold_noise

    rows = [r.split("\t") for r in GOLD_NOISE.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    assert rows and all(len(r) == 3 and r[1] in {c.value for c in Category} and r[2] for r in rows)
    noise = sorted(gold_noise())
    page = Page("h.com", "https://h.com/1", ((noise[0], False), ("A story line that stays where it is.", False)))
    got = score([page], None).to_dict()
    assert got["gold_noise_lines"] == 1 and got["story_lines"] == 2
    assert got["story_lines_kept_without_gold_noise"] == 1.0 and got["story_lines_kept"] == 1 - got["gold_noise_removed"] / 2


def test_a_headline_in_the_most_read_box_stays_on_its_own_page():
    """A story's headline is in the site's "most read" box on every page (so on 12 of 12): on
    its own page, where it opens the story after the template's head, it stays; in the box it goes."""
    star = STORIES[50]
    docs = [("h.com", page_text(s, extra_tail=("Most read", star[0]))) for s in [star, *STORIES[:11]]]
    tpl = learn(docs)
    own = strip_with_templates(docs[0][1], "h.com", tpl, format="text")
    other = strip_with_templates(docs[1][1], "h.com", tpl, format="text")
    assert star[0] in removed_lines(other) and "Most read" in removed_lines(other)
    gone = removed_lines(own)
    assert gone.count(star[0]) == 1 and own.text.startswith(star[0] + "\n")  # the box's copy goes, the headline stays
    assert set(HEAD) <= set(gone)
    # a line of the template's head still goes where the head is in its usual order
    assert all(h in removed_lines(strip_with_templates(d, "h.com", tpl, format="text")) for _, d in docs for h in HEAD)
    # a print copy: its own first line, then the headline; it stays there too
    printed = "\n".join(["The Harbor Times", "Printed from https://harbortimes.com/2012/story-0", *star, TAIL[-1]])
    gone = removed_lines(strip_with_templates(printed, "h.com", tpl, format="text"))
    assert star[0] not in gone and "The Harbor Times" in gone
    # the story repeating its own headline further on keeps it there too (stories lost matter more
    # than a box's line missed); a page that does not open with it has no such line of its own
    late = page_text([*star[:2], star[0], *star[2:]])
    assert star[0] not in removed_lines(strip_with_templates(late, "h.com", tpl, format="text"))
    other_late = page_text([*STORIES[3][:2], star[0], *STORIES[3][2:]])
    assert star[0] in removed_lines(strip_with_templates(other_late, "h.com", tpl, format="text"))


# -- commands -----------------------------------------------------------------------------------
def _crawl(tmp_path: Path, name: str, seed: int, sizes=(12,) * 6) -> Path:
    path = tmp_path / name
    write_jsonl(simulate(list(sizes), synthetic_stories(120, seed=seed), seed=seed), path)
    return path


def _invoke(*args: str | Path) -> object:
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_dataset_learn_templates_end_to_end(tmp_path: Path):
    src = _crawl(tmp_path, "crawl.jsonl", 1)
    with open(src, "ab") as f:  # rows that cannot be read go to rejects; a row without a site passes
        f.write(b'{"url": "https://x.com/1", "text": 5}\nnot json\n{"text": "No site here.\\nJust a line."}\n')
    out = tmp_path / "out.jsonl"
    res = _invoke("dataset", src, out, "--site-field", "url", "--learn-templates",
                  "--stats", tmp_path / "stats.json", "--no-progress", "-j", "1")
    assert res.exit_code == 1, res.output  # rejected rows
    stats = orjson.loads((tmp_path / "stats.json").read_bytes())
    rows_in = len(src.read_bytes().splitlines())
    assert stats["rows_read"] == rows_in == stats["rows_written"] + stats["rows_rejected"]
    assert stats["rows_rejected"] == 2 and stats["rule_hits"]["TPL001"] > 0
    tpl = stats["templates"]
    sites = tpl["sites"]
    assert len(sites) == tpl["site_count"] == 6 and all(s["pages"] >= 12 and s["candidate_lines"] > 10 for s in sites.values())
    assert tpl["other_sites"] == {"sites": 0, "pages": 0, "candidate_lines": 0, "removed_chars": 0}
    assert sum(s["removed_chars"] for s in sites.values()) == stats["rule_chars"]["TPL001"]
    assert all(s["removed_chars"] > 0 for s in sites.values()) and tpl["removed_chars_error"] == 0
    assert list(sites) == sorted(sites, key=lambda k: -sites[k]["removed_chars"])  # most removed first
    assert b'{"text": "No site here.\\nJust a line."}' in out.read_bytes().splitlines()  # unchanged: byte for byte
    assert not list(tmp_path.glob("*.templates")), "pass one's state is removed after the run"
    res = _invoke("dataset", src, out, "--site-field", "url", "--learn-templates", "--keep-removals", "--overwrite",
                  "--no-progress", "-j", "2")
    assert res.exit_code == 1, res.output
    per_site: dict[str, int] = {}
    for raw in out.read_bytes().splitlines():
        r = orjson.loads(raw)
        if "stripper_removals" in r and "url" in r:
            n = sum(x["end"] - x["start"] for x in r["stripper_removals"] if x["code"] == "TPL001")
            per_site[site_of(r["url"])] = per_site.get(site_of(r["url"]), 0) + n
    assert per_site == {k: v["removed_chars"] for k, v in sites.items()}
    row = orjson.loads(out.read_bytes().splitlines()[0])
    reasons = [r["reason"] for r in row["stripper_removals"] if r["code"] == "TPL001"]
    assert reasons and all(" pages of " in r for r in reasons)


def test_two_step_form_equals_the_one_step_form(tmp_path: Path):
    a, b = _crawl(tmp_path, "a.jsonl", 1), _crawl(tmp_path, "b.jsonl", 2)
    assert _invoke("templates", "learn", a, "-o", tmp_path / "a.tpl.gz", "--no-progress").exit_code == 0
    assert _invoke("templates", "learn", b, "-o", tmp_path / "b.tpl.gz", "--no-progress", "-j", "2").exit_code == 0
    res = _invoke("templates", "merge", tmp_path / "a.tpl.gz", tmp_path / "b.tpl.gz", "-o", tmp_path / "m.tpl.gz")
    assert res.exit_code == 0, res.output
    two = tmp_path / "two.jsonl"
    one = tmp_path / "one.jsonl"
    assert _invoke("dataset", a, b, two, "--site-field", "url", "--templates", tmp_path / "m.tpl.gz", "--no-progress").exit_code == 0
    assert _invoke("dataset", a, b, one, "--site-field", "url", "--learn-templates", "--no-progress", "-j", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()
    shown = _invoke("templates", "show", tmp_path / "m.tpl.gz")
    assert orjson.loads(shown.stdout)["documents"] > 100


def test_usage_errors(tmp_path: Path):
    src = _crawl(tmp_path, "c.jsonl", 1, sizes=(4,))
    out = tmp_path / "o.jsonl"
    for args, msg in (
        (("--learn-templates",), "--site-field"),
        (("--site-field", "url"), "--learn-templates or --templates"),
        (("--site-field", "url", "--learn-templates", "--templates", src), "not both"),
        (("--site-field", "url", "--templates", tmp_path / "none.gz"), "no such count file"),
    ):
        res = CliRunner().invoke(app, ["dataset", str(src), str(out), *map(str, args)])
        assert res.exit_code == 2 and msg in res.output, (args, res.output)
    assert _invoke("templates", "merge", tmp_path / "none.gz", "-o", tmp_path / "m.gz").exit_code == 3


def test_rule_tpl001_is_documented():
    res = _invoke("rule", "TPL001")
    assert res.exit_code == 0 and "repeated-site-line" in res.stdout and "template" in res.stdout


def test_page_dataclass_text():
    assert Page("a", "u", (("x", True), ("y", False))).text == "x\ny"


def test_html_is_counted_and_cleaned_as_the_text_extracted_from_it(tmp_path: Path):
    import html

    pages = list(simulate([12, 12], synthetic_stories(400, seed=2), seed=2))

    def page_html(p: Page) -> str:
        lines = [line for line, _ in p.lines]
        paras = lambda ls: "".join(f"<p>{html.escape(x)}</p>" for x in ls)  # noqa: E731
        return f"<html><body><div>{paras(lines[:5])}</div><article>{paras(lines[5:])}</article></body></html>"

    src = tmp_path / "pages.jsonl"
    src.write_bytes(b"".join(orjson.dumps({"url": p.url, "html": page_html(p)}) + b"\n" for p in pages))
    out = tmp_path / "out.jsonl"
    res = _invoke("dataset", src, out, "--site-field", "url", "--learn-templates", "--format", "html", "--text-field", "html",
                  "--output-field", "text", "--keep-removals", "--no-progress", "-j", "1")
    assert res.exit_code == 0, res.output
    rows = [orjson.loads(x) for x in out.read_bytes().splitlines()]
    assert len(rows) == len(pages)
    tpl_removed = [r for row in rows for r in row["stripper_removals"] if r["code"] == "TPL001"]
    assert len(tpl_removed) > 2 * len(pages)
    for row, p in zip(rows, pages):  # no line of a page's story goes (a "most read" box's copy of it may)
        story = {line for line, bp in p.lines if not bp} - {line for line, bp in p.lines if bp}
        gone = {line for r in row["stripper_removals"] if r["code"] == "TPL001" for line in r["text"].split("\n")}
        assert not gone & story, p.url


def test_parquet_input_and_a_nested_site_field(tmp_path: Path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pages = list(simulate([12] * 3, synthetic_stories(400, seed=4), seed=4))
    table = pa.table({"text": [p.text for p in pages], "meta": [{"url": p.url} for p in pages]})
    pq.write_table(table, tmp_path / "pages.parquet")
    res = _invoke("templates", "learn", tmp_path / "pages.parquet", "-o", tmp_path / "c.tpl.gz", "--site-field", "meta.url",
                  "--no-progress", "-j", "1")
    assert res.exit_code == 0, res.output
    counts, _ = TemplateCounts.read(tmp_path / "c.tpl.gz")
    assert sorted(counts.sites) == sorted({p.site for p in pages}) and counts.documents == len(pages)
    out = tmp_path / "out.parquet"
    res = _invoke("dataset", tmp_path / "pages.parquet", out, "--site-field", "meta.url", "--templates", tmp_path / "c.tpl.gz",
                  "--stats", tmp_path / "s.json", "--no-progress", "-j", "1")
    assert res.exit_code == 0, res.output
    assert orjson.loads((tmp_path / "s.json").read_bytes())["rule_hits"]["TPL001"] > 5 * len(pages)
    assert pq.read_table(out).num_rows == len(pages)


def test_bench_without_its_data_is_one_clear_line(tmp_path: Path):
    res = CliRunner().invoke(app, ["templates", "bench", "--data", str(tmp_path / "none.jsonl.gz")])
    assert res.exit_code == 3 and "no such file" in res.output and "--synthetic" in res.output


def test_stats_per_site_stay_flat_in_sites_and_add_up():
    """The run's per-site figures are a bounded summary (dataset.stats.SITE_CAPACITY), merged as the
    workers' chunks come in: at two numbers of sites the summary holds at most 2 x capacity sites, the
    sites that removed the most are listed with figures at most `removed_chars_error` low, and the
    listed and the other sites add up to TPL001's characters."""
    from stripper.dataset.stats import SITE_CAPACITY, Stats
    from stripper.templates.dataset import TOP_SITES, site_table

    def run(light_sites: int) -> tuple[Stats, int, TemplateCounts]:
        chunks, total, counts = [], 0, TemplateCounts()
        for c in range(8):
            s = Stats()
            for k in range(c * light_sites // 8, (c + 1) * light_sites // 8):
                s.add_site(f"light{k}.com", 10 + k % 7)
                total += 10 + k % 7
            for h in range(5):
                s.add_site(f"heavy{h}.com", 10_000 * (h + 1))
                total += 10_000 * (h + 1)
            chunks.append(s)
        for k in range(light_sites):
            counts.add(f"light{k}.com", None, [1, 2])
        for h in range(5):
            counts.add(f"heavy{h}.com", None, [1, 2])
        merged = sum(chunks)
        merged.rule_chars["TPL001"] = total
        return merged, total, counts

    sizes = []
    for light in (SITE_CAPACITY, 6 * SITE_CAPACITY):
        merged, total, counts = run(light)
        sizes.append(len(merged.template_site_chars))
        table = site_table(counts, merged.template_site_chars, total, merged.template_site_err, Settings(template_min_pages=1))
        assert table["site_count"] == light + 5 and len(table["sites"]) == TOP_SITES
        heavy = [f"heavy{h}.com" for h in range(4, -1, -1)]
        assert list(table["sites"])[:5] == heavy
        for h, name in zip(range(4, -1, -1), heavy):
            true = 8 * 10_000 * (h + 1)
            assert true - table["removed_chars_error"] <= table["sites"][name]["removed_chars"] <= true
        listed = sum(s["removed_chars"] for s in table["sites"].values())
        assert listed + table["other_sites"]["removed_chars"] == total
        assert table["other_sites"]["sites"] == light + 5 - TOP_SITES
        assert table["other_sites"]["pages"] + sum(s["pages"] for s in table["sites"].values()) == table["pages"] == light + 5
    assert sizes[0] == SITE_CAPACITY + 5  # exact while the sites fit
    assert max(sizes) <= 2 * SITE_CAPACITY


def test_a_rolling_box_after_the_story_goes_and_a_story_run_again_stays():
    """A large site's "most read" box shows its recent headlines, each on a handful of its pages:
    no share of the site's pages finds them, their place does (on at least template_min_pages pages
    after the story's middle, beyond the template's closing block). A story the site ran again on
    six pages, its paragraphs after an in-story ad also after the middle, stays whole."""
    stories = synthetic_stories(300, seed=7)
    head = ["Skip to content", "The Daily Bugle", "Sections", "Search the Bugle"]
    tail = ["Share this story", "Comments are closed", "Most read"]
    foot = ["About | Contact | Jobs", "(c) The Daily Bugle"]
    heads = [s[0] for s in stories]
    rerun = stories[299]
    pages = []
    for i in range(240):
        story = rerun if i % 40 == 0 else stories[i]
        body = [*story[:3], "Advertisement", *story[3:]]
        box = heads[max(0, i - 6) : i][-4:] if i else heads[200:204]
        text = "\n".join([*head, *body, *tail, *box, *foot])
        pages.append(Page("bugle.com", f"https://bugle.com/{i}", tuple((ln, ln not in story) for ln in text.split("\n"))))
    tpl = Templates.compile(learn_pages(pages))
    boxed = kept_story = story_lines = 0
    for i, p in enumerate(pages):
        r = strip_with_templates(p.text, p.site, tpl, format="text")
        gone = {p.text[x.start : x.end].rstrip("\n") for x in r.removals}
        story = rerun if i % 40 == 0 else stories[i]
        story_lines += len(story)
        kept_story += sum(ln not in gone for ln in story)
        if 12 <= i < 236:  # (the last pages' headlines are in fewer boxes)
            box = heads[i - 4 : i]
            boxed += sum(any(ln in g for g in gone) for ln in box)
            assert any("in a box after the story" in x.reason for x in r.removals), i
    assert kept_story == story_lines  # every story line stays, the story run again six times too
    assert boxed >= 0.75 * 4 * (236 - 12), boxed


def test_a_box_headline_on_two_or_three_pages_goes_beyond_the_closing_block_and_a_story_run_twice_stays():
    """A rolling box whose headlines each show on only 2-3 pages (a box of 3 of the last 8 stories'):
    beyond the template's closing block a box line needs only template_box_min_pages (2) pages in the
    tail zone, once one line of the box is on template_min_pages there. A story the site ran twice
    (its last paragraphs after the middle on 2 pages, before the closing block) stays whole. With
    template_box_min_pages at template_min_pages (4) most of those box lines stay."""
    import random

    stories = synthetic_stories(400, seed=11)
    head = ["Skip to content", "The Daily Planet", "Sections", "Search the Planet"]
    tail = ["Share this story", "Comments are closed", "Most read"]
    foot = ["About | Contact | Jobs", "(c) The Daily Planet"]
    heads = [s[0] for s in stories]
    rnd = random.Random(3)
    pages, boxes, own = [], [], []
    for i in range(300):
        story = stories[i - 1] if i % 50 == 1 else stories[i]  # every 50th story runs twice
        box = rnd.sample([h for h in heads[max(0, i - 8) : i] if h != story[0]], 3) if i >= 8 else heads[390:393]
        text = "\n".join([*head, *story[:3], "Advertisement", *story[3:], *tail, *box, *foot])
        pages.append(Page("planet.com", f"https://planet.com/{i}", tuple((ln, ln not in story) for ln in text.split("\n"))))
        boxes.append(box)
        own.append(story)
    counts = learn_pages(pages)
    for box_min, least, most in ((2, 0.75, 1.0), (4, 0.0, 0.4)):
        settings = Settings(template_box_min_pages=box_min)
        tpl = Templates.compile(counts, settings)
        boxed = total = 0
        for i, p in enumerate(pages):
            r = strip_with_templates(p.text, p.site, tpl, format="text", settings=settings)
            gone = {p.text[x.start : x.end].rstrip("\n") for x in r.removals}
            assert not any(ln in g for ln in own[i] for g in gone), i  # no story line goes
            if 8 <= i < 290:
                total += len(boxes[i])
                boxed += sum(any(ln in g for g in gone) for ln in boxes[i])
        assert least * total <= boxed <= most * total, (box_min, boxed, total)
