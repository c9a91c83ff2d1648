"""Learned parts of stripper. This package fits the page pass's weights (stripper/data/pagepass.json)
from labelled pages; bank/ holds another helper's labelled line bank.

    python -m stripper.learn fit PAGES.jsonl[.gz]... --out my-weights.json
    python -m stripper.learn eval PAGES.jsonl[.gz]... [--weights my-weights.json]
    python -m stripper.learn validate PAGES.jsonl[.gz]...
    python -m stripper.learn cv PAGES.jsonl[.gz]...   (how the thresholds were chosen)

A labelled page is a JSON object with the page's whole text (`--text-field`, default `fullpage`)
and its story: `gold` (the story's text), and/or `with` and `without` (lists of snippets that are
in the story and that are not, as trafilatura's evaluation set has them). A line is labelled story
when most of its 4-gram shingles are in the gold text (a short line: when it is in it and between
story lines); a snippet overrides that. The pages in stripper/learn/pages/ (whole pages written for
scripts and kinds the public sets lack: Chinese, Japanese, Korean, Thai, Arabic, Hebrew, Hindi,
Greek, Russian, and held out only Vietnamese, Bengali, Georgian, Khmer, Persian, Amharic and portal pages
(site menus, teaser lists, a headline with its byline and date) in Chinese, Japanese, Korean, Thai,
German, Russian and Arabic; a code tutorial, a recipe with a table, a poem, a story under a long menu, an RFC)
are added to every fit unless `--no-extra`; those whose name ends in "-held" are held out, as the
held-out sites are.

`stripper train FILE... --out W.json` is the same fit for users, on their own labelled pages
(JSONL with `text` and `gold` and/or `with`/`without`; see `stripper train --help`).

The fit is scikit-learn's (the `train` extra: `pip install 'stripper[train]'`; stripping never
imports it): two L2-penalised logistic regressions (`LogisticRegression`, Newton-Cholesky, to
convergence) and, between them, gradient-boosted trees (`GradientBoostingClassifier` started from
the first regression's logits: no sampling, a fixed `random_state`, splits only at each feature's
64 quantiles, which generalises better than exact splits) that correct it where features interact,
exported to plain arrays the C evaluates (stripper/learn/fit.py `fit_trees`, `export_trees`). One BLAS thread, weights rounded to 6 digits: the same pages give the same file.
Use your weights with `Settings(page_pass=PagePass(weights="my-weights.json"))` or, in
pyproject.toml, `[tool.stripper.page-pass]` `weights = "my-weights.json"`.

The line classifier lives beside it: `classifier` (inference, the rules XXX900), `train` (`python
-m stripper.learn.train`), `linedata` (its data: bank/, catalogue examples, dev story lines, the
held-out split by family) and `inject` (the injection benchmark, `python -m stripper.learn.inject`).
"""
