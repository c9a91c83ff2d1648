"""The classifier's features: hashed character n-grams of a line's words (as scikit-learn's
`char_wb` analyser makes them), the same at training and at inference."""
from __future__ import annotations

from zlib import crc32

NGRAMS = (2, 3, 4)


def grams(line: str) -> list[str]:
    out: list[str] = []
    for word in line.lower().split():
        w = f" {word} "
        n = len(w)
        for k in NGRAMS:
            out.extend(w[i : i + k] for i in range(n - k + 1))
    return out


def buckets(line: str, mask: int) -> list[int]:
    return [crc32(g.encode("utf-8", "surrogatepass")) & mask for g in grams(line)]
