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
  as much as an English word does); a run of kana tokens counts one word per `KANA_CHARS_PER_WORD`
  characters, a run of Thai, Lao, Khmer or Myanmar tokens one per `SEA_CHARS_PER_WORD` (rounded up).
  Characters past plane 1 (rare Han extensions, for one) count as letters of a spaced script.
- `ends_sentence(line)`: the line ends with a sentence terminal of any script (`TERMINALS`: . ! ?
  … 。 ！ ？ ؟ ۔ । ॥ ။ ። ។ ...), optionally followed by closing quotes or brackets (`CLOSERS`)
  and spaces. With `clause=True` a colon or semicolon ends it too.

No regex: tokens come from `str.translate` with a table built once from Unicode's categories, then
`str.split` (linear time, C speed); on ASCII lines from `bytes.translate`, which finds the same.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress, repeat
from operator import not_

import re2

_ONE = 1


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` (without their newline) and the offset where each starts."""
    lines = text.split("\n")
    starts = [0, *accumulate(map(_ONE.__add__, map(len, lines[:-1])))]
    return lines, starts


def line_end(lines: list[str], starts: list[int], i: int) -> int:
    """End offset of line i including its newline (the last line has none)."""
    return starts[i] + len(lines[i]) + (1 if i < len(lines) - 1 else 0)


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


def _chars(ranges: tuple[tuple[int, int], ...]) -> frozenset[str]:
    return frozenset(chr(c) for a, b in ranges for c in range(a, b + 1))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The translation table that makes `str.split` give tokens: every character of planes 0 and 1
    that is no letter, mark, digit or connector ("_") becomes a space; every letter of an unspaced
    script gets a space before it (its combining marks stay with it). Built once, on first use."""
    han, kana, sea = _chars(HAN), _chars(KANA), _chars(SEA)
    dense = han | kana | sea
    table: dict[int, str] = {}
    category = unicodedata.category
    for c in range(0x20000):
        ch = chr(c)
        cat = category(ch)
        if ch in dense:
            if cat[0] != "M":
                table[c] = " " + ch
        elif cat[0] not in "LMN" and cat != "Pc":
            table[c] = " "
    table[10] = "\n"
    return table, han, kana, sea, dense


_DENSE = re2.compile("[" + "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in (*HAN, *KANA, *SEA)) + "]")


def _split_dense(toks: list[str], dense: frozenset[str]) -> list[str]:
    """Cut a token that starts with a letter of an unspaced script and goes on in another script
    ("机iPhone", "ปี2020") after the first letter and its marks."""
    out = []
    for t in toks:
        if len(t) > 1 and t[0] in dense:
            k = 1
            while k < len(t) and unicodedata.category(t[k])[0] == "M":
                k += 1
            out.append(t[:k])
            if k < len(t):
                out.extend(_split_dense([t[k:]], dense))
        else:
            out.append(t)
    return out


# ASCII: word characters (\w on ASCII) kept and lowercased, everything else a space; non-ASCII
# bytes and newlines kept (to tell the rows that need the full table, and to split rows).
_ASCII_WORD = frozenset(b"0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_TO_WORDS = bytes(c | 32 if 65 <= c <= 90 else c if c in _ASCII_WORD or c >= 128 or c == 10 else 32
                  for c in range(256))
_TO_STARTS = bytes(97 if c in _ASCII_WORD else c if c >= 128 or c == 10 else 32 for c in range(256))
_TO_WORDS_CASED = bytes(c if c in _ASCII_WORD or c >= 128 or c == 10 else 32 for c in range(256))


def _tokens_of_rows(rows: list[str]) -> tuple[list[list[str]], bool]:
    """The tokens of each of `rows` (no newline in any), and whether any is of an unspaced script."""
    table, _, _, _, dense = _tables()
    joined = "\n".join(rows)
    out = [r.split() for r in joined.translate(table).split("\n")]
    if _DENSE.search(_encodable(joined)) is None:
        return out, False
    return [_split_dense(t, dense) if any(len(x) > 1 and x[0] in dense for x in t) else t for t in out], True


def _encodable(text: str) -> str:
    """`text` with lone surrogates (valid in JSON, not in UTF-8, which RE2 needs) as "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def tokens(text: str) -> list[str]:
    """The tokens of `text`, in order, as they are in it (see the module's docstring)."""
    if text.isascii():
        return text.encode().translate(_TO_WORDS_CASED).decode().split()
    return [t for row in _tokens_of_rows(text.split("\n"))[0] for t in row]


def _count(toks: list[str]) -> int:
    """Words in a line's tokens: see the module's docstring."""
    _, _, kana, sea, _ = _tables()
    n = 0
    run_kind, run = "", 0
    for t in (*toks, ""):
        c = t[:1]
        kind = "kana" if c in kana else "sea" if c in sea else ""
        if kind != run_kind or not c:
            if run_kind == "kana":
                n += -(-run // KANA_CHARS_PER_WORD)
            elif run_kind == "sea":
                n += -(-run // SEA_CHARS_PER_WORD)
            run_kind, run = kind, 0
        if not c:
            break
        if kind:
            run += 1
        else:
            n += 1  # a spaced-script word, or a Han character
    return n


def word_count(text: str) -> int:
    """About how many words `text` has, in any script (see the module's docstring)."""
    if text.isascii():
        return len(text.encode().translate(_TO_WORDS).split())
    toks, dense = _tokens_of_rows(text.split("\n"))
    return sum(map(_count, toks)) if dense else sum(map(len, toks))


def is_unspaced(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces between words."""
    if text.isascii():
        return False
    return not _tables()[4].isdisjoint(text)


def _rows(lines: list[str], table: bytes | None = None) -> tuple[list[bytes], list[int]]:
    """The lines as lowercased ASCII token rows (bytes; with `table` _TO_STARTS, each row prefixed
    with a space and its word characters "a"), and the indices of the lines that are not ASCII once
    common typographic characters (bullets, curly quotes, dashes: never part of a token) are
    blanked; those need the full table."""
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    if not data.isascii():
        data = _BLANKABLE.sub(b" ", data)
    if table is None:
        data = data.translate(_TO_WORDS)
    else:
        data = b" " + data.replace(b"\n", b"\n ").translate(table)
    rows = data.split(b"\n")
    other = [] if data.isascii() else list(compress(range(len(rows)), map(not_, map(bytes.isascii, rows))))
    return rows, other


def line_stats(lines: list[str]) -> tuple[list[list[bytes]], list[int]]:
    """Per line (no newline in any): its tokens lowercased as UTF-8 bytes (`[t.encode() for t in
    tokens(line.lower())]`) and its `word_count`, for all lines at once: ASCII lines are split on
    bytes in one go, the others translated in one go."""
    if not lines:
        return [], []
    rows, other = _rows(lines)
    toks = list(map(bytes.split, rows))
    counts = list(map(len, toks))
    if other:
        low, dense = _tokens_of_rows([lines[i].lower() for i in other])
        for i, t in zip(other, low):
            toks[i] = [x.encode("utf-8", "surrogatepass") for x in t]
            counts[i] = _count(t) if dense else len(t)
    return toks, counts


def line_tokens(lines: list[str]) -> list[list[bytes]]:
    """Per line (no newline in any), its tokens lowercased, as UTF-8 bytes (see line_stats)."""
    return line_stats(lines)[0]


def line_word_counts(lines: list[str]) -> list[int]:
    """`[word_count(line) for line in lines]` (no newline in any line), faster on ASCII lines: a
    word starts where a word character follows a space, counted on bytes without splitting."""
    if not lines:
        return []
    rows, other = _rows(lines, _TO_STARTS)
    out = list(map(bytes.count, rows, repeat(b" a")))
    if other:
        toks, dense = _tokens_of_rows([lines[i] for i in other])
        for i, t in zip(other, toks):
            out[i] = _count(t) if dense else len(t)
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
# (A fixed set of literals: the match is linear in the text on any engine.)
_BLANKABLE = re.compile(b"|".join(re.escape(c.encode()) for c in "•\xa0’‘“”►»«…–—©·"))


def ascii_view(lines: list[str]) -> bytes:
    """`lines` joined by newlines as UTF-8, the characters above blanked to a space.

    Counting words on bytes with C-level translate/split is much faster than regexes per line; a
    line that is ASCII in this view has the same words (\\w+ runs) as the line itself. A line with
    other non-ASCII characters must be handled with the regexes."""
    return _BLANKABLE.sub(b" ", "\n".join(lines).encode("utf-8", "surrogatepass"))
