"""A row whose stripping kills its worker process (a crash in the C passes, the OOM killer) must
neither hang a run nor take other rows with it: it goes to the rejects and the run goes on.

The crash is planted by patching the worker's strip call in this process before the pool forks
(workers inherit it), so these tests need the fork start method."""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from pathlib import Path
from typing import Any

import orjson
import pytest
from test_dataset_support import app, read_rows, sample_rows, write_jsonl
from typer.testing import CliRunner

from stripper import strip
from stripper.dataset import work
from stripper.parallel import WorkerDied, strip_many

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")

MARK = "CRASH-THE-WORKER"


@pytest.fixture
def crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers die by SIGSEGV on a row holding MARK (only in a worker: never in this process)."""
    real = work.strip_value
    here = os.getpid()

    def strip_value(value: str, opts: Any, settings: Any) -> Any:
        if MARK in value and os.getpid() != here:
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(value, opts, settings)

    monkeypatch.setattr(work, "strip_value", strip_value)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # fork, so the workers get the patch


def test_a_row_that_kills_its_worker_is_rejected_and_the_run_goes_on(tmp_path: Path, crashing: None) -> None:
    rows = sample_rows(300)
    rows[150]["text"] += f"\n{MARK}"
    write_jsonl(tmp_path / "in.jsonl", rows)
    res = CliRunner().invoke(app, ["dataset", str(tmp_path / "in.jsonl"), str(tmp_path / "out.jsonl"), "--id-field",
                                   "id", "--workers", "2", "--format", "text", "--no-progress"])
    assert res.exit_code == 1, res.output  # a row was rejected
    out = read_rows(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for i, r in enumerate(rows) if i != 150]
    assert [r["text"] for r in out] == [strip(r["text"], format="text").text for i, r in enumerate(rows) if i != 150]
    (reject,) = [orjson.loads(x) for x in (tmp_path / "out.rejects.jsonl").read_bytes().splitlines()]
    assert (reject["line"], reject["kind"], reject["id"]) == (151, "worker-crashed", rows[150]["id"])
    assert "SIGSEGV" in reject["reason"] and MARK in reject["raw"]
    assert "300 = 299 + 1 (ok)" in res.output


def test_strip_many_raises_instead_of_hanging(monkeypatch: pytest.MonkeyPatch) -> None:
    import stripper.parallel

    real = stripper.parallel.strip
    here = os.getpid()

    def dying_strip(doc: str, **kwargs: Any) -> Any:
        if MARK in doc and os.getpid() != here:
            os.kill(os.getpid(), signal.SIGSEGV)
        return real(doc, **kwargs)

    monkeypatch.setattr(stripper.parallel, "strip", dying_strip)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    docs = ["Story line here.\nAdvertisement\nMore story."] * 50 + [MARK]
    with pytest.raises(WorkerDied, match="SIGSEGV"):
        list(strip_many(docs, workers=2, format="text", chunk_size=8))
