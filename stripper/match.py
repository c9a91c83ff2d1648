"""Pass one: context-free matching of every line against the selected rules.

Speed matters (millions of documents), so the work is done in C (stripper/_keywords.c, the only
implementation; words are counted as stripper.segment defines them, by stripper/_text.c):
- every rule names literal keywords, one of which any match contains; the keywords of all rules
  are compiled into one Aho-Corasick automaton, run once over the lowercased text, and a rule's own
  regexes (RE2) are only tried on the lines where one of its keywords occurs, and one of the literals
  its patterns require (`required_literals`, derived from their structure: "sign up" and
  "newsletter" of a pair, where the keyword is only "sign up"), found by the same scan;
- rules for short lines (most of them) only look at the short lines: in article text that is a
  small part of the bytes;
- a rule's patterns anchored at the line start are tried there once, not searched;
- exact-line rules are one dict lookup per short line, on keys normalized for all lines at once.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import PatternError
from .native import load
from .rules.base import PART_SPLIT, Rule, normalize
from .rules.phrasebook import unicode_classes
from .segment import line_words

_c: Any = load("_keywords")

# A line longer than this is never boilerplate on its own words; it is not matched at all, which
# also bounds the work any regex can do (Settings.max_line_chars).
MAX_LINE_CHARS = 3000
# RE2's memory budget per rule (its DFA caches get most of it; RE2 takes only what the states it
# builds need). Gaps such as "we[^.!?]{0,40}earn" make big DFAs: when its cache is full RE2 resets
# it, and a search that resets it too often falls back to RE2's NFA, 10-30x slower. At 32 MB four
# rules (AFF001, SOC001, TRU002, NWS001) did so on most whole-page lines, in every pass (the
# "2-5x more in the pipeline than alone": a rule tried alone on fewer lines built fewer states).
# At 64 MB, NWS004 and CKE003 (grown since, with their multilingual phrasings) did: ~350 us a
# line, 0.67 s of the 0.93 s the regexes took on a warm pass over trafeval's whole pages; at 256 MB
# their states fit (~10 us a line; all the regexes 0.19 s), for 29 MB more peak memory over
# three passes on all 9,694 texts of dev-pages and trafeval-pages, both views (RE2 allocates states
# as lines reach them, so the budget is a ceiling, not a cost).
REGEX_MAX_MEM = 256 << 20
# The space separators (Unicode category Zs) other than U+0020, each to U+0020: the keyword scan reads
# them as a space (stripper/_keywords.c, other_space, which a test holds to this table), as a built-in
# pattern's literal space accepts them (rules/phrasebook.py, SPACE): "Let\xa0us\xa0know" holds the
# keyword "let us know". Used where the scan is done on bytes (a text with a capital sigma).
OTHER_SPACES = {c: 32 for c in (0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}
# normalize() on an ASCII line's bytes: letters lowercased, digits kept, anything else a space
# (newlines and non-ASCII bytes kept, to split lines and tell the lines that are not ASCII).
_NORMALIZE_ASCII = bytes(
    c | 32 if 65 <= c <= 90 else c if 48 <= c <= 57 or 97 <= c <= 122 or c == 10 or c >= 128 else 32
    for c in range(256)
)


@dataclass(frozen=True, slots=True)
class Compiled:
    rule: Rule
    regex: Any  # an RE2 pattern (see `_SurrogateSafe`); None when the rule has no patterns

    def found(self, line: str) -> bool:
        return self.regex is not None and self.regex.found(line.encode("utf-8", "surrogatepass"))


_UNANCHORED: Any = None  # re2's Anchor.UNANCHORED, set with the first compile
_ANCHOR_START: Any = None  # re2's Anchor.ANCHOR_START, set with it
# A built-in pattern is compiled as `(?s:.*?)(?:...)` and searched anchored at the line's start,
# which matches the same lines: RE2 then knows where a match starts and runs its forward DFA alone,
# where an unanchored search that must report the match's span also builds the reverse program and
# its DFA (the binding always asks for the span). RE2 builds its DFA states as lines reach them, so
# every new process pays for them: a fresh process's first pass over the dev pages' extracted text
# took 0.61 s instead of 0.80 (best of 3), verdicts identical on every text of both data files.
_ANY_PREFIX = "(?s:.*?)"


class _SurrogateSafe:
    """An RE2 pattern searched in a line's UTF-8 bytes (faster than a str, which the binding
    encodes and maps back to characters). A lone surrogate is passed through as its bytes: it
    matches no class, which only decides whether the line matches, never what is kept.

    `found(b)` asks the binding's RE2 object directly whether the bytes hold a match: the matcher
    encodes a line once for all its candidate rules, and needs no match object (the binding's
    `search` builds a generator and a match object per call, ~19% of the regex time).

    A built-in pattern is written out and compiled on its first search (`lazy`): compiling all of
    them costs a new process about 0.25 s, and most documents reach only a few rules' patterns.
    Their validity is the catalogue's, checked by the tests (tests/test_catalogue.py compiles each)."""

    __slots__ = ("_anchor", "_match", "_regex", "_source")

    def __init__(self, regex: Any = None, source: tuple[Sequence[str], Any] | None = None):
        self._anchor: Any = None
        self._match: Any = None
        self._regex = None
        self._source = source
        if regex is not None:
            self._set(regex)

    def _set(self, regex: Any, anchored: bool = False) -> None:
        """`anchored`: the pattern begins with _ANY_PREFIX, and is searched anchored at the start."""
        global _UNANCHORED, _ANCHOR_START
        if _UNANCHORED is None:
            import re2

            _UNANCHORED, _ANCHOR_START = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START
        # `_match` before `_regex`: a thread that sees the pattern compiled finds its Match too.
        self._anchor = _ANCHOR_START if anchored else _UNANCHORED
        self._match = regex._regexp.Match
        self._regex = regex

    @classmethod
    def lazy(cls, patterns: Sequence[str], opts: Any) -> _SurrogateSafe:
        return cls(None, (patterns, opts))

    @property
    def regex(self) -> Any:
        if self._regex is None:
            import re2

            patterns, opts = self._source  # type: ignore[misc]
            joined = _ANY_PREFIX + "(?:" + "|".join(f"(?:{unicode_classes(p)})" for p in patterns) + ")"
            try:
                self._set(re2.compile(joined, opts), anchored=True)
            except re2.error as e:
                msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
                raise PatternError(msg) from None
        return self._regex

    def found(self, b: bytes) -> bool:
        """Whether the UTF-8 bytes `b` hold a match."""
        match = self._match
        if match is None:
            self.regex  # noqa: B018  (compiles it)
            match = self._match
        return match(self._anchor, b, 0, len(b))[0][0] >= 0

    def search(self, line: str) -> Any:
        return self.regex.search(line.encode("utf-8", "surrogatepass"))


def builtin_regex(patterns: Sequence[str], case_sensitive: bool = False, *, lazy: bool = False) -> Any:
    """One RE2 pattern for the alternation of `patterns`, written with Python's Unicode meaning of
    \\w, \\d and \\s (see phrasebook.unicode_classes). RE2 runs in time linear in the line: no
    pattern can backtrack. `lazy`: written out and compiled on its first search (see `_SurrogateSafe`)."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = case_sensitive
    opts.max_mem = REGEX_MAX_MEM
    compiled = _SurrogateSafe.lazy(tuple(patterns), opts)
    if not lazy:
        compiled.regex  # noqa: B018  (compiles now: a bad pattern raises here)
    return compiled


def compile_rule(rule: Rule) -> Compiled:
    if not rule.patterns:
        return Compiled(rule, None)
    if rule.user:
        from .linear import compile_user_pattern

        return Compiled(rule, _SurrogateSafe(compile_user_pattern(rule)))
    try:
        return Compiled(rule, builtin_regex(rule.patterns, rule.case_sensitive, lazy=True))
    except PatternError as e:
        raise PatternError(f"rule {rule.code}: {e}") from None


class _Tier:
    """The keyworded rules of one tier: for each keyword the rules it stands for as a bit mask
    (bit i = rule i), so that a line's candidates are one int; in two groups, a rule's candidate
    lines being those with a keyword of each. The first group is the rules' keywords; the second the
    literals their patterns require (`required`, see `required_literals`), or, for a rule without
    them, its keywords again."""

    def __init__(self, indexed: list[tuple[int, Rule]], required: Sequence[frozenset[str] | None] = ()):
        self.mask_for = self._masks((i, r.keywords, None) for i, r in indexed)
        self.also_for = self._masks(
            (i, r.keywords, None) if i >= len(required) or required[i] is None else (i, required[i], REQUIRED_BYTES)
            for i, r in indexed)

    @staticmethod
    def _masks(indexed: Iterable[tuple[int, Iterable[str], int | None]]) -> dict[bytes, int]:
        # Keyed by UTF-8 bytes: the automaton runs over the lowercased text's bytes, where every space
        # separator reads as U+0020 (OTHER_SPACES), so a keyword's own are U+0020 too. (`cut`: the
        # bytes a literal is looked for by; any part of a literal a match holds is in the match too.)
        out: dict[bytes, int] = {}
        for i, kws, cut in indexed:
            for kw in kws:
                key = kw.translate(OTHER_SPACES).encode("utf-8", "surrogatepass")[:cut]
                out[key] = out.get(key, 0) | 1 << i
        return out


# A required literal is looked for by its first REQUIRED_BYTES bytes (UTF-8): what the automaton
# needs to tell most lines apart, without the states of all their tails (a longer cut adds states,
# which the scan pays for on every byte of the text).
REQUIRED_BYTES = 12
# The most strings a pattern's piece is written out as (an alternation, a short class, ...) when the
# literals it requires are derived from it.
_EXACT_MAX = 32


def required_literals(pattern: str) -> frozenset[str] | None:
    """Lowercase literals one of which every match of the built-in `pattern` contains, derived from
    its structure (None when it cannot tell: a piece that matches an empty string, a class of many
    characters...): the literal runs of its mandatory pieces, alternations written out up to
    `_EXACT_MAX` strings, the most selective choice (longest shortest literal) at each sequence. A
    literal space stands for any space separator, as the keyword scan reads them (OTHER_SPACES).
    Read with Python's regex parser (RE2's syntax is the same here but for \\pL, \\p{..}, read as a
    class of letters); a pattern it cannot read gives None."""
    if "[[:" in pattern or "\\Q" in pattern or "\\C" in pattern:
        return None  # RE2's own syntax, which Python would read otherwise
    import re

    sre_parse, _ = _sre()
    try:
        tree = sre_parse.parse(re.sub(r"\\[pP](?:\{[^}]*\}|[A-Za-z])", r"\\w", pattern), re.IGNORECASE)
    except Exception:  # any syntax Python does not read: no literals
        return None
    exact, best = _sequence(list(tree))
    if exact is not None and "" not in exact and (best is None or _score(exact) >= _score(best)):
        best = exact
    if best is None or any(not s or "\n" in s for s in best):
        return None
    return frozenset(best)


def _score(c: set[str]) -> tuple[int, int]:
    return min(map(len, c)), -len(c)


def _sequence(items: list) -> tuple[set[str] | None, set[str] | None]:
    """(the strings a sequence of parsed pieces matches, if few; literals one of which any match
    contains, or None)."""
    cands: list[set[str]] = []
    run: set[str] = {""}
    whole = True
    for op, av in items:
        exact, req = _piece(op, av)
        if req:
            cands.append(req)
        if exact is None:
            whole = False
            cands.append(run)
            run = {""}
            continue
        longer = {a + b for a in run for b in exact}
        if len(longer) > _EXACT_MAX:
            whole = False
            cands.append(run)
            run = set(exact)
        else:
            run = longer
    cands.append(run)
    best = None
    for c in cands:
        if c and "" not in c and (best is None or _score(c) > _score(best)):
            best = c
    return (run if whole else None), best


def _sre() -> tuple[Any, Any]:
    """Python's regex parser and its constants (re._parser from 3.11, sre_parse before)."""
    try:
        from re import _constants, _parser
    except ImportError:  # pragma: no cover  (Python 3.10)
        import sre_constants as _constants
        import sre_parse as _parser
    return _parser, _constants


def _piece(op: Any, av: Any) -> tuple[set[str] | None, set[str] | None]:
    _, C = _sre()

    if op is C.LITERAL:
        return {chr(av).lower()}, {chr(av).lower()}
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a).lower())
            elif o is C.RANGE and a[1] - a[0] < 4:
                chars.update(chr(x).lower() for x in range(a[0], a[1] + 1))
            else:
                return None, None
        return (chars, None) if len(chars) <= 4 else (None, None)
    if op is C.BRANCH:
        parts = [_sequence(list(s)) for s in av[1]]
        exacts = [e for e, _ in parts]
        exact = set().union(*exacts) if all(e is not None for e in exacts) else None
        if exact is not None and len(exact) > _EXACT_MAX:
            exact = None
        reqs = [r for _, r in parts]
        return exact, (set().union(*reqs) if all(reqs) else None)  # type: ignore[arg-type]
    if op is C.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is C.MAX_REPEAT or op is C.MIN_REPEAT:
        lo, hi, sub = av
        exact, req = _sequence(list(sub))
        if lo == 0:
            return (exact | {""}, None) if hi == 1 and exact is not None else (None, None)
        return (exact, req) if lo == hi == 1 else (None, req)
    if op is C.AT:
        return {""}, None
    return None, None


class Matcher:
    """Matches lines against a fixed, ordered set of rules (earlier rules win a line)."""

    def compile_all(self) -> None:
        """Compile every rule's pattern now (they are compiled on first use otherwise): before a
        pool forks, so that its workers inherit them instead of each compiling its own."""
        _join_background()
        for c in self.compiled:
            if c.regex is not None:
                c.regex.regex  # noqa: B018

    def compile_in_background(self) -> None:
        """Compile every rule's pattern in a thread, while this one goes on (RE2 compiles without
        the GIL): a dataset run starts reading and stripping at once, and its first rows find most
        patterns compiled on the core the run does not use. A pattern a row needs before the thread
        reaches it is compiled by the row's own search (the same pattern compiled twice at worst; no
        lock). A fork waits for the thread (`_join_background`)."""
        global _background
        _join_background()
        todo = [c.regex for c in self.compiled if c.regex is not None]
        if not todo:
            return

        def run() -> None:
            for rx in todo:
                try:
                    rx.regex  # noqa: B018
                except PatternError:
                    pass  # raised again by the row's own search, where it is reported

        import threading

        _background = threading.Thread(target=run, name="stripper-compile", daemon=True)
        _background.start()

    def __init__(self, rules: Sequence[Rule], max_line_chars: int = MAX_LINE_CHARS, short_max_words: int = 20,
                 parts_max_words: int = 8):
        # A longer line is matched by no rule (Settings.max_line_chars). The exact-line and menu-part
        # rules only look at lines of at most `short_max_words` words (Settings.match_short_words),
        # a line without separators is tried word by word as menu parts up to `parts_max_words`
        # (Settings.match_parts_words).
        self.max_line_chars = max_line_chars
        self.short_max_words = short_max_words
        self.parts_max_words = parts_max_words
        self.rules = tuple(r for r in rules if not r.structural and not r.learned)
        self.compiled = [compile_rule(r) for r in self.rules]
        self.regexes = [c.regex for c in self.compiled]
        self.exact: dict[str, int] = {}
        for i, r in enumerate(self.rules):
            for key in r.exact:
                self.exact.setdefault(key, i)
        self.exact_max_chars = max((len(k) for k in self.exact), default=0) + 8
        self.parts = [i for i, r in enumerate(self.rules) if r.parts]
        self.any_part = frozenset().union(*(self.rules[i].parts for i in self.parts))
        self.part_words = frozenset(w for p in self.any_part for w in p.split())
        # A rule with an empty keyword, or one holding a newline (no line holds one), is tried on
        # every line.
        keyworded = [(i, c.rule) for i, c in enumerate(self.compiled) if c.regex is not None and c.rule.keywords
                     and all(kw and "\n" not in kw for kw in c.rule.keywords)]
        with_keywords = {i for i, _ in keyworded}
        # Rules for lines of at most short_max_words words look for their keywords on those lines only.
        required = _required(self.rules)
        self.short = _Tier([(i, r) for i, r in keyworded if r.max_words <= short_max_words], required)
        self.long = _Tier([(i, r) for i, r in keyworded if r.max_words > short_max_words], required)
        self.unkeyworded = [i for i, c in enumerate(self.compiled) if c.regex is not None and i not in with_keywords]
        # fits[w]: bit mask of the rules a line of w words may match (w <= max_words), up to the
        # longest rule; a longer line fits none.
        top = max((r.max_words for r in self.rules), default=0)
        self.fits = [sum(1 << i for i, r in enumerate(self.rules) if w <= r.max_words) for w in range(top + 1)]
        self._bits: dict[int, tuple[int, ...]] = {}  # mask -> its rule indices, ascending
        self._automaton = _automaton(self.short, self.long, len(self.rules))

    def match(self, text: str, lines: list[str], starts: list[int] | None = None) -> list[int | None]:
        """For each line, the index (into self.rules) of the first rule that matches it, or None.

        One pass counts the lines' words (stripper.segment's words); one Aho-Corasick scan gives
        each line's candidate rules (every occurrence of a keyword; the candidates can be more,
        never fewer, and the rules' own regexes decide); one normalizes the short lines and looks
        them up among the exact-line and menu-part rules. (`starts`: unused, for callers that have
        the lines' offsets.)"""
        return self.counted_match(text, lines, starts)[0]

    def counted_match(self, text: str, lines: list[str], starts: list[int] | None = None
                      ) -> tuple[list[int | None], tuple[list[int], int]]:
        """`match`'s hits, and the lines' word counts it counted with the length above which a
        line's count is no count (`max_line_chars`): the page pass's Body takes them (page.body)."""
        words, short, flags = line_words(text, self.max_line_chars, self.short_max_words)
        hits = self._regex_hits(text, lines, words, flags)
        if short:
            self._short_lines(text, lines, words, short, hits)
        return hits, (words, self.max_line_chars)

    def _regex_hits(self, text: str, lines: list[str], words: list[int], flags: bytes) -> list[int | None]:
        """Per line, the first rule whose own regexes match it, among the rules whose keywords occur
        in it (and those without keywords)."""
        cand: dict[int, int] = {}
        if self._automaton is not None:
            found = self._automaton.scan_text(text, flags)
            if found is None:  # a capital sigma and a keyword with a sigma: lowercase the text as a whole
                found = self._automaton.scan(text.lower().translate(OTHER_SPACES).encode("utf-8", "surrogatepass"), flags)
            cand = found
        return self._verify(lines, words, cand)

    def _short_lines(self, text: str, lines: list[str], words: list[int], short: list[int], hits: list[int | None]) -> None:
        """Exact-line and menu-part rules, on the short lines: the keys are made and looked up in C,
        which lists only the lines where these rules can apply (see _keywords.short_keys)."""
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
                elif w <= self.parts_max_words:
                    hits[i] = self._parts_rule(key.split(), w)

    def _verify(self, lines: list[str], words: list[int], cand: dict[int, int]) -> list[int | None]:
        """Hits of the regex rules: on each candidate line, its candidate rules' own patterns, first
        match wins; then the rules without keywords, on every line."""
        hits: list[int | None] = [None] * len(lines)
        regexes, fits, top = self.regexes, self.fits, len(self.fits)
        max_chars = self.max_line_chars
        for i, mask in cand.items():
            w = words[i]
            if w >= top:  # also most lines longer than max_line_chars (their count is that)
                continue
            mask &= fits[w]
            if not mask:
                continue
            line = lines[i]
            if len(line) > max_chars:
                continue
            b = line.encode("utf-8", "surrogatepass")  # once for all the line's candidate rules
            for ri in self._rule_indices(mask):
                if regexes[ri].found(b):
                    hits[i] = ri
                    break
        for ri in self.unkeyworded:
            rx, limit = regexes[ri], self.rules[ri].max_words
            for i, line in enumerate(lines):
                if (hits[i] is None or hits[i] > ri) and words[i] <= limit and rx.found(line.encode("utf-8", "surrogatepass")):
                    hits[i] = ri
        return hits

    def _rule_indices(self, mask: int) -> tuple[int, ...]:
        bits = self._bits.get(mask)
        if bits is None:
            if len(self._bits) >= 4096:  # rule sets seen together are few; never let it grow unbounded
                self._bits.clear()
            bits = self._bits[mask] = tuple(i for i in range(mask.bit_length()) if mask >> i & 1)
        return bits

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


_background: Any = None  # the thread of Matcher.compile_in_background, while it runs


def _join_background() -> None:
    """Wait for the background compile: before a fork (a child must not start with RE2 halfway
    through a compile on a thread it does not have), and before compiling in this thread."""
    global _background
    if _background is not None:
        _background.join()
        _background = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_join_background)


def _automaton(short: _Tier, long: _Tier, width: int) -> Any:
    """The C automaton over the keywords of both tiers and both groups, or None if there are none."""
    keywords = sorted({*short.mask_for, *long.mask_for, *short.also_for, *long.also_for})
    if not keywords:
        return None
    return _c.Automaton(
        keywords, [long.mask_for.get(kw, 0) for kw in keywords], [short.mask_for.get(kw, 0) for kw in keywords], width,
        [long.also_for.get(kw, 0) for kw in keywords], [short.also_for.get(kw, 0) for kw in keywords],
    )


def _required(rules: Sequence[Rule]) -> list[frozenset[str] | None]:
    """Per rule, literals one of which every match of its patterns contains (`required_literals` of
    each, together), or None: a user's rule (its syntax is its own), a pattern without them. Deriving
    them parses every pattern (~0.3 s): they are kept in the user's cache (stripper/_cache.py)
    under a digest of the patterns and of this derivation's own source."""
    import orjson

    from . import _cache

    todo = [r for r in rules if r.patterns and not r.user]
    with open(__file__, "rb") as f:  # the derivation is this module's: a change to it is a new entry
        source = f.read()
    entry = "required-" + _cache.key(source, str(REQUIRED_BYTES), *(f"{r.code}\0" + "\0".join(r.patterns) for r in todo)) + ".json"
    found: dict[str, list[str] | None] | None = None
    cached = _cache.read(entry)
    if cached is not None:
        try:
            found = orjson.loads(cached)
        except orjson.JSONDecodeError:
            found = None
    if not isinstance(found, dict) or any(r.code not in found for r in todo):
        found = {}
        for r in todo:
            sets = [required_literals(p) for p in r.patterns]
            lits = None if any(x is None for x in sets) else set().union(*sets)  # type: ignore[arg-type]
            # A one-byte literal ("/", "%") is on most lines: the scan would stop at it on every one of
            # them for little (its rule's keywords stand in: 6% of the scan's time for 6% more regex calls).
            found[r.code] = None if lits is None or any(len(x.encode("utf-8", "surrogatepass")) < 2 for x in lits) else sorted(lits)
        _cache.write(entry, orjson.dumps(found))
    return [frozenset(found[r.code]) if r.patterns and not r.user and found.get(r.code) is not None else None  # type: ignore[arg-type]
            for r in rules]
