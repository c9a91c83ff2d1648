"""The matcher's C passes (stripper._keywords, words from stripper._text): the keyword scan loses no
hit (on the samples, the dev slice, crafted and generated texts, every line is hit by the first
rule whose own regexes match it, as trying every rule on every line finds), and its parts on their
own."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, sample_inputs
from stripper import _keywords as _c
from stripper.match import MAX_LINE_CHARS, OTHER_SPACES, Matcher
from stripper.rules import BUILTIN
from stripper.rules.base import normalize
from stripper.segment import line_words, split_lines, word_count
from stripper.userrules import load_rules_file

SHORT_WORDS = 20
MATCHER = Matcher(BUILTIN)
USER = Matcher((*BUILTIN, *load_rules_file(SAMPLES / "my-rules.toml")))
# More than 64 rules: masks wider than one machine word (the same rules again, under other codes).
WIDE = Matcher(
    (*BUILTIN, *(dataclasses.replace(r, code=f"{r.code}W") for r in BUILTIN), *(dataclasses.replace(r, code=f"{r.code}X") for r in BUILTIN))
)
SPACES = " \t\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"

CRAFTED = [
    "",
    "\n",
    "\n\n\n",
    "Subscribe to our newsletter",  # a keyword at the very end, no newline
    "SUBSCRIBE TO OUR NEWSLETTERS\nNewsletters\nnewsletter",
    "Sign up for our NEWSLETTER\r\nHome | News | Sport\r\n",
    "Bültenimize abone olun — NEWSLETTER İÇİN KAYDOLUN\nİ\nİletişim | Gizlilik",
    "Newsletter abonnieren\nSTRAẞE\nImpressum · Datenschutz · Kontakt\n",
    "Related\x85Articles\nRelated\u3000Stories\nShare\x1con\x1dFacebook\n",
    "Related Stories\ud800\nPhoto: Getty Images \udfff\n\udc00\n",
    "Home\u2028News\u2029Sport\nHome\xa0|\xa0News\n",
    # Words joined by space separators other than U+0020: the scan reads them as spaces.
    "Let\xa0us\xa0know in the comments below.\nSuivez-nous\u202fsur Twitter\nFollow us on\u3000Twitter\nSign\u2009up\n",
    "ΣΟΣ ΣΧΟΛΙΑ\nΕΓΓΡΑΦΗ ΣΤΟ NEWSLETTER\nΑρχική | Επικοινωνία | Όροι\n",
    "newslet\nter\nsub\nscribe to our newsletter\n",
    "x " * (MAX_LINE_CHARS // 2) + "newsletter\n" + "Related Stories",
    "y" * (MAX_LINE_CHARS + 1) + "\nComments (12)\n" + "z" * MAX_LINE_CHARS + " newsletter",
    " ".join(["word"] * SHORT_WORDS) + " newsletter\n" + " ".join(["word"] * (SHORT_WORDS - 1)) + " photo",
    "© 2024 Acme Inc. All rights reserved.\n12 comments\nPhoto: AP\nAdvertisement\n",
    "Facebook Twitter Email\nPrivacy | Terms · Contact\nFACEBOOK  TWITTER\tEMAIL\n_ _\n• •\n",
]


def _regex_hits(matcher: Matcher, text: str) -> list[int | None]:
    lines = split_lines(text)[0]
    words, _, flags = line_words(text, matcher.max_line_chars, matcher.short_max_words)
    return matcher._regex_hits(text, lines, words, flags)


def _every_rule(matcher: Matcher, text: str) -> list[int | None]:
    """Per line, the first rule whose regexes match it and one of whose keywords (if it has any)
    occurs in it (every space separator read as a space), trying every rule on every line. (The
    regex is asked first: most lines match none, and looking for each of a rule's hundreds of
    keywords in every line with `in` took this reference 100 s of CPU on the overlapping lines.)"""
    out: list[int | None] = []
    for line in split_lines(text)[0]:
        w, low = word_count(line), line.lower().translate(OTHER_SPACES)
        out.append(next((ri for ri, c in enumerate(matcher.compiled)
                         if c.regex is not None and len(line) <= matcher.max_line_chars and w <= c.rule.max_words
                         and c.regex.search(line) and (not c.rule.keywords or any(k in low for k in c.rule.keywords))),
                        None))
    return out


def _both(matcher: Matcher, text: str) -> tuple[list[int | None], list[int | None]]:
    return _regex_hits(matcher, text), _every_rule(matcher, text)


def test_c_path_is_used() -> None:
    assert MATCHER._automaton is not None
    assert WIDE._automaton is not None and len(WIDE.rules) > 64


@pytest.mark.parametrize("matcher", [MATCHER, USER, WIDE], ids=["builtin", "user", "wide"])
def test_same_hits_on_samples_and_crafted(matcher: Matcher) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sample_inputs()] + CRAFTED
    found = 0
    for text in texts:
        c, py = _both(matcher, text)
        assert c == py, text[:200]
        found += sum(h is not None for h in c)
    assert found > 20  # the texts do hold boilerplate: the comparison is not vacuous


def test_same_hits_on_dev_slice(dev_slice: list[dict]) -> None:
    for row in dev_slice:
        for field in ("fullpage", "trafilatura"):
            c, py = _both(MATCHER, row[field])
            assert c == py


def test_wide_masks_reach_the_high_rules() -> None:
    # The wide matcher's rule order puts the copies after the originals: same hits, as indices.
    for text in CRAFTED:
        assert _both(WIDE, text)[0] == _both(MATCHER, text)[0]
    # A rule only in the high bits is still found.
    others = [r for r in BUILTIN if not r.code.startswith("NWS")]  # NWS004 finds the line too
    high = Matcher((*(dataclasses.replace(r, code=f"{r.code}{k}") for k in range(3) for r in others), *BUILTIN))
    text = "Sign up for our newsletter"
    hit = high.match(text, split_lines(text)[0])[0]
    assert hit is not None and hit >= 64 and high.rules[hit].code == "NWS001"


_line = st.one_of(
    st.sampled_from([ex for r in BUILTIN if not r.structural for ex in (*r.removes, *r.keeps)]),
    st.text(alphabet=st.sampled_from(list("aeinorst NWSLTRΣσİı\ud800\r\t|·•/,;-–") + list(SPACES)), max_size=30),
    st.text(max_size=30),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_line, st.sampled_from(["upper", "lower", "same"])), max_size=12))
def test_same_hits_generated(parts: list[tuple[str, str]]) -> None:
    text = "\n".join(s.upper() if how == "upper" else s.lower() if how == "lower" else s for s, how in parts)
    c, py = _both(MATCHER, text)
    assert c == py


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab\n") + list(SPACES) + ["\ud800", "é", "Σ", "\U0001f600", "中", "ア", "ก"]), max_size=60))
def test_line_words_are_segment_words(text: str) -> None:
    words, short, flags = line_words(text, 5, 2)
    expect = [word_count(ln) if len(ln) <= 5 else 5 for ln in text.split("\n")]
    assert words == expect
    short_lines = [i for i, (ln, w) in enumerate(zip(text.split("\n"), expect)) if ln.strip() and w <= 2]
    assert short == short_lines
    assert list(flags) == [int(i in short_lines) for i in range(len(expect))]


def test_line_words_count_words_not_spaces() -> None:
    # "|" and "•" are no words (the matcher counted them when it split on spaces).
    assert line_words("Home | News | Sport\n• Share\n中文新闻", MAX_LINE_CHARS, SHORT_WORDS)[0] == [3, 1, 4]
    assert line_words("x" * 10 + "\n" + "x" * 11, 10, 20)[0] == [1, 10]
    # A line of symbols has no words, but it is a short line for the rules (a template's "{{.}}").
    assert line_words("{{.}}\n  \n", MAX_LINE_CHARS, SHORT_WORDS)[:2] == ([0, 0, 0], [0])


def test_short_keys_are_normalize() -> None:
    lines = ["Home | News", "İstanbul’da HABER", "a_b__c", "", "  ", "ΟΔΟΣ Σ", "\ud800x\udfffy", "№5 ½ ٣", "ǅ ᾈ ẞ Ⅻ"]
    text = "\n".join(lines)
    part_words = frozenset(w for ln in lines for w in normalize(ln).split())
    got = _c.short_keys(text, list(range(len(lines))), {}, part_words)
    # A line with a capital sigma is left to the caller (its lowercase depends on its neighbours).
    assert [(i, key) for i, _, _, key in got] == [(i, None if "Σ" in ln else normalize(ln)) for i, ln in enumerate(lines)]
    exact = {normalize(lines[1]): 7}
    got = _c.short_keys(text, [1, 2], exact, None)
    assert [(i, rule, parts) for i, rule, parts, _ in got] == [(1, 7, False)]


def test_short_keys_of_lines_that_grow_when_normalized() -> None:
    # A key can be nearly twice its line ("İL" gives "i l"). The key buffer was sized for a shorter
    # line before and overflowed here (a segfault through strip() on Turkish menus): a review found it.
    lines = ["Menü", "İL" * 34, "İ" * 40, "x", "İ" * 3000]
    text = "\n".join(lines)
    part_words = frozenset(w for ln in lines for w in normalize(ln).split())
    got = _c.short_keys(text, list(range(len(lines))), {}, part_words)
    assert [(i, key) for i, _, _, key in got] == [(i, normalize(ln)) for i, ln in enumerate(lines)]


def test_lowercase_one_character_at_a_time() -> None:
    import sys

    # Every character but the capital sigma: the same as str.lower (U+0130 becomes two characters).
    text = "".join(chr(c) for c in range(sys.maxunicode + 1) if c != 0x3A3)
    assert _c.lower(text) == text.lower()


@pytest.mark.parametrize("matcher", [MATCHER, WIDE], ids=["builtin", "wide"])
def test_scan_text_is_scan_of_lowered_bytes(matcher: Matcher) -> None:
    auto = matcher._automaton
    for text in [p.read_text(encoding="utf-8") for p in sample_inputs()] + CRAFTED:
        _, _, flags = line_words(text, MAX_LINE_CHARS, SHORT_WORDS)
        lowered = text.lower().translate(OTHER_SPACES).encode("utf-8", "surrogatepass")
        assert auto.scan_text(text, flags) == auto.scan(lowered, flags)


def test_every_space_separator_reads_as_a_space():
    """The scan reads every character of Unicode's category Zs as U+0020 (_keywords.c, other_space),
    as a built-in pattern's literal space matches them (phrasebook.SPACE), and match.OTHER_SPACES,
    which the bytes scan is given, holds the same characters: "Let\xa0us\xa0know" holds "let us"."""
    import unicodedata

    zs = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"}
    assert set(OTHER_SPACES) == zs - {0x20} and set(OTHER_SPACES.values()) == {0x20}
    auto = _c.Automaton([b"a b"], [1], [0], 1)
    chars = [c for c in range(0x110000) if c != 0x0A]
    found = auto.scan_text("\n".join(f"a{chr(c)}b" for c in chars), b"")
    assert {chars[i] for i in found} == zs
    # A keyword written with a no-break space is a keyword with a space.
    nbsp = dataclasses.replace(next(r for r in BUILTIN if r.code == "SOC001"), code="SOC999", keywords=("let\xa0us",))
    matcher = Matcher((nbsp,))
    text = "Let us know in the comments below.\nLet\u202fus\u00a0know in the comments below."
    assert matcher.match(text, split_lines(text)[0]) == [0, 0]


def test_sigma_keywords() -> None:
    # A keyword with a small sigma: a text with a capital one is lowercased as a whole.
    base = next(r for r in BUILTIN if r.code == "NWS001")
    greek = dataclasses.replace(base, code="NWS999", patterns=("^σχολια$", "ς$"), keywords=("σχολια", "ς"))
    matcher = Matcher((greek, *BUILTIN))
    assert matcher._automaton.scan_text("ΣΧΟΛΙΑ", b"\x01") is None
    for text in ["ΣΧΟΛΙΑ", "ΟΔΟΣ\nσχολια\nΟΔΟΣ ΟΔΟΣ", "σχολια\nΣ", "ΣΣ ΣΑΣ.\nnewsletter"]:
        c, py = _both(matcher, text)
        assert c == py
    assert _both(matcher, "ΟΔΟΣ\nΣΧΟΛΙΑ")[0] == [0, 0]
    assert matcher.match("ΟΔΟΣ\nΣΧΟΛΙΑ", ["ΟΔΟΣ", "ΣΧΟΛΙΑ"]) == [0, 0]


def test_automaton_overlapping_keywords() -> None:
    auto = _c.Automaton([b"newsletter", b"letters", b"he", b"she", b"hers"], [1, 2, 4, 8, 16], [0, 0, 0, 0, 32], 6)
    assert auto.scan(b"newsletters\nushers\nnothing\nhe", b"\x00\x01") == {0: 3, 1: 4 | 8 | 16 | 32, 3: 4}
    with pytest.raises(ValueError):
        _c.Automaton([b"a\nb"], [1], [0], 1)
    with pytest.raises(ValueError):
        _c.Automaton([b"a"], [1 << 70], [0], 64)


# Keywords that overlap across their ends ("more news" + "newsletter"), built from every pair of
# built-in keywords where the end of one is the start of the other: the scan finds every occurrence
# (issue 14.5: a prefilter that took non-overlapping matches lost hits).
# For each pair (a, b), a before b in sorted order, the line joins them at the shortest overlap k
# (1 <= k < both lengths). The pairs are found through b's prefixes, not by trying every pair: that
# took 33 s at 3,400 keywords, and grows with their square.
def _overlapping_lines() -> list[str]:
    kws = sorted({kw for r in BUILTIN for kw in r.keywords if kw.strip() and "\n" not in kw})
    starting: dict[str, list[str]] = {}  # b[:k] -> every b with that prefix, k < len(b)
    for b in kws:
        for k in range(1, len(b)):
            starting.setdefault(b[:k], []).append(b)
    lines = []
    for a in kws:
        first: dict[str, int] = {}  # b -> the shortest overlap
        for k in range(1, len(a)):
            for b in starting.get(a[-k:], ()):
                if b not in first and a != b and not b.startswith(a):
                    first[b] = k
        lines.extend(f"{a}{b[first[b]:]}" for b in sorted(first))
    return lines


# The pairs grow with the square of the keywords (16,000 lines, then 72,000 with the concept rules',
# 278,000 with the phrase files') and the Python reference matcher is slow: a fixed number of them,
# evenly spaced over the sorted pairs, keeps the test's cost from growing with each language added.
OVERLAP_SAMPLE = 4000


def test_same_hits_on_overlapping_keywords() -> None:
    lines = _overlapping_lines()
    assert len(lines) > OVERLAP_SAMPLE
    lines = lines[:: len(lines) // OVERLAP_SAMPLE][:OVERLAP_SAMPLE]
    story = "The council said on Tuesday that the plan would go ahead despite the objections."
    for matcher in (MATCHER, WIDE):
        for i in range(0, len(lines), 200):
            chunk = lines[i : i + 200]
            text = "\n".join(x for line in chunk for x in (story, line, f"More {line.capitalize()}", story))
            c, py = _both(matcher, text)
            assert c == py


def test_issue_reproducers_agree() -> None:
    story = "The council said on Tuesday that the plan would go ahead despite the objections."
    for line in ("More Newsletter abonnieren", "Site built by signing up, you agree to our Terms of Use and Privacy Policy."):
        c, py = _both(MATCHER, f"{story}\n{line}\n{story}")
        assert c == py and c[1] is not None, line


def test_two_groups_need_a_keyword_of_each() -> None:
    """A line is a rule's candidate when a keyword of each of its groups occurs in it: rule 0 is
    "sign up" (first group) with "newsletter" (second), rule 1 "share" in both (its only group)."""
    kws = [b"newsletter", b"share", b"sign up"]
    auto = _c.Automaton(kws, [0, 2, 1], [0, 0, 0], 2, [1, 2, 0], [0, 0, 0])
    text = "sign up\nSign up for the NEWSLETTER\nnewsletter\nshare"
    want = {1: 1, 3: 2}
    assert auto.scan(text.lower().encode(), b"") == want
    assert auto.scan_text(text, b"") == want
    # The short tier, in each group: rule 0's second group only on short lines.
    short = _c.Automaton(kws, [0, 2, 1], [0, 0, 0], 2, [0, 2, 0], [1, 0, 0])
    assert short.scan_text(text, b"\x00\x00") == {3: 2}
    assert short.scan_text(text, b"\x00\x01") == {1: 1, 3: 2}
    # Without a second group, the first is the second.
    assert _c.Automaton(kws, [0, 2, 1], [0, 0, 0], 2).scan_text(text, b"") == {0: 1, 1: 1, 3: 2}
    with pytest.raises(TypeError):
        _c.Automaton(kws, [0, 2, 1], [0, 0, 0], 2, [1, 2, 0])


@pytest.mark.parametrize(("pattern", "literals"), [
    ("sign(?:ing)? up", {"sign up", "signing up"}),
    (r"^\W*(?:photo|image)\W*$", {"photo", "image"}),
    (r"(?:we|our)\b.{0,40}commission", {"commission"}),
    (r"(?:sign up|subscribe).{0,60}(?:newsletter|inbox)", {"sign up", "subscribe"}),
    (r"\d+ Comments?", {" comment", " comments"}),
    (r"[Ss]hare (?:this|on)", {"share this", "share on"}),
    (r"(?:\pL)news", {"news"}),
    ("a*b?", None),  # matches the empty line
    (r"[[:alpha:]]+ news", None),  # RE2's own syntax: not read
    ("(?:x|y*)z", {"z"}),  # z, whichever branch
    ("(?:x|y*)", None),
])
def test_required_literals(pattern: str, literals: set[str] | None) -> None:
    from stripper.match import required_literals

    assert required_literals(pattern) == (None if literals is None else frozenset(literals))


def test_every_example_holds_a_literal_its_rule_requires() -> None:
    """The literals derived from a rule's patterns (the scan's second group) are in every line its
    regexes match: each example a rule removes that its regexes match holds one."""
    from stripper.match import _required

    required = _required(MATCHER.rules)
    assert sum(r is not None for r in required) >= len(required) // 2  # most rules have them
    for c, lits in zip(MATCHER.compiled, required):
        if lits is None:
            continue
        for ex in c.rule.removes:
            if c.found(ex):
                low = ex.lower().translate(OTHER_SPACES)
                assert any(lit in low for lit in lits), (c.rule.code, ex)
