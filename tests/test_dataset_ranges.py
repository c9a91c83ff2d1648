"""Runs in byte ranges (stripper/dataset/ranges.py): with workers and plain JSONL inputs, the workers
read their ranges of the input and write their own part files; the main process only cuts the
ranges and appends the parts in order. The output must be what a run in one process writes, byte
for byte, rejects and figures included, and --resume after kill -9 must still give it."""
from __future__ import annotations

import gzip
import itertools
import multiprocessing
import os
from pathlib import Path

import orjson
import pytest
from test_dataset_resume import checkpoint_position, kill_after, run_cli
from test_dataset_support import app, read_rows, sample_rows, write_jsonl
from typer.testing import CliRunner

from stripper.dataset import ranges, readers, runner
from stripper.dataset.runner import Job, in_ranges
from stripper.dataset.work import WorkOptions

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")


def invoke(*args: object) -> object:
    return CliRunner().invoke(app, ["dataset", *map(str, args), "--no-progress", "--format", "text"])


def mixed_input(path: Path, n: int = 400, *, last_newline: bool = True) -> None:
    """Rows with every kind of outcome along the way: blank lines, invalid JSON, a missing field,
    a non-string field, a row over the size limit, rows changed and rows untouched."""
    lines = [orjson.dumps(r) for r in sample_rows(n)]
    for i in range(13, n, 41):
        lines[i] = b'{"id": "bad", "text": '
    for i in range(29, n, 67):
        lines[i] = b""
    lines[50] = b'{"id": "no-text"}'
    lines[51] = b'{"id": "null", "text": null}'
    lines[77] = orjson.dumps({"id": "big", "text": "x " * 3000})
    lines[90] = b'{"id": "spaced",   "text" : "Story.\\n\\nAdvertisement\\n\\nMore story here."  , "n": 1.0e-400}'
    data = b"\n".join(lines) + (b"\n" if last_newline else b"")
    path.write_bytes(data)


def run_both(tmp_path: Path, inputs: list[Path], out_name: str, *extra: str) -> tuple[Path, Path]:
    one = tmp_path / "one" / out_name
    two = tmp_path / "two" / out_name
    one.parent.mkdir()
    two.parent.mkdir()
    common = ["--id-field", "id", "--max-row-bytes", "4096", *extra]
    r1 = invoke(*inputs, one, "-j", "1", "--stats", one.parent / "s.json", *common)
    r2 = invoke(*inputs, two, "-j", "2", "--range-bytes", "2048", "--stats", two.parent / "s.json", *common)
    assert r1.exit_code == r2.exit_code == 1, (r1.output, r2.output)  # rows were rejected
    return one, two


def _stats(d: Path) -> dict:
    s = orjson.loads((d / "s.json").read_bytes())
    s.pop("seconds")
    s.pop("rejects_file")
    return s


@pytest.mark.parametrize("out_name", ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst"])
def test_ranges_write_what_one_process_writes(tmp_path: Path, out_name: str) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    mixed_input(a, 400, last_newline=False)  # a file whose last line has no newline, then another
    mixed_input(b, 150)
    one, two = run_both(tmp_path, [a, b], out_name)
    if out_name == "out.jsonl":
        assert one.read_bytes() == two.read_bytes()
    else:  # (compressed in other pieces: the same rows)
        assert read_rows(one) == read_rows(two)
    if out_name.endswith(".gz"):
        assert gzip.decompress(two.read_bytes()) == gzip.decompress(one.read_bytes())
    assert (one.parent / "out.rejects.jsonl").read_bytes() == (two.parent / "out.rejects.jsonl").read_bytes()
    assert _stats(one.parent) == _stats(two.parent)
    rejects = [orjson.loads(x) for x in (two.parent / "out.rejects.jsonl").read_bytes().splitlines()]
    assert {(r["source"], r["line"]) for r in rejects} >= {(str(a), 14), (str(a), 51), (str(a), 78), (str(b), 55)}
    assert not [p for p in two.parent.iterdir() if "tmp-stripper" in p.name]  # no parts left behind


def test_the_main_process_reads_no_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In ranges the workers read the input: the main process never reads it line by line, nor
    strips a row (both patched to fail here, in this process only; the forked workers get them too,
    so they fail only by pid)."""
    here = os.getpid()
    real_read, real_item = readers.read_lines, ranges.work.process_item

    def read_lines(*args: object, **kwargs: object) -> object:
        assert os.getpid() != here, "the main process read the input"
        return real_read(*args, **kwargs)  # type: ignore[arg-type]

    def process_item(*args: object, **kwargs: object) -> object:
        assert os.getpid() != here, "the main process stripped a row"
        return real_item(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_lines", read_lines)
    monkeypatch.setattr(ranges, "read_lines", read_lines)
    monkeypatch.setattr(ranges.work, "process_item", process_item)
    src = tmp_path / "in.jsonl"
    write_jsonl(src, sample_rows(300))
    job = Job(inputs=[src], input_formats=["jsonl"], output=tmp_path / "out.jsonl", output_format="jsonl",
              options=WorkOptions(format="text"), workers=2, progress=False, range_bytes=4096, small_input=0)
    assert in_ranges(job, 2)
    result = runner.run(job)
    assert result.stats.rows_written == 300 and result.stats.balanced
    assert [r["id"] for r in read_rows(tmp_path / "out.jsonl")] == [f"doc-{i}" for i in range(300)]


def test_which_runs_go_in_ranges(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"{}\n")

    def job(**kw: object) -> Job:
        base: dict = dict(inputs=[src], input_formats=["jsonl"], output=tmp_path / "o.jsonl", output_format="jsonl")
        base.update(kw)
        return Job(**base)

    assert in_ranges(job(), 2) and in_ranges(job(output_format="jsonl.zst"), 4)
    assert not in_ranges(job(), 1)  # one process: no pool at all
    assert not in_ranges(job(limit=5), 2)
    assert not in_ranges(job(input_formats=["jsonl.gz"]), 2)  # a compressed stream has no offsets
    assert not in_ranges(job(output_format="parquet"), 2)
    assert not in_ranges(job(directory=True, shard_size=10), 2)
    assert not in_ranges(job(inputs=[Path("/dev/stdin")]), 2)


def test_ranges_cover_the_input_at_line_starts_and_shrink(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [b"x" * (i % 300) for i in range(5000)]
    data = b"\n".join(lines)  # no newline at the end
    src.write_bytes(data)
    got = list(ranges.plan([src, src], [len(data), len(data)], (0, 1000), 2, tmp_path, "jsonl", set(), 20000))
    by_src = [[r for r in got if r.src == s] for s in (0, 1)]
    assert by_src[0][0].start == 1000 and by_src[1][0].start == 0
    for rs, size in zip(by_src, (len(data), len(data))):
        assert all(a.end == b.start for a, b in itertools.pairwise(rs)) and rs[-1].end == size
        assert all(data[r.start - 1 : r.start] == b"\n" for r in rs if r.start not in (0, 1000))
    assert [r.index for r in got] == list(range(len(got)))
    sizes = [r.end - r.start for r in got]
    assert max(sizes) <= 20000 + 300 and sizes[-1] < sizes[0]  # (ranges shrink towards the end)


def test_seek_lines_finds_where_a_count_of_lines_ends(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.write_bytes(b"1\n22\n\n333")  # 4 lines, the last without a newline
    b.write_bytes(b"x\ny\n")
    paths, sizes = [a, b], [a.stat().st_size, b.stat().st_size]
    assert ranges.seek_lines(paths, sizes, 0) == (0, 0, 0)
    assert ranges.seek_lines(paths, sizes, 2) == (0, 5, 2)
    assert ranges.seek_lines(paths, sizes, 3) == (0, 6, 3)
    assert ranges.seek_lines(paths, sizes, 4) == (0, 9, 4)
    assert ranges.seek_lines(paths, sizes, 5) == (1, 2, 1)
    assert ranges.seek_lines(paths, sizes, 6) == (1, 4, 2)
    assert ranges.seek_lines(paths, sizes, 7) is None


def test_a_wrong_text_field_stops_a_run_in_ranges(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_jsonl(src, [{"body": "Story."}] * 300)
    r = invoke(src, tmp_path / "out.jsonl", "-j", "2", "--range-bytes", "512")
    assert r.exit_code == 2 and "no field 'text'" in r.output and "--text-field" in r.output
    assert not (tmp_path / "out.jsonl").exists() and not list(tmp_path.glob("*tmp-stripper*"))


@pytest.mark.parametrize("resume_j", ["2", "1"])
def test_kill_9_in_ranges_then_resume_matches_an_uninterrupted_run(tmp_path: Path, resume_j: str) -> None:
    src = tmp_path / "in.jsonl"
    mixed_input(src, 600)
    common = ["--checkpoint-every", "0", "--range-bytes", "3000", "--id-field", "id", "--format", "text"]
    ref = tmp_path / "ref.jsonl"
    p = run_cli(src, ref, *common, "-j", "1")
    p.wait()
    assert p.returncode == 1
    out = tmp_path / "run" / "out.jsonl"
    out.parent.mkdir()
    ckpt = Path(f"{out}.tmp-stripper.checkpoint.json")
    kills = 0
    for past in (60, 250, 420):
        proc = run_cli(src, out, *common, "-j", "2", "--resume")
        if kill_after(proc, ckpt, past):
            kills += 1
            assert not out.exists()
            assert orjson.loads(ckpt.read_bytes())["cursor"] is not None
    assert kills >= 2, "the run finished before it could be killed"
    proc = run_cli(src, out, *common, "-j", resume_j, "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and b"resumed after" in err, err.decode()
    assert out.read_bytes() == ref.read_bytes()
    assert (out.parent / "out.rejects.jsonl").read_bytes() == (tmp_path / "ref.rejects.jsonl").read_bytes()
    assert not list(out.parent.glob("*tmp-stripper*"))


def test_a_run_in_chunks_resumes_in_ranges(tmp_path: Path) -> None:
    """A checkpoint that counts lines only (a run in one process) is found in the input by its
    line count when a run with workers takes over."""
    src = tmp_path / "in.jsonl"
    mixed_input(src, 600)
    common = ["--checkpoint-every", "0", "--chunk-rows", "5", "--id-field", "id", "--format", "text"]
    ref = tmp_path / "ref.jsonl"
    p = run_cli(src, ref, *common, "-j", "1")
    p.wait()
    out = tmp_path / "out.jsonl"
    ckpt = Path(f"{out}.tmp-stripper.checkpoint.json")
    assert kill_after(run_cli(src, out, *common, "-j", "1"), ckpt, 200)
    assert checkpoint_position(ckpt) > 200 and orjson.loads(ckpt.read_bytes())["cursor"] is None
    proc = run_cli(src, out, *common, "-j", "2", "--range-bytes", "4000", "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and b"resumed after" in err, err.decode()
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == (tmp_path / "ref.rejects.jsonl").read_bytes()
