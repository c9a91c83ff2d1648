"""The injection benchmark: boilerplate blocks from the bank injected into real stories, scored on
phrasing families the rules and the classifier were not developed on.

`python -m stripper.learn.inject [--pages 150] [--part held-out|train] [--rules-only] [--json]`

- Stories: the gold text of dev pages (../shared/data/dev-pages.jsonl.gz), from the held-out pages
  (`data.held_out` of the page id).
- Boilerplate: the bank's lines of the chosen part (`--part held-out`, the default: families the
  model never saw and the phrase files were not written from; `--part train` to develop on).
  Each story gets blocks of 1-3 lines of one family, where publishers put them: after the
  headline, between paragraphs, at the end.
- Hard negatives: story lines that use boilerplate's words ("commission", "newsletter", "error",
  "test", "subscribe", "share" …) and the bank's hard STORY lines; they must all be kept.
- Gold errata: lines of the dev gold that are boilerplate by stripper's categories (the dragnet
  gold's "!@#$%^&*() COMMENTS" marker, image credits, "Follow … on Twitter", related-link lists),
  listed by hand in `bank/dev-gold-errata.tsv`. They count as story lines in `story_kept`;
  `story_kept_without_errata` leaves them out, and `errata_removed` says how many of them went.
- Text: the story with its blocks as lines. HTML: a publisher-style page (header menu, article,
  blocks as <div>/<aside> of their kind, footer), through extraction and the rules.

It reports, for text and HTML: recall per category (share of injected lines removed), story lines
kept, hard negatives kept. The same seed gives the same documents.
"""
from __future__ import annotations

import argparse
import html as htmlmod
import json
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .linedata import STORY, Example, bank, default_dev_path, dev_pages, held_out

HARD_WORDS = ("commission", "affiliate", "sponsor", "newsletter", "subscribe", "subscription", "error", "test", "cookie",
              "share", "follow", "comment", "related", "trust", "independent", "editor", "copyright", "advertis",
              "sign up", "inbox", "twitter", "facebook", "review")
# Publishers put these boxes inside the article, as <div>s of their own: what extraction keeps of
# them is the rules' to remove.
_BOX = {"AFF": ("div", "affiliate-disclosure"), "TRU": ("div", "why-trust-us"), "NWS": ("div", "newsletter-signup"),
        "SOC": ("div", "social-share"), "REL": ("div", "related-articles"), "ALT": ("div", "ad-slot"),
        "ERR": ("div", "widget-error"), "CKE": ("div", "cookie-banner"), "CPY": ("div", "legal")}


ERRATA = Path(__file__).parent / "bank" / "dev-gold-errata.tsv"


def errata(path: Path = ERRATA) -> set[tuple[str, str]]:
    """(page id or "*", whitespace-normalised text) of the dev gold's boilerplate lines."""
    out = set()
    if path.is_file():
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip() and not row.startswith("#"):
                pid, text = row.split("\t")[:2]
                out.add((pid, _norm(text)))
    return out


@dataclass
class Doc:
    lines: list[str]
    kinds: list[str]  # per line: a category prefix, "story" or "hard"
    headline: str = ""
    erratum: list[bool] = field(default_factory=list)  # per line: a line of the gold errata


@dataclass
class Score:
    found: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    story: list[int] = field(default_factory=lambda: [0, 0])
    errata: list[int] = field(default_factory=lambda: [0, 0])  # [removed, lines]
    lost_story: list[str] = field(default_factory=list)
    hard: list[int] = field(default_factory=lambda: [0, 0])
    lost_hard: list[str] = field(default_factory=list)

    def add(self, kind: str, gone: bool, text: str, erratum: bool = False) -> None:
        if kind == "story":
            self.story[0] += not gone
            self.story[1] += 1
            if erratum:
                self.errata[0] += gone
                self.errata[1] += 1
            elif gone:
                self.lost_story.append(text)
        elif kind == "hard":
            self.hard[0] += not gone
            self.hard[1] += 1
            if gone:
                self.lost_hard.append(text)
        else:
            self.found[kind][0] += gone
            self.found[kind][1] += 1

    def to_dict(self) -> dict:
        boiler = [sum(v[0] for v in self.found.values()), sum(v[1] for v in self.found.values())]
        ratio = lambda v: round(v[0] / v[1], 4) if v[1] else None  # noqa: E731
        return {
            "recall": ratio(boiler),
            "recall_by_category": {k: ratio(v) for k, v in sorted(self.found.items())},
            "boilerplate_lines": boiler[1],
            "story_kept": ratio(self.story),
            "story_lines": self.story[1],
            "story_kept_without_errata": ratio([self.story[0] - (self.errata[1] - self.errata[0]), self.story[1] - self.errata[1]]),
            "errata_removed": self.errata[0],
            "errata_lines": self.errata[1],
            "story_lost": self.lost_story[:40],
            "hard_kept": ratio(self.hard),
            "hard_lines": self.hard[1],
            "hard_lost": self.lost_hard[:20],
        }


def _is_hard(line: str) -> bool:
    """A story sentence (eight words or more, ending like a sentence) that uses boilerplate's words."""
    low = line.lower()
    s = line.rstrip()
    return len(line.split()) >= 8 and s[-1:] in ".!?\"”'’" and any(w in low for w in HARD_WORDS)


def make_docs(dev: Path, pages: int, part: str, seed: int = 0, bank_dir: Path | None = None) -> list[Doc]:
    want_held = part == "held-out"
    families: dict[str, list[Example]] = defaultdict(list)
    hard_bank: list[str] = []
    for e in bank(bank_dir) if bank_dir else bank():
        if held_out(e.family) != want_held:
            continue
        if e.label == STORY:
            if e.hard:
                hard_bank.append(e.text)
        else:
            families[e.family].append(e)
    if not families:
        raise SystemExit(f"no boilerplate families in the {part} part of the bank")
    fam_names = sorted(families)
    wrong = errata()
    rng = random.Random(seed)
    docs: list[Doc] = []
    for pid, gold in dev_pages(dev):
        if not held_out(f"page-{pid}"):
            continue
        story = [line for line in gold.split("\n") if line.strip()]
        if len(story) < 4 or "\x00" in gold:  # a few gold texts are mis-decoded UTF-16
            continue
        lines, kinds = [story[0]], ["hard" if _is_hard(story[0]) else "story"]
        # Slots: after the headline, after a random paragraph or two, at the end.
        middle = sorted(rng.sample(range(2, len(story)), k=min(2, len(story) - 2)))
        slots = {1, *middle, len(story)}
        for i in range(1, len(story) + 1):
            if i in slots:
                fam = families[rng.choice(fam_names)]
                block = rng.sample(fam, k=min(len(fam), rng.randint(1, 3)))
                lines += [e.text for e in block]
                kinds += [e.label for e in block]
                if hard_bank and rng.random() < 0.6:
                    lines.append(rng.choice(hard_bank))
                    kinds.append("hard")
            if i < len(story):
                lines.append(story[i])
                kinds.append("hard" if _is_hard(story[i]) else "story")
        # A gold erratum is boilerplate the gold kept: never a hard negative, counted apart.
        flags = [kind in ("story", "hard") and ((pid, _norm(line)) in wrong or ("*", _norm(line)) in wrong)
                 for line, kind in zip(lines, kinds)]
        kinds = ["story" if f else kind for kind, f in zip(kinds, flags)]
        docs.append(Doc(lines, kinds, story[0], flags))
        if len(docs) >= pages:
            break
    return docs


def as_html(doc: Doc) -> str:
    """A publisher-style page: a header with a menu, the article with its boxes, a footer."""
    esc = htmlmod.escape
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>", esc(doc.headline), "</title></head><body>",
           "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/tech'>Tech</a></li>"
           "</ul></nav></header><main><article>", f"<h1>{esc(doc.lines[0])}</h1>"]
    i = 1
    while i < len(doc.lines):
        kind = doc.kinds[i]
        if kind in ("story", "hard"):
            out.append(f"<p>{esc(doc.lines[i])}</p>")
            i += 1
            continue
        tag, cls = _BOX.get(kind, ("div", "box"))
        out.append(f"<{tag} class='{cls}'>")
        while i < len(doc.lines) and doc.kinds[i] == kind:
            out.append(f"<p>{esc(doc.lines[i])}</p>")
            i += 1
        out.append(f"</{tag}>")
    out.append("</article></main><footer><p><a href='/privacy'>Privacy Policy</a> | <a href='/terms'>Terms</a></p></footer></body></html>")
    return "".join(out)


def _norm(s: str) -> str:
    return " ".join(s.split())


def score(docs: list[Doc], settings, fmt: str) -> Score:
    from .. import strip

    sc = Score()
    for doc in docs:
        if fmt == "text":
            text = "\n".join(doc.lines) + "\n"
            result = strip(text, format="text", settings=settings)
            removed = set()
            starts, pos = [], 0
            for line in doc.lines:
                starts.append(pos)
                pos += len(line) + 1
            for r in result.removals:
                for k, s in enumerate(starts):
                    if r.start <= s < r.end:
                        removed.add(k)
            gone = [k in removed for k in range(len(doc.lines))]
        else:
            result = strip(as_html(doc), format="html", settings=settings)
            kept = {_norm(x) for x in result.text.split("\n")}
            gone = [_norm(line) not in kept for line in doc.lines]
        for line, kind, g, e in zip(doc.lines, doc.kinds, gone, doc.erratum or [False] * len(gone)):
            sc.add(kind, g, line, e)
    return sc


def run(dev: Path, settings, *, pages: int = 150, part: str = "held-out", formats: tuple[str, ...] = ("text", "html"),
        seed: int = 0) -> dict:
    """The benchmark's report (see the module's docstring) for `settings`."""
    from ..settings import Settings

    docs = make_docs(dev, pages, part, seed)
    report: dict = {"pages": len(docs), "part": part, "select": list(settings.select), "ignore": list(settings.ignore), "page": settings.page}
    for fmt in formats:
        report[fmt] = score(docs, settings, fmt).to_dict()
        if fmt == "html":  # what extraction alone does, for comparison
            report["html_extraction_only"] = score(docs, Settings(ignore=("ALL",), page=settings.page), fmt).to_dict()
    return report


def print_report(report: dict, as_json: bool) -> None:
    """JSON on stdout, or one line per format on stderr (stdout carries data only)."""
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for fmt in ("text", "html", "html_extraction_only"):
        if fmt in report:
            r = report[fmt]
            cats = " ".join(f"{k} {v:.3f}" for k, v in r["recall_by_category"].items())
            print(f"{fmt}: recall {r['recall']:.3f} ({cats}) on {r['boilerplate_lines']} lines; story kept "
                  f"{r['story_kept']:.4f} of {r['story_lines']} ({r['story_kept_without_errata']:.4f} without the "
                  f"{r['errata_lines']} gold errata, {r['errata_removed']} of them removed); hard kept {r['hard_kept']} of "
                  f"{r['hard_lines']}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m stripper.learn.inject", description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=Path, default=default_dev_path())
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--part", choices=("held-out", "train"), default="held-out")
    on = ap.add_mutually_exclusive_group()
    on.add_argument("--learned", action="store_true", help="with the learned rules (LEARNED; the default)")
    on.add_argument("--rules-only", action="store_true", help="without the learned rules (--ignore LEARNED)")
    ap.add_argument("--format", choices=("text", "html", "both"), default="both")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--page", choices=("auto", "always", "never"), default="never",
                    help="the page pass on the text (default never: the text is an article's extracted text, not a whole page)")
    ap.add_argument("--json", action="store_true", help="the report as JSON on stdout")
    args = ap.parse_args(argv)
    if not args.dev.is_file():
        print(f"{args.dev}: dev pages not found", file=sys.stderr)
        return 3
    from ..settings import Settings

    settings = Settings(select=("ALL", "LEARNED"), ignore=("LEARNED",) if args.rules_only else (), page=args.page)
    formats = ("text", "html") if args.format == "both" else (args.format,)
    print_report(run(args.dev, settings, pages=args.pages, part=args.part, formats=formats, seed=args.seed), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
