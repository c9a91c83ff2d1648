"""The classifier's features: hashed character 2-, 3- and 4-grams of a line (lowercased, its words
joined by single spaces, a space at each end). Each occurrence weighs 1/sqrt(the line's n-grams),
so a line's feature vector has unit length when its n-grams are distinct. The n-grams and their
hashes are computed in C (`stripper/_lines.c`, its only implementation), the same at training
(`grams`, here) and at inference (`classifier.LineClassifier.score_many`)."""
from __future__ import annotations

from typing import Any

import numpy as np

from ..native import load

_lines = load("_lines")


def grams(lines: list[str], bits: int) -> tuple[Any, Any]:
    """(line index, bucket) of every n-gram occurrence, in line order, as two int arrays."""
    rows, cols = _lines.grams(lines, bits)
    return np.frombuffer(rows, dtype=np.int32), np.frombuffer(cols, dtype=np.int32)


def line_weights(n_lines: int, rows: Any) -> Any:
    """1/sqrt(number of n-grams) of each line (0 for a line without any)."""
    counts = np.bincount(rows, minlength=n_lines).astype(np.float32)
    with np.errstate(divide="ignore"):
        w = 1.0 / np.sqrt(counts)
    w[~np.isfinite(w)] = 0
    return w
