"""The classifier's and the benchmark's data, all from files in the repository (and the dev pages
in ../shared when present), split the same way every time.

- Boilerplate: the bank (`bank/*.jsonl`, one labelled line a row) and the catalogue's `removes`.
- Story: the dev pages' gold lines, the catalogue's `keeps`, the bank's STORY rows (hard negatives).
- Held out: whole phrasing families of the bank, and whole dev pages, chosen by a hash of their
  name (HELD_OUT_SHARE of them), so figures on the held-out part are on phrasings and pages the
  model (and the rules' authors) did not see.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .classifier import STORY

BANK = Path(__file__).parent / "bank"
HELD_OUT_SHARE = 0.25


def held_out(name: str) -> bool:
    """Whether a family (or a page id) is in the held-out part: a fixed hash, no randomness."""
    return (zlib.crc32(name.encode("utf-8")) % 1000) < HELD_OUT_SHARE * 1000


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: str  # a category prefix ("AFF") or STORY
    lang: str
    family: str
    hard: bool = False

    @property
    def held_out(self) -> bool:
        return held_out(self.family)


def bank(folder: Path = BANK) -> Iterator[Example]:
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    d = json.loads(line)
                    yield Example(d["text"], d["label"], d.get("lang", ""), d.get("family", path.stem), bool(d.get("hard")))


def catalogue() -> Iterator[Example]:
    """The rules' own examples: always in the training part (the rules were written on them)."""
    from ..rules import BUILTIN

    for r in BUILTIN:
        if r.structural:
            continue
        for t in r.removes:
            yield Example(t, r.category.value, "", f"catalogue-{r.code}")
        for t in r.keeps:
            yield Example(t, STORY, "", "catalogue-keeps")


def dev_pages(path: Path) -> Iterator[tuple[str, str]]:
    """(page id, gold text) of the dev pages."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            yield str(d["id"]), d["gold"]


def story_lines(path: Path) -> Iterator[Example]:
    for pid, gold in dev_pages(path):
        for line in gold.split("\n"):
            if line.strip():
                yield Example(line, STORY, "en", f"page-{pid}")


def default_dev_path() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dev-pages.jsonl.gz"


def everything(dev: Path | None = None) -> list[Example]:
    dev = dev or default_dev_path()
    out = [*bank(), *catalogue()]
    if dev.is_file():
        out.extend(story_lines(dev))
    return out
