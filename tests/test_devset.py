"""A fixed slice of the shared development set (every 12th page) as a quality regression gate.

The full evaluation is a command (`stripper eval ../shared/data/dev-pages.jsonl.gz ...`), run and
reported by hand; this slice keeps the floors in tests/quality_floors.json from slipping. Raise a
floor when quality improves; never lower one without saying why in the commit.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from stripper import strip
from stripper.evaluate import Score, score

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
