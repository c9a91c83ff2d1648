"""--learn-templates --resume after kill -9, in pass one (counting) and in pass two (stripping): the
output equals an uninterrupted run's, byte for byte."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from stripper.templates.sim import simulate, synthetic_stories, write_jsonl

CMD = "from stripper.cli import main; main()"


def _run(*args: str | Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CMD, "dataset", *map(str, args), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _position(path: Path, done: bool | None = None) -> int:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return 0
    if done is not None and data.get("done") != done:
        return 0
    return int(data.get("position", 0))


def _kill_when(proc: subprocess.Popen, ckpt: Path, done: bool | None) -> bool:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        if _position(ckpt, done) > 0:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    proc.kill()
    raise AssertionError("the run made no progress")


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> tuple[Path, bytes, Path, bytes]:
    d = tmp_path_factory.mktemp("crawl")
    src = d / "crawl.jsonl"
    write_jsonl(simulate([40] * 8, synthetic_stories(300, seed=5), seed=5), src)
    ref = d / "ref.jsonl"
    p = _run(src, ref, "--site-field", "url", "--learn-templates", "-j", "2")
    assert p.wait() == 0, p.stderr.read().decode() if p.stderr else ""
    # pass one spilling its counts to runs on disk every ~1,500 entries
    spill = d / "pyproject.toml"
    spill.write_text("[tool.stripper]\ntemplate-max-entries = 1500\n")
    ref2 = d / "ref2.jsonl"
    p = _run(src, ref2, "--site-field", "url", "--learn-templates", "-j", "2", "--config", spill)
    assert p.wait() == 0, p.stderr.read().decode() if p.stderr else ""
    return src, ref.read_bytes(), spill, ref2.read_bytes()


@pytest.mark.parametrize("where", ["pass-one", "pass-two", "pass-one-spilling"])
def test_resume_after_kill_9(tmp_path: Path, crawl: tuple[Path, bytes, Path, bytes], where: str):
    src, expected, spill, expected_spilled = crawl
    out = tmp_path / "out.jsonl"
    args: tuple[str | Path, ...] = (src, out, "--site-field", "url", "--learn-templates", "-j", "2", "--chunk-rows", "16",
                                    "--checkpoint-every", "0")
    if where == "pass-one-spilling":
        args, expected, where = (*args, "--config", spill), expected_spilled, "pass-one"
    state = tmp_path / "out.jsonl.tmp-stripper.checkpoint.json.templates" / "state.json"
    runner_ckpt = tmp_path / "out.jsonl.tmp-stripper.checkpoint.json"
    proc = _run(*args)
    killed = _kill_when(proc, state if where == "pass-one" else runner_ckpt, False if where == "pass-one" else None)
    if not killed:
        pytest.skip("the run finished before it could be killed")
    assert not out.exists()
    if where == "pass-one":
        assert not runner_ckpt.exists(), "killed in pass one"
    again = _run(*args, "--resume")
    assert again.wait() == 0, again.stderr.read().decode() if again.stderr else ""
    assert out.read_bytes() == expected
    assert not state.parent.exists()
