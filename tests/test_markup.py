"""The parser-free full-text fallback (extract.markup_text): offsets of the page itself, script and
style bodies left out, linear time."""
from __future__ import annotations

import pytest

from stripper.extract import _raw_text_spans, full_text, markup_text


def _turkish_page(depth: int) -> str:
    paras = "".join(
        f"<p>İstanbul haberleri {i}: belediye meclisi yeni parkı onayladı.</p>"
        f"<script>var tracker{i} = 'İSTANBUL';</script><STYLE>.x{i} {{ color: red }}</STYLE >"
        for i in range(20)
    )
    return "<html><body>" + "<div>" * depth + paras + "</div>" * depth + "</body></html>"


def test_text_after_dotted_capital_i_is_not_shifted_and_scripts_do_not_leak():
    # "İ" lowercases to two characters: offsets found in html.lower() used to cut the page in the
    # wrong places ("<scrstanbul haberleri", "var traerleri").
    text = markup_text(_turkish_page(1))
    lines = text.splitlines()
    assert lines == [f"İstanbul haberleri {i}: belediye meclisi yeni parkı onayladı." for i in range(20)]


def test_the_full_text_of_a_page_nested_deeper_than_the_parser_follows():
    page = _turkish_page(30_000)
    text = full_text(page)
    assert "İstanbul haberleri 19: belediye meclisi yeni parkı onayladı." in text.splitlines()
    assert "var " not in text and "<scr" not in text and "color" not in text


@pytest.mark.parametrize(
    "html,want",
    [
        ("a<script>x</script>b", "ab"),
        ("a<SCRIPT type=x>x</SCRIPT>b", "ab"),
        ("a<script>x</script >b<style>y</style>c", "abc"),
        ("a<scripts>kept</scripts>b", "akeptb"),  # not a script element
        ("a<script>never closed", "a"),
        ("İİİ<p>a<script>x</script>b", "İİİ\nab"),
        ("a<style>x</style><script>y</script><style>z</style>b", "ab"),
    ],
)
def test_raw_text_elements(html: str, want: str):
    assert markup_text(html) == want


def _finds(monkeypatch, html: str) -> int:
    """Characters str.find scanned over while locating script and style elements."""
    scanned = 0

    class Counting(str):
        def find(self, sub, start=0, *rest):  # type: ignore[override]
            nonlocal scanned
            k = str.find(self, sub, start, *rest)
            scanned += (k if k >= 0 else len(self)) - start
            return k

        def translate(self, table):  # type: ignore[override]
            return Counting(str.translate(self, table))

    _raw_text_spans(Counting(html))
    return scanned


def test_locating_script_elements_is_linear(monkeypatch):
    # 40,000 <script> elements and no <style> took 15 s: every step looked for "<style" to the end.
    small = _finds(monkeypatch, "<p>x</p>" + "<script>a</script>" * 2_000)
    large = _finds(monkeypatch, "<p>x</p>" + "<script>a</script>" * 8_000)
    assert large <= 4.5 * small, (small, large)

