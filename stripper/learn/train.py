"""Train the line classifier: `python -m stripper.learn.train [--bank DIR] [--dev FILE] [--out FILE]`.

Multinomial logistic regression on hashed character n-grams (`features`), over the categories of
the bank and STORY, trained on the training part of `data` (held-out families and pages left out,
so that the benchmark's figures are on phrasings the model never saw). The threshold on
1 - P(STORY) is set so that at most 1 story line in 500 of the held-out pages is lost. Same data,
same model: the solver is deterministic and nothing is sampled.

Needs the `train` extra (scikit-learn, scipy); using the model needs only numpy.
"""
from __future__ import annotations

import argparse
import base64
import gzip
import json
import sys
from pathlib import Path

import numpy as np

from .features import grams, line_weights
from .linedata import STORY, Example, bank, catalogue, default_dev_path, story_lines

BITS = 16
MAX_STORY_LOSS = 1 / 500


def matrix(examples: list[Example], bits: int):
    from scipy.sparse import csr_matrix, diags

    lines = [e.text for e in examples]
    parts = list(grams(lines, bits))
    rows = np.concatenate([idx for idx, _ in parts])
    cols = np.concatenate([b for _, b in parts])
    X = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(lines), 1 << bits), dtype=np.float32)
    X.sum_duplicates()
    return diags(line_weights(lines, parts)) @ X


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if e.family.startswith("catalogue") or not e.held_out]
    test = [e for e in examples if not e.family.startswith("catalogue") and e.held_out]
    return train, test


def fit(train: list[Example], bits: int = BITS):
    from sklearn.linear_model import LogisticRegression

    labels = sorted({e.label for e in train})
    y = np.array([labels.index(e.label) for e in train])
    lr = LogisticRegression(C=8.0, max_iter=400, tol=1e-5)
    lr.fit(matrix(train, bits), y)
    return labels, lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32)


def to_file(labels, coef, bias, threshold: float, path: Path, meta: dict) -> None:
    scale = np.abs(coef).max(axis=1) / 127
    scale[scale == 0] = 1
    q = np.round(coef / scale[:, None]).astype(np.int8)
    doc = {"format": 1, "bits": int(np.log2(coef.shape[1])), "labels": labels, "scale": scale.tolist(),
           "bias": bias.tolist(), "threshold": threshold, "weights": base64.b64encode(q.T.tobytes()).decode(), **meta}
    # No name and no time in the gzip header: the same model is the same bytes. Written atomically.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(gzip.compress(json.dumps(doc, sort_keys=True).encode(), mtime=0))
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m stripper.learn.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--bank", type=Path, default=None, help="folder of labelled JSONL lines (default: the shipped bank)")
    ap.add_argument("--dev", type=Path, default=default_dev_path(), help="dev pages whose gold lines are the story lines")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "lines-model.json.gz")
    args = ap.parse_args(argv)
    from .classifier import LineClassifier

    examples = [*(bank(args.bank) if args.bank else bank()), *catalogue()]
    if args.dev.is_file():
        examples.extend(story_lines(args.dev))
    else:
        print(f"{args.dev}: not found; training without dev-page story lines", file=sys.stderr)
    train, test = split(examples)
    labels, coef, bias = fit(train)
    to_file(labels, coef, bias, 0.5, args.out, {})
    model = LineClassifier.load(args.out)
    story = [e for e in test if e.label == STORY]
    threshold = 0.5
    if story:
        scores = np.sort([s for _, s in model.score_many([e.text for e in story])])
        threshold = float(max(0.5, scores[int(np.floor(len(scores) * (1 - MAX_STORY_LOSS)))]))
    boiler = [e for e in test if e.label != STORY]
    recall = float(np.mean([s > threshold for _, s in model.score_many([e.text for e in boiler])])) if boiler else float("nan")
    # Each learned rule's example: the shortest training line of its category that the model
    # takes with a clear margin (the tests hold the rule to it).
    examples = {}
    for e in sorted((e for e in train if e.label != STORY), key=lambda e: (len(e.text), e.text)):
        if e.label not in examples and 5 <= len(e.text.split()) <= 25:
            label, score = model.score(e.text)
            if label == e.label and score > min(0.99, threshold + 0.2):
                examples[e.label] = e.text
    meta = {"examples": examples, "trained_on": len(train), "held_out": {"boilerplate": len(boiler), "story": len(story), "recall": round(recall, 4)}}
    to_file(labels, coef, bias, threshold, args.out, meta)
    print(f"{args.out}: {len(train)} lines, threshold {threshold:.3f}; held out: recall {recall:.3f} on {len(boiler)} "
          f"boilerplate lines of unseen families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
