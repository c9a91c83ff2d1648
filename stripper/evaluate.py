"""Scoring against gold text: 4-gram shingles of `\\w+` tokens, precision and recall averaged per
document (the method of the ScrapingHub article-extraction benchmark)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    t = _TOKEN.findall(text or "")
    return Counter(tuple(t[i : i + N]) for i in range(max(1, len(t) - N + 1)) if t[i : i + N])


class _F1:
    """F1 and the JSON form of a score, from its `precision`, `recall` and `docs`."""

    __slots__ = ()
    precision: float
    recall: float
    docs: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"f1": round(self.f1, 4), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "documents": self.docs}


@dataclass(frozen=True, slots=True)
class Score(_F1):
    """Sums of per-document precision and recall; add them up, then read the means."""

    p_sum: float = 0.0
    p_n: int = 0
    r_sum: float = 0.0
    r_n: int = 0
    docs: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.p_sum + other.p_sum, self.p_n + other.p_n, self.r_sum + other.r_sum, self.r_n + other.r_n,
                     self.docs + other.docs)

    @property
    def precision(self) -> float:
        return self.p_sum / self.p_n if self.p_n else 0.0

    @property
    def recall(self) -> float:
        return self.r_sum / self.r_n if self.r_n else 0.0


def score(gold: str, predicted: str) -> Score:
    g, p = shingles(gold), shingles(predicted)
    tp = sum(min(g[k], p[k]) for k in g.keys() & p.keys())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    return Score(
        p_sum=tp / (tp + fp) if tp + fp else 0.0,
        p_n=1 if tp + fp else 0,
        r_sum=tp / (tp + fn) if tp + fn else 0.0,
        r_n=1 if tp + fn else 0,
        docs=1,
    )


# ---------------------------------------------------------------- snippets and lost stories
def _norm(text: str) -> str:
    from .segment import tokens

    return " ".join(tokens(text.lower()))


@dataclass(frozen=True, slots=True)
class SnippetScore(_F1):
    """trafilatura's evaluation: snippets that must be in the output (`with`) and must not
    (`without`), counted over all documents; precision and recall of the `with` snippets."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    docs: int = 0

    def __add__(self, o: SnippetScore) -> SnippetScore:
        return SnippetScore(self.tp + o.tp, self.fn + o.fn, self.fp + o.fp, self.tn + o.tn, self.docs + o.docs)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def snippet_score(output: str, with_: list[str] | tuple[str, ...], without: list[str] | tuple[str, ...]) -> SnippetScore:
    out = _norm(output)
    tp = sum(1 for s in with_ if _norm(s) in out)
    fp = sum(1 for s in without if _norm(s) in out)
    return SnippetScore(tp, len(with_) - tp, fp, len(without) - fp, 1)


def story_kept(story: str, source: str, output: str) -> float | None:
    """The share of the story's tokens that `source` holds which `output` still holds (tokens as
    stripper.segment counts them, so that a story in Chinese counts per character); None when the
    source holds none of the story. A story is lost when under half of it is kept."""
    from .segment import tokens

    s = Counter(t.lower() for t in tokens(story))
    held = s & Counter(t.lower() for t in tokens(source))
    n = sum(held.values())
    if not n:
        return None
    kept = held & Counter(t.lower() for t in tokens(output))
    return sum(kept.values()) / n
