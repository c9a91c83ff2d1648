"""Document kinds: text that is a page's matter though it does not read as prose.

The page pass reads the shape of lines: prose is long lines of words that end like sentences, and
what is not (short lines, lines of symbols and numbers) is taken for menus and link lists. That is
wrong for some matter, which is the story when it is the page's matter (#8):

- **tables**: rows written with cell separators (``| 125 g | Mehl |``, a table in markdown);
- **data lists**: runs of short items that carry figures or ``key: value`` pairs (a recipe's
  ingredients, tour dates, a photo's details);
- **code listings and preformatted text**: lines dense in code symbols or set off by indentation;
- **verse**: runs of short lines that end like clauses and sentences, in stanzas;
- **plain-text documents** (an RFC, a README, a code file, a poem): a whole text hard-wrapped at a
  fixed width, or mostly code, or mostly verse.

Two uses, both from the page pass (stripper/page.py):

- `document_kind(lines)` names the kind of a whole text that is such a document, or None; a text
  of one of those kinds is no whole web page (`page.gate`), so the page pass leaves it alone. The
  gate also does not count the short lines of a table or data list as a menu's (`matter`).
- `matter(lines)` flags, per non-blank line, the lines of tables, data lists, code and verse
  blocks; the page pass keeps such a block when it touches the story it keeps (`page.classify`).

Everything here is plain character tests on lines (no regular expressions), linear in the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise, repeat

from ._lazy import module
from .segment import TERMINALS

np = module("numpy")  # imported on first use: a short text never needs it


@dataclass(frozen=True, slots=True)
class Kinds:
    """The detector's thresholds (a field of `PagePass`, `PagePass.kinds`)."""

    # A block is a run of at least `block_min` lines of a kind, allowing gaps of at most `gap` other
    # non-blank lines (a heading inside a list, "OCTOBER" between tour dates).
    block_min: int = 3
    gap: int = 1
    # A data item has at most this many words; a "key: value" item a key of at most
    # `key_max_words` and a value of at most `value_max_words`.
    data_max_words: int = 14
    key_max_words: int = 3
    value_max_words: int = 4
    # ... and a block of "key: value" items has at least this share of distinct keys.
    distinct_keys: float = 0.7
    # A code line: at least this share of its non-space characters are code symbols, or it starts
    # with a keyword, or ends with a code closer.
    code_symbols: float = 0.08
    # Verse: lines of `verse_min_words` to `verse_max_words` words, none repeated and few with
    # figures, in a run of at least `verse_min_lines` of which at least `verse_ends` end with
    # punctuation
    verse_min_words: int = 2
    verse_max_words: int = 12
    verse_min_lines: int = 4
    verse_ends: float = 0.5
    # ... and at least `verse_clauses` end with a comma or semicolon.
    verse_clauses: float = 0.25
    # A whole text is a plain-text document when at least `wrapped_share` of its non-blank lines
    # are hard-wrapped at `wrap_min`..`wrap_max` characters and most of those run on into the next
    # line (no sentence end); or when at least `kind_share` of its lines are code or verse.
    wrap_min: int = 50
    wrap_max: int = 80
    wrapped_share: float = 0.6
    run_on_share: float = 0.5
    kind_share: float = 0.5


DEFAULT = Kinds()

NONE, TABLE, DATA, CODE, VERSE = 0, 1, 2, 3, 4

_CODE_ENDS = ("{", "}", "):", "{}", "*/", "->", "\\")
_CODE_STARTS = (
    "def ", "class ", "import ", "from ", "return ", "if (", "for (", "while (", "#include", "#define",
    "var ", "let ", "const ", "function ", "public ", "private ", "static ", "int ", "void ", "$ ", ">>> ",
    "print(", "echo ", "sudo ", "pip ", "npm ", "git ", "cd ", "//", "/*", "<?", "<div", "<a ", "} ",
    "elif ", "else:", "try:", "package ", "func ", "fn ", "select ", "SELECT ",
)
# A list item's bullet (also what the page pass's line statistics count as one, page._tables).
BULLETS = frozenset("•·*▪►»◦‣–-")
_VERSE_ENDS = frozenset(",;:.!?…—–-。！？，、؟،।")
_CLAUSE_ENDS = frozenset(",;，、،")


def _words(s: str) -> int:
    return len(s.split())


def _strip_bullet(s: str) -> str:
    if s[:1] in BULLETS and (len(s) == 1 or s[1].isspace()):
        return s[1:].lstrip()
    return s


def is_table_row(s: str) -> bool:
    """A row of a table written with cell separators: ``| a | b |`` (at least two cells)."""
    return len(s) >= 3 and s[0] == "|" and s[-1] == "|" and s.count("|") >= 3


def _leading_figure(t: str) -> bool:
    """`t` starts with a figure that is no list number: "350 g", "29 Cologne", "1,5 kg", "2x4" (not
    "1. Item" or "3) Item")."""
    k = 0
    while k < len(t) and t[k].isdigit():
        k += 1
    if not k:
        return False
    nxt = t[k : k + 1]
    if nxt in (".", ")"):
        # "1.5 kg" is a figure, "1. Item" a list number.
        return t[k + 1 : k + 2].isdigit()
    return nxt != ""


def is_data_item(s: str, k: Kinds = DEFAULT, words: int | None = None) -> bool:
    """A short item that starts with a figure ("350 g Zucker", "29 Cologne, Live Music Hall") or is
    a "key: value" pair ("Optik: Teleobjektiv"); not a bare number (a pager's "2") nor a numbered
    list's item ("3. Software & Apps"). (`words`: the words of `s`, if known.)"""
    t = _strip_bullet(s)
    n = _words(t) if words is None else words - (t is not s)
    if not 2 <= n <= k.data_max_words:
        return False
    if _leading_figure(t):
        return True
    colon = t.find(":")
    return (0 < colon < len(t) - 2 and _words(t[:colon]) <= k.key_max_words
            and 1 <= _words(t[colon + 1 :]) <= k.value_max_words and not t[colon + 1 :].lstrip().startswith("/"))


_KEYWORD_OPENERS = ("for ", "while ", "if ", "elif ", "else", "try", "with ", "switch ", "except")


def _keep_bytes(chars: bytes) -> bytes:
    """The delete set of bytes.translate that keeps `chars` and newlines."""
    return bytes(c for c in range(256) if c not in chars and c != 10)


_NOT_SYMBOL = _keep_bytes(b"{}[];=<>$\\_#&|+%@^~`")
_NOT_PAREN = _keep_bytes(b"()")


def code_symbols(raw: list[str]) -> list[float]:
    """Per line (no newline in any), its code symbols, a bracket counting half (prose has
    brackets too), all lines at once on their UTF-8 bytes."""
    data = "\n".join(raw).encode("utf-8", "surrogatepass")
    sym = data.translate(None, _NOT_SYMBOL).split(b"\n")
    par = data.translate(None, _NOT_PAREN).split(b"\n")
    return [len(a) + 0.5 * len(b) for a, b in zip(sym, par)]


def is_code_line(raw: str, k: Kinds = DEFAULT, symbols: float | None = None) -> bool:
    """A line of code: starting with a keyword or a prompt, or a block's opener ending in ":" or
    "{", or ending with a block's closer; or dense in code symbols (`code_symbols`) and not ending
    like a sentence."""
    s = raw.strip()
    if not s or (s[:1] in BULLETS and s[1:2].isspace()):
        return False
    if s.startswith(_CODE_STARTS) or s.endswith(_CODE_ENDS):
        return True
    if s.startswith(_KEYWORD_OPENERS) and s.endswith((":", "{")):
        return True
    sym = code_symbols([s])[0] if symbols is None else symbols
    return sym >= 2 and sym >= k.code_symbols * (len(s) - s.count(" ")) and s[-1:] not in TERMINALS


def is_verse_line(s: str, k: Kinds = DEFAULT, words: int | None = None) -> bool:
    t = s.strip()
    n = _words(t) if words is None else words
    return k.verse_min_words <= n <= k.verse_max_words and t[:1] not in BULLETS and not is_table_row(t)


def _blocks(flags: list[bool], k: Kinds, min_len: int) -> np.ndarray:
    """Flags of the runs of True in `flags` (gaps of up to `k.gap` False values bridged) with at
    least `min_len` True values; the bridged gaps inside a block are in it."""
    m = len(flags)
    out = np.zeros(m, dtype=bool)
    i = 0
    while i < m:
        if not flags[i]:
            i += 1
            continue
        j, last, count = i, i, 0
        while j < m:
            if flags[j]:
                last, count = j, count + 1
            elif j - last > k.gap:
                break
            j += 1
        if count >= min_len:
            out[i : last + 1] = True
        i = last + 1
    return out


def _leading_int(t: str) -> int | None:
    t = _strip_bullet(t)
    k = 0
    while k < len(t) and t[k].isdecimal():  # (not isdigit: "❶" and "²" are digits int() refuses)
        k += 1
    return int(t[:k]) if 0 < k <= 6 else None


def _counting(items: list[str], k: Kinds) -> bool:
    """The items start with numbers that count up by one (1 History, 2 Effects, 3 Uses; a
    calendar's days): a numbered list or a calendar, not figures."""
    nums = [n for n in map(_leading_int, items) if n is not None]
    if len(nums) < k.block_min:
        return False
    steps = sum(1 for a, b in pairwise(nums) if b == a + 1)
    return steps >= 0.9 * (len(nums) - 1)


def _spans(flags: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in `flags`."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def kinds(raw: list[str], k: Kinds = DEFAULT) -> np.ndarray:
    """Per non-blank line of `raw` (the lines as they are, blank ones left out by the caller): its
    block kind (TABLE, DATA, CODE, VERSE) or NONE. A line is in the first kind whose block it is in,
    in that order. (The gate and the pass ask about the same lines: the last answers are kept.)"""
    return _kinds(tuple(raw), k).copy()


@lru_cache(maxsize=4)
def _kinds(raw: tuple[str, ...], k: Kinds) -> np.ndarray:
    stripped = [r.strip() for r in raw]
    out = np.zeros(len(raw), dtype=np.int64)
    table = _blocks([is_table_row(s) for s in stripped], k, k.block_min - 1)  # a header and a row
    out[table] = TABLE
    nw = [len(s.split()) for s in stripped]
    data = _blocks(list(map(is_data_item, stripped, repeat(k), nw)), k, k.block_min) & (out == NONE)
    if data.any():
        # "key: value" items whose keys repeat are records of a table of settings (a cookie
        # banner's "Name:", "Anbieter:", "Zweck:"), not one thing's details.
        for s, e in _spans(data):
            keys = [t.split(":", 1)[0].lower() for t in stripped[s:e] if ":" in t and not _leading_figure(_strip_bullet(t))]
            if (len(keys) >= k.block_min and len(set(keys)) < k.distinct_keys * len(keys)) or _counting(stripped[s:e], k):
                data[s:e] = False
    out[data] = DATA
    code = _blocks(list(map(is_code_line, raw, repeat(k), code_symbols(raw))), k, k.block_min) & (out == NONE)
    out[code] = CODE
    vflags = list(map(is_verse_line, stripped, repeat(k), nw))
    verse = _blocks(vflags, DEFAULT if k.gap == 0 else Kinds(gap=0), k.verse_min_lines) & (out == NONE)
    if verse.any():
        # A run of short lines is verse only if most end with punctuation, a good share with a
        # clause's comma or semicolon (a teaser list's titles end with "?" or nothing), and none
        # repeats and few carry figures (as a list of videos' titles and lengths does).
        for s, e in _spans(verse):
            run = stripped[s:e]
            ends = sum(1 for t in run if t[-1:] in _VERSE_ENDS)
            clauses = sum(1 for t in run if t[-1:] in _CLAUSE_ENDS)
            digits = sum(1 for t in run if any(c.isdigit() for c in t))
            if (ends >= k.verse_ends * len(run) and clauses >= k.verse_clauses * len(run)
                    and len(set(run)) == len(run) and digits <= 0.2 * len(run)):
                out[s:e] = VERSE
    return out


def matter(raw: list[str], k: Kinds = DEFAULT) -> np.ndarray:
    """Flags, per non-blank line of `raw`, of the lines in blocks of matter (see `kinds`)."""
    return kinds(raw, k) != NONE


def document_kind(raw: list[str], k: Kinds = DEFAULT, kind: np.ndarray | None = None) -> str | None:
    """The kind of a whole text (its non-blank lines `raw`) when it is a document that is no web
    page: "plain-text" (hard-wrapped at a fixed width, as an RFC), "code" or "verse" (at least
    `k.kind_share` of its lines); None otherwise. (`kind`: `kinds(raw, k)`, if known.)"""
    m = len(raw)
    if not m:
        return None
    stripped = [r.rstrip() for r in raw]
    wrapped = [k.wrap_min <= len(s) <= k.wrap_max for s in stripped]
    nw = sum(wrapped)
    if nw >= k.wrapped_share * m:
        run_on = sum(1 for i in range(m - 1) if wrapped[i] and stripped[i][-1:] not in TERMINALS)
        if run_on >= k.run_on_share * nw:
            return "plain-text"
    kind = kinds(raw, k) if kind is None else kind
    for code, name in ((CODE, "code"), (VERSE, "verse")):
        if (kind == code).sum() >= k.kind_share * m:
            return name
    return None
