"""Text -> lines with character spans, and the one definition of a word and a sentence end.

Lines are split on "\\n" only; a "\\r" stays in its line.

Words, for every script (the only definition in stripper; the rules, the context pass, the page
pass, its document kinds and the scorer all use it):

- `tokens(text)`: the units text is compared and counted in. In scripts written with spaces between
  words (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari and the other Indic scripts, Hangul...)
  a token is a run of letters, combining marks, digits and "_" (so a Hindi word keeps its vowel
  signs: "हिन्दी" is one token, where Python's `\\w+` cuts it in three). In scripts written without
  spaces a token is one character (with its combining marks): Han, Hiragana and Katakana (CJK), and
  Thai, Lao, Khmer and Myanmar. On ASCII text tokens are exactly the `\\w+` runs.
- `word_count(text)`: an estimate of the number of words, comparable across scripts, for
  thresholds such as "a heading has at most 12 words": a spaced-script token is one word; a Han
  character is one word (Chinese words average 1.5 characters, and a Han character carries about
  as much as an English word does); a run of kana tokens counts one word per `KANA_CHARS_PER_WORD`
  characters, a run of Thai, Lao, Khmer or Myanmar tokens one per `SEA_CHARS_PER_WORD` (rounded up).
  Characters past plane 1 (rare Han extensions, for one) count as letters of a spaced script.
- `ends_sentence(line)`: the line ends with a sentence terminal of any script (`TERMINALS`: . ! ?
  … 。 ！ ？ ؟ ۔ । ॥ ။ ። ។ ...), optionally followed by closing quotes or brackets (`CLOSERS`)
  and spaces. With `clause=True` a colon or semicolon ends it too.

The code is C (stripper/_text.c), the only implementation: it walks the text with the table of
character classes that `_classes` builds here, once, from Unicode's categories and the constants
below (so the data stays in this file).
"""
from __future__ import annotations

import unicodedata

from .native import load

_text = load("_text")


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` (without their newline) and the offset where each starts."""
    return _text.split_lines(text)


# ---------------------------------------------------------------- words
# Scripts written without spaces between words, as code point ranges: Han (CJK ideographs and
# their radicals, iteration marks), Hiragana, Katakana, Thai, Lao, Myanmar, Khmer.
HAN = ((0x2E80, 0x2FDF), (0x3005, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF),
       (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
KANA = ((0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))
SEA = ((0x0E00, 0x0E7F), (0x0E80, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x19E0, 0x19FF),
       (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))
KANA_CHARS_PER_WORD = 2
SEA_CHARS_PER_WORD = 3


def tokens(text: str) -> list[str]:
    """The tokens of `text`, in order, as they are in it (see the module's docstring)."""
    return _text.tokens(text)


def word_count(text: str) -> int:
    """About how many words `text` has, in any script (see the module's docstring)."""
    return _text.word_count(text)


def is_unspaced(text: str) -> bool:
    """Whether `text` holds a character of a script written without spaces between words."""
    return _text.has_dense(text)


def line_tokens(lines: list[str]) -> list[list[bytes]]:
    """Per line (no newline in any), its tokens lowercased, as UTF-8 bytes."""
    rows = _text.line_tokens("\n".join(lines).lower()) if lines else []
    return [[t.encode("utf-8", "surrogatepass") for t in row] for row in rows]


def line_word_counts(lines: list[str]) -> list[int]:
    """`[word_count(line) for line in lines]` (no newline in any line), in one pass."""
    return _text.word_counts("\n".join(lines)) if lines else []


def prose_words(text: str, floor: int, stop: int = -1) -> int:
    """The words of `text`'s lines of at least `floor` words (its prose, when `floor` is a
    sentence's length), summed until the sum reaches `stop` (-1: all)."""
    return _text.prose_words(text, floor, stop)


def line_words(text: str, max_chars: int, short_max: int) -> tuple[list[int], list[int], bytes]:
    """Per line of `text`: its word count (`max_chars` for a line longer than `max_chars`
    characters); the indices of the lines that are not blank and have at most `short_max` words (a
    line of symbols, "{{.}}", has none); and those as 0/1 flags."""
    return _text.line_words(text, max_chars, short_max)


# ---------------------------------------------------------------- sentence ends
# Sentence terminals of many scripts: Latin/Cyrillic/Greek . ! ? … and ‼ ‽ ⁇ ⁈ ⁉; CJK 。 ！ ？ ｡ ．;
# Arabic ؟ and ؞, Urdu ۔; Devanagari danda । and double danda ॥; Myanmar ။; Ethiopic ። ፧;
# Khmer ។ ៕; Armenian ։; Tibetan ། ༎; Greek question mark ; (U+037E); Georgian ჻.
TERMINALS = frozenset(".!?…‼‽⁇⁈⁉。！？｡．؟؞۔।॥။።፧។៕։།༎;჻")
# What may follow a terminal at a line's end: closing quotes and brackets of many scripts.
CLOSERS = "\"'”’»›)]}」』）】〉》〕〗〙〛＂＇］｝"
# A clause end, accepted with clause=True: colon and semicolon, also full-width and Arabic.
CLAUSE = frozenset(":;：；؛")


def ends_sentence(line: str, *, clause: bool = False) -> bool:
    """Whether `line` ends like a sentence: a terminal of any script, then at most closing quotes or
    brackets and spaces. With `clause=True` a colon or a semicolon counts too."""
    return _text.ends_sentence(line, clause)


# ---------------------------------------------------------------- the table the C walks with
_WORD, _MARK, _DENSE, _KANA, _SEA, _TERM, _CLOSER, _CLAUSE = 1, 2, 4, 8, 16, 32, 64, 128


def _classes() -> bytes:
    """The class of every code point of planes 0 and 1 (those past are letters of spaced
    scripts), as stripper/_text.c reads them: a word character (a letter, mark, digit or "_", or any
    character of an unspaced script), a combining mark, of an unspaced script (and which: kana or
    Thai/Lao/Khmer/Myanmar), a sentence terminal, a closer, a clause end."""
    out = bytearray(0x20000)
    category = unicodedata.category
    for c in range(0x20000):
        cat = category(chr(c))
        if cat[0] in "LMN" or cat == "Pc":
            out[c] = _WORD | (_MARK if cat[0] == "M" else 0)
        elif cat[0] == "M":
            out[c] |= _MARK
    for ranges, kind in ((HAN, 0), (KANA, _KANA), (SEA, _SEA)):
        for a, b in ranges:
            for c in range(a, b + 1):
                out[c] |= _WORD | _DENSE | kind
    for chars, flag in ((TERMINALS, _TERM), (CLOSERS, _CLOSER), (CLAUSE, _CLAUSE)):
        for ch in chars:
            out[ord(ch)] |= flag
    return bytes(out)


def _cached_classes() -> bytes:
    """`_classes()`, kept in the user's cache (stripper/_cache.py) under a digest of what it is made
    from (Unicode's version in this Python, and this file, which holds the code and the constants):
    walking 131,072 code points in Python is a good part of a short command's start-up, reading
    128 KB back is not."""
    from pathlib import Path

    from . import _cache

    try:
        source = Path(__file__).read_bytes()
    except OSError:  # (no source beside the module: derive it)
        return _classes()
    name = "char-classes-" + _cache.key(unicodedata.unidata_version, source) + ".bin"
    data = _cache.read(name)
    if data is not None and len(data) == 0x20000:
        return data
    data = _classes()
    _cache.write(name, data)
    return data


_text.init(_cached_classes(), KANA_CHARS_PER_WORD, SEA_CHARS_PER_WORD)
