"""The page pass: on text that looks like a whole web page, keep the story's lines and drop the rest.

`looks_like_page(lines)` gates it: enough lines, and a large share of them bullets or in runs of
short lines (menus, tag clouds). Text already extracted from a page rarely passes the gate, so it is
left to the rules. `classify(lines)` gives, per line, None to keep it or a reason to remove it:
"menu" (NAV001: a line of a menu-like list or nav bar) or "short"/"outside" (NAV002: outside the
story's region).

How it decides (after jusText and BTE): each line gets jusText-like classes (good, near-good,
short, bad) from its length, stopword density and list context; runs of short lines become
barriers and the densest regions of prose are found max-subarray style. A small logistic model
then scores each line from 16 shape features plus the region flag, and a second stage smooths the
scores over neighbours. The weights were fitted on the even-indexed pages of the development set
and checked on the odd-indexed ones (F1 0.846 tuning, 0.859 held out); they are constants here,
like jusText's thresholds. No model files, no dependencies: the pass runs in C (stripper/_pagepass.c)
when the extension is built, else in the Python here, with the same results.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import reduce
from itertools import chain, islice, repeat
from operator import add as _add
from operator import mul as _mul
from typing import Any

from .native import load
from .segment import ascii_view

# ---------------------------------------------------------------- stopwords (data)
STOPWORDS = {
 'en': """the a an and or but of to in on for with at by from as into about over after
  before under between through during without within upon than then so if because while
  is are was were be been being am have has had do does did will would shall should can
  could may might must it its this that these those there here he she they we you i me him
  her his hers them their our your my who whom whose which what when where why how not no
  nor all any both each few more most other some such only own same too very just also
  one out up down again further once off against until being said""",
 'de': """der die das den dem des ein eine einer eines einem einen und oder aber auch als
  am an auf aus bei bis durch für gegen hinter in im ins mit nach ohne seit über um unter
  von vor zu zum zur ist sind war waren wird werden wurde wurden hat haben hatte hatten sein
  kann können muss müssen soll sollen will wollen ich du er sie es wir ihr mich mir dich dir
  sich uns euch ihm ihn ihnen sein seine ihre ihrem ihren dass daß nicht kein keine noch nur
  schon sehr so wie wenn weil ob denn doch mehr man was wer wo hier dort dann diese dieser
  dieses diesem diesen jetzt immer""",
 'fr': """le la les un une des du de d l et ou mais donc or ni car à au aux en dans par pour
  sur sous avec sans chez entre vers ce cet cette ces son sa ses leur leurs mon ma mes ton
  ta tes notre nos votre vos je tu il elle on nous vous ils elles me te se lui y qui que quoi
  dont où ne pas plus moins très tout tous toute toutes est sont était étaient être été a ont
  avait avaient avoir fait faire peut peuvent sera seront comme si aussi bien encore même
  c qu n s j m cela ça""",
 'es': """el la los las un una unos unas lo al del de y e o u pero sino ni que en por para
  con sin sobre entre hasta desde hacia según ante bajo tras es son era eran fue fueron ser
  sido estar está están estaba ha han había haber hay se su sus le les me te nos os mi mis
  tu tus nuestro nuestra yo tú él ella ellos ellas usted nosotros este esta estos estas ese
  esa esos esas aquel como cuando donde quien cual cuyo más menos muy también ya no sí todo
  todos toda todas porque pues si otro otra""",
}
STOP = {lang: frozenset(ws.split()) for lang, ws in STOPWORDS.items()}

# ---------------------------------------------------------------- constants
GOOD_MIN_WORDS = 12        # a 'good' line has at least this many words ...
GOOD_MIN_STOP = 0.22       # ... and at least this stopword density
NEAR_MIN_WORDS = 6         # 'near-good': at least this many words ...
NEAR_MIN_STOP = 0.15       # ... and this stopword density
SHORT_MAX_WORDS = 4        # a line with at most this many words is 'short'
BULLET_PROSE_WORDS = 25    # a bullet line is menu-ish unless it has this many words
PIPE_MAX = 2               # lines with >= this many '|' separators are nav bars
# max-subarray scores
NEAR_WEIGHT = 0.5          # near-good line scores NEAR_WEIGHT * words
SHORT_PEN = 4.0            # penalty for a short/neutral line
BAD_PEN = 4.0              # penalty for a bad (menu/nav) line
GOOD_CAP = 60              # cap on a good line's score
REGION2_FRAC = 0.35        # extra region kept if its score >= this * best region score
REGION_MIN = 30            # ... and at least this absolute score
MAX_REGIONS = 3
HEAD_LINES = 2             # short non-bullet lines just above the region kept (headline/date)
OUTSIDE_GOOD_WORDS = 1000  # a line outside the regions is kept if it has this many words
LIST_MEAN_WORDS = 8        # a bullet list whose items average fewer words is a menu
RUN_GAIN = 1.0             # penalty multiplier grows by this per extra line in a short run
RUN_CAP = 10
# page gate
PAGE_MIN_LINES = 40         # fewer non-blank lines: never treated as a page
PAGE_RUN = 3               # a run of this many short lines counts as menu-like
PAGE_SHORT_FRAC = 0.20     # share of non-blank lines that are bullets or in short runs
# the language is the one with most stopwords among the first LANG_WORDS words of the first
# LANG_LINES lines
LANG_LINES = 400
LANG_WORDS = 3000

WORD_RE = re.compile(r"\w+")
_BULLET_MARKERS = "•·*▪►»◦‣–-"
BULLET_RE = re.compile(r"\s*(?:[" + re.escape(_BULLET_MARKERS) + r"]|\d{1,3}[.)])\s")
_BULLET_FIRST = frozenset(_BULLET_MARKERS)  # BULLET_RE's markers, but for digits


def _lang(words_all: list[str] | list[bytes], stop: dict[str, frozenset] = STOP) -> frozenset:
    """The stopword set (from `stop`) of the language with most stopwords in `words_all`; the first
    such language on a tie."""
    # Only stopwords are ever looked up: counting them alone gives the same counts, faster.
    every = _ANY_STOP.get(id(stop)) or frozenset().union(*stop.values())
    counts = Counter(filter(every.__contains__, words_all))
    best, bl = -1, 'en'
    for lang, st in stop.items():
        c = sum(map(counts.__getitem__, counts.keys() & st))
        if c > best:
            best, bl = c, lang
    return stop[bl]


# ---------------------------------------------------------------- per-line counts
# Counting words, stopwords, capitalised words and digit runs per line is most of the pass's time.
# On a line that is ASCII in segment.ascii_view (which blanks bullets, typographic quotes...) they
# are counted on bytes with C-level translate/split/count, which find exactly what WORD_RE, CAP_RE
# and DIGIT_RE find there: \w is [A-Za-z0-9_] and \d is [0-9]. Other lines use the regexes.
_ASCII_WORD = frozenset(b"0123456789_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Bytes kept as they are: newlines (to split lines) and non-ASCII (to tell which lines are ASCII).
_KEPT = frozenset(range(128, 256)) | {10}
# Word characters lowercased, other ASCII a space: `.split()` gives WORD_RE's tokens, lowercased.
_TO_WORDS = bytes(c | 32 if 65 <= c <= 90 else c if c in _ASCII_WORD or c in _KEPT else 32 for c in range(256))
# A line prefixed with a space and mapped through these has CAP_RE's matches as " U" (an uppercase
# letter after no word character) and DIGIT_RE's as " d" (a digit after a non-digit).
_TO_CAPS = bytes(85 if 65 <= c <= 90 else 119 if c in _ASCII_WORD else c if c in _KEPT else 32 for c in range(256))
_TO_DIGITS = bytes(100 if 48 <= c <= 57 else c if c in _KEPT else 32 for c in range(256))
# Tokens are counted as UTF-8 bytes, so the stopwords are too.
STOP_UTF8 = {lang: frozenset(w.encode() for w in st) for lang, st in STOP.items()}
# The stopwords of all languages, for _lang's two tables.
_ANY_STOP = {id(d): frozenset().union(*d.values()) for d in (STOP, STOP_UTF8)}


def _counts(lines: list[str]) -> tuple[list[list[bytes]], list[int], list[int]]:
    """Per line: its words (lowercased, UTF-8), CAP_RE's and DIGIT_RE's number of matches."""
    if not lines:
        return [], [], []
    data = ascii_view(lines)
    words = data.translate(_TO_WORDS).split(b"\n")
    toks = list(map(bytes.split, words))
    spaced = b" " + data.replace(b"\n", b"\n ")
    caps = list(map(bytes.count, spaced.translate(_TO_CAPS).split(b"\n"), repeat(b" U")))
    digs = list(map(bytes.count, spaced.translate(_TO_DIGITS).split(b"\n"), repeat(b" d")))
    if not data.isascii():  # count the lines that are not ASCII with the regexes
        for i in [i for i, ascii in enumerate(map(bytes.isascii, words)) if not ascii]:
            line = lines[i]
            toks[i] = [x.encode() for x in WORD_RE.findall(line.lower())]
            caps[i] = len(CAP_RE.findall(line))
            digs[i] = len(DIGIT_RE.findall(line))
    return toks, caps, digs


class _Lines:
    """What the page pass knows of each line."""

    __slots__ = ("bullet", "caps", "cls", "digs", "nw", "sds", "stripped")

    def __init__(self, lines: list[str]):
        self.stripped = stripped = list(map(str.strip, lines))
        toks, self.caps, self.digs = _counts(lines)
        self.nw = nw = list(map(len, toks))
        # The language from the first 3000 words of the first 400 lines.
        first = islice(chain.from_iterable(toks[:LANG_LINES]), LANG_WORDS)
        contains = _lang(list(first), STOP_UTF8).__contains__
        self.sds = sds = [sum(map(contains, t)) / n if n else 0.0 for t, n in zip(toks, nw, strict=True)]
        # 2 good, 1 near-good, 0 short/neutral, -1 bad, None blank
        self.cls = cls = [
            None if not s
            else -1 if n == 0 or s.count('|') >= PIPE_MAX
            else 2 if n >= GOOD_MIN_WORDS and sd >= GOOD_MIN_STOP
            else 1 if n >= NEAR_MIN_WORDS and sd >= NEAR_MIN_STOP
            else 0
            for s, n, sd in zip(stripped, nw, sds, strict=True)
        ]
        # BULLET_RE's marker is a line's first non-space character (\s is str.isspace, and no
        # marker is a space): the regex is only tried where that character can be one.
        match = BULLET_RE.match
        self.bullet = bullet = [
            c is not None and (s[0] in _BULLET_FIRST or s[0].isdigit()) and match(ln) is not None
            for c, s, ln in zip(cls, stripped, lines, strict=True)
        ]
        _bullet_lists(cls, nw, bullet)


def _bullet_lists(cls: list[int | None], nw: list[int], bullet: list[bool]) -> None:
    """List runs: consecutive bullet lines (blank lines allowed in between). A list of short items
    is a menu (bad); a prose line in a list is at most near-good."""
    n = len(cls)
    i = 0
    while i < n:
        if bullet[i]:
            j, items, words = i, [], 0
            while j < n and (cls[j] is None or bullet[j]):
                if cls[j] is not None:
                    items.append(j)
                    words += nw[j]
                j += 1
            if words < LIST_MEAN_WORDS * len(items):
                for k in items:
                    cls[k] = -1
            else:
                for k in items:
                    if cls[k] == 2 and nw[k] < BULLET_PROSE_WORDS:
                        cls[k] = 1
            i = j
        else:
            i += 1


def _features(lines: list[str]) -> tuple[list[int | None], list[int], list[float]]:
    """Per line: class (2 good, 1 near-good, 0 short/neutral, -1 bad, None blank), words, stopword density."""
    a = _Lines(lines)
    return a.cls, a.nw, a.sds


CAP_RE = re.compile(r"\b[A-Z]")
DIGIT_RE = re.compile(r"\d+")
_END_PUNCT_CHARS = '.!?:"\'\u201d\u2019)'
END_PUNCT = frozenset(_END_PUNCT_CHARS)
NFEAT = 16


def _short_runs(cls: list[int | None], nw: list[int]) -> list[int]:
    """For each line in a run of short lines (blank lines allowed in between), the run's length."""
    L = len(cls)
    runlen = [0] * L
    i = 0
    while i < L:
        if cls[i] is not None and nw[i] <= SHORT_MAX_WORDS:
            j, idx = i, []
            while j < L and (cls[j] is None or nw[j] <= SHORT_MAX_WORDS):
                if cls[j] is not None:
                    idx.append(j)
                j += 1
            for k in idx:
                runlen[k] = len(idx)
            i = j
        else:
            i += 1
    return runlen


def _linefeats(lines: list[str]) -> tuple[list[tuple[float, ...] | None], list[int | None], list[int]]:
    """Per non-blank line a feature vector; None for blank lines."""
    a = _Lines(lines)
    stripped, cls, nw, sds, bullet, caps, digs = a.stripped, a.cls, a.nw, a.sds, a.bullet, a.caps, a.digs
    seen = Counter(stripped)
    runlen = _short_runs(cls, nw)
    nb = [i for i, c in enumerate(cls) if c is not None]
    log1p = math.log1p
    base = [
        (log1p(nw[i]), sds[i], 1.0 if bullet[i] else 0.0,
         1.0 if cls[i] == -1 else 0.0,
         1.0 if stripped[i][-1] in END_PUNCT else 0.0,
         1.0 if nw[i] <= 3 else 0.0,
         log1p(runlen[i]),
         1.0 if '|' in stripped[i] else 0.0,
         caps[i] / (nw[i] + 1.0), digs[i] / (nw[i] + 1.0),
         1.0 if seen[stripped[i]] > 1 else 0.0)
        for i in nb
    ]
    # Each line also sees the first two features of its non-blank neighbours, and its position.
    m = len(nb)
    zero = (0.0, 0.0)
    heads = [b[:2] for b in base]
    prevs = [zero, *heads][:m]
    nexts = [*heads, zero][1:]
    out: list[tuple[float, ...] | None] = [None] * len(lines)
    for p, (i, b, pv, nx) in enumerate(zip(nb, base, prevs, nexts, strict=True)):
        out[i] = b + pv + nx + (p / m,)
    return out, cls, nw


# ---------------------------------------------------------------- learned weights
# Logistic-regression weights fitted (offline, numpy) on the EVEN-indexed dev pages,
# label = line has >= 50 percent of its 4-gram shingles in the gold story, weight = words + 1.
# Stage 1 features: _linefeats() (16) + heuristic-region flag + bias.
W1 = [0.0248, 1.9202, -1.1014, 0.3317, 0.4928, 0.4014, -0.2987, 0.2356, -3.1428, 2.5733, -0.0778, 0.3255, -0.4267, 0.3431, 0.0468, -1.0219, 1.7779, -1.7577]
# Stage 2 features: s, s[-1], s[+1], s[-2], s[+2], in-max-region(s*words), mean(s), bias.
W2 = [0.5629, 0.2353, 0.1113, -0.1015, -0.0013, 0.8862, 0.3464, 0.1462]
KEEP_THRESHOLD = -0.25     # keep a line if its stage-2 logit exceeds this


def _densest(values: Iterable[float], used: list[bool] | None = None) -> tuple[float, int, int]:
    """The run of `values` with the largest sum (Kadane): (sum, start, end); a `used` position
    breaks every run through it."""
    best = cur = 0.0
    bs = be = s0 = 0
    for i, v in enumerate(values):
        if used is not None and used[i]:
            cur = 0.0
            continue
        if cur <= 0:
            cur = v
            s0 = i
        else:
            cur += v
        if cur > best:
            best, bs, be = cur, s0, i + 1
    return best, bs, be


def _regions(sc: list[float]) -> list[tuple[int, int, float]]:
    """Return list of (start, end, score) regions by repeated max-subarray."""
    n = len(sc)
    used = [False] * n
    out = []
    best0 = None
    for _ in range(MAX_REGIONS):
        best, bs, be = _densest(sc, used)
        if best <= 0:
            break
        if best0 is None:
            best0 = best
        elif best < REGION2_FRAC * best0 or best < REGION_MIN:
            break
        out.append((bs, be, best))
        for i in range(bs, be):
            used[i] = True
    return out


def _heuristic(lines: list[str], cls: list[int | None], nw: list[int]) -> list[bool]:
    """Region heuristic: returns keep flags (list of bool)."""
    sc = []
    for c, n in zip(cls, nw, strict=True):
        if c is None:
            sc.append(0.0)
        elif c == 2:
            sc.append(min(n, GOOD_CAP))
        elif c == 1:
            sc.append(NEAR_WEIGHT * n)
        elif c == 0:
            sc.append(-SHORT_PEN)
        else:
            sc.append(-BAD_PEN)
    # runs of non-positive lines form barriers: penalty grows with run length
    L = len(cls)
    i = 0
    while i < L:
        ci = cls[i]
        if ci is not None and ci <= 0:
            j, idx = i, []
            while j < L and ((cj := cls[j]) is None or cj <= 0):
                if cls[j] is not None:
                    idx.append(j)
                j += 1
            f = 1.0 + RUN_GAIN * min(len(idx) - 1, RUN_CAP)
            for k in idx:
                sc[k] *= f
            i = j
        else:
            i += 1
    regs = _regions(sc)
    keep = [False] * len(lines)
    for bs, be, _ in regs:
        for i in range(bs, be):
            keep[i] = True
        # headline / date just above the region
        j, k = bs - 1, 0
        while j >= 0 and k < HEAD_LINES:
            if cls[j] is None:
                j -= 1
                continue
            if cls[j] == -1:
                break
            keep[j] = True
            k += 1
            j -= 1
    return [keep[i] and cls[i] != -1 for i in range(len(cls))]


def classify(lines: list[str]) -> list[str | None]:
    if _c is not None:
        return _c.classify(lines, 0)
    return _classify(_Lines(lines))


def _stage1(a: _Lines, heur: list[bool]) -> tuple[list[int], list[float]]:
    """The non-blank lines and their stage-1 logits: the same vectors as _linefeats, dotted with W1
    as they are built. The products are added up one by one from 0.0 (as `sum` does up to Python
    3.11; 3.12's `sum` compensates rounding errors), and so does the C version."""
    stripped, cls, nw, sds, bullet, caps, digs = a.stripped, a.cls, a.nw, a.sds, a.bullet, a.caps, a.digs
    seen = Counter(stripped)
    runlen = _short_runs(cls, nw)
    nb = [i for i, c in enumerate(cls) if c is not None]
    m = len(nb)
    log1p = math.log1p
    lw = [log1p(nw[i]) for i in nb]
    sd = [sds[i] for i in nb]
    # Each line's neighbours' first two features; 0.0 past the first and the last line.
    lw_pad = [0.0, *lw, 0.0]
    sd_pad = [0.0, *sd, 0.0]
    w1 = W1
    b1, wh = w1[-1], w1[-2]
    s = []
    for p, (i, f0, f1, pl, ps, nl, ns) in enumerate(zip(nb, lw, sd, lw_pad, sd_pad, lw_pad[2:], sd_pad[2:])):
        t, n = stripped[i], nw[i]
        f = (f0, f1, 1.0 if bullet[i] else 0.0,
             1.0 if cls[i] == -1 else 0.0,
             1.0 if t[-1] in END_PUNCT else 0.0,
             1.0 if n <= 3 else 0.0,
             log1p(runlen[i]),
             1.0 if '|' in t else 0.0,
             caps[i] / (n + 1.0), digs[i] / (n + 1.0),
             1.0 if seen[t] > 1 else 0.0,
             pl, ps, nl, ns, p / m)
        s.append(b1 + (wh if heur[i] else 0.0) + reduce(_add, map(_mul, f, w1), 0.0))
    return nb, s


def _stage2(nw: list[int], idx: list[int], s: list[float]) -> list[float]:
    """The stage-2 logits of the non-blank lines `idx` from their stage-1 logits `s`."""
    m = len(s)
    if not m:
        return []
    # single max-subarray region over s * (words + 1)
    _, bs, be = _densest(map(_mul, s, [nw[i] + 1 for i in idx]))
    mean = reduce(_add, s, 0.0) / m  # added up one by one, as in _stage1
    a0, a1, a2, a3, a4, a5, a6, a7 = W2
    base = a6 * mean + a7
    # Stage 2, added up in the order it always was; a neighbour past either end, and the region
    # flag outside the region, add 0.0 (or -0.0), which changes no sum but a zero's sign, and no
    # comparison with the threshold.
    pad = [0.0, 0.0, *s, 0.0, 0.0]
    region = [0.0] * bs + [a5] * (be - bs) + [0.0] * (m - be)
    return [
        base + a0 * c + a1 * p1 + a2 * n1 + a3 * p2 + a4 * n2 + r
        for c, p1, n1, p2, n2, r in zip(s, pad[1:], pad[3:], pad, pad[4:], region)
    ]


def _classify(a: _Lines) -> list[str | None]:
    cls, nw = a.cls, a.nw
    heur = _heuristic(a.stripped, cls, nw)
    idx, s = _stage1(a, heur)
    out: list[str | None] = [None] * len(cls)
    for k, v in enumerate(_stage2(nw, idx, s)):
        if v <= KEEP_THRESHOLD:
            i = idx[k]
            out[i] = 'menu' if cls[i] == -1 else ('short' if nw[i] <= SHORT_MAX_WORDS else 'outside')
    return out


def looks_like_page(lines: list[str]) -> bool:
    """True if the text looks like a whole web page: enough lines, and a large share of its
    non-blank lines sit in runs of >= PAGE_RUN short lines (menus, tag clouds, footers). List
    markers are ignored, so a WET record without them is judged like a text with them."""
    if len(lines) < PAGE_MIN_LINES:  # fewer non-blank lines still: no need to look at them
        return False
    if _c is not None:
        return _c.looks_like_page(lines)
    ne = hit = run = 0
    for ln in lines:
        s = ln.strip()
        if not s:
            continue
        ne += 1
        if s.lstrip(_MARKERS).count(" ") < SHORT_MAX_WORDS:
            run += 1
        else:
            if run >= PAGE_RUN:
                hit += run
            run = 0
    if run >= PAGE_RUN:
        hit += run
    return ne >= PAGE_MIN_LINES and hit >= PAGE_SHORT_FRAC * ne


_MARKERS = "•·*-–▪►‣◦ "


# The page pass may not take most of a text's prose: when it would remove more than this share of
# the words in prose lines, prose lines stay (long documents with many sections, odd layouts).
PROSE_LOSS_MAX = 0.5
PROSE_MIN_WORDS = 12
_SENT_END_CHARS = ".!?…\"'”’)"
_SENT_END = re.compile("[" + re.escape(_SENT_END_CHARS) + r"]\s*$")


def _prose(line: str) -> int:
    """Words in `line` if it reads as a sentence of prose, else 0."""
    n = line.count(" ") + 1
    return n if n >= PROSE_MIN_WORDS and _SENT_END.search(line) else 0


def guarded_classify(lines: list[str]) -> list[str | None]:
    """`classify`, but never at the cost of most of the text's prose."""
    if _c is not None:
        return _c.classify(lines, 1)
    a = _Lines(lines)
    out = _classify(a)
    total = removed = 0
    # _prose of every line, inlined: most lines are short and never reach the regex.
    search = _SENT_END.search
    words = [
        n + 1 if n + 1 >= PROSE_MIN_WORDS and search(t) else 0
        for n, t in zip(map(str.count, a.stripped, repeat(" ")), a.stripped)
    ]
    for w, why in zip(words, out, strict=True):
        total += w
        if why is not None:
            removed += w
    if total and removed > PROSE_LOSS_MAX * total:
        out = [None if (why is not None and words[i]) else why for i, why in enumerate(out)]
    return out


# ---------------------------------------------------------------- the C version
# stripper/_pagepass.c does all of the above in C with the same results (to the bit, for the
# logits), from the constants here. Without a compiler it is not built: the Python above is used.
def _setup_c(c: Any) -> Any:
    """Hand the constants to the C pass; None (the Python pass runs) if this build does not take
    them, e.g. a stale build of an older _pagepass.c: a slower run beats no run."""
    try:
        c.setup(
            (GOOD_MIN_WORDS, GOOD_MIN_STOP, NEAR_MIN_WORDS, NEAR_MIN_STOP, SHORT_MAX_WORDS,
             BULLET_PROSE_WORDS, PIPE_MAX, NEAR_WEIGHT, SHORT_PEN, BAD_PEN, GOOD_CAP,
             REGION2_FRAC, REGION_MIN, MAX_REGIONS, HEAD_LINES, LIST_MEAN_WORDS, RUN_GAIN,
             RUN_CAP, PAGE_MIN_LINES, PAGE_RUN, PAGE_SHORT_FRAC, KEEP_THRESHOLD,
             PROSE_LOSS_MAX, PROSE_MIN_WORDS, LANG_LINES, LANG_WORDS),
            W1, W2, [sorted(st) for st in STOP.values()],
            _BULLET_MARKERS, _END_PUNCT_CHARS, _SENT_END_CHARS, _MARKERS, ("menu", "short", "outside"),
        )
    except (TypeError, ValueError, AttributeError) as e:
        import warnings

        warnings.warn(f"stripper._pagepass does not match page.py ({e}); rebuild it (pip install -e .). "
                      "Using the pure-Python page pass.", RuntimeWarning, stacklevel=2)
        return None
    return c


_c: Any = load("_pagepass")
if _c is not None:
    _c = _setup_c(_c)
