"""Pass two: decisions that need a line's neighbours (after jusText's second pass).

- A block heading ("Why trust our journalism?", "Related articles") takes the lines under it: its
  sub-headings, short lines, and paragraphs that still talk about the block's subject; the block
  ends at the first paragraph that does not.
- A short orphan line between removed lines (or between a removed line and the document's edge)
  goes with them.
- The tail of a document after its last story paragraph is judged as a whole: when most of it is
  removed, its remaining short lines go too.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import compress

from .model import Scope
from .rules.base import Rule

# A line of at most this many words, without sentence punctuation at its end, reads as a heading or
# a headline rather than prose.
HEADING_MAX_WORDS = 12
# An orphan has at most this many words.
ORPHAN_MAX_WORDS = 4
# A story paragraph has at least this many words and ends like a sentence.
STORY_MIN_WORDS = 10
# In the tail, short lines go when removed lines are at least this share of the tail's lines.
TAIL_REMOVED_SHARE = 0.5
TAIL_SHORT_WORDS = 8

_SENTENCE_END = re.compile(r"""[.!?…:;"'”’»)\]]\s*$""")


@dataclass(frozen=True, slots=True)
class Decision:
    code: str
    reason: str = ""


def _words(line: str) -> int:
    return len(line.split())


def _is_heading(line: str) -> bool:
    return _words(line) <= HEADING_MAX_WORDS and not _SENTENCE_END.search(line)


def _is_story(line: str) -> bool:
    return _words(line) >= STORY_MIN_WORDS and bool(_SENTENCE_END.search(line))


def decide(lines: list[str], hits: list[int | None], rules: tuple[Rule, ...]) -> list[Decision | None]:
    n = len(lines)
    # One (frozen) Decision per rule, shared by its lines; None stays None.
    by_hit: dict[int | None, Decision | None] = {None: None}
    by_hit.update((h, Decision(rules[h].code)) for h in set(hits) if h is not None)
    out: list[Decision | None] = list(map(by_hit.__getitem__, hits))
    vocab_cache: dict[str, re.Pattern[str]] = {}
    # Decisions are shared by the lines they are made for: assemble compares neighbours' decisions,
    # which is an identity check for the same object.
    shared: dict[tuple[str, str], Decision] = {}

    def shared_decision(code: str, reason: str) -> Decision:
        d = shared.get((code, reason))
        if d is None:
            d = shared[code, reason] = Decision(code, reason)
        return d

    # Blocks under headings.
    blocks = {h for h in by_hit if h is not None and rules[h].scope is Scope.BLOCK}
    for i in compress(range(n), map(blocks.__contains__, hits)):
        rule = rules[hits[i]]  # type: ignore[index]
        vocab = None
        if rule.block_vocab:
            vocab = vocab_cache.get(rule.block_vocab)
            if vocab is None:
                vocab = vocab_cache[rule.block_vocab] = re.compile(rule.block_vocab, re.IGNORECASE)
        reason = f"under heading {lines[i].strip()[:60]!r}"
        j = i + 1
        while j < n:
            line = lines[j]
            if not line.strip():
                j += 1
                continue
            if hits[j] is not None:
                j += 1
                continue
            if _is_heading(line) or (vocab is not None and vocab.search(line)):
                out[j] = shared_decision(rule.code, reason)
                j += 1
                continue
            break

    nonblank = list(compress(range(n), map(str.strip, lines)))

    # The edge rules below only apply to a document that has a story paragraph to keep: a short
    # text ("Great product, works well.\nAdvertisement") is all story, not an orphan or a tail.
    last_story = -1
    for i in reversed(nonblank):
        if out[i] is None and _is_story(lines[i]):
            last_story = i
            break

    # Orphans: short lines with removed lines on both sides (a document edge counts as removed
    # when the other side is, in a document with a story). The neighbours are looked at first:
    # they rule out most lines without counting words.
    last = len(nonblank) - 1
    for k, i in enumerate(nonblank):
        if out[i] is not None:
            continue
        prev = out[nonblank[k - 1]] if k > 0 else None
        nxt = out[nonblank[k + 1]] if k < last else None
        between = bool(prev and nxt)
        if between or (last_story >= 0 and ((prev and k == last) or (nxt and k == 0))):
            if _words(lines[i]) > ORPHAN_MAX_WORDS:
                continue
            src = prev or nxt
            assert src is not None
            why = "short line between removed lines" if between else "short line at the edge, next to removed lines"
            out[i] = shared_decision(src.code, why)

    # The tail after the last story paragraph.
    tail = nonblank[bisect_right(nonblank, last_story):] if last_story >= 0 else []
    removed = [i for i in tail if out[i] is not None]
    if tail and removed and len(removed) >= TAIL_REMOVED_SHARE * len(tail):
        code = out[removed[-1]].code  # type: ignore[union-attr]
        for i in tail:
            if out[i] is None and _words(lines[i]) <= TAIL_SHORT_WORDS and not _is_story(lines[i]):
                out[i] = shared_decision(code, "short line in a removed tail")
    return out
