"""Text -> lines with character spans, and the one definition of a word and a sentence end.

Lines are split on "\\n" only; a "\\r" stays in its line.

Words, for every script (the only definition in stripper; the rules, the context pass, the page
pass and the scorer all use it):

- `tokens(text)`: the units text is compared and counted in. In scripts written with spaces between
  words (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari and the other Indic scripts, Hangul...)
  a token is a run of letters, combining marks, digits and "_" (so a Hindi word keeps its vowel
  signs: "हिन्दी" is one token, where Python's `\\w+` cuts it in three). In scripts written without
  spaces a token is one character (with its combining marks): Han, Hiragana and Katakana (CJK), and
  Thai, Lao, Khmer and Myanmar. On ASCII text tokens are exactly the `\\w+` runs.
- `word_count(text)`: an estimate of the number of words, comparable across scripts, for
  thresholds such as "a heading has at most 12 words": a spaced-script token is one word; a Han
  character is one word (Chinese words average 1.5 characters, and a Han character carries about
  as much as an English word does); a run of kana counts one word per `KANA_CHARS_PER_WORD`
  characters, a run of Thai, Lao, Khmer or Myanmar one per `SEA_CHARS_PER_WORD` (rounded up).
- `ends_sentence(line)`: the line ends with a sentence terminal of any script (`TERMINALS`: . ! ?
  … 。 ！ ？ ؟ ۔ । ॥ ။ ። ។ ...), optionally followed by closing quotes or brackets (`CLOSERS`)
  and spaces. With `clause=True` a colon or semicolon ends it too.

The token pattern runs on RE2 (linear time); on ASCII lines the counts are taken on bytes with
C-level translate/split, which find the same tokens.
"""
from __future__ import annotations

import re
from itertools import accumulate

import re2


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` (without their newline) and the offset where each starts."""
    lines = text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    return lines, starts


def line_end(lines: list[str], starts: list[int], i: int) -> int:
    """End offset of line i including its newline (the last line has none)."""
    return starts[i] + len(lines[i]) + (1 if i < len(lines) - 1 else 0)


# ---------------------------------------------------------------- words
# Scripts written without spaces between words.
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}ー々〆"
_SEA = r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
# Not part of a spaced-script word: separators, controls, punctuation other than the connector "_"
# (\p{Pc}), symbols, and the unspaced scripts.
_NOT_WORD = rf"\p{{Z}}\p{{C}}\p{{Ps}}\p{{Pe}}\p{{Pi}}\p{{Pf}}\p{{Pd}}\p{{Po}}\p{{S}}\s{_CJK}{_SEA}"
_TOKEN_SOURCE = rf"[{_CJK}{_SEA}]\p{{M}}*|[^{_NOT_WORD}]+"
_TOKEN = re2.compile(_TOKEN_SOURCE)
# Runs of the unspaced scripts, for word_count.
_HAN_RUN = re2.compile(r"[\p{Han}々〆]")
_KANA_RUN = re2.compile(r"[\p{Hiragana}\p{Katakana}ー]+")
_SEA_RUN = re2.compile(rf"[{_SEA}]+")
_SPACED = re2.compile(rf"[^{_NOT_WORD}]+")
_UNSPACED = re2.compile(rf"[{_CJK}{_SEA}]")

KANA_CHARS_PER_WORD = 2
SEA_CHARS_PER_WORD = 3

# ASCII: word characters (\w on ASCII) kept and lowercased, everything else a space.
_ASCII_WORD = frozenset(b"0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TO_WORDS = bytes(c | 32 if 65 <= c <= 90 else c if c in _ASCII_WORD or c >= 128 or c == 10 else 32
                  for c in range(256))


def _encodable(text: str) -> str:
    """`text` with lone surrogates (valid in JSON, not in UTF-8, which RE2 needs) as "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def tokens(text: str) -> list[str]:
    """The tokens of `text`, in order, as they are in it (see the module's docstring; a lone
    surrogate is no token and ends one)."""
    return _TOKEN.findall(_encodable(text))


def word_count(text: str) -> int:
    """About how many words `text` has, in any script (see the module's docstring)."""
    if text.isascii():
        return len(text.encode().translate(_TO_WORDS).split())
    text = _encodable(text)
    if not _UNSPACED.search(text):
        return len(_SPACED.findall(text))
    n = len(_SPACED.findall(text)) + len(_HAN_RUN.findall(text))
    n += sum((len(r) + KANA_CHARS_PER_WORD - 1) // KANA_CHARS_PER_WORD for r in _KANA_RUN.findall(text))
    n += sum((len(r) + SEA_CHARS_PER_WORD - 1) // SEA_CHARS_PER_WORD for r in _SEA_RUN.findall(text))
    return n


def is_unspaced(text: str) -> bool:
    """Whether `text` holds a character of a script written without spaces between words."""
    return not text.isascii() and _UNSPACED.search(_encodable(text)) is not None


def line_tokens(lines: list[str]) -> list[list[bytes]]:
    """Per line, its tokens lowercased, as UTF-8 bytes: `[t.lower().encode() for t in tokens(line)]`
    for every line, faster (ASCII lines are split on bytes in one go)."""
    if not lines:
        return []
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    rows = data.translate(_TO_WORDS).split(b"\n")
    out = list(map(bytes.split, rows))
    if not data.isascii():
        findall = _TOKEN.findall
        for i in [i for i, row in enumerate(rows) if not row.isascii()]:
            out[i] = [t.encode("utf-8", "surrogatepass") for t in findall(_encodable(lines[i].lower()))]
    return out


def line_word_counts(lines: list[str]) -> list[int]:
    """`[word_count(line) for line in lines]`, faster on ASCII lines."""
    if not lines:
        return []
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    rows = data.translate(_TO_WORDS).split(b"\n")
    out = [len(r.split()) for r in rows]
    if not data.isascii():
        for i in [i for i, row in enumerate(rows) if not row.isascii()]:
            out[i] = word_count(lines[i])
    return out


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
    s = line.rstrip().rstrip(CLOSERS)
    if not s:
        return False
    c = s[-1]
    return c in TERMINALS or (clause and c in CLAUSE)


# ---------------------------------------------------------------- byte views
# Common characters of web text that are no word character, digit or letter (bullets, typographic
# quotes and dashes, no-break space): for counting words they are as good as a space.
_BLANKABLE = re.compile(b"|".join(re.escape(c.encode()) for c in "•\xa0’‘“”►»«…–—©·"))


def ascii_view(lines: list[str]) -> bytes:
    """`lines` joined by newlines as UTF-8, the characters above blanked to a space.

    Counting words on bytes with C-level translate/split is much faster than regexes per line; a
    line that is ASCII in this view has the same words (\\w+ runs) as the line itself. A line with
    other non-ASCII characters must be handled with the regexes."""
    return _BLANKABLE.sub(b" ", "\n".join(lines).encode("utf-8", "surrogatepass"))
