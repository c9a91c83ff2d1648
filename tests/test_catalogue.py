"""The rule catalogue: every rule is documented, coded by its category, and proven by its own
examples: it removes each `removes` example, and no rule removes a `keeps` example."""
from __future__ import annotations

import re

import pytest

from stripper import Settings, strip
from stripper.model import Category, Scope
from stripper.rules import BUILTIN, BY_CODE, CATALOGUE, LEARNED, SelectionError, select

TEXT_RULES = [r for r in BUILTIN if not r.structural]
# Every rule that matches text or is learned: each is held to its examples both ways.
EXAMPLE_RULES = [*TEXT_RULES, *LEARNED]
NO_PAGE = Settings(page="never")


def test_codes_are_unique_and_prefixed_by_category():
    assert len(BY_CODE) == len(CATALOGUE) == len({r.code for r in CATALOGUE})
    for r in (*BUILTIN, *LEARNED):
        assert re.fullmatch(r"[A-Z]{3}\d{3}", r.code), r.code
        assert r.code.startswith(r.category.value), r.code


def test_every_category_has_rules():
    assert {r.category for r in CATALOGUE} == set(Category)


def test_every_source_is_in_the_catalogue_once():
    from stripper.rules import SOURCES

    assert list(SOURCES) == ["builtin", "templates", "learned", "user"]
    assert BY_CODE["TPL001"].category is Category.TPL and "TPL001" not in {r.code for r in BUILTIN}
    assert {r.code for r in LEARNED} <= set(BY_CODE)


@pytest.mark.parametrize("rule", CATALOGUE, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", rule.name), rule.name
    assert rule.summary and rule.explanation and len(rule.explanation) > 80
    assert rule.removes, "every rule shows what it removes"
    assert rule.keeps, "every rule shows what it keeps"
    assert rule.keywords or rule.exact or rule.parts or rule.structural or not rule.patterns


@pytest.mark.parametrize("rule", EXAMPLE_RULES, ids=lambda r: r.code)
def test_rule_removes_its_examples(rule):
    only = Settings(select=(rule.code,), page="never")
    for example in rule.removes:
        result = strip(example, format="text", settings=only)
        assert result.text == "", f"{rule.code} kept {example!r}"
        assert {r.code for r in result.removals} == {rule.code}


# The structural rules' (the page pass's) examples are held to them in a page: test_page.py.
@pytest.mark.parametrize("rule", EXAMPLE_RULES, ids=lambda r: r.code)
def test_no_rule_removes_a_keep_example(rule):
    settings = Settings(select=("ALL", rule.code), page="never") if rule.learned else NO_PAGE
    for example in rule.keeps:
        result = strip(example, format="text", settings=settings)
        assert result.text == example, f"{[r.code for r in result.removals]} removed {example!r}"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f"], ids=["nbsp", "narrow-nbsp"])
def test_words_joined_by_no_break_spaces_are_words_joined_by_spaces(space):
    """Web text joins words with no-break spaces (116 of 990 trafeval extracted texts hold U+00A0):
    every rule removes its examples with their spaces as no-break spaces too, and keeps its keep
    examples so written, byte for byte."""
    missed, taken = [], []
    for rule in TEXT_RULES:
        only = Settings(select=(rule.code,), page="never")
        for example in (e.replace(" ", space) for e in rule.removes if " " in e):
            result = strip(example, format="text", settings=only)
            if result.text or {r.code for r in result.removals} != {rule.code}:
                missed.append((rule.code, example))
        for example in (e.replace(" ", space) for e in rule.keeps if " " in e):
            if strip(example, format="text", settings=NO_PAGE).text != example:
                taken.append((rule.code, example))
    assert not missed and not taken, (missed[:5], taken[:5])


def test_kept_lines_with_no_break_spaces_stay_byte_for_byte():
    story = "The council said\u00a0on Tuesday that the plan would go ahead\u202f: residents objected."
    text = f"{story}\nLet\u00a0us\u00a0know in the comments below.\n{story}\n"
    result = strip(text, format="text", settings=NO_PAGE)
    assert [r.code for r in result.removals] == ["SOC001"]
    assert result.text == f"{story}\n{story}\n"


STORY = "The council said on Tuesday that the plan would go ahead despite the objections of residents."


@pytest.mark.parametrize("rule", [r for r in TEXT_RULES if r.scope is Scope.BLOCK], ids=lambda r: r.code)
def test_block_rule_takes_the_block_and_stops_at_the_story(rule):
    if rule.block_vocab:
        # A block paragraph (it talks about the block's subject) goes, with the sub-heading before
        # it; a sub-heading right before the story is the story's own and stays.
        block = "Our reviewers test every product independently, and our editorial standards are published."
        doc = f"{STORY}\n\n{rule.removes[0]}\n\nOur process\n\n{block}\n\nThe council's view\n\n{STORY}\n"
        want = f"{STORY}\n\nThe council's view\n\n{STORY}\n"
    else:  # a list of headlines under the heading
        doc = f"{STORY}\n\n{rule.removes[0]}\n\nShort line under it\n\n{STORY}\n"
        want = f"{STORY}\n\n{STORY}\n"
    assert strip(doc, format="text", settings=NO_PAGE).text == want


def test_headline_run_ends_at_another_categorys_line():
    """A related box's run of headlines ends at a line another category's rule removes (a comments
    marker): the commenter's name and date after it are the page's, not the box's (simulated crawl,
    issue 10: REL002 took them)."""
    doc = (f"{STORY}\nYou might also like:\nHow to bake bread\n!#@$%^&*()  COMMENTS\nKristina\n"
           f"November 5, 2012 at 6:36 am\n{STORY}\n")
    result = strip(doc, format="text", settings=NO_PAGE)
    assert "Kristina\nNovember 5, 2012 at 6:36 am\n" in result.text
    assert "How to bake bread" not in result.text


def test_block_stops_at_the_next_heading_and_scales_linearly(monkeypatch):
    """Issue 14.7: each block heading rescanned to the end of the document. Work (lines looked at
    as possible block lines) at two sizes: 4 times the lines, 4 times the work."""
    from stripper import context

    calls = 0
    real = context._is_heading

    def counting(line, settings):
        nonlocal calls
        calls += 1
        return real(line, settings)

    monkeypatch.setattr(context, "_is_heading", counting)

    def work(n: int) -> int:
        nonlocal calls
        calls = 0
        text = "\n".join("Related articles" if i % 5 == 0 else f"Some headline {i}" for i in range(n))
        strip(text, format="text", settings=NO_PAGE)
        return calls

    small, large = work(500), work(2000)
    assert 0 < large <= 4 * small + 10, (small, large)


def test_quoted_one_liner_between_removed_lines_stays():
    doc = f"{STORY}\nAdvertisement\n“That's correct,” Volker said.\nAdvertisement\n{STORY}\n"
    assert "“That's correct,” Volker said.\n" in strip(doc, format="text", settings=NO_PAGE).text


def test_a_rule_removes_only_for_its_own_category():
    """Under --select AFF, a skip link between two affiliate notices is ALT's, not AFF's: it stays."""
    notice = "When you buy through links on our site, we may earn an affiliate commission."
    doc = f"{STORY}\n{notice}\nSkip to main content\n{notice}\n{STORY}\n"
    result = strip(doc, format="text", settings=Settings(select="AFF", page="never"))
    assert "Skip to main content\n" in result.text
    assert {r.code for r in result.removals} == {"AFF001"}
    assert {r.code for r in strip(doc, format="text", settings=NO_PAGE).removals} == {"AFF001", "ALT002"}


def test_learned_rules_are_on_by_default_and_off_with_ignore_learned():
    from stripper.engine import enabled_rules
    from stripper.settings import DEFAULT

    everything = [*BUILTIN, *LEARNED]
    learned = {r.code for r in LEARNED}
    assert learned <= {r.code for r in select(everything)}
    # A category's prefix selects its learned rule as any of its rules.
    assert {r.code for r in select(everything, select=("AFF",))} == {r.code for r in BUILTIN if r.code.startswith("AFF")} | {"AFF900"}
    # --ignore LEARNED is the rules alone, whatever prefix selects them; --select LEARNED only them.
    assert {r.code for r in select(everything, ignore=("LEARNED",))} == {r.code for r in BUILTIN}
    assert not any(r.learned for r in select(everything, select=("AFF",), ignore=("LEARNED",)))
    assert {r.code for r in select(everything, select=("LEARNED",))} == learned
    assert {r.code for r in select(everything, select=("AFF900",))} == {"AFF900"}
    assert {r.code for r in select(everything, ignore=("AFF900",))} == {r.code for r in everything} - {"AFF900"}
    assert not select(LEARNED, select=("LEARNED",), ignore=("AFF900", "LEARNED"))
    # As specific as a code: selected by LEARNED over a category's ignore, ignored by LEARNED over a category's select.
    assert {r.code for r in select(LEARNED, select=("ALL", "LEARNED"), ignore=("AFF",))} == learned
    assert DEFAULT.select == ("ALL",) and {r.code for r in LEARNED} <= {r.code for r in enabled_rules(DEFAULT)}


def test_select_takes_a_single_string():
    assert Settings(select="AFF").select == ("AFF",)
    assert Settings(ignore="NAV").ignore == ("NAV",)


def test_selection_more_specific_wins_and_ignore_wins_ties():
    codes = lambda **kw: {r.code for r in select(BUILTIN, **kw)}  # noqa: E731
    assert codes(select=("AFF",)) == {"AFF001", "AFF002", "AFF003", "AFF004"}
    assert codes(select=("AFF",), ignore=("AFF002",)) == {"AFF001", "AFF003", "AFF004"}
    assert codes(select=("AFF002",), ignore=("AFF",)) == {"AFF002"}
    assert codes(select=("AFF",), ignore=("AFF",)) == set()
    assert "AFF001" in codes(select=("affiliate",))
    assert codes(select=("ALL",), ignore=("ALL",)) == set()


def test_unknown_selector_is_an_error():
    with pytest.raises(SelectionError, match="XYZ"):
        select(BUILTIN, select=("XYZ",))


def _adversarial(rule, scale: int) -> list[str]:
    seeds = [*rule.removes, *rule.keeps, "a" * 50, "we " * 40]
    out = []
    for s in seeds:
        out += [s * 4 * scale, s.replace(" ", "  ") * 2 * scale, " " * 200 * scale + s, s + "!" * 200 * scale, s + " x" * 100 * scale]
    return out


def test_every_builtin_pattern_is_on_re2():
    """RE2 runs in time linear in the line: no pattern can backtrack. Every built-in rule's regex is
    an RE2 pattern (none falls back to `re`)."""
    import re2

    from stripper.match import compile_rule

    for rule in TEXT_RULES:
        regex = compile_rule(rule).regex
        if regex is not None:
            assert isinstance(regex.regex, re2._Regexp), rule.code


def test_builtin_patterns_compile_on_first_use_and_all_compile():
    """A built-in rule's pattern is compiled on its first search, not when the matcher is built
    (compiling them all costs every new process most of a second); `compile_all` compiles each, so
    a bad pattern in the phrase data fails here rather than in a user's run."""
    from stripper.match import Matcher

    m = Matcher(TEXT_RULES)
    lazy = [c for c in m.compiled if c.regex is not None]
    assert lazy and all(c.regex._regex is None for c in lazy)
    m.compile_all()
    assert all(c.regex._regex is not None for c in lazy)


def test_patterns_grow_linearly_on_adversarial_lines():
    """Work at two sizes: nearly-matching lines 8 times longer cost about 8 times as much, not 64
    (a backtracking pattern is quadratic on space-padded lines). Best of 3, CPU time, all rules at
    once, so that timer noise cannot decide it."""
    import time

    from stripper.match import compile_rule

    regexes = [(compile_rule(r).regex, r) for r in TEXT_RULES if r.patterns]

    def cost(scale: int) -> float:
        lines = [(rx, line) for rx, r in regexes for line in _adversarial(r, scale)]
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            for rx, line in lines:
                rx.search(line)
            best = min(best, time.process_time() - t)
        return best

    small, large = cost(1), cost(8)
    assert large < 24 * max(small, 1e-3), (small, large)


_WORD_EDGE = re.compile(r"(?:[^\x00-\x7f](?:[?*+]|\{\d*,?\d*\})?\\b|\\b[^\x00-\x7f])")


def test_word_edges_touch_ascii_letters_only():
    """RE2's \\b is at ASCII word edges: next to "é" or "ß" it never matches where a reader sees a
    word's end. The phrase files keep it next to ASCII letters (or leave it out)."""
    for rule in TEXT_RULES:
        for p in rule.patterns:
            assert not _WORD_EDGE.search(p), f"{rule.code}: \\b next to a non-ASCII letter in {p!r}"


def test_phrase_files_cover_the_languages():
    from stripper.rules import phrasebook

    langs = set(phrasebook.languages())
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "ja", "zh"} <= langs
    for lang in langs:
        codes = set(phrasebook.load_all()[lang])
        assert codes <= set(BY_CODE), f"{lang}.toml names unknown codes {codes - set(BY_CODE)}"


def test_block_vocabulary_works_without_ascii_word_edges():
    """A trust block in Russian: its paragraph holds "редакция" (no ASCII \\b around it)."""
    story = "Городской совет одобрил план во вторник, несмотря на возражения жителей."
    doc = f"{story}\nКак мы тестируем\nНаша редакция независима и проверяет каждый продукт.\n{story}\n"
    assert strip(doc, format="text", settings=NO_PAGE).text == f"{story}\n{story}\n"


def test_chinese_story_is_not_an_orphan():
    """Words in scripts without spaces: a Chinese story sentence between two removed lines is long,
    not a four-word orphan."""
    story = "市议会周二批准了这项计划，尽管居民们提出了反对意见，但议员们认为这对城市的发展至关重要"
    doc = f"{story}。\n广告\n{story}\n广告\n{story}。\n"
    assert strip(doc, format="text", settings=NO_PAGE).text == f"{story}。\n{story}\n{story}。\n"


def test_max_line_chars_is_a_setting():
    line = ("This post contains affiliate links, which means we may receive a small commission at no extra cost to you."
            + " We only recommend products we love and use ourselves every day." * 3)
    assert 200 < len(line) < 400
    assert strip(line, format="text", settings=NO_PAGE).text == ""
    assert strip(line, format="text", settings=Settings(page="never", max_line_chars=200)).text == line
    with pytest.raises(ValueError, match="max-line-chars"):
        Settings(max_line_chars=10)
