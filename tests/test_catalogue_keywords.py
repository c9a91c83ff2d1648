"""Every match of a rule's patterns holds one of its keywords.

The engine only tries a rule's regexes on lines where one of its keywords occurs (stripper/match.py),
so a pattern whose matches can lack every keyword is partly dead: CKE001's "• Privacy Policy" and
"By using this Web site you agree…" never ran, as the rule's only keyword was "cookie". This finds
such patterns from the regex itself: the literal strings every match must contain (the idea of
RE2's prefilter), read off Python's parse of the pattern (RE2's syntax, with `\\p{..}` classes read
as "any letter"), as an OR of ANDs of strings: each alternative of the OR must hold a keyword."""
from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

import pytest

from stripper.rules import BUILTIN

COVERED = frozenset({"\0"})  # an alternative already known to hold a keyword
NOTHING = ("dnf", [frozenset()])  # no literal known: a match may hold anything
CAP = 256  # exact strings (or alternatives) tracked before giving up detail (conservatively)


class _Atoms:
    def __init__(self, keywords: tuple[str, ...]) -> None:
        self.keywords = keywords

    def dnf(self, info):
        kind, v = info
        if kind == "dnf":
            return v
        return self.simplify([frozenset([s]) if s else frozenset() for s in v])

    def simplify(self, alts):
        out = []
        for a in alts:
            if a is COVERED or any(k in atom for atom in a for k in self.keywords):
                a = COVERED
            out.append(a)
        if any(not a for a in out):  # one alternative with nothing known: the OR says nothing
            return [frozenset()]
        return list(dict.fromkeys(out))

    def both(self, a, b):
        if len(a) * len(b) > CAP:  # keep one side's literals: what every match holds, still
            keep = [x for x in (a, b) if all(y is COVERED for y in x)]
            return keep[0] if keep else (a if len(a) <= len(b) else b)
        return self.simplify([COVERED if COVERED in (x, y) else x | y for x in a for y in b])

    def seq(self, items):
        """A sequence: runs of exact pieces join into whole strings; anything else ends a run."""
        done, cur, ended = [frozenset()], {""}, False
        for op, av in items:
            kind, v = self.node(op, av)
            if kind == "exact" and len(cur) * len(v) <= CAP:
                cur = {x + y for x in cur for y in v}
                continue
            done, ended = self.both(done, self.dnf(("exact", cur))), True
            if kind == "exact":
                cur = set(v)
            else:
                done, cur = self.both(done, v), {""}
        if not ended:
            return ("exact", cur)
        return ("dnf", self.both(done, self.dnf(("exact", cur))))

    def alt(self, infos):
        if all(k == "exact" for k, _ in infos) and sum(len(v) for _, v in infos) <= CAP:
            return ("exact", set().union(*(v for _, v in infos)))
        return ("dnf", self.simplify([a for i in infos for a in self.dnf(i)]))

    def node(self, op, av):
        if op is C.LITERAL:
            return ("exact", {chr(av).lower()})
        if op is C.IN:
            chars = set()
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a).lower())
                elif o is C.RANGE and a[1] - a[0] < 4:
                    chars |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
                else:
                    return NOTHING
            return ("exact", chars) if len(chars) <= 4 else NOTHING
        if op is C.AT:
            return ("exact", {""})
        if op is C.SUBPATTERN:
            return self.seq(av[-1])
        if op is C.BRANCH:
            return self.alt([self.seq(b) for b in av[1]])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, item = av
            one = self.seq(item)
            if hi == 1:
                return self.alt([("exact", {""}), one]) if lo == 0 else one
            return NOTHING if lo == 0 else ("dnf", self.dnf(one))  # every copy holds what one holds
        return NOTHING  # any character, a negated class, \w, \s...

    def unkeyworded(self, pattern: str) -> list[frozenset[str]]:
        """The alternatives of `pattern`'s matches whose literals hold none of the keywords."""
        pattern = re.sub(r"\\[pP](?:\{[^}]*\}|\w)", r"\\w", pattern)
        return [a for a in self.dnf(self.seq(list(P.parse(pattern)))) if a is not COVERED]


def test_the_analysis_finds_a_pattern_that_runs_without_its_keywords():
    atoms = _Atoms(("cookie",))
    assert atoms.unkeyworded(r"\bwe use cookies\b") == []
    assert atoms.unkeyworded(r"^\W*(?:cookie|privacy) policy\W*$") == [frozenset({"privacy policy"})]
    assert atoms.unkeyworded(r"we (?:may )?use\s+cookies") == []
    assert atoms.unkeyworded(r"by using\b[^.]{0,60}\bagree") != []
    assert _Atoms(("a fee",)).unkeyworded(r"get (?:a|an)?\s*fee") != []  # "get fee" holds no "a fee"


RULES = [r for r in BUILTIN if r.patterns and r.keywords and not r.structural]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_match_of_a_pattern_holds_a_keyword(rule):
    atoms = _Atoms(rule.keywords)
    dead = {}
    for p in rule.patterns:
        missing = atoms.unkeyworded(p)
        if missing:
            dead[p] = sorted(sorted(a) for a in missing)[:3]
    assert not dead, f"{rule.code}: matches without a keyword (add one to its phrase file): {dead}"
