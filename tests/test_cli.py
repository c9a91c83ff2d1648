"""The CLI, through typer's CliRunner and through a real subprocess pipe."""
from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

import forkrun
import pytest
from typer.testing import CliRunner

from conftest import EXPECTED, SAMPLES, SEED
from stripper.cli import app

runner = CliRunner()
re_finding = re.compile(r"^\S+:\d+: [A-Z]{3}\d{3} \[[a-z-]+\] .+")
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_EXPECTED = (EXPECTED / SEED.name).read_text(encoding="utf-8")


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_clean_stdin_to_stdout():
    r = run("clean", input=SEED_TEXT)
    assert r.exit_code == 0
    assert r.stdout == SEED_EXPECTED


def test_clean_path_and_dash_are_the_same():
    assert run("clean", str(SEED)).stdout == run("clean", "-", input=SEED_TEXT).stdout


def test_clean_several_documents_are_separated(tmp_path):
    r = run("clean", str(SEED), str(SAMPLES / "boilerplate-de.txt"))
    assert r.exit_code == 0
    assert r.stdout.startswith(f"==> {SEED} <==\n")
    assert f"\n==> {SAMPLES / 'boilerplate-de.txt'} <==\n" in r.stdout


def test_clean_json_reports_removals_with_spans():
    r = run("clean", "--json", str(SEED))
    doc = json.loads(r.stdout)
    assert doc["source"] == str(SEED)
    assert doc["text"] == SEED_EXPECTED
    codes = {x["code"] for x in doc["removals"]}
    assert {"AFF001", "REL001", "SOC001", "TRU001", "ALT001", "NWS001", "ERR001"} <= codes
    for x in doc["removals"]:
        assert SEED_TEXT[x["start"] : x["end"]] == x["text"]


def test_clean_out_dir_writes_same_names_and_never_outside(tmp_path):
    out = tmp_path / "out"
    evil = tmp_path / "..evil.txt"
    evil.write_text(SEED_TEXT, encoding="utf-8")
    r = run("clean", "--out", str(out), str(SEED), str(evil))
    assert r.exit_code == 0
    assert (out / SEED.name).read_text(encoding="utf-8") == SEED_EXPECTED
    assert sorted(p.name for p in out.iterdir()) == sorted([SEED.name, "..evil.txt"])
    assert r.stdout == ""


def test_clean_select_and_ignore():
    r = run("clean", "--select", "AFF", input=SEED_TEXT)
    assert "commission" not in r.stdout and "Related:" in r.stdout
    r = run("clean", "--ignore", "REL,SOC001", input=SEED_TEXT)
    assert "Related:" in r.stdout and "Drop us a line" in r.stdout and "commission" not in r.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (("clean", "--select", "XYZ"), "unknown rule code or prefix 'XYZ'"),
        (("clean", "--format", "pdf"), "--format must be auto, html or text"),
        (("rule", "AFF01"), "did you mean AFF001"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, message):
    r = run(*args, input="x")
    assert r.exit_code == 2
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty input"),
        (b"\x00\x01\x02binary\x00" * 50, "binary data"),
        (gzip.compress(b"Some story text here.\n" * 100, mtime=0)[:-20], "truncated gzip"),
    ],
    ids=["empty", "binary", "truncated-gzip"],  # the same on every xdist worker
)
def test_bad_input_files_exit_3(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run("clean", str(p))
    assert r.exit_code == 3
    assert message in r.stderr and "Traceback" not in r.stderr


def test_missing_file_and_directory(tmp_path):
    r = run("clean", str(tmp_path / "nope.txt"))
    assert r.exit_code == 3 and "no such file" in r.stderr
    r = run("clean", str(tmp_path))
    assert r.exit_code == 3 and "is a directory" in r.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    r = run("clean", str(tmp_path / "nope.txt"), str(SEED))
    assert r.exit_code == 3
    assert SEED_EXPECTED.strip() in r.stdout


def test_latin1_html_with_meta_charset_is_decoded(tmp_path):
    html = ('<html><head><meta charset="iso-8859-1"><title>t</title></head><body><article>'
            "<p>Le café était fermé à cause de la grève des employés, a déclaré le propriétaire à la presse.</p>"
            "<p>Les clients ont été priés de revenir la semaine prochaine, après la fin du mouvement social.</p>"
            "</article></body></html>")
    p = tmp_path / "page.html"
    p.write_bytes(html.encode("latin-1"))
    r = run("clean", str(p))
    assert r.exit_code == 0
    assert "Le café était fermé" in r.stdout


def test_diff_plain_when_not_a_terminal_says_why_each_line_went():
    r = run("diff", str(SEED))
    assert r.exit_code == 0
    lines = r.stdout.splitlines()
    assert f"{SEED}:13: REL001 [related] Related: Samsung Galaxy Note 9  (related-link-line)" in lines
    # The learned rules (on by default) take this sub-heading of the trust block first, with their score.
    assert any(re.fullmatch(rf"{re.escape(str(SEED))}:29: TRU900 \[trust\] Editorial independence  \(classifier score \d\.\d\d\)", ln)
               for ln in lines), lines
    removed = [x for x in SEED_TEXT.split("\n") if x.strip() and x not in SEED_EXPECTED.split("\n")]
    assert len(lines) == len(removed)  # one line per removed line with text, each with its code
    assert all(re_finding.match(x) for x in lines), lines
    assert "\x1b[" not in r.stdout
    assert "total" in r.stderr  # the summary goes to stderr


def test_no_color_changes_nothing_but_colour_in_a_pipe():
    assert run("diff", str(SEED)).stdout == runner.invoke(app, ["diff", str(SEED)], env={"NO_COLOR": "1"}).stdout


def test_diff_unified_is_a_patch():
    r = run("diff", "--unified", str(SEED))
    assert r.exit_code == 0
    assert r.stdout.startswith("--- a/")
    assert "\n-Related: Samsung Galaxy Note 9\n" in r.stdout


def test_diff_of_nothing_removed_prints_nothing():
    r = run("diff", input="The council met on Tuesday and agreed the budget after a long debate about it all.\n")
    assert r.exit_code == 0 and r.stdout == "" and r.stderr == ""


def test_show_settings_prints_what_is_in_effect(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignore = ["REL"]\n')
    monkeypatch.chdir(tmp_path)
    for cmd in ("clean", "diff", "eval"):
        r = run(cmd, "--show-settings", "--ignore", "CPY001", *(["x.jsonl"] if cmd == "eval" else []))
        assert r.exit_code == 0, r.stderr
        assert f"# settings from {tmp_path / 'pyproject.toml'}" in r.stdout
        assert 'ignore = ["REL","CPY001"]' in r.stdout and 'page = "auto"' in r.stdout


def test_rules_lists_every_rule_and_rule_explains_one():
    from stripper.rules import CATALOGUE

    r = run("rules")
    assert r.exit_code == 0
    header, *lines = r.stdout.splitlines()
    assert header.split("\t") == ["code", "name", "category", "scope", "summary", "state"]
    assert [line.split("\t")[0] for line in lines] == [x.code for x in CATALOGUE]
    assert all(len(line.split("\t")) == 6 for line in lines)
    r = run("rules", "--category", "nope")
    assert r.exit_code == 2 and "valid: affiliate (AFF), trust (TRU)" in r.stderr
    r = run("rule", "AFF001")
    assert r.exit_code == 0
    assert "affiliate-commission-notice" in r.stdout and "Keeps" in r.stdout
    assert "The firm earned a commission of 2% on every sale, the court heard." in r.stdout


def test_rules_json_marks_disabled_rules():
    data = json.loads(run("rules", "--json", "--ignore", "NAV").stdout)
    assert {d["code"]: d["enabled"] for d in data}["NAV001"] is False
    assert {d["code"]: d["enabled"] for d in data}["AFF001"] is True


def test_eval_scores_against_gold(tmp_path):
    rows = [{"gold": "The story is long enough to have shingles in it today.",
             "text": "Sign up to our newsletter\nThe story is long enough to have shingles in it today."}]
    p = tmp_path / "e.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    r = run("eval", str(p), "--json", "--format", "text", "-j", "1")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)["text"]
    assert data["stripper"]["precision"] == 1.0
    assert data["input"]["precision"] < 1.0


def test_config_from_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignore = ["REL"]\n')
    monkeypatch.chdir(tmp_path)
    assert "Related:" in run("clean", input=SEED_TEXT).stdout
    assert "Related:" not in run("clean", "--isolated", input=SEED_TEXT).stdout
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignroe = ["REL"]\n')
    r = run("clean", input=SEED_TEXT)
    assert r.exit_code == 2 and "tool.stripper.ignroe" in r.stderr


def test_every_command_has_help():
    for cmd in ("clean", "diff", "rules", "rule", "eval", "dataset", "bench"):
        r = run(cmd, "--help")
        assert r.exit_code == 0 and "Usage" in r.stdout


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "stripper", *args]


def test_real_pipe_html_to_story():
    # A new interpreter, as a shell starts it (the other real-process tests fork the warm test
    # process: tests/forkrun.py).
    html = (SAMPLES / "seed-trusted-reviews.html").read_bytes()
    p = subprocess.run(_cli("clean"), input=html, capture_output=True, timeout=120,
                       env={**os.environ, "NO_COLOR": "1"})
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode() == (EXPECTED / "seed-trusted-reviews.html.txt").read_text(encoding="utf-8")
    assert p.stderr == b""


def test_a_finished_command_leaves_with_its_output_flushed_and_atexit_run(tmp_path):
    # main() ends the process without the interpreter's teardown (cli._leave): what an exit owes
    # still happens. The output is far beyond a pipe's buffer, an atexit function registered
    # before main() runs, and the exit code of a run with a rejected row (1) comes through.
    text = "A line of the story, kept as it came in.\n\n" * 20000
    doc = tmp_path / "big.txt"
    doc.write_text(text, encoding="utf-8")
    mark = tmp_path / "atexit.txt"
    code = ("import atexit, sys; mark = sys.argv.pop(); atexit.register(lambda: open(mark, 'w').write('ran')); "
            "sys.argv = ['stripper', *sys.argv[1:]]; from stripper.cli import main; main()")
    p = subprocess.run([sys.executable, "-c", code, "clean", str(doc), "--format", "text", str(mark)],
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode() == text  # (kept as it came in, to the last byte)
    assert mark.read_text() == "ran"
    mark.unlink()
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"text": "A story."}\n{"text": 3}\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-c", code, "dataset", str(rows), str(tmp_path / "out.jsonl"), "--no-progress",
                        str(mark)], capture_output=True, timeout=120)
    assert p.returncode == 1, p.stderr
    assert (tmp_path / "out.jsonl").read_bytes() == b'{"text": "A story."}\n'
    assert mark.read_text() == "ran"


def test_real_pipe_bad_input_is_one_line_on_stderr():
    p = forkrun.run(["clean"], input=b"\x00\xff\x00" * 100)
    assert p.returncode == 3
    assert p.stdout == b""
    assert p.stderr.decode().count("\n") == 1 and p.stderr.startswith(b"stripper: error:")


def test_real_pipe_to_a_closed_reader_is_quiet():
    with tempfile.TemporaryFile() as err:
        p = forkrun.Child(["clean", str(SEED), str(SEED), str(SEED)], stdout=forkrun.PIPE, stderr=err)
        assert p.stdout is not None
        assert len(p.stdout.read(10)) == 10  # as `| head -c 10` reads, then goes away
        p.stdout.close()
        assert p.wait(120) == 0
        err.seek(0)
        assert b"Traceback" not in err.read()


def test_out_dir_refuses_two_inputs_with_the_same_name(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(SEED_TEXT, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text("Another story that is long enough to keep on its own line.\n", encoding="utf-8")
    r = run("clean", "--out", str(tmp_path / "out"), str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"))
    assert r.exit_code == 3 and "would overwrite" in r.stderr
    assert (tmp_path / "out" / "x.txt").read_text(encoding="utf-8") == SEED_EXPECTED


@pytest.mark.parametrize("args", [("clean", "--nosuchopt"), ("diff", "--context", "-1", "x")])
def test_real_usage_errors_are_one_line_and_exit_2(args):
    p = forkrun.run(list(args))
    assert p.returncode == 2 and p.stdout == b""
    assert p.stderr.decode().count("\n") == 1 and p.stderr.startswith(b"stripper: error:")


def test_real_pipe_closed_early_is_exit_0_without_traceback():
    p = forkrun.Child(["clean", *[str(SEED)] * 300], stdout=forkrun.PIPE, stderr=forkrun.PIPE)  # ~1 MB: more than a pipe buffer
    assert p.stdout is not None and p.stderr is not None
    p.stdout.read(10)
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait(timeout=120) == 0 and b"Traceback" not in err


def test_html_story_ends_with_a_newline_on_stdout():
    html = ("<html><body><article><p>" + "The council voted to approve the plan after a long debate. " * 5
            + "</p></article></body></html>")
    r = run("clean", "--format", "html", input=html)
    assert r.exit_code == 0 and r.stdout.endswith(".\n") and not r.stdout.endswith("\n\n")


def test_dataset_takes_the_page_flag(tmp_path):
    menu = "\n".join(["Allotments", "Bus times", "Parish council", "Bin days", "Ferries", "Tide tables"] * 4)
    prose = "\n".join(["The council discussed the budget at length and voted for the plan in the end, officials said."] * 6)
    page = f"{menu}\n{prose}\n{menu}\n"
    (tmp_path / "in.jsonl").write_text(json.dumps({"text": page}) + "\n", encoding="utf-8")
    for mode, expect_nav in (("auto", True), ("never", False)):
        out = tmp_path / f"out-{mode}.jsonl"
        r = run("dataset", str(tmp_path / "in.jsonl"), str(out), "--page", mode, "--no-progress", "-j", "1", "--isolated")
        assert r.exit_code == 0, r.stderr
        text = json.loads(out.read_text(encoding="utf-8"))["text"]
        assert ("Allotments" not in text) is expect_nav


def test_clean_out_names_text_from_html_as_txt(tmp_path):
    html = SAMPLES / "seed-trusted-reviews.html"
    for kind, name in (("text", "seed-trusted-reviews.txt"), ("markdown", "seed-trusted-reviews.md"),
                       ("json", "seed-trusted-reviews.html.json")):
        out = tmp_path / kind
        r = run("clean", "--out", str(out), "-O", kind, str(html))
        assert r.exit_code == 0, r.stderr
        assert [p.name for p in out.iterdir()] == [name]


def test_markdown_output_keeps_structure_and_never_rewrites_a_kept_line():
    from stripper.outputs import OUTPUTS
    from stripper.settings import DEFAULT

    html = ("<html><body><article><h1>Council approves the riverside plan</h1>"
            "<p>The council voted on Tuesday to approve the plan, ending a dispute that began in 2019 and ran for years.</p>"
            "<p><b>Related:</b> <a href='/x'>Council tax to rise</a></p>"
            "<h2>What happens next</h2><ul><li>Building starts in the spring of next year, the developer said.</li>"
            "<li>The first homes are due in 2026, with a third sold below market rates.</li></ul>"
            "<p>Sign up to our newsletter</p>"
            "<table><tr><th>Year</th><th>Homes</th></tr><tr><td>2026</td><td>120</td></tr></table>"
            "<p>The opposition said it would keep watching every step of the scheme as it goes ahead.</p>"
            "</article></body></html>")
    result = OUTPUTS["markdown"].strip(html, "auto", DEFAULT, "trafilatura")
    md = result.input_text
    assert "# Council approves the riverside plan" in result.text
    assert "## What happens next" in result.text and "- Building starts" in result.text
    assert "| 2026 | 120 |" in result.text
    assert "Related:" in md and "Related:" not in result.text  # "**Related:** [..](..)" read as "Related: .."
    assert "newsletter" not in result.text
    kept = [line for line in result.text.split("\n")]
    assert all(line in md.split("\n") for line in kept)  # every kept line exactly as extracted
    rebuilt = md
    for r in sorted(result.removals, key=lambda r: -r.start):
        assert md[r.start:r.end] == r.text
        rebuilt = rebuilt[:r.start] + rebuilt[r.end:]
    assert rebuilt == result.text
    r = run("clean", "--output-format", "markdown", "--format", "html", input=html)
    assert r.exit_code == 0 and r.stdout.startswith("# Council approves")
    assert run("clean", "-O", "pdf", input=html).exit_code == 2


def _dev_rows(n: int) -> list[dict]:
    return [{"id": f"r{i}", "gold": f"The story number {i} is long enough to have shingles in it today, and more.",
             "text": f"Sign up to our newsletter\nThe story number {i} is long enough to have shingles in it today, and more."}
            for i in range(n)]


@pytest.mark.parametrize("kind", ["jsonl.zst", "parquet"])
def test_eval_reads_zst_and_parquet_and_writes_per_doc_scores(tmp_path, kind):
    rows = _dev_rows(5)
    path = tmp_path / f"e.{kind}"
    if kind == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        import zstandard

        path.write_bytes(zstandard.compress("\n".join(json.dumps(r) for r in rows).encode()))
    per_doc = tmp_path / "per-doc.jsonl"
    r = run("eval", str(path), "--json", "--format", "text", "-j", "1", "--per-doc", str(per_doc))
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["text"]["stripper"]["documents"] == 5
    docs = [json.loads(x) for x in per_doc.read_text().splitlines()]
    assert [d["id"] for d in docs] == [f"r{i}" for i in range(5)]
    assert all(d["precision"] == 1.0 and d["input_f1"] < d["f1"] for d in docs)
    assert [p.name for p in tmp_path.iterdir() if "tmp" in p.name] == []


def test_eval_per_doc_is_not_left_half_written_on_a_bad_row(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in _dev_rows(3)) + "\n{broken\n")
    per_doc = tmp_path / "per-doc.jsonl"
    r = run("eval", str(path), "--format", "text", "-j", "1", "--per-doc", str(per_doc))
    assert r.exit_code == 3 and "e.jsonl:4: not valid JSON" in r.stderr
    assert list(tmp_path.iterdir()) == [path]


def test_a_bad_code_in_pyproject_names_the_file(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignore = ["XYZ9"]\n')
    monkeypatch.chdir(tmp_path)
    r = run("clean", input=SEED_TEXT)
    assert r.exit_code == 2 and f"{tmp_path / 'pyproject.toml'}: tool.stripper: unknown rule code or prefix 'XYZ9'" in r.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignore = ["REL"]\n')
    r = run("clean", "--ignore", "QQQ", input=SEED_TEXT)
    assert r.exit_code == 2 and "pyproject.toml" not in r.stderr and "'QQQ'" in r.stderr  # the flag's, not the file's


def test_plain_coercion_gives_what_typers_own_gives():
    """Every parameter's value coerced without pydantic (helptext._PlainValues) is what typer's own
    coercion gives, and a value it does not take gets typer's own answer or error message."""
    import typer
    from typer._coercion import build_runtime_param

    from stripper import helptext
    from stripper.cli import command

    values = ["1", "0", "-3", "007", "2.5", ".5", "1e3", " 4", "x", "", "a/b.txt", "-", ".", 3, 0, -1, 2.0, True, False,
              None, ("4", "5"), ("a",), (), ["x", "7"]]

    def outcome(rp, value, param, ctx):
        try:
            got = rp.coerce(value, param=param, ctx=ctx)
            return ("ok", type(got), got)
        except Exception as e:
            return ("error", type(e), str(e))

    def tree(cmd):
        yield cmd
        for sub in getattr(cmd, "commands", {}).values():
            yield from tree(sub)

    checked = 0
    for cmd in tree(command()):
        ctx = typer.Context(cmd)
        for p in cmd.get_params(ctx):
            plain = p._runtime_param
            if not isinstance(plain, helptext._PlainValues):
                continue
            for v in values:
                ours = outcome(plain, v, p, ctx)
                p._runtime_param = plain  # (a value it leaves to typer's makes typer's the parameter's own)
                assert ours == outcome(build_runtime_param(p.type_descriptor), v, p, ctx), (cmd.name, p.name, v)
                checked += 1
    assert checked > 1000
