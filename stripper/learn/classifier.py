"""The learned line classifier: a small multinomial logistic regression on hashed character
n-grams (`features`; scored in C, `stripper/_lines.c`), shipped as `lines-model.json.gz` and retrained by `python -m
stripper.learn.train`. It scores lines the rules did not take; a line goes when 1 - P(story) is
above its category's threshold (calibrated on unseen families of the training part, so that at most
1 story line in 500 goes: see `train`), as its category's rule `XXX900` (select/ignore apply), with the score in the reason."""
from __future__ import annotations

import base64
import gzip
import json
from functools import cached_property, lru_cache
from pathlib import Path

from ..native import load

_lines = load("_lines")

MODEL = Path(__file__).parent / "lines-model.json.gz"
# The label of story lines (negatives).
STORY = "STORY"


class LineClassifier:
    def __init__(self, doc: dict):
        self.labels: list[str] = doc["labels"]
        self.bits: int = doc["bits"]
        self.scale: tuple[float, ...] = tuple(map(float, doc["scale"]))
        self.bias: tuple[float, ...] = tuple(map(float, doc["bias"]))
        self._doc = doc  # its weights are decoded on the first score (`_scorer`): the catalogue
        # needs only the labels and examples
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
    def weights(self) -> bytes:
        """int8 weights, row-major (bucket, label), each label's column times its scale."""
        w = base64.b64decode(self._doc["weights"])
        if len(w) != (1 << self.bits) * len(self.labels):
            raise ValueError("the model's weights do not match its bits and labels")
        return w

    @cached_property
    def _scorer(self):
        return _lines.Scorer(self.weights, self.bits, self.scale, self.bias, tuple(self.labels), self.story)

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
        """score() of each line (in C, `stripper/_lines.c`: n-grams hashed and weights summed in
        one pass, no per-call set-up)."""
        return self._scorer.score(lines)


@lru_cache(maxsize=4)
def shipped(path: Path = MODEL) -> LineClassifier | None:
    return LineClassifier.load(path) if path.is_file() else None
