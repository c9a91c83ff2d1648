"""The datatrove step, run by datatrove's own LocalPipelineExecutor on a small JSONL folder."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import orjson
import pytest

pytest.importorskip("datatrove")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from test_dataset_support import BOILER, sample_rows, write_jsonl

from stripper.integrations.datatrove import StripBoilerplate


def test_local_pipeline(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    rows = sample_rows(10)
    rows[9]["text"] = BOILER  # nothing but boilerplate
    write_jsonl(tmp_path / "in" / "a.jsonl", rows)
    step = StripBoilerplate(drop_empty=True)
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(tmp_path / "in")), step, JsonlWriter(str(tmp_path / "out"))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    (out,) = (tmp_path / "out").glob("*.jsonl.gz")
    docs = [orjson.loads(x) for x in gzip.decompress(out.read_bytes()).splitlines()]
    assert [d["id"] for d in docs] == [f"doc-{i}" for i in range(9)]  # doc-9 emptied and dropped
    assert all(BOILER not in d["text"] for d in docs)
    assert docs[0]["metadata"]["stripper_removed_chars"]["newsletter"] >= len(BOILER)
    assert docs[0]["metadata"]["stripper_removals"][0]["code"].startswith("NWS")
    assert docs[1]["metadata"]["stripper_removed_chars"] == {}
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    mine = next(s for s in stats if "stripper" in s["name"])["stats"]
    assert mine["total"] == 10 and mine["dropped"] == 1 and mine["forwarded"] == 9
    assert mine["changed"] == 6 and mine["removed_chars_newsletter"]["total"] >= 6 * len(BOILER)


def test_bad_rule_code_fails_when_the_step_is_built() -> None:
    from stripper import ConfigError

    with pytest.raises(ConfigError):
        StripBoilerplate(select=["NOPE999"])
