"""The translation of \\w \\W \\d \\s in built-in patterns into classes RE2 understands
(stripper.rules.phrasebook.unicode_classes, word_ranges)."""
from __future__ import annotations

import re

import re2

from stripper.rules.phrasebook import EXACT_BLOCKS, unicode_classes, word_ranges


def _compile(pattern: str):
    opts = re2.Options()
    opts.log_errors = False
    return re2.compile(unicode_classes(pattern), opts)


def test_word_class_is_pythons_in_the_exact_blocks_and_a_word_elsewhere():
    word = _compile(r"^\w$")
    python = re.compile(r"\w")
    for lo, hi in EXACT_BLOCKS:
        for c in range(lo, hi):
            if 0xD800 <= c < 0xE000:
                continue
            ch = chr(c)
            assert (word.search(ch.encode()) is not None) == bool(python.match(ch)), hex(c)
    # Outside them every character is a word character (CJK, hangul, Devanagari's vowel signs).
    for ch in "中한\u093e\u0e31":
        assert word.search(ch.encode()) is not None, ch
        assert _compile(r"^\W$").search(ch.encode()) is None, ch


def test_text_punctuation_is_no_word_character():
    """The characters a pattern's \\W* must step over at a line's ends, and a gap such as [\\w ]{1,30}
    must stop at, in the languages of the phrase files."""
    non_word = _compile(r"^\W+$")
    for ch in "’“”«»—–…•·\u00a0\u3001\u3002「」・（）！？，：\u200b\u2022©®™€£¥→★✓🙂👉":
        assert non_word.search(ch.encode()) is not None, repr(ch)


def test_a_lone_surrogate_is_no_word_character():
    """Lines are searched as their UTF-8 bytes, a lone surrogate passed through as its bytes: as
    with Unicode's own tables, they are no word character (RE2 reads invalid UTF-8 as non-word)."""
    lone = "\ud83d".encode("utf-8", "surrogatepass")
    assert _compile(r"\w").search(lone) is None
    assert _compile(r"^\W+$").search(lone) is not None


def test_classes_inside_brackets_and_negated():
    rx = _compile(r"^[\w .&'’-]{1,40}$")
    assert rx.search("Élan & Söhne’s — no".encode()) is None  # the dash is no word character
    assert rx.search("Élan & Söhne’s".encode()) is not None
    assert _compile(r"^[^\w]+$").search("…!?".encode()) is not None
    assert _compile(r"^\d+$").search("١٢٣".encode()) is not None  # Arabic-Indic digits are \d
    assert _compile(r"^\s$").search("\u3000".encode()) is not None  # the ideographic space is \s


def test_a_counted_repetition_of_the_word_class_stays_small():
    """RE2 copies a class once per repetition: with Unicode's full letter and digit tables
    ([\\pL\\pN_]) compiling the built-in rules cost about a second in every new process. The word
    class's program is 7x smaller (it is 25x the ASCII class's). Program sizes, not times."""
    def size(cls: str) -> int:
        return re2.compile(f"[{cls} .&'-]{{1,40}}").programsize

    ascii_size, ours, full = size("0-9A-Za-z_"), size(word_ranges()), size(r"\pL\pN_")
    assert ours < 40 * ascii_size, (ascii_size, ours)
    assert full > 5 * ours, (full, ours)


def test_a_literal_space_is_any_space_separator():
    """Web text joins words with no-break spaces (U+00A0; French puts U+202F before "?", "!", ":"
    and ";"): a pattern's literal space, in a class or escaped too, matches every character of
    Unicode's category Zs, and only those (a tab or a newline is not a space in a pattern)."""
    import unicodedata

    zs = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Zs"}
    assert zs >= {0x20, 0xA0, 0x202F, 0x2009, 0x3000}
    lines = "\n".join(f"a{chr(c)}b" for c in range(0x110000) if c != 0x0A and not 0xD800 <= c < 0xE000).encode()
    for pattern in ("^a b$", r"^a[ ]b$", r"^a\ b$", r"^a[x ]b$"):
        hits = {ord(m.decode()[1]) for m in _compile(f"(?m){pattern}").findall(lines)}
        assert hits == zs | ({ord("x")} if "x" in pattern else set()), pattern
    assert _compile(r"^a[^ ]b$").search("a\xa0b".encode()) is None
    assert _compile(r"^a[^ ]b$").search(b"a-b") is not None
    # The text is matched as it is: the match spans the no-break space's own bytes.
    m = _compile("us know").search("Let\u00a0us\u00a0know".encode())
    assert m is not None and m.group(0) == "us\u00a0know".encode()
