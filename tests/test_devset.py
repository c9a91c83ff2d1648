"""Held-out slices of the shared data as a quality regression gate: every 12th development page,
and the trafilatura evaluation pages of the held-out sites. The page pass's weights are fitted
without them (`stripper.learn.__main__.holdout`), so these figures are held-out figures.

The full evaluation is a command (`python -m stripper.learn eval ../shared/data/*.jsonl.gz`, and
`stripper eval`), run and reported by hand; these slices keep the floors in
tests/quality_floors.json from slipping. Raise a floor when quality improves; never lower one
without saying why in the commit.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT
from stripper import strip
from stripper.evaluate import Score, SnippetScore, score, snippet_score, story_kept

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())


def _run(rows, field, fmt):
    got, base = Score(), Score()
    for r in rows:
        got = got + score(r["gold"], strip(r[field], format=fmt).text)
        base = base + score(r["gold"], r[field] if fmt == "text" else r["trafilatura"])
    return got, base


@pytest.mark.parametrize("field", ["fullpage", "trafilatura"])
def test_text_views_hold_their_floors(dev_slice, field):
    got, base = _run(dev_slice, field, "text")
    floor = FLOORS[field]
    assert got.f1 >= floor["f1"], (got.f1, floor)
    assert got.precision >= floor["precision"], (got.precision, floor)
    assert got.recall >= floor["recall"], (got.recall, floor)
    if field == "trafilatura":
        # Already-extracted text: precision up, recall down by no more than half a point.
        assert got.precision >= base.precision
        assert got.recall >= base.recall - 0.01


TRAFEVAL = ROOT.parent / "shared" / "data" / "trafeval-pages.jsonl.gz"


@pytest.fixture(scope="module")
def trafeval_held_out() -> list:
    if not TRAFEVAL.is_file():
        pytest.skip("../shared/data/trafeval-pages.jsonl.gz is not here")
    from stripper.learn.__main__ import holdout
    from stripper.learn.data import read_pages

    return [p for p in read_pages(TRAFEVAL) if holdout(p)]


def test_modern_pages_of_held_out_sites_hold_their_floors(trafeval_held_out):
    floor = FLOORS["trafeval-held-out"]
    for view in ("text", "extracted"):
        got, lost = SnippetScore(), 0
        for p in trafeval_held_out:
            src = p.text if view == "text" else p.extracted
            out = strip(src, format="text").text
            got = got + snippet_score(out, p.with_, p.without)
            kept = story_kept(" ".join(p.with_), src, out)
            lost += kept is not None and kept < 0.5
        assert got.f1 >= floor[view]["f1"], (view, got.to_dict())
        assert lost <= floor[view]["lost"], (view, lost)


def test_no_story_is_lost_on_already_extracted_text(dev_slice):
    lost = [r["id"] for r in dev_slice
            if (k := story_kept(r["gold"], r["trafilatura"], strip(r["trafilatura"], format="text").text)) is not None
            and k < 0.5]
    assert not lost


def test_whole_page_text_gains_most(dev_slice):
    got, base = _run(dev_slice, "fullpage", "text")
    assert got.f1 - base.f1 >= 0.15
    assert got.precision - base.precision >= 0.25


def test_html_holds_its_floor(dev_slice):
    rows = dev_slice[::3]  # trafilatura's extraction is the slow part: 40 pages
    got, _ = _run(rows, "html", "html")
    assert got.f1 >= FLOORS["html"]["f1"], got.f1


@pytest.mark.parametrize("field", ["fullpage", "trafilatura"])
def test_stripping_real_pages_twice_changes_nothing(dev_slice, field):
    for r in dev_slice:
        once = strip(r[field], format="text")
        assert strip(once.text, format="text").text == once.text, r["id"]
        pieces, pos = [], 0
        for x in once.removals:
            pieces.append(r[field][pos : x.start])
            pos = x.end
        assert "".join(pieces) + r[field][pos:] == once.text, r["id"]


def test_the_dev_slice_is_the_fit_s_held_out_slice(dev_slice):
    """The gate's pages (conftest.dev_slice) are exactly the development pages the fit leaves out,
    and every 12th page is one (the cleaneval pages have URLs: they are held out by site)."""
    from conftest import DEV_PAGES
    from stripper.learn.__main__ import holdout
    from stripper.learn.data import read_pages

    pages = list(read_pages(DEV_PAGES))
    held = [p.id for p in pages if holdout(p)]
    assert [r["id"] for r in dev_slice] == held and len(held) > 100
    assert all(holdout(p) for p in pages if p.row % 12 == 0 and not p.has_url)
