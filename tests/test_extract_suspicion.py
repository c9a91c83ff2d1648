"""The extraction check: a short extraction is judged against a bound of the page's visible text
read off the markup, and the page is parsed a second time only when that bound cannot decide (or
for the fallback's text). The bound must hold (the decisions are those the full parse gives)."""
from __future__ import annotations

import gzip
from pathlib import Path

import orjson
import pytest

from stripper import extract as ex
from stripper.settings import DEFAULT

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def _page(article: str, menu_lines: int, script_chars: int = 0) -> str:
    menu = "".join(f"<li><a href='/{i}'>Section {i} of the site menu</a></li>" for i in range(menu_lines))
    script = f"<script>var x = '{'a' * script_chars}';</script>" if script_chars else ""
    return f"<html><head>{script}</head><body><nav><ul>{menu}</ul></nav><article><p>{article}</p></article></body></html>"


def test_a_short_extraction_on_a_small_page_is_kept_without_parsing_again(monkeypatch) -> None:
    """Most of the page is script: the tag-stripped markup is large, the visible text small, and
    the bound says no fallback can follow, so page_text (the second parse) is never called."""
    html = _page("A short story of one sentence, and not much more than that.", 3, script_chars=200_000)
    monkeypatch.setattr(ex, "page_text", lambda h: pytest.fail("the page was parsed a second time"))
    monkeypatch.setattr("trafilatura.extract", lambda *a, **k: "A short story of one sentence, and not much more.")
    got = ex.extract(html)
    assert not got.fallback and got.text.startswith("A short story")


def test_a_tiny_extraction_of_a_large_page_still_falls_back(monkeypatch) -> None:
    html = _page("Story. " * 50, 400)
    monkeypatch.setattr("trafilatura.extract", lambda *a, **k: "Story.")
    got = ex.extract(html)
    assert got.fallback and "falling back" in got.warning and "Section 399" in got.text


def test_the_bound_holds_on_lists_and_scripts() -> None:
    for html in (_page("x " * 100, 500), _page("", 0, 5000), "<ul>" + "<LI>a" * 1000 + "</ul>", "<p>a < b and c > d</p>"):
        assert len(ex.full_text(html).strip()) <= ex.visible_bound(html)


def test_the_decision_matches_the_full_parse_on_real_pages() -> None:
    """On real pages (../shared, skipped when absent): the bound is above the parsed visible text,
    so every decision it takes is the one the full parse would take."""
    path = DATA / "trafeval-pages.jsonl.gz"
    if not path.exists():
        pytest.skip("../shared/data is not there")
    with gzip.open(path) as f:
        pages = [orjson.loads(line)["html"] for _, line in zip(range(40), f)]
    for html in pages:
        visible = len(ex.full_text(html).strip())
        assert visible <= ex.visible_bound(html) / ex.BOUND_SLACK * 2.5 or visible < 2000
        spans = ex._quick_raw_text_spans(html)
        assert spans == ex._raw_text_spans(html)
        assert visible <= len(html) - sum(e - s for s, e in spans)


def test_the_ascii_lowering_keeps_offsets() -> None:
    for s in ("<SCRIPT>x</SCRIPT>", "İ<script>x</script>", "\u212a<Style>y</style>"):
        low = ex._ascii_lower(s)
        assert len(low) == len(s) and low.replace("i̇", "") != ""
        assert ex._raw_text_spans(s) == ex._raw_text_spans(s.replace("İ", "I"))  # same length, same spans
    assert DEFAULT.extraction_min_share > 0


def test_the_quick_spans_are_the_exact_ones_in_lower_and_upper_case() -> None:
    for html in ("<p>a</p><script>x</script><p>b</p><style>y</style>", "<SCRIPT>x</SCRIPT><p>b</p><STYLE>y</STYLE>",
                 "<script type='a'>'</div>'</script><scripts>z</scripts>", "<p>a</p><script>never closed"):
        assert ex._quick_raw_text_spans(html) == ex._raw_text_spans(html)


def test_a_closing_tag_in_another_case_ends_the_quick_span() -> None:
    """The parser ends a script at its first closing tag in any case: the visible text after it
    must not be taken for script (which would put the bound below the visible text)."""
    html = "<script>x</SCRIPT><p>" + "story " * 50 + "</p><script>y</script>"
    spans = ex._quick_raw_text_spans(html)
    assert spans == ex._raw_text_spans(html)
    assert len(html) - sum(e - s for s, e in spans) >= len(ex.full_text(html))
    # mixed case is not found (a looser bound, never a lower one)
    assert ex._quick_raw_text_spans("<Script>x</Script>") == []


def test_most_of_the_page_being_script_is_decided_without_the_tag_pass(monkeypatch) -> None:
    """The markup without its scripts is already small enough: visible_bound (the substitution over
    every tag) is not needed either."""
    html = _page("A story of a few sentences. " * 12, 3, script_chars=400_000)
    monkeypatch.setattr(ex, "visible_bound", lambda *a: pytest.fail("visible_bound was computed"))
    monkeypatch.setattr(ex, "page_text", lambda h: pytest.fail("the page was parsed a second time"))
    monkeypatch.setattr("trafilatura.extract", lambda *a, **k: "A story of a few sentences. " * 12)
    assert not ex.extract(html).fallback


def test_the_quick_spans_are_linear() -> None:
    scanned = 0

    class Counting(str):
        def find(self, sub, start=0, *rest):  # type: ignore[override]
            nonlocal scanned
            k = str.find(self, sub, start, *rest)
            end = rest[0] if rest else len(self)
            scanned += (k if k >= 0 else end) - start
            return k

    def work(k: int) -> int:
        nonlocal scanned
        scanned = 0
        ex._quick_raw_text_spans(Counting("<p>x</p>" + "<script>'</div>'</script>" * k))
        return scanned

    small, large = work(2_000), work(8_000)
    assert large <= 4.5 * small, (small, large)
