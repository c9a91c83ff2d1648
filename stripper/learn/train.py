"""Train the line classifier: `python -m stripper.learn.train [--bank DIR] [--dev FILE] [--out FILE] [--folds K]`.

Multinomial logistic regression on hashed character n-grams (`features`), over the categories of
the bank and STORY, trained on the training part of `data` (held-out families and pages left out,
so that the benchmark's figures are on phrasings the model never saw).

Thresholds, one per category, are calibrated on the training part only, by cross-validation over
whole phrasing families (and whole dev pages): the training part is cut into `folds` groups of
families, each scored by a model fitted on the others, so every line is scored as a line of a
family the model did not see, the held-out part's situation. The thresholds are then lowered
greedily, one story line at a time, where it buys the most boilerplate, within a budget of those
out-of-fold story lines; never below 0.5. Lines of a protected shape (`classifier.protected`:
short plain headings, price sentences) get thresholds of their own with no budget: no protected
story line of the training part goes out of fold (`calibrate_split`). The budget is the largest
share of 1 story line in 500 (`MAX_STORY_LOSS`) for which thresholds calibrated on three folds
lose at most 1 in 500 of the fourth's story lines (`honest_budget`): thresholds fitted to some
families overshoot on others, and this measures by how much on the training part alone. The
neighbour thresholds (for a line next to a removed one of its category, `context.next_to_removed`)
are calibrated the same way for 1 in 100 (`MAX_NEIGHBOUR_LOSS`; protected lines 1 in 500 of theirs),
and are never above the line's own. The held-out part is only scored, at the end, for the report. Same data, same model: the solver is
deterministic and nothing is sampled.

Dev-page story lines that a built-in rule removes on its own ("(Credit: Getty)", "COMMENTS": the
dev gold keeps some boilerplate) are not taken as story negatives.

Needs the `train` extra (scikit-learn, scipy); using the model needs only numpy.
"""
from __future__ import annotations

import argparse
import base64
import gzip
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np

from .features import grams, line_weights
from .linedata import STORY, Example, bank, catalogue, default_dev_path, story_lines

BITS = 16
MAX_STORY_LOSS = 1 / 500
# The neighbour thresholds (a line next to a removed one): calibrated the same way for 1 story line
# in 100, since only the few story lines next to boilerplate are exposed to them.
MAX_NEIGHBOUR_LOSS = 1 / 100
FOLDS = 4
MIN_THRESHOLD = 0.5
# The orphan gate (Settings.orphan_min_score) shields this share of short boilerplate lines.
ORPHAN_SHIELD = 0.1
# A language's story lines weigh at least this many times its boilerplate lines (see `weights`).
STORY_RATIO = 4


def matrix(examples: list[Example], bits: int):
    from scipy.sparse import csr_matrix, diags

    lines = [e.text for e in examples]
    rows, cols = grams(lines, bits)
    X = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(lines), 1 << bits), dtype=np.float32)
    X.sum_duplicates()
    return diags(line_weights(len(lines), rows)) @ X


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train = [e for e in examples if e.family.startswith("catalogue") or not e.held_out]
    test = [e for e in examples if not e.family.startswith("catalogue") and e.held_out]
    return train, test


def folds_of(train: list[Example], folds: int) -> np.ndarray:
    """The cross-validation group of each line: whole families (dev pages) in one group. The
    families of each label and language are dealt round the groups in a fixed order (by a salted
    hash of their name), so that every group's model has seen some of each language's story
    lines when there are at least two families of them."""
    fams: dict[tuple[str, str], set[str]] = {}
    for e in train:
        fams.setdefault((e.label, e.lang or "en"), set()).add(e.family)
    group = {}
    for key in sorted(fams):
        names = sorted(fams[key], key=lambda f: (zlib.crc32(f"fold:{f}".encode()), f))
        start = zlib.crc32(f"fold:{key}".encode()) % folds
        for i, f in enumerate(names):
            group.setdefault(f, (start + i) % folds)
    return np.array([group[e.family] for e in train])


def weights(train: list[Example]) -> np.ndarray:
    """Per line: 1, but a language's story lines weigh up to STORY_RATIO times its boilerplate
    lines together. The bank has about as many story as boilerplate lines in most languages (and
    the dev pages add tens of thousands of English ones): unweighted, a model learns that a
    Hindi or Korean line is likely boilerplate, where on a page most lines are story."""
    lang = [e.lang or "en" for e in train]
    story, boiler = Counter(), Counter()
    for e, lg in zip(train, lang):
        (story if e.label == STORY else boiler)[lg] += 1
    w = np.ones(len(train))
    for i, (e, lg) in enumerate(zip(train, lang)):
        if e.label == STORY and story[lg] < STORY_RATIO * boiler[lg]:
            w[i] = STORY_RATIO * boiler[lg] / story[lg]
    return w


def fit(train: list[Example], bits: int = BITS):
    from sklearn.linear_model import LogisticRegression

    labels = sorted({e.label for e in train})
    y = np.array([labels.index(e.label) for e in train])
    lr = LogisticRegression(C=8.0, max_iter=400, tol=1e-4)
    lr.fit(matrix(train, bits), y, sample_weight=weights(train))
    return labels, lr.coef_.astype(np.float32), lr.intercept_.astype(np.float32)


def predict(labels, coef, bias, examples: list[Example], bits: int = BITS) -> tuple[np.ndarray, np.ndarray]:
    """(index of the most likely boilerplate label, 1 - P(story)) per example, unquantised."""
    z = np.asarray(matrix(examples, bits) @ coef.T) + bias
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    s = labels.index(STORY)
    score = 1.0 - p[:, s]
    p[:, s] = -1
    return p.argmax(axis=1), score


def calibrate(labels: list[str], best: np.ndarray, score: np.ndarray, is_story: np.ndarray,
              max_loss: float = MAX_STORY_LOSS, budget: int | None = None) -> dict[str, float]:
    """Per-category thresholds on scores of unseen families. Each starts at its category's highest
    story score (no story line lost) and is lowered, step by step, to the story score where the
    story lines lost buy the most boilerplate per line (looking past steps that buy nothing), while
    the lines lost stay within `max_loss` of the story lines (or within `budget` lines); never
    below MIN_THRESHOLD."""
    if budget is None:
        budget = int(np.floor(max_loss * int(is_story.sum())))
    cats = [k for k, label in enumerate(labels) if label != STORY]
    story_s = {k: np.sort(score[is_story & (best == k)]) for k in cats}  # ascending
    boiler_s = {k: np.sort(score[~is_story & (best == k)]) for k in cats}

    def above(sorted_scores: np.ndarray, t) -> np.ndarray:
        return len(sorted_scores) - np.searchsorted(sorted_scores, t, side="right")

    # Candidate thresholds of a category: its story scores (the line at the threshold stays) and
    # MIN_THRESHOLD, highest first; start at the highest.
    cand = {}
    for k in cats:
        c = np.unique(np.maximum(np.append(story_s[k], MIN_THRESHOLD), MIN_THRESHOLD))[::-1]
        cand[k] = (c, above(story_s[k], c), above(boiler_s[k], c))
    at = dict.fromkeys(cats, 0)  # index into cand[k]
    spent = 0
    while True:
        best_step = None
        for k in cats:
            c, lost, gain = cand[k]
            i = at[k]
            cost = lost[i + 1:] - lost[i]
            ok = np.nonzero(cost <= budget - spent)[0]
            if not len(ok):
                continue
            ratio = (gain[i + 1:][ok] - gain[i]) / np.maximum(cost[ok], 1e-9)
            j = int(np.argmax(ratio))
            step = (float(ratio[j]), -k, i + 1 + int(ok[j]))
            if best_step is None or step > best_step:
                best_step = step
        if best_step is None or best_step[0] <= 0:
            break
        _, negk, j = best_step
        spent += int(cand[-negk][1][j] - cand[-negk][1][at[-negk]])
        at[-negk] = j
    return {labels[k]: _round_up(float(cand[k][0][at[k]])) for k in cats}


def calibrate_split(labels: list[str], best: np.ndarray, score: np.ndarray, is_story: np.ndarray, shielded: np.ndarray,
                    max_loss: float, shielded_loss: float, shapes: int | None = None) -> tuple[dict[str, float], ...]:
    """Thresholds for lines of ordinary shape and for those of each shielded shape (`shielded`:
    per line 0 for ordinary, k > 0 for `classifier.SHAPES[k]`; a bool array has one shape, the
    protected one), calibrated apart: the ordinary ones may lose `max_loss` of all the story
    lines, each shape's `shielded_loss` of its own story lines. Returns (ordinary, one dict per
    shape 1 .. `shapes`, by default the highest in `shielded`). Story subheads and price news are common and read like boilerplate to
    character n-grams: calibrated together, the budget goes to them (where a story line lost buys
    the most boilerplate) and every unseen family of story headings then loses a few; and a long
    sentence of the story is worth more than a boilerplate line is. A shape is calibrated as one
    pool, not per category: which boilerplate category a story heading resembles is chance, so a
    category with few protected story lines would get a threshold from too few of them (per
    category, the training part's unseen folds lose 14 of 8,323 protected story lines at no
    budget, pooled 2). A shape's threshold is never below the ordinary."""
    shape = np.asarray(shielded).astype(np.intp)
    o = shape == 0
    ordinary = calibrate(labels, best[o], score[o], is_story[o], budget=int(np.floor(max_loss * int(is_story.sum()))))
    cats = [label for label in labels if label != STORY]
    one = [cats[0], STORY]
    out = []
    for k in range(1, (shapes if shapes is not None else max(1, int(shape.max(initial=0)))) + 1):
        m = shape == k
        pool = calibrate(one, np.zeros(int(m.sum()), dtype=np.intp), score[m], is_story[m], shielded_loss)[cats[0]]
        out.append({c: max(pool, ordinary[c]) for c in cats})
    return (ordinary, *out)


# The budgets tried by `honest_budget`, as shares of the aimed loss, largest first.
BUDGET_SHARES = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.15, 0.1)


def honest_budget(labels: list[str], best: np.ndarray, score: np.ndarray, is_story: np.ndarray, shielded: np.ndarray,
                  fold: np.ndarray, aim: float, shielded_aim: float) -> tuple[float, float, float]:
    """The largest share of `aim` (and of `shielded_aim`) to calibrate for, such that thresholds
    calibrated on the out-of-fold scores of all folds but one lose at most `aim` of the story lines
    of the fold left out (summed over the folds): thresholds set on some families overshoot on
    others (calibrated for 1 story line in 500, they lose about 1 in 280 of unseen families), and
    this measures by how much on the training part alone. Returns (share, loss, recall) there."""
    cat_of = np.array(labels)[best]
    shapes = max(1, int(np.asarray(shielded).astype(np.intp).max(initial=0)))  # shape -1: never taken
    for share in BUDGET_SHARES:
        lost = took = 0
        for k in np.unique(fold):
            fit_, held = fold != k, fold == k
            by_shape = calibrate_split(labels, best[fit_], score[fit_], is_story[fit_], shielded[fit_], aim * share, shielded_aim * share,
                                       shapes)
            t = np.array([by_shape[int(sh)].get(c, 1.0) if sh >= 0 else 1.0 for c, sh in zip(cat_of[held], shielded[held])])
            take = score[held] > t
            lost += int(take[is_story[held]].sum())
            took += int(take[~is_story[held]].sum())
        if lost <= aim * int(is_story.sum()) or share == BUDGET_SHARES[-1]:
            return share, lost / int(is_story.sum()), took / int((~is_story).sum())
    raise AssertionError("unreachable")


def _round_up(t: float) -> float:
    """`t` to 4 digits, never below it: the story line at a threshold stays (a line goes when its
    score is above the threshold)."""
    r = round(t, 4)
    return round(r + 1e-4, 4) if r < t else r


def cv_report(train: list[Example], labels: list[str], best: np.ndarray, score: np.ndarray,
              thresholds: dict[str, float], neighbour: dict[str, float], shielded: np.ndarray | None = None,
              protected: dict[str, float] | None = None, protected_neighbour: dict[str, float] | None = None,
              prose: dict[str, float] | None = None, prose_neighbour: dict[str, float] | None = None) -> dict:
    """Out-of-fold figures of the training part at the calibrated thresholds (each line scored by a
    model that did not see its family): boilerplate recall per category, alone and next to removed
    lines (the neighbour thresholds), story and hard lines lost, and the families found least. These
    are the figures to develop on; the held-out part is only scored at the end. `shielded` is each
    line's shape (`classifier.shape`: 0 ordinary, 1 protected, 2 prose), with the thresholds of the
    protected and prose shapes."""
    from .classifier import long_sentence

    cat = [labels[b] for b in best]
    shape = np.zeros(len(train), dtype=np.intp) if shielded is None else np.asarray(shielded).astype(np.intp)
    alone = (thresholds, protected or thresholds, prose or thresholds)
    nbrs = (neighbour, protected_neighbour or neighbour, prose_neighbour or neighbour)
    # A long sentence (`classifier.long_sentence`) is never taken alone.
    never = np.array([k == 2 and long_sentence(e.text) for e, k in zip(train, shape)], dtype=bool)
    taken = np.array([s > alone[k].get(c, 1.0) for c, s, k in zip(cat, score, shape)]) & ~never
    near = np.array([s > nbrs[k].get(c, 1.0) for c, s, k in zip(cat, score, shape)])
    is_story = np.array([e.label == STORY for e in train])
    hard = np.array([e.hard for e in train])
    fams: dict[str, list[int]] = {}
    by_cat: dict[str, list[int]] = {}
    for e, t, n in zip(train, taken, near):
        if e.label == STORY or e.family.startswith("catalogue"):
            continue
        by_cat.setdefault(e.label, [0, 0, 0])
        by_cat[e.label][0] += int(t)
        by_cat[e.label][1] += int(n)
        by_cat[e.label][2] += 1
        fams.setdefault(e.family, [0, 0])
        fams[e.family][0] += int(t)
        fams[e.family][1] += 1
    worst = sorted((a / n, f) for f, (a, n) in fams.items())
    prot, long_ = shape == 1, shape == 2
    return {
        "recall": round(float(taken[~is_story].mean()), 4),
        "recall_next_to_removed": round(float(near[~is_story].mean()), 4),
        "recall_by_category": {k: round(v[0] / v[2], 3) for k, v in sorted(by_cat.items())},
        "recall_next_to_removed_by_category": {k: round(v[1] / v[2], 3) for k, v in sorted(by_cat.items())},
        "story_lost": int(taken[is_story].sum()), "story_lines": int(is_story.sum()),
        "story_lost_next_to_removed": int(near[is_story].sum()),
        "protected_story_lost": int(taken[is_story & prot].sum()), "protected_story_lines": int((is_story & prot).sum()),
        "protected_recall": round(float(taken[~is_story & prot].mean()), 4) if (~is_story & prot).any() else None,
        "prose_story_lost": int(taken[is_story & long_].sum()), "prose_story_lines": int((is_story & long_).sum()),
        "prose_recall": round(float(taken[~is_story & long_].mean()), 4) if (~is_story & long_).any() else None,
        "prose_boilerplate_lines": int((~is_story & long_).sum()),
        "long_boilerplate_lines": int((~is_story & never).sum()),
        "hard_lost": int(taken[hard].sum()), "hard_lost_next_to_removed": int(near[hard].sum()), "hard_lines": int(hard.sum()),
        "families_found_least": [f"{f} {r:.2f}" for r, f in worst[:12]],
    }


def orphan_gate(train: list[Example], score: np.ndarray, is_story: np.ndarray) -> float:
    """The measured default of `Settings.orphan_min_score`: the out-of-fold score under which
    ORPHAN_SHIELD of the boilerplate lines that the context pass could take as orphans fall (short,
    not ending as a sentence, no quote), so that the classifier's story check shields few of them
    (it shields most short story lines: see the training report)."""
    from ..context import _looks_like_boilerplate, words
    from ..settings import DEFAULT

    short = np.array([words(e.text) <= DEFAULT.orphan_max_words and _looks_like_boilerplate(e.text) for e in train])
    gate = float(np.quantile(score[short & ~is_story], ORPHAN_SHIELD))
    shielded = float((score[short & is_story] < gate).mean())
    print(f"orphan gate {gate:.4f}: shields {ORPHAN_SHIELD:.0%} of short boilerplate lines, {shielded:.1%} of short story lines", file=sys.stderr)
    return round(gate, 2)


def out_of_fold(train: list[Example], labels: list[str], folds: int) -> tuple[np.ndarray, np.ndarray]:
    """`predict` of each training line by a model fitted on the other folds (whole families out)."""
    best = np.zeros(len(train), dtype=np.intp)
    score = np.zeros(len(train))
    fold = folds_of(train, folds)
    for k in range(folds):
        lab, coef, bias = fit([e for e, f in zip(train, fold) if f != k])
        b, s = predict(lab, coef, bias, [e for e, f in zip(train, fold) if f == k])
        # A fold without some label has fewer columns: map its labels onto the full list.
        best[fold == k] = np.array([labels.index(lab[i]) for i in b], dtype=np.intp)
        score[fold == k] = s
        print(f"fold {k + 1}/{folds} done", file=sys.stderr)
    return best, score


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


def rule_noise(examples: list[Example]) -> set[str]:
    """Texts of dev-page story lines that a built-in rule removes on its own."""
    from .. import strip
    from ..settings import Settings

    texts = sorted({e.text for e in examples if e.label == STORY and e.family.startswith("page-")})
    settings = Settings(page="never")
    return {t for t in texts if strip(t + "\n", format="text", settings=settings).removals}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m stripper.learn.train", description=__doc__.split("\n\n")[0])
    ap.add_argument("--bank", type=Path, default=None, help="folder of labelled JSONL lines (default: the shipped bank)")
    ap.add_argument("--dev", type=Path, default=default_dev_path(), help="dev pages whose gold lines are the story lines")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "lines-model.json.gz")
    ap.add_argument("--folds", type=int, default=FOLDS, help="cross-validation groups for the thresholds (at least 2)")
    ap.add_argument("--oof", type=Path, default=None,
                    help="cache of the out-of-fold scores (.npz): read when it matches the data, written otherwise")
    args = ap.parse_args(argv)
    if args.folds < 2:
        ap.error("--folds must be at least 2")
    from .classifier import LineClassifier, long_sentence, shape

    examples = [*(bank(args.bank) if args.bank else bank()), *catalogue()]
    if args.dev.is_file():
        examples.extend(story_lines(args.dev))
    else:
        print(f"{args.dev}: not found; training without dev-page story lines", file=sys.stderr)
    examples = [e for e in examples if "\x00" not in e.text]  # a few dev "pages" are binary files
    train, test = split(examples)
    noise = rule_noise(train)
    train = [e for e in train if not (e.label == STORY and e.family.startswith("page-") and e.text in noise)]
    # Out-of-fold scores of the training part, for the thresholds.
    labels = sorted({e.label for e in train})
    key = zlib.crc32(json.dumps([[e.text, e.label, e.family] for e in train], ensure_ascii=False).encode()) ^ args.folds
    if args.oof and args.oof.is_file() and int(np.load(args.oof)["key"]) == key:
        cached = np.load(args.oof)
        best, score = cached["best"], cached["score"]
    else:
        best, score = out_of_fold(train, labels, args.folds)
        if args.oof:
            np.savez(args.oof, key=key, best=best, score=score)
    is_story = np.array([e.label == STORY for e in train])
    orphan_score = orphan_gate(train, score, is_story)
    shielded = np.array([shape(e.text) for e in train], dtype=np.intp)
    fold = folds_of(train, args.folds)
    # Alone, a long sentence is never taken (`classifier.long_sentence`): out of the calibration of
    # the thresholds for lines alone (shape -1), so that the prose threshold is set on the prose
    # that can go alone; next to removed lines it is prose.
    alone_shape = np.where([k == 2 and long_sentence(e.text) for e, k in zip(train, shielded)], -1, shielded)
    own = honest_budget(labels, best, score, is_story, alone_shape, fold, MAX_STORY_LOSS, 0.0)
    near = honest_budget(labels, best, score, is_story, shielded, fold, MAX_NEIGHBOUR_LOSS, MAX_STORY_LOSS)
    print(f"budgets by cross-calibration: alone {own[0]} of 1/{1 / MAX_STORY_LOSS:.0f} (unseen folds lose {own[1]:.5f}, "
          f"recall {own[2]:.3f}); next to removed {near[0]} of 1/{1 / MAX_NEIGHBOUR_LOSS:.0f} (lose {near[1]:.5f}, "
          f"recall {near[2]:.3f})", file=sys.stderr)
    thresholds, prot, prose = calibrate_split(labels, best, score, is_story, alone_shape, MAX_STORY_LOSS * own[0], 0.0, 2)
    neighbour, prot_near, prose_near = calibrate_split(labels, best, score, is_story, shielded, MAX_NEIGHBOUR_LOSS * near[0],
                                                       MAX_STORY_LOSS * near[0])
    neighbour = {k: min(v, thresholds[k]) for k, v in neighbour.items()}
    prot_near = {k: max(neighbour[k], min(v, prot[k])) for k, v in prot_near.items()}
    prose_near = {k: max(neighbour[k], min(v, prose[k])) for k, v in prose_near.items()}
    cv = cv_report(train, labels, best, score, thresholds, neighbour, shielded, prot, prot_near, prose, prose_near)
    print(f"cross-validation (out of fold, training part): {json.dumps(cv, ensure_ascii=False)}", file=sys.stderr)
    labels, coef, bias = fit(train)
    threshold = min(thresholds.values())
    to_file(labels, coef, bias, threshold, args.out, {"thresholds": thresholds, "protected_thresholds": prot, "prose_thresholds": prose})
    model = LineClassifier.load(args.out)
    # The report: the held-out part, never used above.
    story = [e for e in test if e.label == STORY]
    boiler = [e for e in test if e.label != STORY]

    def taken(lines: list[Example]) -> np.ndarray:
        return np.array([model.takes(e.text, c, s) for e, (c, s) in zip(lines, model.score_many([e.text for e in lines]))], dtype=bool)

    recall = float(taken(boiler).mean()) if boiler else float("nan")
    story_kept = float(1 - taken(story).mean()) if story else float("nan")
    # Each learned rule's example: the shortest training line of its category that the model
    # takes with a clear margin (the tests hold the rule to it).
    chosen: dict[str, str] = {}
    for e in sorted((e for e in train if e.label != STORY), key=lambda e: (len(e.text), e.text)):
        if e.label not in chosen and 5 <= len(e.text.split()) <= 25:
            label, s = model.score(e.text)
            if label == e.label and model.takes(e.text, label, s) and s > min(0.99, thresholds[label] + 0.2):
                chosen[e.label] = e.text
    meta = {"thresholds": thresholds, "neighbour_thresholds": neighbour, "protected_thresholds": prot,
            "budget_shares": {"alone": own[0], "next_to_removed": near[0]},
            "cross_calibration": {"alone_loss": round(own[1], 5), "alone_recall": round(own[2], 4),
                                  "next_to_removed_loss": round(near[1], 5), "next_to_removed_recall": round(near[2], 4)},
            "protected_neighbour_thresholds": prot_near, "prose_thresholds": prose, "prose_neighbour_thresholds": prose_near,
            "examples": chosen, "orphan_score": orphan_score,
            "trained_on": len(train), "dropped_rule_noise": len(noise), "cross_validation": cv,
            "held_out": {"boilerplate": len(boiler), "story": len(story), "recall": round(recall, 4), "story_kept": round(story_kept, 4)}}
    to_file(labels, coef, bias, threshold, args.out, meta)
    print(f"{args.out}: {len(train)} lines, thresholds {thresholds}, next to removed lines {neighbour}, orphan gate "
          f"{orphan_score} (Settings.orphan_min_score); held out: recall {recall:.3f} on {len(boiler)} "
          f"boilerplate lines of unseen families, story kept {story_kept:.4f} of {len(story)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
