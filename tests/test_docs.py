"""Docs generated from the code cannot drift, and help reads as written (as simonw's test_docs)."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from stripper import docgen, helptext
from stripper.cli import app, command
from stripper.rules import CATALOGUE

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_generated_docs_match_the_code():
    stale = docgen.drift()
    assert stale == [], f"out of date: {stale}; run python -m stripper.docgen and commit the result"


def test_drift_is_detected(tmp_path):
    """The check can fail: a rule page edited by hand, a missing one and a stale one all show."""
    (tmp_path / "samples" / "expected").mkdir(parents=True)
    (tmp_path / "README.md").write_text(f"# x\n{docgen.BEGIN}\nold table\n{docgen.END}\n", encoding="utf-8")
    docgen.write(tmp_path)
    assert docgen.drift(tmp_path) == []
    (tmp_path / "docs" / "rules" / "AFF001.md").write_text("edited\n", encoding="utf-8")
    (tmp_path / "docs" / "rules" / "AFF002.md").unlink()
    (tmp_path / "docs" / "rules" / "XYZ001.md").write_text("gone\n", encoding="utf-8")
    assert set(docgen.drift(tmp_path)) == {"docs/rules/AFF001.md", "docs/rules/AFF002.md", "docs/rules/XYZ001.md (no such rule)"}


def test_readme_rule_table_lists_every_rule_once():
    block = README.split(docgen.BEGIN)[1].split(docgen.END)[0]
    codes = re.findall(r"^\| \[`([A-Z]{3}\d{3})`\]", block, re.M)
    assert codes == [r.code for r in CATALOGUE]
    for r in CATALOGUE:
        page = (ROOT / "docs" / "rules" / f"{r.code}.md").read_text(encoding="utf-8")
        assert page.startswith(f"# {r.code}: {r.name}\n") and all(ex in page for ex in (*r.removes, *r.keeps))


def _section(title_start: str) -> str:
    """A README section: from its heading to the next heading of its level or above."""
    m = re.search(rf"^(#+) {re.escape(title_start)}.*$", README, re.M)
    assert m, f"no README section {title_start!r}"
    level = len(m.group(1))
    rest = README[m.end():]
    end = re.search(rf"^#{{1,{level}}} ", rest, re.M)
    return rest[: end.start()] if end else rest


COMMON = _section("Options every command takes")
SECTIONS = {"clean": "`stripper clean", "diff": "`stripper diff", "rules": "`stripper rules`", "rule": "`stripper rules`",
            "eval": "`stripper eval", "dataset": "`stripper dataset INPUT", "bench": "`stripper bench`"}


@pytest.mark.parametrize("name", list(SECTIONS))
def test_readme_documents_every_option_of_every_command(name):
    cmd = command().commands[name]
    section = _section(SECTIONS[name])
    missing = []
    for p in cmd.params:
        if p.param_type_name != "option" or p.hidden:
            continue
        flags = [o for o in (*p.opts, *p.secondary_opts) if o.startswith("--")]
        if not any(f in section or f in COMMON for f in flags):
            missing.append(flags[0])
    assert missing == [], f"README's {name} section does not mention {missing}"


def _help(*args: str) -> str:
    r = CliRunner().invoke(app, [*args, "--help"], prog_name="stripper", env={"COLUMNS": "200", "NO_COLOR": "1"},
                           terminal_width=200)
    assert r.exit_code == 0, r.output
    return r.output


@pytest.mark.parametrize("name", ["", *docgen.COMMANDS])
def test_help_shows_no_python_types_and_no_lost_brackets(name):
    text = _help(*name.split())  # "templates learn": a sub-app's command
    for leak in ("<bool>", "<str>", "<int", "<float", "<path>", "list[", "range>", "[x>="):
        assert leak not in text, (name, leak)


def _commands():
    root = command()
    return [root, *root.commands.values()]


def _tree(cmd):
    yield cmd
    for sub in getattr(cmd, "commands", {}).values():
        yield from _tree(sub)


def test_every_command_draws_its_help_with_stripper_helptext():
    """A command added without `cls=helptext.Command` would print typer's rich help, types and all."""
    wrong = [c.name for c in _tree(command()) if not isinstance(c, (helptext.Command, helptext.Group))]
    assert wrong == []
    assert len(list(_tree(command()))) >= len(docgen.COMMANDS) + 2  # the root and the templates group


def test_no_double_spaces_in_any_help_text():
    for cmd in _commands():
        texts = [cmd.help or "", *(p.help or "" for p in cmd.params)]
        for t in texts:
            assert "  " not in t.strip(), (cmd.name, t)


def test_help_keeps_what_rich_markup_would_eat():
    assert "read [tool.stripper] from" in _help("clean")
    assert "'stripper[resiliparse]'" in _help("clean")
    assert "CODE [category] text" in _help("diff")


def test_usage_lines_read_as_commands():
    def usage(name: str) -> str:
        return next(line.strip() for line in _help(name).splitlines() if "Usage:" in line)

    # optional only so that `--show-settings` needs none; without it, fewer than two is a usage error
    assert usage("dataset") == "Usage: stripper dataset [OPTIONS] [INPUT... OUTPUT]"
    assert usage("eval") == "Usage: stripper eval [OPTIONS] FILE"
    assert usage("clean") == "Usage: stripper clean [OPTIONS] [PATHS...]"


def test_eval_help_is_not_broken_mid_sentence():
    text = _help("eval")
    assert "4-gram shingle precision, recall and F1, averaged per document (the ScrapingHub article-extraction" in text


def test_shell_completion_is_on():
    text = _help()
    assert "--install-completion" in text and "--show-completion" in text
