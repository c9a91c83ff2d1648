"""Pass one: context-free matching of every line against the selected rules.

Speed matters (millions of documents), so the work is done at C level where it can be:
- every rule names literal keywords, one of which any match contains; the keywords of all rules
  are compiled into one RE2 automaton (a DFA: 2-3x faster than `re` on a big alternation), run
  once over the lowercased text, and a rule's own regexes are only tried on the lines where one of
  its keywords occurs;
- rules for short lines (most of them) only look at the short lines: in article text that is a
  small part of the bytes;
- exact-line rules are one dict lookup per short line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .rules.base import PART_SPLIT, Rule, normalize

# A line longer than this is never boilerplate on its own words; it is not matched at all, which
# also bounds the work any regex can do.
MAX_LINE_CHARS = 3000
# Rules whose lines have at most this many words only look at short lines.
SHORT_WORDS = 20
_SEPARATOR = re.compile(r"[|·•/,;]|\s[-–]\s")


@dataclass(frozen=True, slots=True)
class Compiled:
    rule: Rule
    regex: Any  # re.Pattern or an re2 pattern; None when the rule has no patterns


def compile_rule(rule: Rule) -> Compiled:
    if not rule.patterns:
        return Compiled(rule, None)
    if rule.user:
        from .userrules import compile_user_pattern

        return Compiled(rule, compile_user_pattern(rule))
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    return Compiled(rule, re.compile("|".join(f"(?:{p})" for p in rule.patterns), flags))


def keyword_automaton(words: Iterable[str]) -> Any:
    """One RE2 pattern matching any of `words`, longest first at a position (RE2 is leftmost-first)."""
    import re2

    opts = re2.Options()
    opts.log_errors = False
    return re2.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))), opts)


class _Tier:
    """The keyworded rules of one tier, with the keyword -> rules map and its trie."""

    def __init__(self, indexed: list[tuple[int, Rule]]):
        by_kw: dict[str, set[int]] = {}
        for i, r in indexed:
            for kw in r.keywords:
                by_kw.setdefault(kw, set()).add(i)
        # A keyword found by the automaton hides the keywords inside it, so it stands for them too.
        self.rules_for = {
            kw: tuple(sorted(set().union(*(rs for k2, rs in by_kw.items() if k2 in kw)))) for kw in by_kw
        }
        self.regex = keyword_automaton(by_kw) if by_kw else None


class Matcher:
    """Matches lines against a fixed, ordered set of rules (earlier rules win a line)."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(r for r in rules if not r.structural)
        self.compiled = [compile_rule(r) for r in self.rules]
        self.exact: dict[str, int] = {}
        for i, r in enumerate(self.rules):
            for key in r.exact:
                self.exact.setdefault(key, i)
        self.exact_max_chars = max((len(k) for k in self.exact), default=0) + 8
        self.parts = [i for i, r in enumerate(self.rules) if r.parts]
        keyworded = [(i, c.rule) for i, c in enumerate(self.compiled) if c.regex is not None and c.rule.keywords]
        self.short = _Tier([(i, r) for i, r in keyworded if r.max_words <= SHORT_WORDS])
        self.long = _Tier([(i, r) for i, r in keyworded if r.max_words > SHORT_WORDS])
        self.unkeyworded = [i for i, c in enumerate(self.compiled) if c.regex is not None and not c.rule.keywords]

    def match(self, text: str, lines: list[str], starts: list[int]) -> list[int | None]:
        """For each line, the index (into self.rules) of the first rule that matches it, or None."""
        n = len(lines)
        words = [len(ln.split()) if len(ln) <= MAX_LINE_CHARS else MAX_LINE_CHARS for ln in lines]
        cand: dict[int, set[int]] = {}
        if self.long.regex is not None:
            self._scan(self.long, text, starts, range(n), cand)
        short = [i for i in range(n) if 0 < words[i] <= SHORT_WORDS]
        if self.short.regex is not None and short:
            sub = "\n".join([lines[i] for i in short])
            sub_starts = [0]
            for i in short[:-1]:
                sub_starts.append(sub_starts[-1] + len(lines[i]) + 1)
            self._scan(self.short, sub, sub_starts, short, cand)

        hits: list[int | None] = [None] * n
        compiled = self.compiled
        for i in sorted(cand):
            line = lines[i]
            if len(line) > MAX_LINE_CHARS:
                continue
            for ri in sorted(cand[i]):
                c = compiled[ri]
                if words[i] <= c.rule.max_words and c.regex.search(line):
                    hits[i] = ri
                    break
        for ri in self.unkeyworded:
            c = compiled[ri]
            for i, line in enumerate(lines):
                if (hits[i] is None or hits[i] > ri) and words[i] <= c.rule.max_words and c.regex.search(line):  # type: ignore[operator]
                    hits[i] = ri
        self._short_lines(lines, words, hits)
        return hits

    @staticmethod
    def _scan(tier: _Tier, text: str, starts: list[int], index: Sequence[int], cand: dict[int, set[int]]) -> None:
        lower = text.lower()
        if len(lower) != len(text):  # str.lower changed a length ("İ"): recompute the line starts
            starts = [0]
            for ln in lower.split("\n")[:-1]:
                starts.append(starts[-1] + len(ln) + 1)
        rules_for = tier.rules_for
        assert tier.regex is not None
        last_pos, last_line = -1, -1
        for m in tier.regex.finditer(lower):
            pos = m.start()
            if pos != last_pos:
                last_line = index[bisect_right(starts, pos) - 1]
                last_pos = pos
            s = cand.get(last_line)
            if s is None:
                s = cand[last_line] = set()
            s.update(rules_for[m.group()])

    def _short_lines(self, lines: list[str], words: list[int], hits: list[int | None]) -> None:
        exact, parts, rules = self.exact, self.parts, self.rules
        limit = self.exact_max_chars
        for i, line in enumerate(lines):
            w = words[i]
            if w == 0 or w > SHORT_WORDS:
                continue
            if len(line) <= limit:
                key = line.strip().lower()
                if not key.replace(" ", "").isalnum() or "  " in key:
                    key = normalize(line)
                ri = exact.get(key)
                if ri is not None and w <= rules[ri].max_words:
                    if hits[i] is None or hits[i] > ri:  # type: ignore[operator]
                        hits[i] = ri
                    continue
            if parts and hits[i] is None and w >= 2 and _SEPARATOR.search(line):
                ps = [p for p in (normalize(x) for x in PART_SPLIT.split(line)) if p]
                for pi in parts:
                    r = rules[pi]
                    if len(ps) >= r.min_parts and w <= r.max_words and all(p in r.parts for p in ps):
                        hits[i] = pi
                        break
