"""Fitting the two logistic stages of the page pass. Deterministic: Newton's method from zero, a
fixed L2 penalty and number of steps, float64, weights rounded to 6 digits."""
from __future__ import annotations

import json
from collections.abc import Iterable

import numpy as np

from .. import page
from ..page import DEFAULT, FEATURES, STAGE2, PagePass
from .data import Page, labels

L2 = 1.0  # penalty on the weights (not the bias), in units of one line of weight 1
STEPS = 25


def page_rows(p: Page, pp: PagePass = DEFAULT) -> tuple[np.ndarray, np.ndarray, np.ndarray, page.Lines] | None:
    """A page's stage-1 features, labels (-1 unknown) and words, one row per non-blank line, and
    its line statistics (what stage 2 needs besides)."""
    lines = p.text.split("\n")
    a = page.features(lines, pp)
    if not len(a.index):
        return None
    lab = labels(p, lines)
    y = np.asarray([lab[i] if lab[i] is not None else -1 for i in a.index.tolist()], dtype=np.float64)
    return a.X, y, a.words.astype(np.float64), a


def build(pages: Iterable[Page], pp: PagePass = DEFAULT) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, page.Lines]]:
    out = []
    for p in pages:
        r = page_rows(p, pp)
        if r is not None and (r[1] >= 0).any():
            out.append(r)
    return out


def logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2, steps: int = STEPS) -> np.ndarray:
    """Weighted L2-penalised logistic regression by Newton's method (the last column is the bias,
    not penalised)."""
    k = X.shape[1]
    beta = np.zeros(k)
    pen = np.full(k, l2)
    pen[-1] = 0.0
    for _ in range(steps):
        z = np.clip(X @ beta, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        g = X.T @ (w * (p - y)) + pen * beta
        h = (X * (w * p * (1 - p))[:, None]).T @ X + np.diag(pen) + 1e-9 * np.eye(k)
        beta = beta - np.linalg.solve(h, g)
    return beta


def _labelled(rows: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The labelled lines of `rows`: their stage-1 features, labels and weights (words + 1)."""
    keep = [r[1] >= 0 for r in rows]
    X = np.vstack([r[0][k] for r, k in zip(rows, keep)])
    y = np.concatenate([r[1][k] for r, k in zip(rows, keep)])
    w = np.concatenate([r[2][k] for r, k in zip(rows, keep)]) + 1.0
    return X, y, w


def _stage1(rows: list) -> tuple[np.ndarray, dict | None]:
    """The linear stage 1 and the boosted trees that correct it (where features interact: a long
    line is prose in the region and a teaser outside it), fitted on the labelled lines of `rows`."""
    X, y, w = _labelled(rows)
    b1 = np.round(logistic(X, y, w), 6)
    return b1, (fit_trees(X, y, w, X @ b1) if TREES else None)


def fit(pages: list[Page], pp: PagePass = DEFAULT, *, note: str = "") -> dict:
    """Weights (as the JSON-ready dict of stripper/data/pagepass.json) fitted on `pages`."""
    rows = build(pages, pp)
    _, y, w = _labelled(rows)
    b1, trees = _stage1(rows)
    # Stage 2 on the stage-1 scores of whole pages (all their non-blank lines, so that neighbours
    # are the page's), fitted on the labelled lines. The scores are out of fold: each half of the
    # pages (alternate pages) is scored by a stage 1 fitted on the other half, so that stage 2 learns
    # how far to trust stage 1 on pages it has not seen (on its own pages the trees are surer than
    # they will be on a user's).
    scored: list[np.ndarray] = [np.zeros(0)] * len(rows)
    for half in (0, 1):
        other = [r for i, r in enumerate(rows) if i % 2 != half]
        bh, th = _stage1(other) if len(other) else (b1, trees)
        t = page.Trees.from_dict(th) if th else None
        for i in range(half, len(rows), 2):
            scored[i] = page.stage1(rows[i][0], bh, t)
    X2 = np.vstack([page.stage2_features(s, words, a.vocab, a.lead)[yr >= 0]
                    for s, (_, yr, words, a) in zip(scored, rows)])
    b2 = np.round(logistic(X2, y, w), 6)
    return {
        "features": list(FEATURES),
        "stage2_features": list(STAGE2),
        "stage1": [float(x) for x in b1],
        "stage2": [float(x) for x in b2],
        **({"trees": trees} if trees else {}),
        "fitted_on": note or f"{len(rows)} pages, {len(y)} labelled lines",
        "l2": L2,
        "steps": STEPS,
        **({"boosting": {"trees": TREES, "depth": DEPTH, "rate": RATE, "leaf_l2": LEAF_L2, "min_child": MIN_CHILD,
                         "bins": BINS}} if trees else {}),
    }


def dump(weights: dict) -> str:
    return json.dumps(weights, indent=1, ensure_ascii=False) + "\n"



# ---------------------------------------------------------------- boosted trees (stage 1)
TREES = 100  # rounds
DEPTH = 3  # each tree: 3 levels of splits, 8 leaves
RATE = 0.2  # shrinkage of each tree's leaves
LEAF_L2 = 1.0  # penalty on a leaf's value, in units of line weight
MIN_CHILD = 50.0  # a split leaves at least this much (hessian) weight on each side
BINS = 64  # candidate thresholds per feature: quantiles of its values


def _thresholds(col: np.ndarray) -> np.ndarray:
    """The candidate split thresholds of a feature: its distinct quantiles (at most BINS - 1)."""
    return np.unique(np.quantile(col, np.linspace(0.0, 1.0, BINS + 1)[1:-1]))


def fit_trees(X: np.ndarray, y: np.ndarray, w: np.ndarray, base: np.ndarray) -> dict:
    """Gradient-boosted trees on the logistic loss that correct `base` (the linear stage-1 logits):
    second-order (Newton) leaves, histogram splits on fixed quantile thresholds, no sampling, so
    the same rows give the same trees. Returns {"feature", "threshold", "leaf"}: per tree its
    2**DEPTH - 1 splits in heap order (a row goes right when its feature is above the threshold)
    and its 2**DEPTH leaf values."""
    n, k = X.shape
    qs = [_thresholds(X[:, f]) for f in range(k)]
    nb = max(len(q) for q in qs) + 1
    Xb = np.empty((k, n), dtype=np.int64)  # a feature's bins contiguous
    for f in range(k):
        Xb[f] = np.searchsorted(qs[f], X[:, f], side="left")  # bin b: above b thresholds
    valid = np.zeros((k, nb - 1), dtype=bool)
    for f in range(k):
        valid[f, : len(qs[f])] = True
    F = base.astype(np.float64).copy()
    inner, leaves = 2**DEPTH - 1, 2**DEPTH
    feats = np.zeros((TREES, inner), dtype=np.int64)
    thrs = np.full((TREES, inner), np.finfo(np.float64).max)  # no split: every row goes left
    leafv = np.zeros((TREES, leaves))
    for t in range(TREES):
        p = 1.0 / (1.0 + np.exp(-np.clip(F, -30, 30)))
        g, h = w * (p - y), w * p * (1.0 - p)
        node = np.zeros(n, dtype=np.int64)  # index within the level
        for d in range(DEPTH):
            nn = 2**d
            best_gain = np.zeros(nn)
            best_f = np.zeros(nn, dtype=np.int64)
            best_j = np.full(nn, -1, dtype=np.int64)
            base_key = node * nb
            for f in range(k):
                key = base_key + Xb[f]
                G = np.bincount(key, weights=g, minlength=nn * nb).reshape(nn, nb)
                H = np.bincount(key, weights=h, minlength=nn * nb).reshape(nn, nb)
                GL, HL = np.cumsum(G, axis=1)[:, :-1], np.cumsum(H, axis=1)[:, :-1]
                Gt, Ht = G.sum(axis=1, keepdims=True), H.sum(axis=1, keepdims=True)
                GR, HR = Gt - GL, Ht - HL
                gain = GL**2 / (HL + LEAF_L2) + GR**2 / (HR + LEAF_L2) - Gt**2 / (Ht + LEAF_L2)
                gain[:, ~valid[f]] = 0.0
                gain[(HL < MIN_CHILD) | (HR < MIN_CHILD)] = 0.0
                j = np.argmax(gain, axis=1)
                gj = gain[np.arange(nn), j]
                better = gj > best_gain + 1e-12
                best_gain[better], best_f[better], best_j[better] = gj[better], f, j[better]
            heap = nn - 1 + np.arange(nn)
            split = best_j >= 0
            feats[t, heap] = best_f
            thrs[t, heap[split]] = [qs[f][j] for f, j in zip(best_f[split].tolist(), best_j[split].tolist())]
            right = split[node] & (Xb[best_f[node], np.arange(n)] > best_j[node])
            node = 2 * node + right
        G = np.bincount(node, weights=g, minlength=leaves)
        H = np.bincount(node, weights=h, minlength=leaves)
        leafv[t] = np.round(-RATE * G / (H + LEAF_L2), 6)
        F += leafv[t][node]
    return {"feature": feats.tolist(), "threshold": [[float(x) for x in row] for row in thrs],
            "leaf": leafv.tolist(), "depth": DEPTH}
