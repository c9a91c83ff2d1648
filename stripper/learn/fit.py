"""Fitting the page pass with scikit-learn (the `train` extra; inference never imports it): two
L2-penalised logistic regressions (`LogisticRegression`, Newton-Cholesky, to convergence) and, over
the first, gradient-boosted trees (`GradientBoostingClassifier` started from the linear stage's
logits) exported to the heap-ordered arrays `page.Trees` evaluates in C. Deterministic: no
sampling, a fixed `random_state`, one BLAS thread, weights rounded to 6 digits: the same pages give
the same file."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import numpy as np

from .. import page
from ..page import DEFAULT, FEATURES, STAGE2, PagePass
from .data import Page, labels

L2 = 1.0  # penalty on the weights (not the bias), in units of one line of weight 1
TOL = 1e-10  # the logistic regressions' convergence tolerance (on the gradient)


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


def _linear(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> Any:
    """scikit-learn's weighted L2-penalised logistic regression of `y` on `X` (whose last column is
    the bias: sklearn's intercept, not penalised), its weights rounded to 6 digits."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits  # installed with scikit-learn

    with threadpool_limits(1):
        m = LogisticRegression(C=1.0 / l2, solver="newton-cholesky", tol=TOL, max_iter=100)
        m.fit(X[:, :-1], y, sample_weight=w)
    m.coef_ = np.round(m.coef_, 6)
    m.intercept_ = np.round(m.intercept_, 6)
    return m


def logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2) -> np.ndarray:
    """The weights (bias last, as X's last column) of `_linear`."""
    m = _linear(X, y, w, l2)
    return np.concatenate([m.coef_[0], m.intercept_])


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
    lin = _linear(X, y, w)
    return np.concatenate([lin.coef_[0], lin.intercept_]), (fit_trees(X, y, w, lin) if TREES else None)


def fit(pages: list[Page], pp: PagePass = DEFAULT, *, note: str = "") -> dict:
    """Weights (as the JSON-ready dict of stripper/data/pagepass.json) fitted on `pages`."""
    return fit_rows(build(pages, pp), note=note)


def fit_rows(rows: list, *, note: str = "") -> dict:
    """`fit` on the rows `build` made of the pages."""
    if not rows:
        raise ValueError("no page has a labelled line")
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
    b2 = logistic(X2, y, w)
    return {
        "features": list(FEATURES),
        "stage2_features": list(STAGE2),
        "stage1": [float(x) for x in b1],
        "stage2": [float(x) for x in b2],
        **({"trees": trees} if trees else {}),
        "fitted_on": note or f"{len(rows)} pages, {len(y)} labelled lines",
        "l2": L2,
        **({"boosting": {"trees": TREES, "depth": DEPTH, "rate": RATE, "min_leaf": MIN_LEAF, "bins": BINS}} if trees else {}),
        "fitted_with": f"scikit-learn {_sklearn_version()}",
    }


def dump(weights: dict) -> str:
    return json.dumps(weights, indent=1, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- boosted trees (stage 1)
TREES = 100  # boosting rounds
DEPTH = 3  # each tree: at most 3 levels of splits, 8 leaves
RATE = 0.2  # shrinkage of each tree's leaves
MIN_LEAF = 50  # lines in each leaf, at least
BINS = 64  # candidate thresholds per feature: its quantiles


def _sklearn_version() -> str:
    import sklearn

    return sklearn.__version__


def bin_edges(X: np.ndarray) -> list[np.ndarray]:
    """Per feature (X without its bias column), the candidate split thresholds: its distinct
    quantiles, at most BINS - 1. Splitting only there (as histogram boosting does) generalises
    better than exact splits: by 2-fold site cross-validation on the fitting part, at the old
    thresholds (keep_threshold -1, keep_margin 2), F1 0.880 against 0.874."""
    qs = np.linspace(0.0, 1.0, BINS + 1)[1:-1]
    return [np.unique(np.quantile(X[:, j], qs)) for j in range(X.shape[1])]


def fit_trees(X: np.ndarray, y: np.ndarray, w: np.ndarray, linear: Any) -> dict:
    """Gradient-boosted trees on the logistic loss that correct the logits of `linear` (a fitted
    sklearn LogisticRegression on X without its bias column): scikit-learn's
    `GradientBoostingClassifier` started from them (`init`, given, not refitted), no sampling, a fixed
    `random_state`, on each feature's bin (`bin_edges`: a split between bins j and j + 1 is the
    threshold edges[j] on the feature). Returns them as `page.Trees` reads them: {"feature",
    "threshold", "leaf", "depth"}, per tree its 2**DEPTH - 1 splits in heap order (a row goes right
    when its feature is above the threshold; a node sklearn did not split sends every row left) and
    its 2**DEPTH leaf values (sklearn's, times the rate)."""
    from sklearn.ensemble import GradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    Xf = X[:, :-1]
    edges = bin_edges(Xf)
    gb = GradientBoostingClassifier(init=_Given(linear.predict_proba(Xf)), n_estimators=TREES, max_depth=DEPTH,
                                    learning_rate=RATE, min_samples_leaf=MIN_LEAF, subsample=1.0, random_state=0)
    with threadpool_limits(1):
        gb.fit(binned(Xf, edges), y, sample_weight=w)
    return export_trees(gb, edges)


def binned(X: np.ndarray, edges: list[np.ndarray]) -> np.ndarray:
    """Each value's bin: how many of its feature's edges lie below it (x > edges[j] <=> bin > j)."""
    return np.column_stack([np.searchsorted(e, X[:, j], side="left") for j, e in enumerate(edges)]).astype(np.float64)


class _Given:
    """GradientBoostingClassifier's `init` (the trees split binned features, the linear stage
    scores the raw ones): the linear stage's probabilities, given for the rows of the fit."""

    def __init__(self, proba: np.ndarray):
        self.proba = proba

    def fit(self, X: np.ndarray, y: np.ndarray, sample_weight: np.ndarray | None = None) -> _Given:
        if len(X) != len(self.proba):
            raise ValueError("the given probabilities are for other rows")
        self.classes_ = np.array([0.0, 1.0])
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        if len(X) != len(self.proba):
            raise ValueError("the given probabilities are for other rows")
        return self.proba

    def get_params(self, deep: bool = True) -> dict:
        return {"proba": self.proba}


def export_trees(gb: Any, edges: list[np.ndarray] | None = None) -> dict:
    """A fitted GradientBoostingClassifier's trees (of depth <= DEPTH) as complete heaps; with
    `edges` (`bin_edges`), fitted on bins (`binned`): a split at bin t is the threshold edges[floor(t)]."""
    inner, leaves = 2**DEPTH - 1, 2**DEPTH
    n = len(gb.estimators_)
    feats = np.zeros((n, inner), dtype=np.int64)
    thrs = np.full((n, inner), np.finfo(np.float64).max)  # no split: every row goes left
    leafv = np.zeros((n, leaves))
    for t, est in enumerate(gb.estimators_[:, 0]):
        tr = est.tree_
        # (heap position, sklearn node); a leaf above the last level fills its subtree's leaves.
        stack = [(0, 0)]
        while stack:
            h, node = stack.pop()
            if h >= inner:
                leafv[t, h - inner] = gb.learning_rate * float(tr.value[node, 0, 0])
                continue
            left, right = int(tr.children_left[node]), int(tr.children_right[node])
            if left < 0:  # a leaf above the last level
                stack += [(2 * h + 1, node), (2 * h + 2, node)]
                continue
            f, thr = int(tr.feature[node]), float(tr.threshold[node])
            feats[t, h], thrs[t, h] = f, (float(edges[f][int(np.floor(thr))]) if edges is not None else thr)
            stack += [(2 * h + 1, left), (2 * h + 2, right)]
    return {"feature": feats.tolist(), "threshold": [[float(x) for x in row] for row in thrs],
            "leaf": leafv.tolist(), "depth": DEPTH}
