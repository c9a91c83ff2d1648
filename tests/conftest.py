from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXPECTED = SAMPLES / "expected"
DEV_PAGES = ROOT.parent / "shared" / "data" / "dev-pages.jsonl.gz"
SEED = SAMPLES / "seed-trusted-reviews.txt"


def sample_inputs() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix in (".txt", ".html"))


@pytest.fixture(scope="session")
def dev_slice() -> list[dict]:
    """The development pages the page pass's fit leaves out (`stripper.learn.__main__.holdout`: every
    12th page, and the pages with a URL whose site hashes to 0 mod 10; 121 pages), so that the
    gates on them are held-out figures; skipped when the file is absent."""
    if not DEV_PAGES.is_file():
        pytest.skip("../shared/data/dev-pages.jsonl.gz is not here")
    from stripper.learn.__main__ import holdout
    from stripper.learn.data import read_pages

    held = {p.row for p in read_pages(DEV_PAGES) if holdout(p)}
    rows = []
    with gzip.open(DEV_PAGES, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i in held:
                rows.append(json.loads(line))
    return rows


@pytest.fixture(autouse=True)
def _workers_on_small_inputs(monkeypatch):
    """Tests run `stripper dataset -j 2` on inputs of a few KB to exercise the workers: they get them
    (a real run strips an input under formats.SMALL_INPUT in one process; tests/test_dataset.py
    checks that default)."""
    monkeypatch.setenv("STRIPPER_SMALL_INPUT", "0")
