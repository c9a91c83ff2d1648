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


def page_rows(p: Page, pp: PagePass = DEFAULT) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """A page's stage-1 features, labels (-1 unknown) and words, one row per non-blank line."""
    lines = p.text.split("\n")
    a = page.features(lines, pp)
    if not len(a.index):
        return None
    lab = labels(p, lines)
    y = np.asarray([lab[i] if lab[i] is not None else -1 for i in a.index.tolist()], dtype=np.float64)
    return a.X, y, a.words.astype(np.float64)


def build(pages: Iterable[Page], pp: PagePass = DEFAULT) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
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


def fit(pages: list[Page], pp: PagePass = DEFAULT, *, note: str = "") -> dict:
    """Weights (as the JSON-ready dict of stripper/data/pagepass.json) fitted on `pages`."""
    rows = build(pages, pp)
    keep = [y >= 0 for _, y, _ in rows]
    X = np.vstack([X[k] for (X, _, _), k in zip(rows, keep)])
    y = np.concatenate([y[k] for (_, y, _), k in zip(rows, keep)])
    w = np.concatenate([words[k] for (_, _, words), k in zip(rows, keep)]) + 1.0
    b1 = np.round(logistic(X, y, w), 6)
    # Stage 2 on the stage-1 scores of whole pages (all their non-blank lines, so that neighbours
    # are the page's), fitted on the labelled lines.
    X2 = np.vstack([page.stage2_features(Xp @ b1, words)[k] for (Xp, _, words), k in zip(rows, keep)])
    b2 = np.round(logistic(X2, y, w), 6)
    return {
        "features": list(FEATURES),
        "stage2_features": list(STAGE2),
        "stage1": [float(x) for x in b1],
        "stage2": [float(x) for x in b2],
        "fitted_on": note or f"{len(rows)} pages, {len(y)} labelled lines",
        "l2": L2,
        "steps": STEPS,
    }


def dump(weights: dict) -> str:
    return json.dumps(weights, indent=1, ensure_ascii=False) + "\n"

