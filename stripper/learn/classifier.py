"""The learned line classifier: a small multinomial logistic regression on hashed character
n-grams (`features`), shipped as `lines-model.json.gz` and retrained by `python -m
stripper.learn.train`. It scores lines the rules did not take; a line goes when 1 - P(story) is
above its category's threshold (calibrated on unseen families of the training part, so that at most
1 story line in 500 goes: see `train`), as its category's rule `XXX900` (select/ignore apply), with the score in the reason."""
from __future__ import annotations

import base64
import gzip
import json
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

MODEL = Path(__file__).parent / "lines-model.json.gz"
# The label of story lines (negatives).
STORY = "STORY"


class LineClassifier:
    def __init__(self, doc: dict):
        self.labels: list[str] = doc["labels"]
        self.bits: int = doc["bits"]
        self._doc = doc  # its weights become arrays on the first score (`_arrays`): the catalogue
        # needs only the labels and examples, and a process that scores no line never loads numpy
        # A line goes when its score is above its category's threshold (`threshold_of`); `threshold`
        # is the lowest of them (models without per-category thresholds have only it).
        self.threshold: float = doc["threshold"]
        self.thresholds: dict[str, float] = doc.get("thresholds", {})
        # Lower thresholds for a line next to a removed one (none: no neighbour step).
        self.neighbour_thresholds: dict[str, float] = doc.get("neighbour_thresholds", {})
        # One line per category that the model takes with a clear margin (its rule's example).
        self.examples: dict[str, str] = doc.get("examples", {})
        self.story = self.labels.index(STORY)

    @cached_property
    def _arrays(self) -> tuple[Any, Any, Any]:
        """numpy, the weights (one row per hashed n-gram, one column per label) and the biases."""
        import numpy as np

        doc = self._doc
        q = np.frombuffer(base64.b64decode(doc["weights"]), dtype=np.int8).reshape(1 << self.bits, len(self.labels))
        return np, q.astype(np.float32) * np.asarray(doc["scale"], dtype=np.float32), np.asarray(doc["bias"], dtype=np.float32)

    @classmethod
    def load(cls, path: Path = MODEL) -> LineClassifier:
        with gzip.open(path, "rb") as f:
            return cls(json.loads(f.read()))

    def threshold_of(self, label: str) -> float:
        """The score above which a line of category `label` goes."""
        return self.thresholds.get(label, self.threshold)

    def neighbour_threshold_of(self, label: str) -> float:
        """The score above which a line of category `label` next to a removed line goes."""
        return self.neighbour_thresholds.get(label, 1.0)

    def score(self, line: str) -> tuple[str, float]:
        """(the most likely boilerplate category, 1 - P(story))."""
        return self.score_many([line])[0]

    def score_many(self, lines: list[str]) -> list[tuple[str, float]]:
        """score() of each line, computed for all of them at once."""
        if not lines:
            return []
        from .features import grams, line_weights

        np, weights, bias = self._arrays
        parts = list(grams(lines, self.bits))
        z = np.zeros((len(lines), len(self.labels)), dtype=np.float32)
        ends = np.arange(1, len(lines) + 1)
        for idx, bucket in parts:
            if not len(idx):
                continue
            # A line's n-grams are contiguous: its sum is a difference of cumulative sums.
            cs = np.zeros((len(idx) + 1, len(self.labels)), dtype=np.float32)
            np.cumsum(weights[bucket], axis=0, out=cs[1:])
            bounds = np.searchsorted(idx, ends)
            z += cs[bounds] - cs[np.concatenate(([0], bounds[:-1]))]
        z *= line_weights(lines, parts)[:, None]
        z += bias
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        p_story = p[:, self.story].copy()
        p[:, self.story] = -1
        best = p.argmax(axis=1)
        return [(self.labels[b], float(1.0 - s)) for b, s in zip(best, p_story)]


@lru_cache(maxsize=4)
def shipped(path: Path = MODEL) -> LineClassifier | None:
    return LineClassifier.load(path) if path.is_file() else None
