"""User rules from TOML, run on RE2: validated, checked against their examples, unable to hang."""
from __future__ import annotations

import time

import pytest

from conftest import SAMPLES
from stripper import Settings, strip
from stripper.settings import ConfigError, load
from stripper.userrules import load_rules_file

GOOD = """
[[rule]]
code = "ERR901"
name = "custom-widget-error"
category = "error"
summary = "Acme widget error."
patterns = ['^Acme widget failed to load$']
keywords = ["acme"]
removes = ["Acme widget failed to load"]
keeps = ["The Acme widget failed to load on election night, the company said."]
"""


def write(tmp_path, text: str):
    p = tmp_path / "rules.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_sample_rules_file_loads_and_applies():
    rules = load_rules_file(SAMPLES / "my-rules.toml")
    assert [r.code for r in rules] == ["CPY901", "NWS901"]
    settings = Settings(user_rules=tuple(rules))
    text = "The story is here and it is long enough.\nThis story was syndicated from the Riverside Gazette.\n"
    result = strip(text, format="text", settings=settings)
    assert result.text == "The story is here and it is long enough.\n"
    assert result.removals[0].code == "CPY901" and result.removals[0].category.label == "copyright"


def test_user_rule_can_be_selected_and_ignored(tmp_path):
    p = write(tmp_path, GOOD)
    s = load(None, rules_files=(p,), ignore=("ERR901", "ERR006"))  # ERR006 (error-retry-line) takes it too
    assert strip("Acme widget failed to load", format="text", settings=s).text == "Acme widget failed to load"
    s = load(None, rules_files=(p,), select=("ERR9",))
    assert strip("Acme widget failed to load", format="text", settings=s).text == ""


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda t: t.replace('code = "ERR901"', 'code = "AFF901"'), "expected the category prefix ERR"),
        (lambda t: t.replace('category = "error"', 'category = "spam"'), "unknown category 'spam'"),
        (lambda t: t.replace('name = "custom-widget-error"\n', ""), "missing key 'name'"),
        (lambda t: t + 'colour = "red"\n', "unknown key 'colour'"),
        (lambda t: t.replace("'^Acme widget failed to load$'", "'(?<=x)Acme'"), "not supported by the linear-time engine"),
        (lambda t: t.replace('removes = ["Acme widget failed to load"]', 'removes = ["Something else"]'), "does not remove its own example"),
        (lambda t: t.replace('keeps = ["The Acme widget failed to load on election night, the company said."]', 'keeps = ["Acme widget failed to load"]'), "removes its own example"),
        (lambda t: t.replace("[[rule]]", "[[rules]]"), "unknown key 'rules'"),
        (lambda t: t + "[oops", "not valid TOML"),
        (lambda t: t.replace('code = "ERR901"', 'code = "ERR001"'), "ERR001 is defined twice"),
        # max_words sizes a table in the matcher: 10,000,000 cost 30 s and 434 MB on a 2-line file.
        (lambda t: t + "max_words = 10000000\n", "max_words: expected a whole number from 1 to 2,000"),
        (lambda t: t + "max_words = 0\n", "max_words: expected a whole number from 1 to"),
        (lambda t: t + "max_words = 2.5\n", "max_words: expected a whole number"),
        (lambda t: t + "max_words = true\n", "max_words: expected a whole number"),
    ],
)
def test_bad_rules_files_name_the_problem(tmp_path, mutate, message):
    p = write(tmp_path, mutate(GOOD))
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("?", r"\?")):
        load(None, rules_files=(p,))


def test_missing_rules_file(tmp_path):
    with pytest.raises(ConfigError, match="rules file not found"):
        load(None, rules_files=(tmp_path / "nope.toml",))


def test_catastrophic_user_pattern_finishes_in_linear_time(tmp_path):
    rule = """
[[rule]]
code = "ERR902"
name = "nested-quantifier"
category = "error"
summary = "A pattern that would backtrack forever on a backtracking engine."
patterns = ['(a+)+$']
max_words = 5
removes = ["aaaa"]
keeps = ["aaab and more words here"]
"""
    s = load(None, rules_files=(write(tmp_path, rule),))
    hostile = "a" * 50_000 + "b"
    start = time.perf_counter()
    result = strip(hostile + "\n" + hostile + "\n", format="text", settings=s)
    assert time.perf_counter() - start < 5
    assert result.text == hostile + "\n" + hostile + "\n"


def test_pyproject_settings_and_relative_rules_path(tmp_path):
    write(tmp_path, GOOD)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.stripper]\nselect = ["ALL"]\nignore = ["NAV"]\nrules = ["rules.toml"]\npage = "never"\n', encoding="utf-8"
    )
    s = load(tmp_path / "pyproject.toml")
    assert s.ignore == ("NAV",) and s.page == "never" and [r.code for r in s.user_rules] == ["ERR901"]
    with pytest.raises(ConfigError, match="page must be one of"):
        load(tmp_path / "pyproject.toml", page="sometimes")


def test_the_largest_max_words_allowed_works(tmp_path):
    big = load(None, rules_files=(write(tmp_path, GOOD + "max_words = 2000\n"),))
    assert strip("Acme widget failed to load\nA story.", format="text", settings=big).text == "A story."


SPACED = """
[[rule]]
code = "SOC901"
name = "acme-comments"
category = "social"
summary = "Acme's comment prompt."
patterns = ['^Tell us what you think below[.!]?$', '^Join\\ the \\Qforum (now)\\E$', '^Rate[ ]this$']
exact = ["Acme readers club"]
removes = ["Tell us what you think below.", "Tell\u00a0us\u00a0what you think below!", "Join\u202fthe forum\u00a0(now)",
           "Rate\u2009this", "Acme\u00a0readers club"]
keeps = ["Tell us what you think belowdecks.", "Tellus what you think below.", "Join the forum now", "Rate-this"]
"""


@pytest.mark.parametrize("case_sensitive", [False, True])
def test_user_pattern_spaces_match_no_break_spaces(tmp_path, case_sensitive):
    """A user pattern's literal space (" ", "\\ ", in a class, inside \\Q...\\E) matches any space
    separator, as the built-in rules' does (phrasebook.SPACE), and nothing else: the rule's removes
    written with U+00A0, U+202F and U+2009 load (their examples are checked) and are removed; a
    line with no space, or a hyphen, where the pattern has one, stays. Text is never rewritten."""
    rules = SPACED + ("case_sensitive = true\n" if case_sensitive else "")
    s = load(None, rules_files=(write(tmp_path, rules),), select=("SOC901",))  # the user rule alone (SOC9 is SOC900 too)
    for line in ("Tell\u00a0us\u00a0what\u00a0you\u00a0think\u00a0below.", "Join\u3000the\u00a0forum (now)", "Rate\u202fthis"):
        text = f"A story sentence that stays where it is.\n{line}\n"
        r = strip(text, format="text", settings=s)
        assert r.text == "A story sentence that stays where it is.\n"
        assert [x.code for x in r.removals] == ["SOC901"]
        assert text[r.removals[0].start : r.removals[0].end].startswith(line)
    for line in ("Tell us what you think below\u00a0deck", "Join\u00a0the\u00a0forum\u00a0now", "Rate\u00adthis", "Rate_this"):
        text = f"A story sentence that stays where it is.\n{line}\n"
        assert strip(text, format="text", settings=s).text == text


def test_user_pattern_without_the_space_translation_misses_no_break_spaces(tmp_path):
    """The same pattern with the U+0020 written as an escape (\\x20) is U+0020 alone: it keeps the
    no-break-space line (so the translation above is what removes it)."""
    rule = GOOD.replace("'^Acme widget failed to load$'", "'^Acme\\x20widget failed to load$'")
    s = load(None, rules_files=(write(tmp_path, rule),), select=("ERR9",))
    assert strip("Acme\u00a0widget failed to load", format="text", settings=s).text == "Acme\u00a0widget failed to load"
    assert strip("Acme widget\u00a0failed to load", format="text", settings=s).text == ""


def test_spaces_as_separators_reads_escapes_in_pairs():
    from stripper.linear import spaces_as_separators as f
    from stripper.rules.phrasebook import SPACE

    assert f("a b") == f"a{SPACE}b" and f("a\\ b") == f"a{SPACE}b" and f("[ -]") == f"[{SPACE}-]"
    assert f("\\\\ x") == f"\\\\{SPACE}x"  # a backslash, then a space
    assert f("\\Qa b\\E c") == f"\\Qa\\E{SPACE}\\Qb\\E{SPACE}c"
    assert f("\\x20a\\sb") == "\\x20a\\sb"
