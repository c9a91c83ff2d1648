"""Labelled pages: reading them, and labelling their lines from gold text and snippets."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..segment import tokens

N = 4


@dataclass(frozen=True)
class Page:
    id: str
    set: str
    site: str
    text: str
    gold: str | None = None
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    extracted: str | None = None  # the page's already-extracted text, if the file has it
    row: int = 0  # its line in the file
    has_url: bool = False


def read_pages(path: Path, text_field: str = "fullpage", gold_fields: tuple[str, ...] = ("gold", "trafilatura")
               ) -> Iterator[Page]:
    """The pages of a JSONL(.gz) file; the gold text is the first of `gold_fields` a row has (on
    trafilatura's evaluation pages, which have snippets and no gold text, trafilatura's own
    extraction stands in for it, and the snippets override it)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if not line.strip():
                continue
            row = json.loads(line)
            text = row.get(text_field)
            if not isinstance(text, str):
                continue
            gold = next((row[g] for g in gold_fields if isinstance(row.get(g), str)), None)
            url = row.get("url")
            yield Page(
                id=str(row.get("id", n)),
                set=str(row.get("set", path.name.split(".")[0])),
                site=_site(url) if isinstance(url, str) and url else str(row.get("id", n)),
                text=text,
                gold=gold if isinstance(gold, str) else None,
                with_=tuple(row.get("with") or ()),
                without=tuple(row.get("without") or ()),
                extracted=row.get("trafilatura") if isinstance(row.get("trafilatura"), str) else None,
                row=n,
                has_url=isinstance(url, str) and bool(url),
            )


def _site(url: str) -> str:
    u = url.split("::", 1)[-1]
    u = u.split("//", 1)[-1]
    host = u.split("/", 1)[0].split("-", 1)[0] if "/" in u else u.split("-", 1)[0]
    return host.lower().removeprefix("www.")


def extra_pages() -> list[Page]:
    """The pages in stripper/learn/pages/: whole-page texts where a line starting with "+ " is
    story (the marker is not part of the text) and every other line is not."""
    out = []
    root = resources.files("stripper.learn") / "pages"
    for p in sorted(root.iterdir(), key=lambda p: p.name):
        if not p.name.endswith(".txt"):
            continue
        text, gold = parse_marked(p.read_text(encoding="utf-8"))
        out.append(Page(id=p.name, set="extra", site=p.name[:-4], text=text, gold=gold))
    return out


def parse_marked(marked: str) -> tuple[str, str]:
    """(text, story) of a page whose story lines start with "+ "."""
    lines, story = [], []
    for ln in marked.split("\n"):
        if ln.startswith("+ "):
            ln = ln[2:]
            story.append(ln)
        lines.append(ln)
    return "\n".join(lines), "\n".join(story)


def _norm(s: str) -> str:
    return " ".join(tokens(s.lower()))


def labels(page: Page, lines: list[str]) -> list[int | None]:
    """Per line: 1 story, 0 not, None blank or unknown."""
    gold_toks = [t.lower() for t in tokens(page.gold or "")]
    grams = [set() for _ in range(N + 1)]
    for k in range(1, N + 1):
        grams[k] = {tuple(gold_toks[i : i + k]) for i in range(len(gold_toks) - k + 1)}
    out: list[int | None] = [None] * len(lines)
    long_pos = []
    line_toks = [[t.lower() for t in tokens(ln)] if ln.strip() else None for ln in lines]
    for i, t in enumerate(line_toks):
        if t is None:
            continue
        if page.gold is None:
            continue
        if len(t) >= N:
            sh = [tuple(t[j : j + N]) for j in range(len(t) - N + 1)]
            out[i] = int(sum(s in grams[N] for s in sh) >= 0.5 * len(sh))
            if out[i]:
                long_pos.append(i)
        else:
            out[i] = -1 if t and tuple(t) in grams[len(t)] else 0  # -1: decided below
    first, last = (long_pos[0], long_pos[-1]) if long_pos else (len(lines), -1)
    for i, v in enumerate(out):
        if v == -1:
            out[i] = int(first <= i <= last)
    if page.with_ or page.without:
        snips_in = [_norm(s) for s in page.with_ if _norm(s)]
        snips_out = [_norm(s) for s in page.without if _norm(s)]
        for i, t in enumerate(line_toks):
            if not t:
                continue
            n = " ".join(t)
            if any(s in n or (len(t) >= 5 and n in s) for s in snips_in):
                out[i] = 1
            elif any(s in n or (len(t) >= 5 and n in s) for s in snips_out):
                out[i] = 0
    return out
