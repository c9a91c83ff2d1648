"""The learned line classifier: a small multinomial logistic regression on hashed character
n-grams (`features`), shipped as `lines-model.json.gz` and retrained by `python -m
stripper.learn.train`. It scores lines the rules did not take; a line goes when 1 - P(story) is
above the model's threshold (set so that at most 1 story line in 500 of held-out pages goes), as
its category's rule `XXX900` (select/ignore apply), with the score in the reason."""
from __future__ import annotations

import base64
import gzip
import json
from functools import lru_cache
from pathlib import Path

from .data import STORY
from .features import buckets

MODEL = Path(__file__).parent / "lines-model.json.gz"


class LineClassifier:
    def __init__(self, doc: dict):
        import numpy as np

        self.labels: list[str] = doc["labels"]
        self.mask = (1 << doc["bits"]) - 1
        q = np.frombuffer(base64.b64decode(doc["weights"]), dtype=np.int8).reshape(self.mask + 1, len(self.labels))
        self.weights = q.astype(np.float32) * np.asarray(doc["scale"], dtype=np.float32)
        self.bias = np.asarray(doc["bias"], dtype=np.float32)
        self.threshold: float = doc["threshold"]
        # One line per category that the model takes with a clear margin (its rule's example).
        self.examples: dict[str, str] = doc.get("examples", {})
        self.story = self.labels.index(STORY)
        self._np = np

    @classmethod
    def load(cls, path: Path = MODEL) -> LineClassifier:
        with gzip.open(path, "rb") as f:
            return cls(json.loads(f.read()))

    def score(self, line: str) -> tuple[str, float]:
        """(the most likely boilerplate category, 1 - P(story))."""
        np = self._np
        b = buckets(line, self.mask)
        if not b:
            return STORY, 0.0
        idx, counts = np.unique(np.asarray(b), return_counts=True)
        x = counts.astype(np.float32)
        x /= np.sqrt((x * x).sum())
        z = x @ self.weights[idx] + self.bias
        z = np.exp(z - z.max())
        p = z / z.sum()
        p_story = float(p[self.story])
        p[self.story] = -1
        return self.labels[int(p.argmax())], 1.0 - p_story


@lru_cache(maxsize=4)
def shipped(path: Path = MODEL) -> LineClassifier | None:
    return LineClassifier.load(path) if path.is_file() else None
