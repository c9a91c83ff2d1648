"""The learned line classifier and the injection benchmark: reproducible, and doing what they say."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from stripper import Settings, strip
from stripper.learn import inject
from stripper.learn.classifier import LineClassifier, shipped
from stripper.learn.linedata import STORY, Example, held_out
from stripper.model import CATEGORIES, Category
from stripper.rules import LEARNED

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev-pages.jsonl.gz"


def test_categories_are_one_registry():
    assert [c.value for c in Category] == [c.prefix for c in CATEGORIES]
    for cat in Category:
        assert cat.label and cat.colour and cat.description
    from stripper.render import COLORS

    assert all(COLORS[cat] == cat.colour for cat in Category)


def test_learned_rule_reason_carries_the_score():
    rule = LEARNED[0]
    result = strip(rule.removes[0], format="text", settings=Settings(select=(rule.code,), page="never"))
    assert [r.code for r in result.removals] == [rule.code]
    assert result.removals[0].reason.startswith("classifier score ")
    assert float(result.removals[0].reason.split()[-1]) > shipped().threshold


def test_learned_rules_follow_ignore():
    rule = LEARNED[0]
    result = strip(rule.removes[0], format="text", settings=Settings(select=("LEARNED",), ignore=(rule.code,), page="never"))
    assert rule.code not in {r.code for r in result.removals}


def test_held_out_split_is_fixed():
    names = [f"fam-{i}" for i in range(2000)]
    share = sum(map(held_out, names)) / len(names)
    assert 0.2 < share < 0.3
    assert [held_out(n) for n in names] == [held_out(n) for n in names]


def test_same_data_same_model(tmp_path):
    pytest.importorskip("sklearn")
    from stripper.learn import train

    lines = [Example(f"Sign up to our newsletter number {i}", "NWS", "en", "f1") for i in range(20)]
    lines += [Example(f"We may earn a commission on item {i}", "AFF", "en", "f2") for i in range(20)]
    lines += [Example(f"The council met on day {i} and voted on the plan.", STORY, "en", "p") for i in range(40)]
    outs = []
    for k in range(2):
        labels, coef, bias = train.fit(lines, bits=10)
        path = tmp_path / f"m{k}.json.gz"
        train.to_file(labels, coef, bias, 0.5, path, {})
        outs.append(path.read_bytes())
    assert outs[0] == outs[1]
    model = LineClassifier.load(tmp_path / "m0.json.gz")
    assert model.score("Sign up to our newsletter today")[0] == "NWS"
    assert model.score("The council met on Friday and voted on the plan.")[1] < 0.5
    doc = json.loads(gzip.decompress(outs[0]))
    assert doc["bits"] == 10 and doc["labels"] == sorted({e.label for e in lines})


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/data/dev-pages.jsonl.gz not present")
def test_injection_benchmark_is_deterministic_and_scores():
    a = inject.make_docs(DEV, 4, "held-out", seed=1)
    b = inject.make_docs(DEV, 4, "held-out", seed=1)
    assert [d.lines for d in a] == [d.lines for d in b] and len(a) == 4
    assert all(any(k not in ("story", "hard") for k in d.kinds) for d in a)
    report = inject.score(a, Settings(page="never"), "text").to_dict()
    assert report["boilerplate_lines"] > 0 and report["story_lines"] > 0
    assert 0 <= report["recall"] <= 1 and report["story_kept"] > 0.9
    html = inject.as_html(a[0])
    assert "<article>" in html and a[0].lines[1].split()[0] in html


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/data/dev-pages.jsonl.gz not present")
def test_eval_inject_option():
    from typer.testing import CliRunner

    from stripper.cli import app

    result = CliRunner().invoke(app, ["eval", str(DEV), "--inject", "--limit", "3", "--json", "--isolated"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["pages"] == 3 and {"text", "html", "html_extraction_only"} <= set(report)
