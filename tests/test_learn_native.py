"""The learned classifier's C part (stripper/_lines.c): its n-grams and hashes are the documented
ones, a line's score is its own (not its batch's), and the scores are the model's formula."""
from __future__ import annotations

import math

import numpy as np
import pytest

from stripper import _lines
from stripper.learn.classifier import shipped
from stripper.learn.features import grams, line_weights

LINES = ["Follow us on Google News", "", "   ", "Σ ΟΔΟΣ\u2028x\x85y\u3000z", "日本語のテキスト", "a", "İstanbul\tkebab",
         "\ud800lone surrogate", "emoji 😀 here", "x" * 600]


def reference_grams(line: str, bits: int) -> list[int]:
    """The module docstring's definition, in Python."""
    c = [ord(ch) for ch in " " + " ".join(line.lower().split()) + " "]
    out = []
    for i in range(len(c)):
        h = c[i]
        for n in (2, 3, 4):
            if i + n > len(c):
                break
            h = (h * 0x01000193 + c[i + n - 1]) & 0xFFFFFFFF
            out.append((((h ^ ((n * 0x5BD1E995) & 0xFFFFFFFF)) * 0x9E3779B1) & 0xFFFFFFFF) >> (32 - bits))
    return out


@pytest.mark.parametrize("bits", [8, 16])
def test_grams_are_the_documented_hash(bits):
    rows, cols = grams(LINES, bits)
    got = [sorted(cols[rows == k].tolist()) for k in range(len(LINES))]
    assert got == [sorted(reference_grams(line, bits)) for line in LINES]
    assert list(line_weights(len(LINES), rows)) == pytest.approx([1 / math.sqrt(len(reference_grams(x, bits))) for x in LINES])


def test_a_line_scores_the_same_in_any_batch():
    """The numpy features this replaced gave every line but a batch's first three n-grams more
    (those starting at the newline that joined it to the line before)."""
    model = shipped()
    alone = [model.score(line) for line in LINES]
    assert model.score_many(LINES) == alone
    assert model.score_many(LINES[::-1]) == alone[::-1]


def test_scores_are_the_models_formula():
    model = shipped()
    q = np.frombuffer(model.weights, dtype=np.int8).reshape(1 << model.bits, len(model.labels)).astype(np.float64)
    for line, (label, score) in zip(LINES, model.score_many(LINES)):
        b = reference_grams(line, model.bits)
        z = q[b].sum(axis=0) * np.array(model.scale) / math.sqrt(len(b)) + np.array(model.bias)
        p = np.exp(z - z.max())
        p /= p.sum()
        assert score == pytest.approx(1 - p[model.story], abs=1e-9)
        others = [k for k in range(len(model.labels)) if k != model.story]
        assert label == model.labels[max(others, key=lambda k: z[k])]


def test_bad_input_is_refused():
    model = shipped()
    with pytest.raises(TypeError):
        model.score_many(["ok", b"bytes"])
    with pytest.raises(ValueError, match="2\\*\\*bits"):
        _lines.Scorer(b"\0" * 10, 4, [1.0, 1.0], [0.0, 0.0], ("A", "B"), 0)
    with pytest.raises(ValueError):
        _lines.Scorer(b"\0" * 32, 4, [1.0, 1.0], [0.0, 0.0], ("A", "B"), 2)
    with pytest.raises(ValueError, match="one value per label"):
        _lines.Scorer(b"\0" * 32, 4, [1.0], [0.0, 0.0], ("A", "B"), 0)
    with pytest.raises(ValueError):
        _lines.grams(["x"], 0)
