"""The page pass's model: boosted trees over the linear stage 1, the page's vocabulary shared with
the story, and the margin that keeps a page's likeliest lines when the pass is sure of none."""
from __future__ import annotations

import json

import numpy as np
import pytest

from stripper import page
from stripper.learn import fit as fitting
from stripper.learn.data import extra_pages


def test_a_tree_sends_a_row_right_when_its_feature_is_above_the_threshold():
    k = len(page.FEATURES)
    # One tree of depth 1 on feature 0 (log_words): above 1.0 scores +2, else -3.
    t = page.Trees.from_dict({"feature": [[0]], "threshold": [[1.0]], "leaf": [[-3.0, 2.0]], "depth": 1})
    X = np.zeros((3, k))
    X[:, 0] = [0.5, 1.0, 1.5]
    assert t(X).tolist() == [-3.0, -3.0, 2.0]
    # Two trees of depth 2 add up; the second splits its left child on feature 1.
    t2 = page.Trees.from_dict({
        "feature": [[0, 0, 0], [0, 1, 0]],
        "threshold": [[1.0, 0.5, 1e300], [1e300, 0.2, 1e300]],
        "leaf": [[1.0, 2.0, 3.0, 4.0], [10.0, 20.0, 30.0, 40.0]],
        "depth": 2,
    })
    X[:, 1] = [0.1, 0.3, 0.3]
    # Row 0: tree 1 goes left (0.5 <= 1.0), then left (0.5 <= 0.5): leaf 1.0; tree 2 left, then
    # feature 1 = 0.1 <= 0.2: leaf 10. Row 1: 1.0 -> left, 1.0 > 0.5 -> right: 2.0; 0.3 > 0.2: 20.
    # Row 2: 1.5 -> right, then 1.5 <= 1e300: leaf 3.0; tree 2: 20.
    assert t2(X).tolist() == [11.0, 22.0, 23.0]


def test_the_trees_total_is_numpys_sum_of_the_leaves_each_row_reaches():
    # The C evaluator (stripper/_text.c trees) against a plain numpy walk of the same heap, bit for
    # bit: the total is summed in numpy's order, so a refit's scores do not depend on the evaluator.
    rng = np.random.default_rng(7)
    k, depth = len(page.FEATURES), 3
    for n in (1, 7, 100, 300):
        t = page.Trees.from_dict({
            "feature": rng.integers(0, k, size=(n, 2**depth - 1)).tolist(),
            "threshold": rng.normal(size=(n, 2**depth - 1)).tolist(),
            "leaf": (rng.normal(size=(n, 2**depth)) * 10.0 ** rng.integers(-3, 4, size=(n, 2**depth))).tolist(),
            "depth": depth,
        })
        X = rng.normal(size=(50, k))
        rows, tree = np.arange(50)[:, None], np.arange(n)[None, :]
        node = np.zeros((50, n), dtype=np.int64)
        for _ in range(depth):
            node = 2 * node + 1 + (X[rows, t.feature[tree, node]] > t.threshold[tree, node])
        want = t.leaf[tree, node - (2**depth - 1)].sum(axis=1)
        assert t(X).tobytes() == want.tobytes()
    assert len(t(np.zeros((0, k)))) == 0


def test_the_tree_evaluator_refuses_mismatched_buffers():
    from stripper.segment import _text

    with pytest.raises(ValueError, match="mismatched"):
        _text.trees(np.zeros((2, 3)), 3, np.zeros((1, 1), dtype=np.int64), np.zeros((1, 1)), np.zeros((1, 3)), 1)
    with pytest.raises(ValueError, match="out of range"):
        _text.trees(np.zeros((2, 3)), 3, np.full((1, 1), 3, dtype=np.int64), np.zeros((1, 1)), np.zeros((1, 2)), 1)


def test_malformed_trees_are_refused():
    with pytest.raises(ValueError, match="refit"):
        page.Trees.from_dict({"feature": [[0, 0]], "threshold": [[1.0]], "leaf": [[0.0, 0.0]], "depth": 1})
    with pytest.raises(ValueError, match="refit"):
        page.Trees.from_dict({"feature": [[999]], "threshold": [[1.0]], "leaf": [[0.0, 0.0]], "depth": 1})


def test_boosted_trees_learn_an_interaction_the_linear_model_cannot():
    # The label is the XOR of two features: no weights on them fit it, trees do.
    rng = np.random.default_rng(0)
    X = np.column_stack([rng.random(4000), rng.random(4000), np.ones(4000)])
    y = ((X[:, 0] > 0.5) ^ (X[:, 1] > 0.5)).astype(np.float64)
    w = np.ones(len(y))
    lin = fitting._linear(X, y, w)
    base = X @ np.concatenate([lin.coef_[0], lin.intercept_])
    d = fitting.fit_trees(X, y, w, lin)
    assert d == fitting.fit_trees(X, y, w, lin)  # same rows, same trees
    t = page.Trees.from_dict(d)
    total = base + t(np.pad(X, ((0, 0), (0, len(page.FEATURES) - 3))))
    acc_linear = ((base > 0) == (y > 0)).mean()
    acc_trees = ((total > 0) == (y > 0)).mean()
    assert acc_linear < 0.7 and acc_trees > 0.95


def test_the_exported_trees_score_as_scikit_learn_does():
    # The heaps page.Trees evaluates in C on the raw features (complete, a node sklearn left
    # unsplit sending every row left, a split between two bins the threshold at the bins' edge)
    # give sklearn's own decision function on the binned features: the export loses nothing.
    from sklearn.ensemble import GradientBoostingClassifier

    rng = np.random.default_rng(1)
    X = np.column_stack([rng.random(3000), rng.integers(0, 3, 3000), rng.normal(size=3000), np.ones(3000)])
    y = ((X[:, 0] > 0.7) | (X[:, 1] == 2)).astype(np.float64)
    w = 1.0 + rng.integers(0, 20, 3000)
    lin = fitting._linear(X, y, w)
    edges = fitting.bin_edges(X[:, :-1])
    assert all(len(e) <= fitting.BINS - 1 for e in edges) and len(edges[1]) <= 3  # distinct quantiles only
    gb = GradientBoostingClassifier(init=fitting._Given(lin.predict_proba(X[:, :-1])), n_estimators=20,
                                    max_depth=fitting.DEPTH, learning_rate=fitting.RATE, min_samples_leaf=400,
                                    random_state=0)
    gb.fit(fitting.binned(X[:, :-1], edges), y, sample_weight=w)
    t = page.Trees.from_dict(fitting.export_trees(gb, edges))
    assert (t.threshold == np.finfo(np.float64).max).any()  # some node was left unsplit
    ours = X @ np.concatenate([lin.coef_[0], lin.intercept_]) + t(np.pad(X, ((0, 0), (0, len(page.FEATURES) - 4))))
    assert np.abs(ours - gb.decision_function(fitting.binned(X[:, :-1], edges))).max() < 1e-6
    # fit_trees is that fit (with the module's settings) and the same rows give the same trees.
    assert fitting.fit_trees(X, y, w, lin) == fitting.fit_trees(X, y, w, lin)


def test_a_line_shares_the_vocabulary_of_the_story_not_its_own():
    lines = ["volcano erupted near the village of Pico", "ash from the volcano covered Pico",
             "subscribe to our newsletter", "the"]
    v = page._Vocabulary(page.body(lines).stats, len(lines))
    story = np.array([True, True, False, False])
    shared = v.shared(story)
    # Each story line shares its rare words (volcano, Pico) with the other, not with itself.
    assert shared[0] > 0.15 and shared[1] > 0.15
    assert shared[2] == 0.0
    only_first = v.shared(np.array([True, False, False, False]))
    assert only_first[0] == 0.0 and only_first[1] > 0.15


def test_the_shipped_weights_have_trees_and_the_features_of_the_code():
    w = page.load_weights()
    assert w.trees is not None and len(w.trees.leaf) == json.loads(
        (page.resources.files("stripper") / "data" / page.WEIGHTS_FILE).read_text())["boosting"]["trees"]


def test_a_page_the_pass_is_unsure_of_keeps_its_likeliest_lines():
    # Weights under which every line scores -5 (far under the threshold): without the margin the
    # pass would take every line; with it, the page's best lines stay (here all tie, so all stay
    # that have keep_margin_min_words words or more; menu items of fewer words still go).
    w = page.load_weights()
    flat = page.Weights(w.stage1, np.array([0.0] * (len(w.stage2) - 1) + [-5.0]), w.meta, None)
    p = next(p for p in extra_pages() if p.id == "menu-story-held.txt")
    lines = p.text.split("\n")
    off = page.classify(lines, page.PagePass(keep_margin=0.0), flat, guard=False)
    on = page.classify(lines, page.PagePass(), flat, guard=False)
    words = dict(zip(page.body(lines).index, page.body(lines).words))
    long = [i for i in words if words[i] >= page.DEFAULT.keep_margin_min_words]
    short = [i for i in words if words[i] < page.DEFAULT.keep_margin_min_words]
    assert long and short
    assert all(off[i] is not None for i in words)
    assert all(on[i] is None for i in long)
    assert all(on[i] is not None for i in short)


def test_the_margin_does_not_touch_a_page_the_pass_is_sure_of():
    p = next(p for p in extra_pages() if p.id == "el-news.txt")
    lines = p.text.split("\n")
    a = page.features(lines)
    v = page.scores(a, page.load_weights())
    assert v.max() - page.DEFAULT.keep_margin > page.DEFAULT.keep_threshold  # sure of its story
    assert page.classify(lines) == page.classify(lines, page.PagePass(keep_margin=0.0))


def test_the_margin_keeps_no_menu_items_on_a_page_the_pass_is_unsure_of():
    # The Thai page: no stoplist, no sentence punctuation, so the pass is sure of no line. Within
    # the margin of its best line lie its story and its menu; only lines of keep_margin_min_words
    # words or more stay for the margin, so the menu's items (one to three words) still go.
    p = next(p for p in extra_pages() if p.id == "th-news.txt")
    lines = p.text.split("\n")
    a = page.features(lines)
    v = page.scores(a, page.load_weights())
    pp = page.DEFAULT
    assert v.max() - pp.keep_margin < pp.keep_threshold
    near = (v > v.max() - pp.keep_margin) & (v <= pp.keep_threshold)
    assert (near & (a.words < pp.keep_margin_min_words)).sum() >= 5  # menu items within the margin
    # (The full pass, as page="always" runs it: on its own, the page is short and only its edges go.)
    out = page.classify(lines, edges=False)
    off = page.classify(lines, page.PagePass(keep_margin=0.0), edges=False)
    rescued = [i for i in range(len(lines)) if out[i] is None and off[i] is not None]
    words = dict(zip(a.index.tolist(), a.words.tolist()))
    assert all(words[i] >= pp.keep_margin_min_words for i in rescued)
    every = page.classify(lines, page.PagePass(keep_margin_min_words=0), edges=False)
    assert sum(x is None for x in every) > sum(x is None for x in out)


def test_a_list_led_in_by_a_colon_is_marked_led():
    lines = ["Mix the following ingredients in a bowl:", "  • flour", "  • sugar", "Then bake it.", "  • Home",
             "  • About"] * 8
    a = page.features(lines)
    led = a.X[:, page.FEATURES.index("led")]
    colon = a.X[:, page.FEATURES.index("ends_colon")]
    assert colon[:6].tolist() == [1, 0, 0, 0, 0, 0]
    # The list after the colon line is led; the line after a list is not; a list after a plain line is not.
    assert led[:6].tolist() == [0, 1, 1, 0, 0, 0]
    # What leads a line in: the line before its run of bullets (before it, if it is no bullet).
    assert a.lead[:7].tolist() == [-1, 0, 0, 2, 3, 3, 5]
    # Stage 2 gives each line of a list the logit of the line that leads it in.
    s = np.arange(6, dtype=np.float64)
    x2 = page.stage2_features(s, np.ones(6), None, a.lead[:6])
    assert x2[:, page.STAGE2.index("lead_s")].tolist() == [0.0, 0.0, 0.0, 2.0, 3.0, 3.0]



def test_a_list_without_bullets_led_in_by_a_colon_is_led():
    lines = ["The places we liked most on the coast:", "Lisbon", "Porto and its bridges", "Madeira",
             "We went back every year, and we will again.", "Home", "About"] * 6
    a = page.features(lines)
    led = a.X[:, page.FEATURES.index("led")]
    # The short lines after the colon line are led; a sentence ends the list; short lines after a
    # sentence are not.
    assert led[:7].tolist() == [0, 1, 1, 1, 0, 0, 0]


def test_threshold_cross_validation_scores_each_setting_on_pages_it_did_not_fit():
    # `python -m stripper.learn cv` (how the shipped thresholds were chosen), on the fixture pages
    # that are fitted: each fold scored by weights fitted on the other; a threshold no line passes
    # (the guard off) loses every story, the shipped one none of these.
    from stripper.learn.__main__ import cross_validate

    pages = [p for p in extra_pages() if not p.site.endswith("-held")]
    grid = {"keep_threshold": [page.DEFAULT.keep_threshold, 50.0], "keep_margin": [0.0], "prose_loss_max": [1.0]}
    got = cross_validate(pages, 2, grid)
    shipped = got[f"keep_margin=0.0, keep_threshold={page.DEFAULT.keep_threshold}, prose_loss_max=1.0"]
    nothing = got["keep_margin=0.0, keep_threshold=50.0, prose_loss_max=1.0"]
    assert shipped["pages"] == nothing["pages"] >= 8
    assert nothing["lost"] == nothing["pages"] and nothing["f1"] == 0.0
    assert shipped["lost"] == 0 and shipped["f1"] > 0.9
