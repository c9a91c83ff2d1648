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


def test_engine_is_a_parameter() -> None:
    assert StripBoilerplate(format="html", engine="resiliparse").engine == "resiliparse"
    with pytest.raises(ValueError, match="engine"):
        StripBoilerplate(engine="nope")


def test_site_templates_as_three_pipelines(tmp_path: Path) -> None:
    """Count (2 tasks, one count file each), merge (1 task), strip with the templates (2 tasks):
    the same text as the dataset command's two-step form gives from the same counts."""
    from stripper.integrations.datatrove import CountTemplateLines, MergeTemplateCounts
    from stripper.templates.apply import Templates, strip_with_templates
    from stripper.templates.counts import merge_files
    from stripper.templates.sim import simulate, synthetic_stories

    pages = list(simulate([12] * 6, synthetic_stories(100, seed=9), seed=9))
    (tmp_path / "in").mkdir()
    half = len(pages) // 2
    for name, part in (("a", pages[:half]), ("b", pages[half:])):
        write_jsonl(tmp_path / "in" / f"{name}.jsonl",
                    [{"id": p.url, "text": p.text, "metadata": {"url": p.url}} for p in part])
    reader = lambda: JsonlReader(str(tmp_path / "in"))  # noqa: E731
    LocalPipelineExecutor(pipeline=[reader(), CountTemplateLines(str(tmp_path / "counts"))], tasks=2,
                          logging_dir=str(tmp_path / "logs1")).run()
    counts = sorted((tmp_path / "counts").glob("*.tplcounts.gz"))
    assert [p.name for p in counts] == ["00000.tplcounts.gz", "00001.tplcounts.gz"]
    LocalPipelineExecutor(pipeline=[MergeTemplateCounts(str(tmp_path / "counts"), str(tmp_path / "tpl"))], tasks=1,
                          logging_dir=str(tmp_path / "logs2")).run()
    LocalPipelineExecutor(
        pipeline=[reader(), StripBoilerplate(templates=str(tmp_path / "tpl"), site_key="url"), JsonlWriter(str(tmp_path / "out"))],
        tasks=2, logging_dir=str(tmp_path / "logs3"),
    ).run()
    docs = {}
    for out in (tmp_path / "out").glob("*.jsonl.gz"):
        for line in gzip.decompress(out.read_bytes()).splitlines():
            d = orjson.loads(line)
            docs[d["id"]] = d
    assert len(docs) == len(pages)
    tpl = Templates.compile(merge_files(counts))
    assert set(tpl.names()) == {p.site for p in pages}
    for p in pages[:40]:
        assert docs[p.url]["text"] == strip_with_templates(p.text, p.site, tpl, format="text").text
    codes = [r["code"] for d in docs.values() for r in d["metadata"]["stripper_removals"]]
    assert codes.count("TPL001") > 5 * len(pages)
    stats = json.loads((tmp_path / "logs3" / "stats.json").read_text())
    mine = next(s for s in stats if "stripper" in s["name"])["stats"]
    assert mine["rule_TPL001"] == codes.count("TPL001")
