"""Smoke test of the benchmark on a few pages of the dev data (skipped when the data is absent): the
rows exist and add up. No timing is asserted (which way is faster is the benchmark's finding)."""
from __future__ import annotations

from pathlib import Path

import orjson
import pytest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages.jsonl.gz"


def test_bench_smoke() -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent")
    from stripper.bench import CLI_SPLIT, STAGES, run_bench

    report = run_bench(DATA, limit=3, workers=2, html=False, repeat=1, scaling_mb=0.2, modern=None,
                       views=("fullpage",))
    assert report["pages"] == 3 and report["repeat"] == 1
    for field in ("text_trafilatura", "text_fullpage"):
        assert report[field]["stripper_mb_s"] > 0 and report[field]["floor_mb_s"] > 0
    assert "runner_trafilatura" not in report
    for field in ("runner_fullpage",):
        r = report[field]
        assert r["copies"] > 1 and r["input_mb"] >= 0.2
        assert 0 < r["distinct_mb"] * r["copies"] <= r["input_mb"] + 0.1 * r["copies"]
        for key in ("floor_mb_s", "engine_mb_s", "engine_cold_mb_s", "cli_1_mb_s", "cli_2_mb_s", "cli_1_over_engine",
                    "cli_1_over_engine_cold", "cli_2_over_cli_1"):
            assert r[key] > 0, key
        # The engine in a fresh process pays its set-up and warm-up on top of the warm pass.
        assert r["engine_cold_mb_s"] < r["engine_mb_s"] and r["cli_1_over_engine_cold"] > r["cli_1_over_engine"]
        split = r["cli_1_split_s"]
        assert list(split) == list(CLI_SPLIT) and all(v >= 0 for v in split.values())
        assert split["start-up"] > 0 and split["engine set-up"] > 0 and split["strip (warm)"] > 0
        assert list(r["stages_s"]) == list(STAGES) and r["stages_s"]["match"] > 0
        assert sum(r["stage_shares"].values()) == pytest.approx(1.0, abs=0.01)
        fixed = split["start-up"] + split["engine set-up"] + split["DFA warm-up"]
        assert r["fixed_s"] == pytest.approx(fixed, abs=0.002) and 1 <= r["ceiling_2_over_1"] <= 2
    assert report["scaling"]["speedup"] == report["runner_fullpage"]["cli_2_over_cli_1"]
    assert report["peak_rss_mb"]["main"] > 0


def test_the_runner_split_leaves_the_runner_what_the_other_parts_do_not_take() -> None:
    from stripper.bench import cli_split

    best = {"start-up": 0.3, "engine_setup": 0.5, "engine_first": 2.0, "engine_warm": 1.2, "cli_1": 3.4}
    assert cli_split(best) == {"start-up": 0.3, "engine set-up": 0.5, "DFA warm-up": 0.8, "strip (warm)": 1.2,
                               "runner": 0.6}
    # Bests of separate runs need not add up: the runner's share is never below 0.
    assert cli_split({**best, "cli_1": 2.5})["runner"] == 0.0


def test_the_ceiling_of_n_workers_is_set_by_what_each_process_pays_once() -> None:
    from stripper.bench import ceiling

    assert ceiling(3.0, 0.0, 2) == 2.0  # nothing fixed: the work is shared
    assert ceiling(3.0, 1.0, 2) == 1.5  # a third fixed: 3 s against 1 + 2/2
    assert ceiling(3.0, 3.0, 2) == 1.0 and ceiling(3.0, 5.0, 2) == 1.0  # all fixed (a bound above the run: the run)
    assert ceiling(3.0, 1.0, 1) == 1.0 and ceiling(4.0, 1.0, 4) == pytest.approx(4 / 1.75, abs=0.001)


def test_modern_html_row_splits_the_extraction_from_the_text_passes(tmp_path: Path) -> None:
    """A page whose extraction finds nothing falls back to its full text, parsed again; an article
    whose extraction holds most of the page is not parsed again."""
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent")
    from stripper.bench import run_bench

    story = " ".join(f"The council met on day {i} and voted to widen the river path by a mile." for i in range(40))
    article = f"<html><body><article><h1>Path widened</h1><p>{story}</p><p>{story}</p></article></body></html>"
    links = " ".join(f"<a href='/s{i}'>Section {i}</a>" for i in range(300))
    menu = f"<html><body><footer>{links}</footer></body></html>"  # (trafilatura keeps nothing of a footer)
    modern = tmp_path / "modern.jsonl"
    modern.write_bytes(b"".join(orjson.dumps({"html": h}) + b"\n" for h in (article, menu, article)))
    h = run_bench(DATA, limit=2, repeat=1, modern=modern, sections=("modern",))["html_modern"]
    assert h["pages"] == 3 and h["trafilatura_alone_s"] > 0 and h["extract_only_s"] > 0
    assert h["text_passes_s"] == pytest.approx(max(0.0, h["stripper_html_s"] - h["extract_only_s"]), abs=0.011)
    assert h["pages_parsed_again"] == 1


def test_a_section_runs_alone_and_an_unknown_one_is_refused() -> None:
    if not DATA.exists():
        pytest.skip(f"{DATA} is absent")
    from stripper.bench import BenchError, run_bench

    report = run_bench(DATA, limit=2, html=False, repeat=1, modern=None, sections=("text",))
    assert "text_fullpage" in report and not any(k.startswith("runner_") or k.startswith("html") for k in report)
    with pytest.raises(BenchError, match="unknown section 'nope'"):
        run_bench(DATA, limit=2, sections=("nope",))


def test_the_stage_split_adds_up_to_the_strip(tmp_path: Path) -> None:
    """Every row goes through every stage; the engine's own stages are timed inside strip."""
    from stripper.bench import stage_split

    src = tmp_path / "in.jsonl"
    text = "Home\nNews\n\nA story of a few words, and then some more of them.\n\nAdvertisement\n"
    src.write_bytes(b"".join(orjson.dumps({"id": i, "text": text * (i + 1)}) + b"\n" for i in range(20)))
    split = stage_split(src)
    assert all(v >= 0 for v in split.values()) and split["match"] > 0 and split["segment"] > 0
    assert split["extract"] == 0  # text mode: nothing is extracted


def test_bench_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    from stripper.bench import BenchError, run_bench

    with pytest.raises(BenchError, match="no such file"):
        run_bench(tmp_path / "none.jsonl.gz")


def test_the_runner_file_holds_each_distinct_text_of_both_files_before_repeating(tmp_path: Path) -> None:
    """The runner's file is made of every distinct text of --data and --modern (repeats and empty
    texts left out); the modern file is not added twice when it is the data file itself."""
    from stripper.bench import _distinct, _runner_extra

    assert _distinct(["a", "", "b", "a", "c", "b"]) == ["a", "b", "c"]
    data, modern = tmp_path / "d.jsonl", tmp_path / "m.jsonl"
    data.write_bytes(orjson.dumps({"fullpage": "x"}) + b"\n")
    modern.write_bytes(b"".join(orjson.dumps({"fullpage": t}) + b"\n" for t in ("y", "z", "w")))
    assert [p["fullpage"] for p in _runner_extra(modern, data, None)] == ["y", "z", "w"]
    assert [p["fullpage"] for p in _runner_extra(modern, data, 2)] == ["y", "z"]
    assert _runner_extra(data, data, None) == [] and _runner_extra(tmp_path / "absent.jsonl", data, None) == []
