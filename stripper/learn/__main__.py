"""python -m stripper.learn fit|eval|validate: see stripper/learn/__init__.py."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

from .. import page
from ..evaluate import Score, SnippetScore, score, snippet_score, story_kept
from ..page import PagePass
from ..segment import line_tokens
from ..settings import Settings
from .data import Page, extra_pages, read_pages
from .fit import dump, fit, fit_rows, page_rows


def load(paths: list[Path], extra: bool = True) -> list[Page]:
    pages = [p for path in paths for p in read_pages(path)]
    return pages + (extra_pages() if extra else [])


def lang_of(p: Page) -> str:
    toks = [t for row in line_tokens(p.text.split("\n")[:400]) for t in row][:3000]
    k = page.language(toks)
    return page.stoplists()[0][k] if k >= 0 else "unknown"


def holdout(p: Page) -> bool:
    """The fixed held-out slice, never fitted on: the pages of the sites whose name hashes to 0 mod
    10 (whole sites held out), and of files without sites (the development pages) every 12th page,
    the slice tests/test_devset.py gates on. Of the pages of stripper/learn/pages/, those whose name
    ends in "-held" are held out, the others fitted."""
    if p.set == "extra":
        return p.site.endswith("-held")
    if p.has_url:
        return zlib.crc32(p.site.encode()) % 10 == 0
    return p.row % 12 == 0


def evaluate(pages: list[Page], settings: Settings, views: tuple[str, ...] = ("text", "extracted"),
             outputs: dict[tuple[str, str], str] | None = None) -> dict:
    """Scores per set, per language and overall, on each view: whole-page text ("text") and the
    page's already-extracted text ("extracted"). `outputs` (id, view) -> text scores given outputs
    (another version's, say) instead of stripping."""
    from .. import strip

    groups: dict[tuple[str, str, str], list] = defaultdict(lambda: [Score(), SnippetScore(), 0, 0])
    lost_ids: dict[str, list[str]] = defaultdict(list)
    for p in pages:
        lang = lang_of(p)
        for view in views:
            src = p.text if view == "text" else p.extracted
            if src is None:
                continue
            if outputs is not None:
                if (p.id, view) not in outputs:
                    continue
                out = outputs[(p.id, view)]
            else:
                out = strip(src, format="text", settings=settings).text
            story = p.gold if p.gold is not None and not p.with_ else " ".join(p.with_)
            for key in ((p.set, view, "all"), ("all", view, lang), ("all", view, "all")):
                g = groups[key]
                if p.gold is not None and not p.with_:
                    g[0] = g[0] + score(p.gold, out)
                if p.with_ or p.without:
                    g[1] = g[1] + snippet_score(out, p.with_, p.without)
                kept = story_kept(story, src, out)
                if kept is not None:
                    g[3] += 1
                    if kept < 0.5:
                        g[2] += 1
            kept = story_kept(story, src, out)
            if kept is not None and kept < 0.5:
                lost_ids[view].append(p.id)
    report = {}
    for (s, view, lang), (sc, sn, lost, n) in sorted(groups.items()):
        d: dict = {"pages": n, "lost": lost, "lost_share": round(lost / n, 4) if n else 0.0}
        if sc.docs:
            d["shingle"] = sc.to_dict()
        if sn.docs:
            d["snippet"] = sn.to_dict()
        report[f"{s}/{view}/{lang}"] = d
    report["lost_ids"] = dict(lost_ids)
    return report


def cross_validate(pages: list[Page], folds: int = 2, grid: dict[str, list] | None = None) -> dict:
    """Site-fold cross-validation of the page pass's thresholds: the pages' sites split into
    `folds` folds (by a hash of the site's name), each fold's pages scored by weights fitted on the
    others; per setting of `grid` (PagePass fields -> values, every combination), the F1 of the
    labelled words the pass keeps and the pages whose story it loses (keeps under half of its
    labelled words), the guard applied as `page.classify` applies it. How the shipped thresholds
    were chosen: `python -m stripper.learn cv` on the fitting part (the held-out sites left out)."""
    import itertools

    import numpy as np

    grid = grid or {"keep_threshold": [-1.0, -0.5, 0.0], "keep_margin": [2.0, 3.0, 3.5], "keep_margin_min_words": [0, 4]}
    rows, sites = [], []
    for p in pages:
        r = page_rows(p)
        if r is not None and (r[1] >= 0).any():
            rows.append(r)
            sites.append(p.site)
    fold = [zlib.crc32(s.encode()) % folds for s in sites]
    scored = []
    for k in range(folds):
        w = page.Weights.from_dict(json.loads(dump(fit_rows([r for r, f in zip(rows, fold) if f != k]))))
        scored += [(page.scores(r[3], w), r) for r, f in zip(rows, fold) if f == k]
    ends = page.FEATURES.index("ends_sentence")
    out = {}
    names = sorted(grid)
    for values in itertools.product(*(grid[n] for n in names)):
        pp = PagePass(**dict(zip(names, values)))
        tp = fp = fn = 0.0
        lost = 0
        for v, (_, y, words, a) in scored:
            keep = ~page._drops(v, a.words, pp)
            prose = (a.words >= pp.prose_min_words) & (a.X[:, ends] > 0)
            pw = np.where(prose, a.words, 0)
            if pw.sum() and pw[~keep].sum() > pp.prose_loss_max * pw.sum():
                keep |= prose
            tp += float((words * (keep & (y == 1))).sum())
            fp += float((words * (keep & (y == 0))).sum())
            fn += float((words * (~keep & (y == 1))).sum())
            story = float((words * (y == 1)).sum())
            lost += int(story > 0 and float((words * (keep & (y == 1))).sum()) < 0.5 * story)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        out[", ".join(f"{n}={x}" for n, x in zip(names, values))] = {"f1": round(f1, 4), "lost": lost, "pages": len(scored)}
    return out


def _settings(weights: str | None) -> Settings:
    return Settings(page_pass=PagePass(weights=weights))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m stripper.learn", description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fit", help="fit weights on labelled pages")
    f.add_argument("data", nargs="+", type=Path)
    f.add_argument("--out", type=Path, required=True)
    f.add_argument("--no-extra", action="store_true")
    f.add_argument("--all", action="store_true", help="fit on every page (default: leave out the held-out sites)")
    e = sub.add_parser("eval", help="score the page pass on labelled pages (the held-out sites only, by default)")
    e.add_argument("data", nargs="+", type=Path)
    e.add_argument("--weights")
    e.add_argument("--all", action="store_true")
    e.add_argument("--no-extra", action="store_true")
    e.add_argument("--outputs", type=Path, help="JSONL of {id, view, text}: score these outputs instead of stripping")
    v = sub.add_parser("validate", help="fit without each set in turn and score on it")
    v.add_argument("data", nargs="+", type=Path)
    v.add_argument("--held", action="append", help="hold out only this set (repeatable; default: each set in turn)")
    v.add_argument("--keep", type=Path, help="write each fitted weights file (without-SET.json) in this directory")
    c = sub.add_parser("cv", help="choose thresholds: site-fold cross-validation on the fitting part")
    c.add_argument("data", nargs="+", type=Path)
    c.add_argument("--folds", type=int, default=2)
    args = ap.parse_args(argv)
    if args.cmd == "fit":
        pages = load(args.data, not args.no_extra)
        train = pages if args.all else [p for p in pages if not holdout(p)]
        w = fit(train, note=f"{len(train)} pages of {', '.join(sorted({p.set for p in train}))}"
                             f"{'' if args.all else ' (held-out sites left out)'}")
        tmp = args.out.with_suffix(".tmp")
        tmp.write_text(dump(w), encoding="utf-8")
        tmp.replace(args.out)
        print(f"wrote {args.out}: {w['fitted_on']}", file=sys.stderr)
        return 0
    if args.cmd == "cv":
        pages = [p for p in load(args.data) if not holdout(p)]
        json.dump(cross_validate(pages, args.folds), sys.stdout, indent=1)
        print()
        return 0
    if args.cmd == "eval":
        pages = load(args.data, not args.no_extra)
        test = pages if args.all else [p for p in pages if holdout(p)]
        outputs = None
        if args.outputs:
            with open(args.outputs, encoding="utf-8") as fh:
                outputs = {(r["id"], r["view"]): r["text"] for r in map(json.loads, fh)}
        json.dump(evaluate(test, _settings(args.weights), outputs=outputs), sys.stdout, indent=1)
        print()
        return 0
    pages = load(args.data)
    sets = sorted({p.set for p in pages} - {"extra"})
    if args.held:
        sets = [s for s in sets if s in args.held]
    out = {}
    with tempfile.TemporaryDirectory() as d:
        for held in sets:
            train = [p for p in pages if p.set != held]
            path = (args.keep or Path(d)) / f"without-{held}.json"
            path.write_text(dump(fit(train)), encoding="utf-8")
            page.load_weights.cache_clear()
            out[f"held out: {held}"] = evaluate([p for p in pages if p.set == held], _settings(str(path)))
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
