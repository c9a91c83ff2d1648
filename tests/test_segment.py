"""The one definition of a word and a sentence end (stripper/segment.py), in many scripts."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from stripper.segment import (
    ends_sentence,
    is_unspaced,
    line_tokens,
    line_word_counts,
    prose_words,
    split_lines,
    tokens,
    word_count,
)


def test_ascii_tokens_are_the_word_runs():
    assert tokens("Hello, world! It's 3.5 km_h") == ["Hello", "world", "It", "s", "3", "5", "km_h"]
    assert word_count("Home | News | Sport") == 3


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_on_ascii_tokens_are_python_word_runs(text):
    assert tokens(text) == re.findall(r"\w+", text)
    assert word_count(text) == len(re.findall(r"\w+", text))


def test_chinese_is_counted_per_character():
    line = "我们今天去了公园，天气很好。"
    assert tokens(line) == list("我们今天去了公园天气很好")
    assert word_count(line) == 12
    assert ends_sentence(line)
    # A menu item is short; a sentence of prose is not.
    assert word_count("首页") == 2
    assert word_count("新华社北京12月1日电 国务院总理今天在人民大会堂会见了来访的外国客人。") > 25


def test_japanese_kana_runs_count_two_characters_a_word():
    assert tokens("ホームへ") == ["ホ", "ー", "ム", "へ"]
    assert word_count("ホーム") == 2  # one run of three kana
    assert word_count("東京は晴れです。") == 2 + 1 + 1 + 1 + 1  # 東 京 | は | 晴 | れです -> 2 words
    assert ends_sentence("東京は晴れです。")
    assert ends_sentence("「そうですか？」")


def test_mixed_latin_and_cjk_split_at_the_script_change():
    assert tokens("iPhone手机") == ["iPhone", "手", "机"]


def test_thai_has_no_spaces_and_counts_by_characters():
    line = "ภาษาไทยเป็นภาษาที่สวยงาม"
    toks = tokens(line)
    assert "".join(toks) == line  # every character is in a token; combining marks stay with their base
    assert "ที่" in toks
    assert word_count(line) == 7  # 21 tokens (a letter with its marks), 3 a word
    assert word_count("หน้าแรก") <= 4  # "home page": a short menu item
    assert is_unspaced(line) and not is_unspaced("Привет")


def test_arabic_words_and_question_mark():
    line = "هل قرأت هذا المقال؟"
    assert tokens(line) == ["هل", "قرأت", "هذا", "المقال"]
    assert word_count(line) == 4
    assert ends_sentence(line)
    assert ends_sentence("هذا سطر باللغة الأردية۔")
    assert not ends_sentence("الصفحة الرئيسية")


def test_hindi_words_keep_their_vowel_signs():
    line = "यह हिन्दी भाषा में लिखा गया एक वाक्य है।"
    assert tokens(line) == ["यह", "हिन्दी", "भाषा", "में", "लिखा", "गया", "एक", "वाक्य", "है"]
    assert re.findall(r"\w+", "हिन्दी") != ["हिन्दी"]  # why \w+ is not the definition
    assert ends_sentence(line)
    assert ends_sentence("धर्मक्षेत्रे कुरुक्षेत्रे ॥")


def test_sentence_ends_of_other_scripts():
    for line in ("It ended.", "Did it?", "So it goes…", "He said “no.”", "(See above.)", "Это конец.",
                 "မြန်မာစာ။", "ኢትዮጵያ።", "ភាសាខ្មែរ។", "Τι κάνεις;"):
        assert ends_sentence(line), line
    for line in ("Home", "Read more »", "News:", "Chapter 1", "", "   "):
        assert not ends_sentence(line), line
    assert ends_sentence("Ingredients:", clause=True)
    assert ends_sentence("材料：", clause=True)


def test_lone_surrogates_do_not_break_counting():
    assert tokens("ab\ud800cd") == ["ab", "cd"]
    assert word_count("ab\ud800cd 我") == 3


def test_bulk_forms_equal_the_line_forms():
    lines = ["Hello World", "", "我们今天去了公园。", "• Home", "यह हिन्दी है", "ภาษาไทย", "ÉTÉ à Paris", "x\ud800y"]
    assert line_tokens(lines) == [[t.lower().encode("utf-8", "surrogatepass") for t in tokens(ln.lower())]
                                  for ln in lines]
    assert line_word_counts(lines) == [word_count(ln) for ln in lines]


@given(st.lists(st.text(max_size=40).filter(lambda s: "\n" not in s), max_size=8))
def test_bulk_forms_equal_the_line_forms_on_any_text(lines):
    assert line_word_counts(lines) == [word_count(ln) for ln in lines]
    assert list(map(len, line_tokens(lines))) == [len(tokens(ln.lower())) for ln in lines]


def test_split_lines_offsets():
    lines, starts = split_lines("a\nbb\n\nc")
    assert lines == ["a", "bb", "", "c"] and starts == [0, 2, 5, 6]


@given(st.text(alphabet="ab \n.中\u2028\r\ud800"))
def test_lines_and_their_offsets(text):
    lines, starts = split_lines(text)
    assert lines == text.split("\n")
    assert [text[s : s + len(line)] for s, line in zip(starts, lines)] == lines
    assert all(text[s - 1] == "\n" for s in starts[1:])


@given(st.lists(st.text(alphabet="ab .中ไทย-", max_size=30), max_size=12), st.integers(1, 6))
def test_prose_words_are_the_words_of_the_long_lines(rows, floor):
    text = "\n".join(rows)
    counts = [n for n in line_word_counts(rows) if n >= floor] if rows else []
    assert prose_words(text, floor) == sum(counts)
    # Counting stops once it reaches `stop`, so a sum under `stop` is the whole sum.
    some = prose_words(text, floor, 5)
    assert some == sum(counts) if sum(counts) < 5 else some >= 5
