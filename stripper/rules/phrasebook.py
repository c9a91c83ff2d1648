"""The built-in rules' phrasings, kept as data: one TOML file per language in `phrases/`, as jusText
keeps its stoplists.

A file holds one table per rule code. Every key is optional:

- `patterns`: RE2 regexes, case-insensitive unless the rule says otherwise. `\\w`, `\\W`, `\\d` and `\\s`
  mean what they mean in Python (Unicode letters, digits and spaces: see `unicode_classes`; outside the
  blocks of Latin, Greek, Cyrillic, Hebrew, Arabic and of punctuation and symbols, every character is a
  word character: see `word_ranges`); a literal space matches any space separator, the no-break
  spaces too (see `SPACE`);
  `\\b` is RE2's, at ASCII word edges only, so put it next to ASCII letters (a test checks);
- `keywords`: lowercase literals, one of which every match of the rule's patterns contains;
- `exact`, `parts`: whole lines and menu parts (compared normalized, see `base.normalize`);
- `removes`, `keeps`: examples the rule must remove and must keep (the tests walk them all);
- `block_vocab`: for a block heading, regex fragments (words) that keep the block going;
- any other key names a slot of the rule's `templates` (`{labels}` in a template is the `labels`
  of every language, as one alternation).

`common.toml` holds the phrasings that belong to no one language (prices, file names, template
placeholders, agency names). Adding a language is adding a file.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..errors import PhraseDataError

COMMON = "common"


@lru_cache(maxsize=1)
def load_all() -> dict[str, dict[str, dict[str, list[str]]]]:
    """{language: {rule code: {key: [strings]}}}, languages in file-name order ("common" first)."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    folder = resources.files(__package__) / "phrases"
    names = sorted((p.name for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda n: (n != f"{COMMON}.toml", n))
    texts = [(folder / name).read_text(encoding="utf-8") for name in names]
    # Parsing TOML is most of the rules' set-up: the parsed files are kept in the user's cache
    # (stripper/_cache.py) under a digest of their text, so what is read back is what parsing gives.
    import orjson

    from .. import _cache

    entry = "phrases-" + _cache.key(*(f"{n}\0{t}" for n, t in zip(names, texts))) + ".json"
    cached = _cache.read(entry)
    if cached is not None:
        try:
            data = orjson.loads(cached)
            if isinstance(data, dict) and list(data) == [n[: -len(".toml")] for n in names]:
                return data
        except orjson.JSONDecodeError:
            pass
    for name, text in zip(names, texts):
        lang = name[: -len(".toml")]
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise PhraseDataError(f"stripper/rules/phrases/{name}: {e}") from None
        for code, table in data.items():
            if not isinstance(table, dict):
                raise PhraseDataError(f"stripper/rules/phrases/{name}: {code} must be a table")
            for key, values in table.items():
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise PhraseDataError(f"stripper/rules/phrases/{name}: {code}.{key} must be a list of strings")
        out[lang] = data
    _cache.write(entry, orjson.dumps(out))
    return out


def for_rule(code: str) -> tuple[dict[str, list[str]], tuple[str, ...]]:
    """Every language's phrasings of rule `code`, merged in file order, and the languages that have
    any (without "common")."""
    merged: dict[str, list[str]] = {}
    langs: list[str] = []
    for lang, rules in load_all().items():
        table = rules.get(code)
        if not table:
            continue
        if lang != COMMON:
            langs.append(lang)
        for key, values in table.items():
            bucket = merged.setdefault(key, [])
            bucket.extend(v for v in values if v not in bucket)
    return merged, tuple(langs)


def languages() -> tuple[str, ...]:
    return tuple(lang for lang in load_all() if lang != COMMON)


def fill(template: str, slots: dict[str, list[str]]) -> str | None:
    """`template` with each `{name}` replaced by the alternation of slot `name`; None when a slot it
    names has no phrasings (the template then adds nothing)."""
    out, pos = [], 0
    while True:
        a = template.find("{", pos)
        while a >= 0 and not _slot_at(template, a):
            a = template.find("{", a + 1)
        if a < 0:
            out.append(template[pos:])
            return "".join(out)
        b = template.index("}", a)
        values = slots.get(template[a + 1 : b])
        if not values:
            return None
        out.append(template[pos:a])
        out.append("(?:" + "|".join(values) + ")")
        pos = b + 1


def _slot_at(template: str, a: int) -> bool:
    """A `{name}` slot (a lowercase identifier), not a `{m,n}` repetition."""
    b = template.find("}", a)
    name = template[a + 1 : b] if b > a else ""
    return bool(name) and name.replace("_", "a").isalpha() and name.islower()


# RE2's \w, \d and \s are ASCII; a built-in pattern means what Python's `re` means by them (with the
# one approximation of `word_ranges`).
_OUTSIDE = {"d": r"\p{Nd}", "D": r"\P{Nd}", "s": r"[\s\p{Z}]", "S": r"[^\s\p{Z}]"}
_INSIDE = {"d": r"\p{Nd}", "s": r"\s\p{Z}"}

# The blocks where `word_ranges` is exact: where text has its punctuation and symbols.
EXACT_BLOCKS = (
    (0x0000, 0x0800),  # ASCII, Latin-1, Latin Extended, IPA, Greek, Cyrillic, Armenian, Hebrew, Arabic, Syriac, Thaana, NKo
    (0x2000, 0x2C00),  # general punctuation, super/subscripts, currency, letterlike, number forms, arrows,
                       # maths, technical, enclosed alphanumerics, boxes, shapes, symbols, dingbats
    (0x3000, 0x3100),  # CJK symbols and punctuation, hiragana, katakana (its middle dot)
    (0xD800, 0xF900),  # surrogates (a lone one, passed through as its bytes, matches no class), private use
    (0xFE00, 0x10000),  # variation selectors, CJK compatibility, small and fullwidth forms, specials
    (0x1F000, 0x20000),  # emoji, pictographs, enclosed and other symbols
)


@lru_cache(maxsize=1)
def word_ranges() -> str:
    """Python's \\w as the inside of an RE2 class, written so that RE2 compiles it cheaply.

    All of Unicode's letters and digits are some 700 ranges, which RE2 turns into a UTF-8 automaton
    of thousands of instructions, and copies once per counted repetition (`[\\w .&'-]{1,40}` is 40
    copies): compiling the built-in rules took about 1 s in every new process. So the class is
    exact in `EXACT_BLOCKS` (Latin, Greek, Cyrillic, Hebrew, Arabic, and the blocks of punctuation,
    symbols, fullwidth forms and emoji, where a pattern's `\\W` or a gap's end must see a non-word
    character), and counts every other character as a word character: the letters of the other
    scripts (CJK, kana, hangul, Indic, Thai…), along with their few non-letters (combining vowel
    signs, which Python's \\w leaves out mid-word, and a few signs such as the danda). It is about
    110 ranges, and the built-in rules compile 4-5x cheaper (1.1 s -> 0.25 s; TRU001 0.26 s -> 0.04 s);
    their verdicts on all 327,352 distinct lines of the dev and trafeval pages (both views) and the
    bank are the same as with the exact class. tests/test_phrasebook.py holds the class to Python's
    \\w in the exact blocks."""
    ranges: list[tuple[int, int]] = []

    def add(a: int, b: int) -> None:  # merges with the range before when adjacent
        if ranges and a == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], b)
        else:
            ranges.append((a, b))

    pos = 0
    for lo, hi in EXACT_BLOCKS:
        if lo > pos:
            add(pos, lo - 1)
        for c in range(lo, hi):
            ch = chr(c)
            if ch.isalnum() or ch == "_":  # Python's \w (`re`'s definition for str patterns)
                add(c, c)
        pos = hi
    add(pos, 0x10FFFF)
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def _escape(c: int) -> str:
    return chr(c) if chr(c).isascii() and chr(c).isalnum() else f"\\x{{{c:X}}}"


def _outside(e: str) -> str:
    if e == "w":
        return f"[{word_ranges()}]"
    if e == "W":
        return f"[^{word_ranges()}]"
    return _OUTSIDE[e]


def _inside(e: str) -> str:
    return word_ranges() if e == "w" else _INSIDE[e]


# What a pattern's literal space (" ", or "\\ ") matches: any space separator (Unicode category Zs),
# U+0020 and the no-break spaces U+00A0 and U+202F (French puts one before "?", "!", ":" and ";"), the
# thin, figure and ideographic spaces. Web text joins words with them ("Let\xa0us\xa0know"), and a
# pattern written with spaces must see them as spaces; the keyword scan reads them as U+0020
# (stripper/_keywords.c, match.OTHER_SPACES). The text is matched as it is, never rewritten.
SPACE = r"\p{Zs}"


def unicode_classes(pattern: str) -> str:
    """`pattern` with \\w \\W \\d \\D \\s \\S as Unicode classes RE2 understands, and each literal space
    as any space separator (`SPACE`), in a class too."""
    out, i, in_class, n = [], 0, False, len(pattern)
    while i < n:
        c = pattern[i]
        if c == " ":
            out.append(SPACE)
            i += 1
            continue
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if e == " ":
                out.append(SPACE)
            elif in_class and (e == "w" or e in _INSIDE):
                out.append(_inside(e))
            elif in_class and e in "WDS":
                raise PhraseDataError(f"negated class \\{e} inside [...] in {pattern!r}: write it out")
            elif not in_class and (e in "wW" or e in _OUTSIDE):
                out.append(_outside(e))
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            # A "]" right after "[" or "[^" is a literal.
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)
