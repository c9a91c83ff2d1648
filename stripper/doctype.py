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

The tests are plain character tests on lines (no regular expressions), linear in the text, in
C (stripper/_text.c's DocKinds, the only implementation); the data and thresholds they use are
here. Words are `stripper.segment`'s (a Han character is a word, a bullet or "|" none), so a
Chinese line can be a data item or a line of verse as an English one can.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ._lazy import module
from .segment import _text  # the C pass (stripper/_text.c), its tables set by segment

np = module("numpy")  # imported on first use: a short text never needs it


@dataclass(frozen=True, slots=True)
class Kinds:
    """The detector's thresholds (a field of `PagePass`, `PagePass.kinds`)."""

    # A block is a run of at least `block_min` lines of a kind, allowing gaps of at most `gap` other
    # non-blank lines of at most `gap_max_words` words (a heading inside a list, "OCTOBER" between
    # tour dates; not a paragraph between two records).
    block_min: int = 3
    gap: int = 1
    gap_max_words: int = 14
    # A data item has at most this many words; a "key: value" item a key of at most
    # `key_max_words` and a value of at most `value_max_words`.
    data_max_words: int = 14
    key_max_words: int = 3
    value_max_words: int = 4
    # ... and a block of "key: value" items has at least this share of distinct keys; a block whose
    # items start with numbers that count up by one (1 History, 2 Effects, 3 Uses; a calendar's
    # days) in at least `counting` of their steps is a numbered list, not data.
    distinct_keys: float = 0.7
    counting: float = 0.9
    # A code line: at least this share of its non-space characters are code symbols, or it starts
    # with a keyword, or ends with a code closer.
    code_symbols: float = 0.08
    # Verse: lines of `verse_min_words` to `verse_max_words` words, none repeated and few with
    # figures, in a run of at least `verse_min_lines` of which at least `verse_ends` end with
    # punctuation (a verse block has no gaps)
    verse_min_words: int = 2
    verse_max_words: int = 12
    verse_min_lines: int = 4
    verse_ends: float = 0.5
    # ... and at least `verse_clauses` end with a comma or semicolon, and at most `verse_digits`
    # hold a figure.
    verse_clauses: float = 0.25
    verse_digits: float = 0.2
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

# A code line starts with one of these or ends with one of those...
_CODE_ENDS = ("{", "}", "):", "{}", "*/", "->", "\\")
_CODE_STARTS = (
    "def ", "class ", "import ", "from ", "return ", "if (", "for (", "while (", "#include", "#define",
    "var ", "let ", "const ", "function ", "public ", "private ", "static ", "int ", "void ", "$ ", ">>> ",
    "print(", "echo ", "sudo ", "pip ", "npm ", "git ", "cd ", "//", "/*", "<?", "<div", "<a ", "} ",
    "elif ", "else:", "try:", "package ", "func ", "fn ", "select ", "SELECT ",
)
# ... or opens a block: starts with a keyword and ends with one of `_OPENER_ENDS`...
_KEYWORD_OPENERS = ("for ", "while ", "if ", "elif ", "else", "try", "with ", "switch ", "except")
_OPENER_ENDS = ":{"
# ... or is dense in code symbols (a bracket counting half: prose has brackets too).
_SYMBOLS = "{}[];=<>$\\_#&|+%@^~`"
_PARENS = "()"
# A list item's bullet (also what the page pass's line statistics count as one, page._tables).
BULLETS = frozenset("•·*▪►»◦‣–-")
# How a line of verse ends, and a clause of it.
_VERSE_ENDS = frozenset(",;:.!?…—–-。！？，、؟،।")
_CLAUSE_ENDS = frozenset(",;，、،")

# The thresholds the C reads, in its order (stripper/_text.c, DocKinds_init).
_C_FIELDS = ("block_min", "gap", "gap_max_words", "data_max_words", "key_max_words", "value_max_words", "distinct_keys", "counting",
             "code_symbols", "verse_min_words", "verse_max_words", "verse_min_lines", "verse_ends", "verse_clauses",
             "verse_digits", "wrap_min", "wrap_max", "wrapped_share", "run_on_share")
assert set(_C_FIELDS) == {f.name for f in fields(Kinds)} - {"kind_share"}


@lru_cache(maxsize=8)
def _detector(k: Kinds) -> object:
    """The C detector with `k`'s thresholds and this module's characters."""
    return _text.DocKinds(tuple(getattr(k, f) for f in _C_FIELDS), "".join(sorted(BULLETS)),
                          "".join(sorted(_VERSE_ENDS)), "".join(sorted(_CLAUSE_ENDS)), _SYMBOLS, _PARENS,
                          _CODE_STARTS, _CODE_ENDS, _KEYWORD_OPENERS, _OPENER_ENDS)


_last: tuple[list[str], Kinds, tuple[bytes, bool]] | None = None


def _scanned(raw: list[str], k: Kinds, words: list[int] | None = None) -> tuple[bytes, bool]:
    """The C scan of the lines `raw`. The gate and the pass ask about the same lines (the gate twice,
    for kinds and for the document's kind): the last answer is kept, and found again by comparing
    the lines (their strings are the same objects), not by joining and hashing the text again.
    `words`: the lines' word counts, if the caller has them (page.Body's), not counted again."""
    global _last
    last = _last
    if last is not None and (last[1] is k or last[1] == k) and last[0] == raw:
        return last[2]
    found = _detector(k).scan("\n".join(raw), words)  # type: ignore[attr-defined]
    if len(found[0]) != len(raw):
        raise ValueError("doctype: a line holds a newline")
    _last = (list(raw), k, found)
    return found


def kinds(raw: list[str], k: Kinds = DEFAULT, words: list[int] | None = None) -> np.ndarray:
    """Per non-blank line of `raw` (the lines as they are, blank ones left out by the caller): its
    block kind (TABLE, DATA, CODE, VERSE) or NONE. A line is in the first kind whose block it is in,
    in that order:

    - TABLE: rows ``| a | b |`` (at least two cells), at least `block_min` - 1 of them (a header
      and a row);
    - DATA: items of 2 to `data_max_words` words (a bullet taken off) that start with a figure that
      is no list number ("350 g Zucker", "29 Cologne, Live Music Hall"; not "3. Games" nor a bare
      "2") or are a short "key: value" pair ("Optik: Teleobjektiv"; not "Home: /news"); not a block
      whose keys repeat (a cookie table's records) or whose numbers count up (a numbered list);
    - CODE: lines that start with a keyword or a prompt, open or close a block, or are dense in
      code symbols and do not end like a sentence;
    - VERSE: runs of lines of `verse_min_words` to `verse_max_words` words (no bullet, no table
      row) that end like clauses and sentences, none repeated and few with figures.

    Blocks are runs of at least `block_min` such lines (`verse_min_lines` for verse), bridging
    gaps of `gap` other lines (none for verse). `words`: the lines' word counts
    (segment.word_count of each), if the caller has them."""
    if not raw:
        return np.zeros(0, dtype=np.int64)
    return np.frombuffer(_scanned(raw, k, words)[0], dtype=np.int8).astype(np.int64)


def matter(raw: list[str], k: Kinds = DEFAULT) -> np.ndarray:
    """Flags, per non-blank line of `raw`, of the lines in blocks of matter (see `kinds`)."""
    return kinds(raw, k) != NONE


def document_kind(raw: list[str], k: Kinds = DEFAULT, kind: np.ndarray | None = None) -> str | None:
    """The kind of a whole text (its non-blank lines `raw`) when it is a document that is no web
    page: "plain-text" (at least `k.wrapped_share` of its lines are hard-wrapped at `k.wrap_min` to
    `k.wrap_max` characters and at least `k.run_on_share` of those run on into the next line, no
    sentence ending them, as an RFC's), "code" or "verse" (at least `k.kind_share` of its lines);
    None otherwise. (`kind`: `kinds(raw, k)`, if the caller has it; the kinds are counted from the
    scan the call before kept, so it is not needed.)"""
    m = len(raw)
    if not m:
        return None
    found, plain = _scanned(raw, k)
    if plain:
        return "plain-text"
    for code, name in ((CODE, "code"), (VERSE, "verse")):
        if found.count(code) >= k.kind_share * m:
            return name
    return None
