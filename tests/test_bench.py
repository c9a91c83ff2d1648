"""Smoke test of the benchmark on a few pages of the dev data (skipped when the data is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages.jsonl.gz"


def test_bench_smoke() -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent")
    from stripper.bench import run_bench

    report = run_bench(DATA, limit=5, workers=2, html=False, repeat=1, scaling_mb=0.5)
    assert report["pages"] == 5 and report["repeat"] == 1
    assert set(report["c_speedups"]) == {"_keywords"}
    assert report["scaling"]["copies"] > 1 and report["scaling"]["input_mb"] >= 0.5
    for field in ("text_trafilatura", "text_fullpage"):
        # Rates only: which way is faster is the benchmark's finding, not something a unit test may
        # assert (a loaded machine can make one repeat of either side slow).
        assert report[field]["stripper_mb_s"] > 0 and report[field]["floor_mb_s"] > 0
    assert report["scaling"]["speedup"] > 0 and report["peak_rss_mb"]["main"] > 0


def test_bench_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    from stripper.bench import BenchError, run_bench

    with pytest.raises(BenchError, match="no such file"):
        run_bench(tmp_path / "none.jsonl.gz")
