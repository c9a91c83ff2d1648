"""The page pass: on text that looks like a whole page, find the story region and drop the rest.

Provisional implementation (jusText-style classes + the densest region); see NAV001/NAV002.
"""
from __future__ import annotations

import re

_W = re.compile(r"\w+")
_BULLET = re.compile(r"^\s*(?:[•·*▪►»◦‣–-]|\d+\.)\s")
STOP = frozenset(
    "the a an and or of to in on for with is are was were be been it its this that as at by from he she they we you i "
    "his her their our not but have has had will would can could which who what there if so than then also more about "
    "into after over der die das und ist nicht mit ein eine zu den von sie es le la les et des un une est pas que qui "
    "dans pour el los las y en del que por con una para es".split()
)


def looks_like_page(lines: list[str]) -> bool:
    nonblank = [ln for ln in lines if ln.strip()]
    if len(nonblank) < 15:
        return False
    short = sum(1 for ln in nonblank if len(ln.split()) < 5)
    bullets = sum(1 for ln in nonblank if _BULLET.match(ln))
    return (short + bullets) / len(nonblank) >= 0.45


def classify(lines: list[str]) -> list[str | None]:
    cls: list[int | None] = []
    score: list[float] = []
    for ln in lines:
        s = ln.strip()
        if not s:
            cls.append(None)
            score.append(0.0)
            continue
        words = _W.findall(s.lower())
        n = len(words)
        bullet = bool(_BULLET.match(ln))
        sd = sum(w in STOP for w in words) / n if n else 0.0
        if n >= 10 and sd >= 0.2 and not (bullet and n < 20):
            c, v = 2, float(n)
        elif n >= 5 and sd >= 0.15:
            c, v = 1, n * 0.5
        elif bullet or n < 3 or "|" in s:
            c, v = -1, -3.0
        else:
            c, v = 0, -1.5
        cls.append(c)
        score.append(v)
    best = cur = 0.0
    bs = be = s0 = 0
    for i, v in enumerate(score):
        if cur <= 0:
            cur, s0 = v, i
        else:
            cur += v
        if cur > best:
            best, bs, be = cur, s0, i + 1
    out: list[str | None] = []
    for i, c in enumerate(cls):
        if c is None or c == 2 or (bs <= i < be and c != -1):
            out.append(None)
        else:
            out.append("NAV001" if c == -1 else "NAV002")
    return out
