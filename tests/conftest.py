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
    """Every 12th page of the shared development set (120 pages); skipped when it is absent."""
    if not DEV_PAGES.is_file():
        pytest.skip("../shared/data/dev-pages.jsonl.gz is not here")
    rows = []
    with gzip.open(DEV_PAGES, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 12 == 0:
                rows.append(json.loads(line))
    return rows
