"""`stripper train`: refit the page pass on a user's labelled pages; same data, same weights."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from stripper import PagePass, Settings, page, strip
from stripper.cli import app
from stripper.learn.data import extra_pages

runner = CliRunner()


def _rows() -> list[dict]:
    """Labelled pages in the documented format: the shipped whole pages (text + gold), one with
    snippets instead of gold text."""
    rows = [{"id": p.id, "text": p.text, "gold": p.gold} for p in extra_pages()[:6]]
    p = extra_pages()[6]
    story = [ln for ln in p.gold.split("\n") if len(ln.split()) >= 3]
    rows.append({"id": p.id, "text": p.text, "with": story[:2], "without": ["Copyright"]})
    return rows


def _write(path: Path, rows: list[dict]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def test_train_writes_weights_and_the_same_data_gives_the_same_file(tmp_path: Path):
    data = _write(tmp_path / "pages.jsonl.gz", _rows())
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    r1 = runner.invoke(app, ["train", str(data), "--out", str(a)])
    r2 = runner.invoke(app, ["train", str(data), "-o", str(b)])
    assert r1.exit_code == 0, r1.output
    assert r2.exit_code == 0
    assert r1.stdout == ""  # messages go to stderr
    assert "wrote" in r1.stderr and "7 pages" in r1.stderr
    assert a.read_bytes() == b.read_bytes()
    w = json.loads(a.read_text(encoding="utf-8"))
    assert w["features"] == list(page.FEATURES)
    assert len(w["stage1"]) == len(page.FEATURES) and len(w["stage2"]) == len(page.STAGE2)
    # Other data, other weights: the fit does look at the pages.
    c = tmp_path / "c.json"
    assert runner.invoke(app, ["train", str(_write(tmp_path / "few.jsonl.gz", _rows()[:3])), "-o", str(c)]).exit_code == 0
    assert c.read_bytes() != a.read_bytes()


def test_the_weights_are_used_through_a_setting(tmp_path: Path):
    data = _write(tmp_path / "pages.jsonl.gz", _rows())
    out = tmp_path / "w.json"
    assert runner.invoke(app, ["train", str(data), "-o", str(out)]).exit_code == 0
    mine = page.load_weights(str(out))
    assert not (mine.stage1 == page.load_weights().stage1).all()
    # Through pyproject.toml, as the help says.
    (tmp_path / "pyproject.toml").write_text('[tool.stripper.page-pass]\nweights = "w.json"\n', encoding="utf-8")
    from stripper.settings import load

    settings = load(tmp_path / "pyproject.toml")
    assert settings.page_pass.weights == str(tmp_path / "w.json")
    text = extra_pages()[1].text
    result = strip(text, format="text", settings=Settings(page_pass=PagePass(weights=str(out)), page="always"))
    assert result.text.strip() and set(result.text.split("\n")) <= set(text.split("\n"))


def test_train_refuses_bad_input(tmp_path: Path):
    missing = runner.invoke(app, ["train", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "w.json")])
    assert missing.exit_code == 3 and "cannot read" in missing.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a"}\nnot json\n', encoding="utf-8")
    r = runner.invoke(app, ["train", str(bad), "-o", str(tmp_path / "w.json")])
    assert r.exit_code == 3 and "not JSON lines" in r.stderr
    unlabelled = tmp_path / "plain.jsonl"
    unlabelled.write_text('{"text": "a page\\nwith lines"}\n', encoding="utf-8")
    r = runner.invoke(app, ["train", str(unlabelled), "-o", str(tmp_path / "w.json")])
    assert r.exit_code == 2 and "no labelled page" in r.stderr
    assert not (tmp_path / "w.json").exists()
