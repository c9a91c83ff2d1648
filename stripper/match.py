"""Pass one: context-free matching of every line against the selected rules.

Speed matters (millions of documents), so the work is done at C level where it can be:
- every rule names literal keywords, one of which any match contains; the keywords of all rules
  are compiled into one RE2 automaton (a DFA: 2-3x faster than `re` on a big alternation), run
  once over the lowercased text (as UTF-8 bytes), and a rule's own regexes are only tried on the
  lines where one of its keywords occurs;
- rules for short lines (most of them) only look at the short lines: in article text that is a
  small part of the bytes;
- a rule's patterns anchored at the line start are tried there once, not searched;
- exact-line rules are one dict lookup per short line, on keys normalized for all lines at once.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from .errors import PatternError
from .native import load
from .rules.base import PART_SPLIT, Rule, normalize
from .rules.phrasebook import unicode_classes
from .segment import ascii_view

# The C passes (optional: without a compiler, the pure-Python code below gives the same hits).
_c: Any = load("_keywords")

# A line longer than this is never boilerplate on its own words; it is not matched at all, which
# also bounds the work any regex can do.
MAX_LINE_CHARS = 3000
# Rules whose lines have at most this many words only look at short lines.
SHORT_WORDS = 20
# A line of up to this many words with no separator is also tried word by word as menu parts.
WORD_PARTS_MAX = 8
# normalize() on an ASCII line's bytes: letters lowercased, digits kept, anything else a space
# (newlines and non-ASCII bytes kept, to split lines and tell the lines that are not ASCII).
_NORMALIZE_ASCII = bytes(
    c | 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c == 10 or c >= 128 else 32
    for c in range(256)
)


def normalize_lines(lines: list[str]) -> list[str]:
    """[normalize(line) for line in lines], faster: a line that is ASCII in segment.ascii_view has
    its words joined by single spaces on bytes; the others are normalized one by one."""
    if not lines:
        return []
    view = ascii_view(lines).translate(_NORMALIZE_ASCII).split(b"\n")
    keys = [b" ".join(b.split()).decode() if b.isascii() else None for b in view]
    for i in [i for i, key in enumerate(keys) if key is None]:
        keys[i] = normalize(lines[i])
    return keys  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Compiled:
    rule: Rule
    regex: Any  # an RE2 pattern (see `_SurrogateSafe`); None when the rule has no patterns

    def found(self, line: str) -> bool:
        return self.regex is not None and self.regex.search(line) is not None


class _SurrogateSafe:
    """An RE2 pattern searched in a line's UTF-8 bytes (faster than a str, which the binding
    encodes and maps back to characters). A lone surrogate is passed through as its bytes: it
    matches no class, which only decides whether the line matches, never what is kept."""

    __slots__ = ("regex",)

    def __init__(self, regex: Any):
        self.regex = regex

    def search(self, line: str) -> Any:
        return self.regex.search(line.encode("utf-8", "surrogatepass"))


def builtin_regex(patterns: Sequence[str], case_sensitive: bool = False) -> Any:
    """One RE2 pattern for the alternation of `patterns`, written with Python's Unicode meaning of
    \\w, \\d and \\s (see phrasebook.unicode_classes). RE2 runs in time linear in the line: no
    pattern can backtrack."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = case_sensitive
    # Gaps such as "we[^.]{0,40}earn" make big DFAs; with RE2's default 8 MB budget the DFA cache
    # thrashes and a search costs 10x more (measured on dev lines). 32 MB per rule is enough.
    opts.max_mem = 32 << 20
    joined = "|".join(f"(?:{unicode_classes(p)})" for p in patterns)
    try:
        return _SurrogateSafe(re2.compile(joined, opts))
    except re2.error as e:
        msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise PatternError(msg) from None


def compile_rule(rule: Rule) -> Compiled:
    if not rule.patterns:
        return Compiled(rule, None)
    if rule.user:
        from .linear import compile_user_pattern

        return Compiled(rule, _SurrogateSafe(compile_user_pattern(rule)))
    try:
        return Compiled(rule, builtin_regex(rule.patterns, rule.case_sensitive))
    except PatternError as e:
        raise PatternError(f"rule {rule.code}: {e}") from None


def keyword_automaton(words: Iterable[str]) -> Any:
    """One RE2 pattern matching any of `words`, longest first at a position (RE2 is leftmost-first)."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    return re2.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))), opts)


class _Tier:
    """The keyworded rules of one tier: their keyword automaton, and for each keyword the rules it
    stands for as a bit mask (bit i = rule i), so that a line's candidates are one int."""

    def __init__(self, indexed: list[tuple[int, Rule]]):
        by_kw: dict[str, set[int]] = {}
        for i, r in indexed:
            for kw in r.keywords:
                by_kw.setdefault(kw, set()).add(i)
        # A keyword found by the automaton hides the keywords inside it, so it stands for them too.
        rules_for = {kw: set().union(*(rs for k2, rs in by_kw.items() if k2 in kw)) for kw in by_kw}
        # Keyed by UTF-8 bytes: the automaton runs over bytes (see _scan).
        self.mask_for = {kw.encode(): sum(1 << i for i in rs) for kw, rs in rules_for.items()}
        self.regex = keyword_automaton(by_kw) if by_kw else None


def _byte_starts(lengths: Iterable[int]) -> list[int]:
    """Offsets where lines of these byte lengths start when joined by newlines, plus one past the end."""
    return list(accumulate(map((1).__add__, lengths), initial=0))


class Matcher:
    """Matches lines against a fixed, ordered set of rules (earlier rules win a line)."""

    def __init__(self, rules: Sequence[Rule], max_line_chars: int = MAX_LINE_CHARS):
        # A longer line is matched by no rule (Settings.max_line_chars).
        self.max_line_chars = max_line_chars
        self.rules = tuple(r for r in rules if not r.structural and not r.learned)
        self.compiled = [compile_rule(r) for r in self.rules]
        self.exact: dict[str, int] = {}
        for i, r in enumerate(self.rules):
            for key in r.exact:
                self.exact.setdefault(key, i)
        self.exact_max_chars = max((len(k) for k in self.exact), default=0) + 8
        self.parts = [i for i, r in enumerate(self.rules) if r.parts]
        self.any_part = frozenset().union(*(self.rules[i].parts for i in self.parts))
        self.part_words = frozenset(w for p in self.any_part for w in p.split())
        keyworded = [(i, c.rule) for i, c in enumerate(self.compiled) if c.regex is not None and c.rule.keywords]
        self.short = _Tier([(i, r) for i, r in keyworded if r.max_words <= SHORT_WORDS])
        self.long = _Tier([(i, r) for i, r in keyworded if r.max_words > SHORT_WORDS])
        self.unkeyworded = [i for i, c in enumerate(self.compiled) if c.regex is not None and not c.rule.keywords]
        # fits[w]: bit mask of the rules a line of w words may match (w <= max_words), up to the
        # longest rule; a longer line fits none.
        top = max((r.max_words for r in self.rules), default=0)
        self.fits = [sum(1 << i for i, r in enumerate(self.rules) if w <= r.max_words) for w in range(top + 1)]
        self._bits: dict[int, tuple[int, ...]] = {}  # mask -> its rule indices, ascending
        self._automaton = _automaton(self.short, self.long, len(self.rules)) if _c is not None else None

    def match(self, text: str, lines: list[str], starts: list[int]) -> list[int | None]:
        """For each line, the index (into self.rules) of the first rule that matches it, or None."""
        if self._automaton is None:
            return self.match_python(text, lines, starts)
        return self._match_c(text, lines)

    def _match_c(self, text: str, lines: list[str]) -> list[int | None]:
        """match() with the C passes: the same hits as match_python.

        One Aho-Corasick scan gives each line's candidate rules (every occurrence of a keyword, where
        the RE2 scan finds non-overlapping ones and compensates for keywords inside keywords, see
        _Tier: the candidates can be more, never fewer, and the rules' own regexes decide); one pass
        counts words; one normalizes the short lines and looks them up."""
        assert _c is not None and self._automaton is not None
        scanned = self._automaton.scan_text(text, self.max_line_chars, SHORT_WORDS)
        if scanned is not None:
            words, short, cand = scanned
        else:  # a capital sigma and a keyword with a sigma: lowercase the text as a whole
            words, short, flags = _c.line_words(text, self.max_line_chars, SHORT_WORDS)
            cand = self._automaton.scan(text.lower().encode("utf-8", "surrogatepass"), flags)

        hits = self._verify(lines, words, cand)
        if short:
            self._short_lines_c(text, lines, words, short, hits)
        return hits

    def _short_lines_c(self, text: str, lines: list[str], words: list[int], short: list[int], hits: list[int | None]) -> None:
        """_short_lines, with the keys made and looked up in C, which lists only the lines where the
        exact-line or parts rules can apply (see _keywords.short_keys)."""
        exact, rules, limit = self.exact, self.rules, self.exact_max_chars
        part_words = self.part_words
        for i, ri, all_parts, key in _c.short_keys(text, short, exact, part_words or None):
            line, w = lines[i], words[i]
            if key is None:  # a capital sigma, lowercased by its neighbours: the line is done here
                key = normalize(line)
                ri = exact.get(key)
                all_parts = part_words.issuperset(key.split())
            if ri is not None and len(line) <= limit and w <= rules[ri].max_words:
                if hits[i] is None or hits[i] > ri:
                    hits[i] = ri
                continue
            if part_words and hits[i] is None and w >= 2 and (all_parts or "Σ" in line):
                pieces = PART_SPLIT.split(line)
                if len(pieces) > 1:
                    hits[i] = self._parts_rule((normalize(x) for x in pieces), w)
                elif w <= WORD_PARTS_MAX:
                    hits[i] = self._parts_rule(key.split(), w)

    def _verify(self, lines: list[str], words: list[int], cand: dict[int, int]) -> list[int | None]:
        """Hits of the regex rules: on each candidate line, its candidate rules' own patterns, first
        match wins; then the rules without keywords, on every line."""
        hits: list[int | None] = [None] * len(lines)
        compiled, fits, top = self.compiled, self.fits, len(self.fits)
        for i, mask in cand.items():
            w = words[i]
            if w >= top:  # also most lines longer than max_line_chars (their count is that)
                continue
            mask &= fits[w]
            if not mask:
                continue
            line = lines[i]
            if len(line) > self.max_line_chars:
                continue
            for ri in self._rule_indices(mask):
                if compiled[ri].found(line):
                    hits[i] = ri
                    break
        for ri in self.unkeyworded:
            c = compiled[ri]
            for i, line in enumerate(lines):
                if (hits[i] is None or hits[i] > ri) and words[i] <= c.rule.max_words and c.regex.search(line):  # type: ignore[operator]
                    hits[i] = ri
        return hits

    def match_python(self, text: str, lines: list[str], starts: list[int]) -> list[int | None]:
        """match() in pure Python (when the C passes are not built)."""
        limit = self.max_line_chars
        words = [len(ln.split()) if len(ln) <= limit else limit for ln in lines]
        short = [i for i, w in enumerate(words) if 0 < w <= SHORT_WORDS]
        cand = self._candidates(text, starts, short)

        hits = self._verify(lines, words, cand)
        self._short_lines(lines, words, short, hits)
        return hits

    def _rule_indices(self, mask: int) -> tuple[int, ...]:
        bits = self._bits.get(mask)
        if bits is None:
            if len(self._bits) >= 4096:  # rule sets seen together are few; never let it grow unbounded
                self._bits.clear()
            bits = self._bits[mask] = tuple(i for i in range(mask.bit_length()) if mask >> i & 1)
        return bits

    def _candidates(self, text: str, starts: list[int], short: list[int]) -> dict[int, int]:
        """Line index -> bit mask of the rules whose keywords occur in the line (lowercased).

        The automaton runs over UTF-8 bytes: re2 maps every match position of a str back to
        characters in Python, which cost more than the search itself."""
        cand: dict[int, int] = {}
        data = text.lower().encode("utf-8", "surrogatepass")  # a lone surrogate must not stop a run
        blines = data.split(b"\n")  # str.lower adds no newline: these are `lines`, lowercased
        if self.long.regex is not None:
            # Same length: every character is one byte and lowercasing kept it one, so the
            # character offsets are the byte offsets.
            bstarts = [*starts, len(data) + 1] if len(data) == len(text) else _byte_starts(map(len, blines))
            _scan(self.long, data, bstarts, range(len(blines)), cand)
        if self.short.regex is not None and short:
            sub = [blines[i] for i in short]
            _scan(self.short, b"\n".join(sub), _byte_starts(map(len, sub)), short, cand)
        return cand

    def _short_lines(self, lines: list[str], words: list[int], short: list[int], hits: list[int | None]) -> None:
        """Exact-line and menu-parts rules, on the short lines."""
        exact, rules, limit = self.exact, self.rules, self.exact_max_chars
        part_words = self.part_words
        for i, key in zip(short, normalize_lines([lines[i] for i in short]), strict=True):
            line, w = lines[i], words[i]
            if len(line) <= limit:
                ri = exact.get(key)
                if ri is not None and w <= rules[ri].max_words:
                    if hits[i] is None or hits[i] > ri:  # type: ignore[operator]
                        hits[i] = ri
                    continue
            # A line all of whose pieces are parts has only words of parts, which rules most lines
            # out at C speed. A piece is lowercased alone, which can only differ from the line's
            # lowercasing by a final sigma, so a line with a "Σ" goes the long way.
            if part_words and hits[i] is None and w >= 2 and (part_words.issuperset(key.split()) or "Σ" in line):
                # "Privacy | Terms" splits at its separators; "Facebook Twitter Email", word by word.
                pieces = PART_SPLIT.split(line)
                if len(pieces) > 1:  # the line has separators
                    hits[i] = self._parts_rule((normalize(x) for x in pieces), w)
                elif w <= WORD_PARTS_MAX:
                    hits[i] = self._parts_rule(key.split(), w)

    def _parts_rule(self, normalized: Iterable[str], w: int) -> int | None:
        """The first parts rule of which every non-empty piece is a part, if any.

        Most lines fail at their first piece, so `normalized` is best a generator: the line is
        given up as soon as a piece is no rule's part, before the others are normalized."""
        any_part = self.any_part
        ps = []
        for p in normalized:
            if p:
                if p not in any_part:
                    return None
                ps.append(p)
        for pi in self.parts:
            r = self.rules[pi]
            if len(ps) >= r.min_parts and w <= r.max_words and all(p in r.parts for p in ps):
                return pi
        return None


def _automaton(short: _Tier, long: _Tier, width: int) -> Any:
    """The C automaton over the keywords of both tiers, or None if there are none (or one that the
    automaton cannot take: empty, or holding a newline, which the pure-Python scan handles)."""
    keywords = sorted({*short.mask_for, *long.mask_for})
    if not keywords or any(not kw or b"\n" in kw for kw in keywords):
        return None
    try:
        return _c.Automaton(
            keywords, [long.mask_for.get(kw, 0) for kw in keywords], [short.mask_for.get(kw, 0) for kw in keywords], width
        )
    except (TypeError, ValueError, AttributeError) as e:  # a stale build of an older _keywords.c
        import warnings

        warnings.warn(f"stripper._keywords does not match match.py ({e}); rebuild it (pip install -e .). "
                      "Using the pure-Python matcher.", RuntimeWarning, stacklevel=2)
        return None


def _scan(tier: _Tier, data: bytes, starts: list[int], index: Sequence[int], cand: dict[int, int]) -> None:
    """Add to `cand` the rules whose keywords occur in each line of `data`.

    `starts` are the lines' byte offsets with one extra offset past the end; `index` maps a line of
    `data` to its line in the text. Hits come in order, so a line's bisect is done once for all its
    hits, and its masks are merged in a local before touching the dict."""
    mask_for = tier.mask_for
    line, end, acc = -1, -1, 0
    for s, e in _spans(tier.regex, data):
        if s >= end:  # a hit on a later line
            if acc:
                cand[line] = cand.get(line, 0) | acc
            k = bisect_right(starts, s) - 1
            line, end, acc = index[k], starts[k + 1], 0
        acc |= mask_for[data[s:e]]
    if acc:
        cand[line] = cand.get(line, 0) | acc


def _spans(regex: Any, data: bytes) -> Iterator[tuple[int, int]]:
    """The spans of `regex`'s matches in `data`, one for every position where a match starts.

    The search goes on from one byte past each match's start, not from its end, so keywords that
    overlap are all found ("more news" does not hide the "newsletter" that starts inside it); the
    alternation is longest first, so a match stands for the shorter keywords inside it too (_Tier)."""
    pos, n = 0, len(data)
    search = regex.search
    while pos <= n:
        m = search(data, pos)
        if m is None:
            return
        s, e = m.span()
        yield s, e
        pos = s + 1
