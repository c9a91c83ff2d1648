"""--resume after kill -9: a real subprocess is killed at several points mid-run, then resumed; the
output equals an uninterrupted run's, row for row, rejects included."""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import orjson
import pytest
from forkrun import Child
from test_dataset_support import read_rows, sample_rows, write_jsonl


def run_cli(*args: str | Path) -> Child:
    """`stripper dataset ARGS` in a real child process (forked warm: tests/forkrun.py), its stderr
    piped; SIGKILL and SIGINT reach it as they would a run started from a shell."""
    return Child(["dataset", *map(str, args), "--no-progress"])


def checkpoint_position(path: Path) -> int:
    try:
        return orjson.loads(path.read_bytes())["position"]
    except (OSError, orjson.JSONDecodeError, KeyError):
        return 0


def kill_after(proc: Child, ckpt: Path, past: int) -> bool:
    """SIGKILL `proc` once its checkpoint passes `past` input lines; False if it finished first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if checkpoint_position(ckpt) > past:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.005)
    proc.kill()
    raise AssertionError("the run made no progress")


def make_input(path: Path, n: int) -> None:
    rows = sample_rows(n)
    bad = {i: b'{"id": "bad", "text": ' for i in range(17, n, 97)}  # rejects all along the way
    write_jsonl(path, rows, raw_lines=bad)


@pytest.mark.parametrize(
    "out_name,extra",
    [
        ("out.jsonl.gz", ["-j", "2"]),
        ("out.parquet", ["-j", "1"]),
        ("shards", ["-j", "2", "--shard-size", "70"]),
    ],
)
def test_kill_9_then_resume_matches_an_uninterrupted_run(tmp_path: Path, out_name: str, extra: list[str]) -> None:
    n = 600  # resuming depends on where the kill lands, not on how much is left: a small input does
    src = tmp_path / "in.jsonl.zst"
    make_input(src, n)
    common = ["--chunk-rows", "20", "--checkpoint-every", "0", *extra]

    ref = tmp_path / "ref" / out_name
    ref.parent.mkdir()
    p = run_cli(src, ref, *common)
    p.wait()
    assert p.returncode == 1, p.stderr.read().decode() if p.stderr else ""

    out = tmp_path / "run" / out_name
    out.parent.mkdir()
    ckpt = (out / ".stripper-checkpoint.json") if out_name == "shards" else Path(f"{out}.tmp-stripper.checkpoint.json")
    kills = 0
    for past in (40, 200, 380):
        proc = run_cli(src, out, *common, "--resume")
        if kill_after(proc, ckpt, past):
            kills += 1
            assert not out.exists() or out.is_dir(), "a killed run must not leave a final-looking output file"
    assert kills >= 2, "the run finished before it could be killed; make the input bigger"
    proc = run_cli(src, out, *common, "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err.decode()
    assert b"resumed after" in err and b"(ok)" in err

    def rows(p: Path) -> list[dict]:
        if p.is_dir():
            return [r for f in sorted(p.glob("part-*")) for r in read_rows(f)]
        return read_rows(p)

    assert rows(out) == rows(ref)
    assert len(rows(out)) == n - len(range(17, n, 97))
    if out_name == "shards":
        assert sorted(f.name for f in out.iterdir()) == sorted(f.name for f in ref.iterdir())
    rejects = lambda d: sorted(d.rglob("*rejects.jsonl"))[0].read_bytes()  # noqa: E731
    assert rejects(out.parent) == rejects(ref.parent)
    assert not list(out.parent.rglob("*tmp-stripper*")) and not list(out.parent.rglob(".stripper-checkpoint*"))


def test_resume_refuses_a_checkpoint_from_other_options(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    make_input(src, 600)
    out = tmp_path / "out.jsonl"
    ckpt = Path(f"{out}.tmp-stripper.checkpoint.json")
    proc = run_cli(src, out, "--chunk-rows", "5", "--checkpoint-every", "0", "-j", "1")
    assert kill_after(proc, ckpt, 50)
    proc = run_cli(src, out, "--chunk-rows", "5", "--checkpoint-every", "0", "-j", "1", "--resume", "--output-field", "x")
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and b"other inputs or options" in err


def test_sigint_then_resume_with_other_workers_is_byte_identical(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.zst"
    make_input(src, 600)
    common = ["--chunk-rows", "20", "--checkpoint-every", "0"]
    ref = tmp_path / "ref.jsonl"
    p = run_cli(src, ref, *common, "-j", "2")
    p.wait()
    assert p.returncode == 1
    out = tmp_path / "out.jsonl"
    ckpt = Path(f"{out}.tmp-stripper.checkpoint.json")
    proc = run_cli(src, out, *common, "-j", "2")
    deadline = time.monotonic() + 60
    while checkpoint_position(ckpt) <= 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 1:
        pytest.skip("the run finished before the interrupt landed")
    assert proc.returncode == 130 and b"--resume" in err and b"Traceback" not in err, err.decode()
    assert ckpt.exists() and not out.exists()  # an interrupt keeps what --resume needs, and no final-looking file
    proc = run_cli(src, out, *common, "-j", "1", "--resume")  # other -j: the same bytes
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1 and b"resumed after" in err, err.decode()
    assert out.read_bytes() == ref.read_bytes()
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == (tmp_path / "ref.rejects.jsonl").read_bytes()
