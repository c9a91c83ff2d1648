"""`stripper diff` as a person sees it: run under a 120×40 pseudo-terminal, the screen read back
through a terminal emulator (tests/terminal.py), and asserted cell by cell."""
from __future__ import annotations

import colorsys
import os
import re
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES
from stripper import strip
from stripper.model import Category
from stripper.render import COLORS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")

pytest.importorskip("fcntl")  # POSIX terminals only
import forkrun  # noqa: E402
from terminal import run_tty  # noqa: E402 - skips the module where pyte is missing

CATEGORIES = SAMPLES / "categories-en.txt"
WHOLE_PAGE = SAMPLES / "whole-page.txt"
STORY = "The council met on Tuesday and agreed the budget after a long debate about the library and the pool."
LABEL = re.compile(r"^\s*(\d+) - ([A-Z]{3}\d{3}) (\S+)\s+(\S.*)$")


@pytest.fixture(scope="module")
def categories():
    # The screen most tests read comes from a new interpreter, `python -m stripper`, as a person
    # starts it; the other runs fork the warm test process (tests/forkrun.py).
    s = run_tty("diff", "--no-pager", str(CATEGORIES), fresh=True)
    assert s.code == 0, s.text
    return s


def test_wrapped_lines_stay_under_their_text_not_the_line_numbers(categories):
    row = categories.find("The city council voted 7-2")
    text_col = categories.lines[row].index("The city council")
    cont = categories.lines[row + 1]
    assert cont.strip() and cont[:text_col].strip() == "", cont  # the continuation starts under the text
    assert cont[text_col] != " "
    full = " ".join(line.strip() for line in categories.lines[row:row + 2])
    assert full.endswith("ending a planning dispute that began in 2019.")


def test_rule_label_sits_in_its_own_column_before_the_text_on_one_row(categories):
    result = strip(CATEGORIES.read_text(encoding="utf-8"), format="text")
    labelled = 0
    for removal in result.removals:
        for line in removal.text.split("\n"):
            if not line.strip():
                continue
            row = categories.find(line[:40])
            screen = categories.lines[row]
            assert removal.code in screen[: screen.index(line[:40])], screen  # before the text, never trailing
            m = LABEL.match(screen)
            if m:
                labelled += 1
                assert m.group(2) == removal.code and m.group(3) == removal.category.label
            break
    assert labelled == len(result.removals)  # every removal labelled on its first line, once
    # The text column starts at one place on every row.
    cols = {line.index(m.group(4)) for line in categories.lines if (m := LABEL.match(line))}
    assert len(cols) == 1


def _lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    def lin(c: float) -> float:
        c /= 255
        return ((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92

    r, g, b = map(lin, rgb)
    x, y, z = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722, \
        (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _greenish(rgb: tuple[int, int, int]) -> bool:
    h, _lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    return s > 0.25 and 75 <= h * 360 <= 165


def _rgb(hexstr: str) -> tuple[int, int, int]:
    return int(hexstr[0:2], 16), int(hexstr[2:4], 16), int(hexstr[4:6], 16)


def test_category_colours_on_screen_are_distinct_and_none_is_green(categories):
    seen: dict[str, str] = {}
    for row, line in enumerate(categories.lines):
        m = LABEL.match(line)
        if m:
            seen.setdefault(m.group(3), categories.fg(row, line.index(m.group(2))))
    assert len(seen) >= 9, seen
    assert len(set(seen.values())) == len(seen), seen  # one colour per category
    for fg in seen.values():
        assert re.fullmatch("[0-9a-f]{6}", fg), fg
        assert not _greenish(_rgb(fg)), fg
    row = categories.find("Skip to main content")
    col = categories.lines[row].index("Skip")
    label_fg = categories.fg(row, categories.lines[row].index("ALT002"))
    assert all(c.strikethrough and c.fg == label_fg for c in categories.cells[row][col:col + 20])  # the text too
    kept = categories.find("Council approves riverside")
    assert categories.fg(kept, categories.lines[kept].index("Council")) == "default"


def test_the_palette_is_far_apart_in_cielab():
    from itertools import combinations

    from rich.color import Color

    rgbs = {cat: Color.parse(COLORS[cat]).get_truecolor() for cat in Category}
    for a, b in combinations(Category, 2):
        la, lb = _lab(tuple(rgbs[a])), _lab(tuple(rgbs[b]))
        assert sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5 >= 40, (a, b)
    assert not any(_greenish(tuple(c)) for c in rgbs.values())


def test_header_counts_removed_lines_as_the_screen_shows_them(categories):
    m = re.search(r"(\d+) of (\d+) lines removed, (\d+) removals", categories.lines[0])
    assert m, categories.lines[0]
    marked = [line for line in categories.lines if re.match(r"^\s*\d+ - \S", line)]
    shown = [line for line in categories.lines if re.match(r"^\s*\d+ ", line) and line.split(None, 1)[1:] != ["-"]]
    assert int(m.group(1)) == len(marked)
    assert int(m.group(2)) == len([s for s in shown if len(s.split()) > 1])


def test_summary_table_ends_with_a_total(categories):
    row = categories.find("│ total")
    cells = [c.strip() for c in categories.lines[row].split("│")[1:-1]]
    body = [[c.strip() for c in line.split("│")[1:-1]] for line in categories.lines[categories.find("┃ category") + 2:row - 1]]
    assert int(cells[1]) == sum(int(r[1]) for r in body)
    assert int(cells[2]) == sum(int(r[2]) for r in body)


def test_a_document_with_nothing_removed_prints_nothing(tmp_path: Path):
    p = tmp_path / "story.txt"
    p.write_text(STORY + "\n", encoding="utf-8")
    s = run_tty("diff", str(p))
    assert s.code == 0 and s.text == ""


def test_context_folds_a_long_removed_run(tmp_path: Path):
    p = tmp_path / "long.txt"
    p.write_text("\n".join([STORY] * 3 + ["Advertisement"] * 60 + [STORY] * 3) + "\n", encoding="utf-8")
    s = run_tty("diff", "--no-pager", "--context", "2", str(p))
    assert s.code == 0
    assert s.find("56 more lines removed (ALT002)") > 0
    assert sum("Advertisement" in line for line in s.lines) == 4
    assert len(s.lines) < 40  # one screen
    # The run's first and last lines are shown with their numbers.
    assert re.match(r"^\s*4 - ALT002", s.lines[s.find("Advertisement")])
    assert s.lines[s.find("56 more lines") + 2].lstrip().startswith("63 -")


def test_side_by_side_numbers_both_columns(categories):
    s = run_tty("diff", "--no-pager", "--side-by-side", str(CATEGORIES))
    row = s.find("Council approves riverside")
    assert re.match(r"^\s*6\s+Council approves riverside.*\s1\s+Council approves riverside", s.lines[row]), s.lines[row]
    row = s.find("Skip to main content")
    assert re.match(r"^\s*1\s+Skip to main content\s+ALT002\s*$", s.lines[row])


def test_extraction_view_shows_what_html_extraction_dropped():
    s = run_tty("diff", "--no-pager", "--extraction", str(SAMPLES / "seed-trusted-reviews.html"))
    assert s.code == 0
    assert "left out by extraction" in " ".join(s.lines[:2])
    row = s.find("Home > News > Tech")
    assert "EXT" in s.lines[row] and s.lines[row].lstrip().startswith("· -")
    assert "REL001 related" in s.lines[s.find("Related: Samsung Galaxy Note 9")]


def test_escape_sequences_in_a_page_reach_the_screen_as_text(tmp_path: Path):
    p = tmp_path / "evil.txt"
    p.write_text(f"{STORY}\x1b]0;pwned\x07\nRelated: a \x1b[2Jred line\x1b[31m\r\n{STORY}\n", encoding="utf-8")
    for args in (["--no-pager"], ["--no-pager", "--side-by-side"], ["--plain"], ["--unified"]):
        s = run_tty("diff", *args, str(p))
        assert b"\x1b[2J" not in s.raw and b"\x1b]0;" not in s.raw and b"\x07" not in s.raw and b"\r" not in s.raw.replace(b"\r\n", b"")
        assert b"\x1b[31m" not in s.raw
        assert "Related: a \\x1b[2Jred line\\x1b[31m\\x0d" in "".join(s.lines), args  # long lines wrap
        if "--plain" not in args:
            assert "\\x1b]0;pwned\\x07" in s.text, args


def test_rule_docs_escape_control_characters_of_user_rules(tmp_path: Path):
    rules = tmp_path / "r.toml"
    rules.write_text('[[rule]]\ncode = "ALT901"\nname = "evil\\u001b[2J"\ncategory = "alt-text"\nsummary = "s\\u001b]0;x\\u0007"\n'
                     'explanation = "e"\npatterns = ["^zap$"]\nkeywords = ["zap"]\nremoves = ["Zap"]\n'
                     'keeps = ["Zap zap zap, the story went on."]\n',
                     encoding="utf-8")
    for args in (["rule", "ALT901"], ["rules"]):
        s = run_tty(*args, "--rules", str(rules))
        assert s.code == 0, s.text
        assert b"\x1b[2J" not in s.raw and "\\x1b[2J" in s.text


def test_no_color_keeps_the_layout_and_drops_only_colour(categories):
    s = run_tty("diff", "--no-pager", str(CATEGORIES), env={"NO_COLOR": "1"})
    assert s.code == 0
    assert not re.search(rb"\x1b\[[0-9;]*3[0-9;]*m", s.raw.replace(b"\x1b[3m", b""))  # no foreground colours
    assert s.lines[s.find("Skip to main content")].split() [:4] == ["1", "-", "ALT002", "alt-text"]
    assert any(c.strikethrough for c in s.cells[s.find("Skip to main content")])


def test_color_never_and_always(tmp_path: Path):
    s = run_tty("diff", "--no-pager", "--color", "never", str(CATEGORIES))
    assert b"\x1b[38;5;" not in s.raw and "ALT002 alt-text" in s.text
    p = forkrun.run(["diff", "--color", "always", str(CATEGORIES)], env={k: v for k, v in os.environ.items() if k != "NO_COLOR"})
    assert p.returncode == 0 and b"\x1b[" in p.stdout and b"ALT002" in p.stdout


def test_long_output_goes_through_the_pager_only_on_a_terminal(tmp_path: Path):
    pager = tmp_path / "pager.sh"
    pager.write_text("#!/bin/sh\necho \"PAGED LESS=$LESS\"; wc -l\n")
    pager.chmod(0o755)
    s = run_tty("diff", str(WHOLE_PAGE), env={"PAGER": str(pager)})
    assert s.code == 0 and "PAGED LESS=FRX" in s.text
    assert int(s.lines[-1].strip()) > 40
    assert "PAGED" not in run_tty("diff", "--no-pager", str(WHOLE_PAGE), env={"PAGER": str(pager)}).text
    assert "PAGED" not in run_tty("diff", str(CATEGORIES.parent / "boilerplate-de.txt"), env={"PAGER": str(pager)}).text  # fits
    p = forkrun.run(["diff", str(WHOLE_PAGE)], env={**os.environ, "PAGER": str(pager)})  # stdout a file
    assert b"PAGED" not in p.stdout and p.stdout.startswith(b"samples/" if False else str(WHOLE_PAGE).encode())


def test_stat_is_a_line_per_document_with_a_total(tmp_path: Path):
    clean = tmp_path / "clean.txt"
    clean.write_text(STORY + "\n", encoding="utf-8")
    s = run_tty("diff", "--stat", str(CATEGORIES), str(WHOLE_PAGE), str(clean))
    assert s.code == 0
    assert len(s.lines) == 3, s.text
    assert re.match(r"^ \S*categories-en.txt\s+\|\s+25 -+ \(of 31\)$", s.lines[0]), s.lines[0]
    assert s.lines[2] == " 2 documents changed, 67 lines removed"


def test_eval_shows_progress_on_a_terminal_and_not_in_a_pipe(tmp_path: Path):
    import json

    path = tmp_path / "e.jsonl"
    path.write_text("".join(json.dumps({"gold": STORY, "text": f"Advertisement\n{STORY}"}) + "\n" for _ in range(30)))
    s = run_tty("eval", str(path), "--format", "text", "-j", "1")
    assert s.code == 0, s.text
    assert b"scoring" in s.raw and b"30/" in s.raw  # the bar, as it was drawn (it clears itself at the end)
    assert "stripper" in s.text and "1.0000" in s.text  # then the table
    p = forkrun.run(["eval", str(path), "--format", "text", "-j", "1"])
    assert p.returncode == 0 and b"scoring" not in p.stderr and p.stderr == b""
