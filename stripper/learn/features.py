"""The classifier's features: hashed character 2-, 3- and 4-grams of a line (lowercased, its words
joined by single spaces, a space at each end). Each occurrence weighs 1/sqrt(the line's n-grams),
so a line's feature vector has unit length when its n-grams are distinct. Computed for many lines
at once with numpy (no sorting: a line's n-grams are contiguous), the same at training and at
inference."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

NGRAMS = (2, 3, 4)
_P = np.uint32(0x01000193)  # FNV prime: the rolling hash's multiplier
_MIX = np.uint32(0x9E3779B1)  # Fibonacci hashing spreads the rolling hash over the buckets
_SALT = {k: np.uint32((k * 0x5BD1E995) & 0xFFFFFFFF) for k in NGRAMS}


def grams(lines: list[str], bits: int) -> Iterator[tuple[Any, Any]]:
    """For each n in NGRAMS: (line index, bucket) of every n-gram occurrence, in text order (so
    sorted by line)."""
    text = "\n".join(" " + " ".join(line.lower().split()) + " " for line in lines)
    c = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    line_of = np.cumsum(c == 10)  # the line each character is in (a newline starts the next)
    shift = np.uint32(32 - bits)
    h = c.copy()
    with np.errstate(over="ignore"):
        for k in range(2, max(NGRAMS) + 1):
            h = h[:-1] * _P + c[k - 1 :]
            if k in NGRAMS:
                n = len(h)
                ok = line_of[:n] == line_of[k - 1 : k - 1 + n]  # no n-gram across lines
                yield line_of[:n][ok], (((h[ok] ^ _SALT[k]) * _MIX) >> shift).astype(np.intp)


def line_weights(lines: list[str], parts: list[tuple[Any, Any]]) -> Any:
    """1/sqrt(number of n-grams) of each line (0 for a line without any)."""
    counts = sum(np.bincount(idx, minlength=len(lines)) for idx, _ in parts)
    with np.errstate(divide="ignore"):
        w = 1.0 / np.sqrt(np.asarray(counts, dtype=np.float32))
    w[~np.isfinite(w)] = 0
    return w
