"""Pass one: context-free matching of every line against the selected rules.

Speed matters here (millions of documents), so the work is done at C level where it can be: a
literal keyword prefilter over the whole lowercased document picks the few lines each rule's regexes
are tried on; exact-line rules are one dict lookup per short line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .rules.base import PART_SPLIT, Rule, normalize

# A line longer than this is never boilerplate on its own words; it is not matched at all, which
# also bounds the work any regex can do.
MAX_LINE_CHARS = 3000
# Exact-line and menu-part rules only look at lines this short.
SHORT_LINE_CHARS = 120


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


class Matcher:
    """Matches lines against a fixed, ordered set of rules (earlier rules win a line)."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(r for r in rules if not r.structural)
        self.compiled = [compile_rule(r) for r in self.rules]
        self.exact: dict[str, int] = {}
        self.parts: list[int] = []
        for i, r in enumerate(self.rules):
            for key in r.exact:
                self.exact.setdefault(key, i)
            if r.parts:
                self.parts.append(i)
        self.keyworded = [i for i, c in enumerate(self.compiled) if c.regex is not None and c.rule.keywords]
        self.unkeyworded = [i for i, c in enumerate(self.compiled) if c.regex is not None and not c.rule.keywords]

    def match(self, text: str, lines: list[str], starts: list[int]) -> list[int | None]:
        """For each line, the index (into self.rules) of the first rule that matches it, or None."""
        n = len(lines)
        hits: list[int | None] = [None] * n
        counts: dict[int, int] = {}

        def words(i: int) -> int:
            c = counts.get(i)
            if c is None:
                c = counts[i] = len(lines[i].split())
            return c

        lower = text.lower()
        # str.lower can change lengths (e.g. "İ"); then offsets no longer map and lines are searched one by one.
        aligned = len(lower) == len(text)
        for ri in self.keyworded:
            c = self.compiled[ri]
            rule = c.rule
            cand: set[int] = set()
            for kw in rule.keywords:
                if aligned:
                    pos = lower.find(kw)
                    while pos >= 0:
                        cand.add(bisect_right(starts, pos) - 1)
                        pos = lower.find(kw, pos + 1)
                elif kw in lower:
                    cand.update(i for i in range(n) if kw in lines[i].lower())
            for i in sorted(cand):
                if hits[i] is not None and hits[i] < ri:  # type: ignore[operator]
                    continue
                line = lines[i]
                if len(line) > MAX_LINE_CHARS or words(i) > rule.max_words:
                    continue
                if c.regex.search(line):
                    hits[i] = ri
        for ri in self.unkeyworded:
            c = self.compiled[ri]
            for i, line in enumerate(lines):
                if (hits[i] is None or hits[i] > ri) and len(line) <= MAX_LINE_CHARS and words(i) <= c.rule.max_words:  # type: ignore[operator]
                    if c.regex.search(line):
                        hits[i] = ri
        exact, parts = self.exact, self.parts
        if exact or parts:
            for i, line in enumerate(lines):
                if len(line) > SHORT_LINE_CHARS or not line or line.isspace():
                    continue
                key = normalize(line)
                ri = exact.get(key)
                if ri is not None and words(i) <= self.rules[ri].max_words:
                    if hits[i] is None or hits[i] > ri:  # type: ignore[operator]
                        hits[i] = ri
                    continue
                if parts and hits[i] is None:
                    ps = [normalize(p) for p in PART_SPLIT.split(line)]
                    ps = [p for p in ps if p]
                    for pi in parts:
                        r = self.rules[pi]
                        if len(ps) >= r.min_parts and words(i) <= r.max_words and all(p in r.parts for p in ps):
                            hits[i] = pi
                            break
        return hits
