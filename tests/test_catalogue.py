"""The rule catalogue: every rule is documented, coded by its category, and proven by its own
examples: it removes each `removes` example, and no rule removes a `keeps` example."""
from __future__ import annotations

import re

import pytest

from stripper import Settings, strip
from stripper.model import Category, Scope
from stripper.rules import BUILTIN, BY_CODE, SelectionError, select

TEXT_RULES = [r for r in BUILTIN if not r.structural]
NO_PAGE = Settings(page="never")


def test_codes_are_unique_and_prefixed_by_category():
    assert len(BY_CODE) == len(BUILTIN)
    for r in BUILTIN:
        assert re.fullmatch(r"[A-Z]{3}\d{3}", r.code), r.code
        assert r.code.startswith(r.category.value), r.code


def test_every_category_has_rules():
    assert {r.category for r in BUILTIN} == set(Category)


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", rule.name), rule.name
    assert rule.summary and rule.explanation and len(rule.explanation) > 80
    assert rule.removes, "every rule shows what it removes"
    assert rule.keeps, "every rule shows what it keeps"
    assert rule.keywords or rule.exact or rule.parts or rule.structural or not rule.patterns


@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.code)
def test_rule_removes_its_examples(rule):
    only = Settings(select=(rule.code,), page="never")
    for example in rule.removes:
        result = strip(example, format="text", settings=only)
        assert result.text == "", f"{rule.code} kept {example!r}"
        assert {r.code for r in result.removals} == {rule.code}


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda r: r.code)
def test_no_rule_removes_a_keep_example(rule):
    for example in rule.keeps:
        if rule.structural:
            continue  # page-pass examples are exercised in test_page.py
        result = strip(example, format="text", settings=NO_PAGE)
        assert result.text == example, f"{[r.code for r in result.removals]} removed {example!r}"


@pytest.mark.parametrize("rule", [r for r in TEXT_RULES if r.scope is Scope.BLOCK], ids=lambda r: r.code)
def test_block_rule_takes_the_block_and_stops_at_the_story(rule):
    story = "The council said on Tuesday that the plan would go ahead despite the objections of residents."
    doc = f"{story}\n\n{rule.removes[0]}\n\nShort line under it\n\n{story}\n"
    out = strip(doc, format="text", settings=NO_PAGE).text
    assert out == f"{story}\n\n{story}\n"


def test_selection_more_specific_wins_and_ignore_wins_ties():
    codes = lambda **kw: {r.code for r in select(BUILTIN, **kw)}  # noqa: E731
    assert codes(select=("AFF",)) == {"AFF001", "AFF002", "AFF003"}
    assert codes(select=("AFF",), ignore=("AFF002",)) == {"AFF001", "AFF003"}
    assert codes(select=("AFF002",), ignore=("AFF",)) == {"AFF002"}
    assert codes(select=("AFF",), ignore=("AFF",)) == set()
    assert "AFF001" in codes(select=("affiliate",))
    assert codes(select=("ALL",), ignore=("ALL",)) == set()


def test_unknown_selector_is_an_error():
    with pytest.raises(SelectionError, match="XYZ"):
        select(BUILTIN, select=("XYZ",))


@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.code)
def test_patterns_are_safe_on_adversarial_lines(rule):
    """No catastrophic backtracking: every pattern finishes fast on long, nearly-matching lines."""
    import time

    from stripper.match import compile_rule

    compiled = compile_rule(rule).regex
    if compiled is None:
        return
    seeds = [*rule.removes, *rule.keeps, "a" * 50, "we " * 40]
    attacks = []
    for s in seeds:
        attacks += [s * 40, s.replace(" ", "  ") * 20, " " * 2000 + s, s + "!" * 2000, s + " x" * 1000]
    start = time.perf_counter()
    for line in attacks:
        compiled.search(line[:3000])
    assert time.perf_counter() - start < 2.0
