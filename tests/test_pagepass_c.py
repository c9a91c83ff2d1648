"""The page pass in C (stripper/_pagepass.c) against its Python version in stripper/page.py: the
same gate, the same verdicts and the same logits, to the bit. Skipped when the extension is not built."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import sample_inputs
from stripper import page

C = pytest.importorskip("stripper._pagepass")
pytestmark = pytest.mark.skipif(page._c is None, reason="stripper._pagepass is not built")


@contextmanager
def python_only() -> Iterator[None]:
    saved = page._c
    page._c = None
    try:
        yield
    finally:
        page._c = saved


def verdicts(lines: list[str]) -> tuple:
    return page.looks_like_page(lines), page.classify(lines), page.guarded_classify(lines)


def py_details(lines: list[str]) -> dict:
    """What the C pass reports with mode 2, from the Python code (floats as hex: to the bit)."""
    a = page._Lines(lines)
    heur = page._heuristic(a.stripped, a.cls, a.nw)
    idx, s = page._stage1(a, heur)
    seen = Counter(a.stripped)
    return {
        "cls": a.cls, "nw": a.nw, "sds": [x.hex() for x in a.sds], "bullet": a.bullet,
        "heur": [bool(h) and c is not None for h, c in zip(heur, a.cls, strict=True)],
        "caps": a.caps, "digs": a.digs,
        "dup": [c is not None and seen[t] > 1 for c, t in zip(a.cls, a.stripped, strict=True)],
        "idx": idx, "s1": [x.hex() for x in s], "v2": [x.hex() for x in page._stage2(a.nw, idx, s)],
    }


def c_details(lines: list[str]) -> dict:
    d = page._c.classify(lines, 2)
    for k in ("sds", "s1", "v2"):
        d[k] = [x.hex() for x in d[k]]
    d["heur"] = [h and c is not None for h, c in zip(d["heur"], d["cls"], strict=True)]
    return d


def assert_same(lines: list[str]) -> None:
    c = verdicts(lines)
    with python_only():
        py = verdicts(lines)
    assert c == py
    assert c_details(lines) == py_details(lines)


# ---------------------------------------------------------------- texts
PROSE = ("The committee said on Tuesday that the new rules would apply to all of the members of "
         "the group from the start of next year, and that it had no plans to change them.")
MENU = ["Home", "News", "Sport", "Weather", "Contact us", "About"]


def crafted() -> list[list[str]]:
    prose_de = "Die Regierung hat am Dienstag gesagt, dass die neuen Regeln für alle über die Grenze gelten werden."
    prose_fr = "Le gouvernement a dit que les règles où il était question ont été changées à la fin de l'été."
    prose_es = "El gobierno dijo que las reglas más nuevas se aplicarán a todos los miembros del grupo también."
    pages = [
        [],
        [""],
        ["x"],
        [" \t\u3000"],
        MENU * 8 + [PROSE] * 5 + MENU * 3,
        MENU * 5 + [PROSE, prose_de, prose_fr, prose_es] * 3 + ["© 2024"] * 4,
        ["- " + m for m in MENU] * 10,                       # a page of one list
        [f"{i}. {PROSE}" for i in range(60)],                 # a list of prose
        ["1234. x y", "12) x", "1.x", "7)", "123.\tItem", "١٢. arabic digits", "²) superscript"] * 8,
        ["x -", "-", "- ", "•", "• ", "‣\u3000item", "» next", "*\x85star"] * 8,
        ["İstanbul İ I IN THE", "ΣΟΦΟΣ ΟΔΟΣ Σ", "ǅemal ﬀ ß ẞ", "FÜR ÜBER À OÙ ÉTÉ MÁS"] * 12 + [PROSE] * 3,
        ["中文 内容 测试", "日本語のテキスト。", "\u3000\u3000全角スペース"] * 15 + [PROSE],
        ["lone \ud800 surrogate", "\udfff", "a\udc80b the of", "\ud83d\ude00 pair?"] * 12 + [PROSE],
        ["\x85nel\x85", "\x1cfs\x1d", "\x0bvt\x0c", "\u2028ls\u2029", "\xa0nbsp\xa0"] * 10 + [PROSE],
        ["a | b | c", "x|y", "|", "Home | About | Contact | the of and"] * 12,
        ["Same line"] * 45 + [PROSE, PROSE],
        [PROSE] * 50,                                         # prose only: the guard
        [PROSE + " " + PROSE + " " + PROSE] + MENU * 10,      # one huge line
        [" ".join(["word"] * 2000)] * 41,
        ["𝐀𝐁𝐂 bold", "\U00010400\U00010428 deseret", "Ⅻ roman ⅻ", "½ ¾ 1⁄2"] * 12,
    ]
    # the language is chosen from the first LANG_WORDS words of the first LANG_LINES lines only
    german = ["Die Regeln für die Mitglieder der Gruppe sind nicht mehr so wie sie es waren und "
              "werden auch nicht mehr gelten."] * 30 + MENU * 6
    pages.append(["the x"] * page.LANG_LINES + german)
    pages.append([" ".join(["word"] * 400)] * (page.LANG_WORDS // 400 + 1) + german)
    # numbers and bullets at every width, and empty lines between list items
    pages.append([f"{'9' * k}{m} item {'x ' * k}" for k in range(6) for m in ".)"] * 5)
    pages.append([ln for m in MENU * 8 for ln in ("* " + m, "")])
    return pages


def test_crafted_pages():
    for lines in crafted():
        assert_same(lines)


@pytest.mark.parametrize("path", sample_inputs(), ids=lambda p: p.name)
def test_samples(path):
    text = path.read_text(encoding="utf-8")
    assert_same(text.split("\n"))
    # and each sample's lines repeated, shuffled by a fixed stride: pages that pass the gate
    lines = text.split("\n") * 3
    assert_same([lines[(7 * i) % len(lines)] for i in range(len(lines))])


def test_dev_slice(dev_slice):
    for row in dev_slice:
        for field in ("fullpage", "trafilatura"):
            assert_same(row[field].split("\n"))


def test_lowercase_per_character():
    """Tokens are lowered one character at a time in C: that must be what str.lower() gives, but
    for U+0130 (two code points: the C pass lowers such lines with str.lower()) and a capital sigma
    (a final sigma: no stopword has either sigma)."""
    bad = [c for c in range(0x110000)
           if not C._lower(c)[1] and chr(c).lower() != chr(C._lower(c)[0]) and c != 0x3A3]
    assert bad == []
    assert [c for c in range(0x110000) if C._lower(c)[1]] == [0x130]


def test_the_gate_is_cheap_and_exact_below_the_minimum():
    assert page.looks_like_page(MENU) is False
    lines = (MENU * 7)[: page.PAGE_MIN_LINES]
    with python_only():
        py = page.looks_like_page(lines)
    assert page.looks_like_page(lines) is py is True


def test_not_str():
    with pytest.raises(TypeError):
        page.guarded_classify(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        page.looks_like_page(["a"] * 50 + [None])  # type: ignore[list-item]


# ---------------------------------------------------------------- generated pages
_ALPHABET = st.sampled_from([
    *"aeiostnrAEIOSTNR019_ .,!?:)|'\"-*•·▪►»◦‣–\t",
    "\u3000", "\x85", "\x1c", "\xa0", "İ", "Σ", "ς", "中", "\ud800", "\udc00", "’", "”", "…", "١", "²",
    "ß", "ǅ", "Ⅻ", "😀", "𝐀", "É", "ü", "à",
])
_WORD = st.one_of(
    st.sampled_from([*sorted(set().union(*page.STOP.values())), "Home", "News", "İstanbul", "1.", "12)", "1234.", "-", "•"]),
    st.text(_ALPHABET, min_size=1, max_size=8),
)
_SEP = st.sampled_from([" ", " ", " ", "  ", "\t", ", ", ". ", " | ", "\u3000"])
_LINE = st.one_of(
    st.just(""),
    st.lists(st.tuples(_WORD, _SEP), max_size=30).map(lambda ws: "".join(w + s for w, s in ws)),
    st.builds(lambda p, ws: p + " ".join(ws), st.sampled_from(["- ", "• ", "1. ", "12) ", " * ", "–\u3000"]),
              st.lists(_WORD, max_size=6)),
    st.text(_ALPHABET, max_size=40),
)


@st.composite
def _pages(draw):
    pool = draw(st.lists(_LINE, min_size=1, max_size=12))
    picks = draw(st.lists(st.integers(0, len(pool) - 1), min_size=1, max_size=90))
    lines = [pool[i] for i in picks]  # repeats: duplicate lines, runs, lists
    if draw(st.booleans()):
        lines += [PROSE] * draw(st.integers(0, 4)) + MENU * draw(st.integers(0, 8))
    return lines


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pages())
def test_generated_pages(lines):
    assert_same(lines)
