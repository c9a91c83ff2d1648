"""Crash safety: kill -9 a real `stripper dataset` run at random instants (seeded), again and again,
resume it each time, and the final output equals an uninterrupted run's, row for row, rejects
included; no temporary file, checkpoint or orphaned worker is left behind.

test_dataset_resume.py kills at fixed checkpoint positions; here the instant is random, so kills also
land while Python starts, before the first checkpoint, between a shard's close and its rename, and
during the final renames. STRIPPER_CRASH_SEED and STRIPPER_CRASH_KILLS widen a local run:

    STRIPPER_CRASH_KILLS=200 python -m pytest tests/test_crash.py
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import orjson
import pytest
from test_dataset_resume import make_input, run_cli
from test_dataset_support import read_rows

SEED = int(os.environ.get("STRIPPER_CRASH_SEED", "20240604"))
KILLS = int(os.environ.get("STRIPPER_CRASH_KILLS", "5"))
N = 1500


def rows(p: Path) -> list[dict]:
    if p.is_dir():
        return [r for f in sorted(p.glob("part-*")) for r in read_rows(f)]
    return read_rows(p)


def processes_mentioning(marker: str) -> list[int]:
    """Live processes whose command line names `marker` (a run's output path): orphaned workers."""
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read()
            with open(f"/proc/{pid}/stat", "rb") as f:
                state = f.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmd and state != b"Z":
            found.append(int(pid))
    return found


def no_orphans(marker: str) -> bool:
    deadline = time.monotonic() + 5
    while processes_mentioning(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


@pytest.mark.heavy  # test_dataset_resume.py kills at fixed points in the default run
@pytest.mark.parametrize(
    "out_name,extra",
    [
        ("shards", ["-j", "2", "--shard-size", "200"]),
        ("out.parquet", ["-j", "1"]),
        ("out.jsonl.gz", ["-j", "2", "--checkpoint-every", "0.02"]),
    ],
)
def test_kill_9_at_random_instants_then_resume(tmp_path: Path, out_name: str, extra: list[str]) -> None:
    rng = random.Random(f"{SEED}-{out_name}")
    src = tmp_path / "in.jsonl.zst"
    make_input(src, N)
    common = ["--chunk-rows", "5", *(["--checkpoint-every", "0"] if "--checkpoint-every" not in extra else []), *extra]

    (tmp_path / "ref").mkdir()
    ref = tmp_path / "ref" / out_name
    t0 = time.monotonic()
    p = run_cli(src, ref, *common)
    _, err = p.communicate(timeout=120)
    span = time.monotonic() - t0
    assert p.returncode == 1, err.decode()

    out = tmp_path / "run" / out_name
    ckpt = (out / ".stripper-checkpoint.json") if out_name == "shards" else Path(f"{out}.tmp-stripper.checkpoint.json")

    def check_same_as_reference(where: str) -> None:
        assert rows(out) == rows(ref), f"seed {SEED}, {where}, kills at {log}"
        assert len(rows(out)) == N - len(range(17, N, 97))
        if out_name == "shards":
            assert sorted(f.name for f in out.iterdir()) == sorted(f.name for f in ref.iterdir())
        rejects = lambda d: sorted(d.rglob("*rejects.jsonl"))[0].read_bytes()  # noqa: E731
        assert rejects(out.parent) == rejects(ref.parent), f"seed {SEED}, {where}, kills at {log}"
        assert not list(out.parent.rglob("*tmp-stripper*")) and not list(out.parent.rglob(".stripper-checkpoint*"))

    kills, completed, log = 0, 0, []
    (tmp_path / "run").mkdir()
    for _ in range(KILLS * 3):
        if kills >= KILLS:
            break
        proc = run_cli(src, out, *common, "--resume")
        delay = rng.uniform(0.0, span)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:  # still running: the kill lands
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
        err = proc.stderr.read() if proc.stderr else b""
        log.append((round(delay, 3), proc.returncode))
        assert b"Traceback" not in err, err.decode()
        assert no_orphans(str(out)), f"workers outlived their killed parent (seed {SEED}, {log})"
        assert proc.returncode in (1, -signal.SIGKILL), (proc.returncode, err.decode(), log)
        done = proc.returncode == 1 or (
            # killed after its last step, the checkpoint's removal: the run is complete
            not ckpt.exists() and (out.is_file() or (out.is_dir() and any(out.glob("part-*")))))
        if done:
            check_same_as_reference("a run that completed between kills")
            completed += 1
            shutil.rmtree(tmp_path / "run")  # and start the scenario again
            (tmp_path / "run").mkdir()
            continue
        if out_name != "shards" and out.exists():
            # Only the final renames were under way: the checkpoint says the work was done.
            assert orjson.loads(ckpt.read_bytes())["done"], "a killed run left a final-looking partial output"
    assert kills >= min(2, KILLS), f"too few kills landed (seed {SEED}, {log})"
    proc = run_cli(src, out, *common, "--resume")
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, (err.decode(), log)
    check_same_as_reference("the final resumed run")


def test_parquet_killed_between_merge_and_checkpoint_resumes(tmp_path: Path) -> None:
    """Found by the random kills (seed 7, 40 kills): close() merged the parts into the file and
    deleted them, then the kill came before the checkpoint said so; the resumed writer had no parts
    left to merge. Parts now stay until a checkpoint records the file as closed."""
    from stripper.dataset.writers import ParquetWriter

    path = tmp_path / "out.parquet.tmp-stripper"
    w = ParquetWriter(path, None)
    w.write([(None, {"text": f"row {i}"}) for i in range(10)])
    state, _ = w.commit()
    w.close()  # ...and kill -9 here, before the checkpoint records the close
    again = ParquetWriter(path, None, state)
    again.commit()
    again.close()
    import pyarrow.parquet as pq

    assert pq.read_table(path).column("text").to_pylist() == [f"row {i}" for i in range(10)]
