"""Pass two: decisions that need a line's neighbours (after jusText's second pass).

- A block heading ("Why trust our journalism?", "Related articles") takes the lines under it while
  they read as its block: paragraphs that talk about the block's subject (its `block_vocab`), and
  the sub-headings among them; for a heading without vocabulary (a list of headlines), the short
  lines under it. The block ends at the first line that is neither, and at the next block heading
  (which goes on from there). A line a rule of the heading's category removes is a block
  paragraph too. A sub-heading with no block paragraph after it is the story's own and stays.
- A short orphan line between removed lines (or between a removed line and the document's edge)
  goes with them when it looks like boilerplate: not when it is a sentence ("“That's correct,”
  Volker said."), and not when the line classifier reads it as story, or as another kind of
  boilerplate than the neighbour it would go with without being sure of it (a story's closing
  subhead after a "how we test" box is not part of the box).
- The tail of a document after its last story paragraph is judged as a whole: when most of it is
  removed, its remaining short lines that look like boilerplate go too.

No line is taken for a rule when a rule that is not enabled matches it: a line of another category
("Skip to main content" under `--select AFF`) is that category's to remove, not its neighbour's.

Before all that, the learned rules' neighbour step (`next_to_removed`): a line the classifier scored
that sits next to a line a rule removed, of the category the classifier reads it as, goes at that
category's neighbour threshold, lower than its own (boilerplate comes in blocks of one kind; the
thresholds are calibrated in `stripper.learn.train`); a line the classifier took alone starts no
such run. A story line beside a block that reads as another category
is not the block's.

Each line is looked at a bounded number of times, so the pass is linear in the document.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import compress
from typing import Any

from .model import Scope
from .rules.base import Rule
from .segment import _text  # the C words and sentence ends (stripper/_text.c), segment's
from .settings import DEFAULT, Settings

# Quotes: a line that quotes someone is a sentence of the story, however short.
_QUOTES = frozenset("\"“”„«»‘’‚‹›「」『』")


@dataclass(frozen=True, slots=True)
class Decision:
    code: str
    reason: str = ""


# Words and sentence ends as stripper.segment defines them for every script (a Chinese line counts
# its characters' words, not its spaces): segment.word_count and segment.ends_sentence(clause=True),
# called here without their Python wrappers.
words = _text.word_count


def _ends_sentence(line: str) -> bool:
    return _text.ends_sentence(line, True)


def _is_heading(line: str, settings: Settings) -> bool:
    return not _ends_sentence(line) and words(line) <= settings.heading_max_words


def _is_story(line: str, settings: Settings) -> bool:
    return _ends_sentence(line) and words(line) >= settings.story_min_words


# A story's head under its headline: at most this many byline and date lines, of at most
# `HEAD_BYLINE_MAX_WORDS` words each, then a story paragraph.
HEAD_BYLINES = 2
HEAD_BYLINE_MAX_WORDS = 24


def _heads_story(lines: list[str], hits: list[int | None], j: int, settings: Settings) -> bool:
    """Whether line `j` is a story's headline: under it come one to `HEAD_BYLINES` byline or date
    lines (`page.is_byline`: "Craig Silverman by Craig Silverman Published Nov. 7, 2012 11:11 am Updated Nov. 7,
    2012 2:48 pm", "November 6, 2012 by Scott
    McLeod") and then a story paragraph no rule took. A run of headlines under a "Latest News"
    heading ended there took a page's own headline with it. (Only the lines up to the story
    paragraph are looked at: at most `HEAD_BYLINES` + 1 non-blank ones.)"""
    from . import page

    seen = 0
    for k in range(j + 1, len(lines)):
        line = lines[k]
        if not line.strip():
            continue
        if seen and hits[k] is None and _is_story(line, settings):
            return True
        if seen < HEAD_BYLINES and words(line) <= HEAD_BYLINE_MAX_WORDS and page.is_byline(line):
            seen += 1
            continue
        return False
    return False


def _looks_like_boilerplate(line: str) -> bool:
    """A short line may go with its neighbours unless it reads as a sentence of the story: it ends
    like one, or quotes someone."""
    return not _text.ends_sentence(line, True) and _QUOTES.isdisjoint(line)


_category_of: tuple = ((), {})  # (rules, {code: category prefix}) of the last rules decide() saw


def _categories(rules: tuple[Rule, ...]) -> dict[str, str]:
    """{code: category prefix} of `rules`, kept for the last rules seen (by identity: a run's rules
    are one tuple); building it cost 7% of extracted text's time, one enum lookup a rule a document."""
    global _category_of
    seen, category = _category_of
    if seen is not rules:
        category = {r.code: r.category.value for r in rules}
        _category_of = (rules, category)  # swapped whole: safe across threads
    return category


def decide(
    lines: list[str],
    hits: list[int | None],
    rules: tuple[Rule, ...],
    settings: Settings = DEFAULT,
    foreign: Callable[[list[int]], set[int]] | None = None,
    storylike: Callable[[list[tuple[int, str]]], set[int]] | None = None,
) -> list[Decision | None]:
    """Per line, the decision to remove it (a rule code and a reason), or None to keep it.

    `foreign(indices)` returns those of the given lines that a rule which is not enabled matches;
    they are never taken for an enabled rule's block, orphan or tail. `storylike([(line, category)])`
    returns those lines that do not read as boilerplate of the given category, the one of the removed
    neighbour they would go with (the line classifier's judgement): an orphan or a tail line stays
    then."""
    n = len(lines)
    category = _categories(rules)
    by_hit: dict[int | None, Decision | None] = {None: None}
    by_hit.update((h, Decision(rules[h].code)) for h in set(hits) if h is not None)
    out: list[Decision | None] = list(map(by_hit.__getitem__, hits))
    # Decisions are shared by the lines they are made for: assemble compares neighbours' decisions,
    # which is an identity check for the same object.
    shared: dict[tuple[str, str], Decision] = {}

    def shared_decision(code: str, reason: str) -> Decision:
        d = shared.get((code, reason))
        if d is None:
            d = shared[code, reason] = Decision(code, reason)
        return d

    def take(taken: list[tuple[int, Decision]], story_check: bool = False) -> None:
        skip = foreign([i for i, _ in taken]) if foreign is not None and taken else set()
        if story_check and storylike is not None and taken:
            skip |= storylike([(i, category.get(d.code, "")) for i, d in taken if i not in skip])
        for i, d in taken:
            if i not in skip:
                out[i] = d

    # Blocks under headings. A block stops at the next block heading, so every line is scanned by
    # one heading at most: linear however many headings there are.
    blocks = {h for h in by_hit if h is not None and rules[h].scope is Scope.BLOCK}
    heads = list(compress(range(n), map(blocks.__contains__, hits)))
    vocab_cache: dict[str, Any] = {}
    taken: list[tuple[int, Decision]] = []
    for k, i in enumerate(heads):
        rule = rules[hits[i]]  # type: ignore[index]
        vocab = None
        if rule.block_vocab:
            vocab = vocab_cache.get(rule.block_vocab)
            if vocab is None:
                from .match import builtin_regex

                vocab = vocab_cache[rule.block_vocab] = builtin_regex((rule.block_vocab,))
        decision = shared_decision(rule.code, f"under heading {lines[i].strip()[:60]!r}")
        stop = heads[k + 1] if k + 1 < len(heads) else n
        pending: list[int] = []  # sub-headings waiting for a block paragraph after them
        for j in range(i + 1, stop):
            line = lines[j]
            if not line.strip():
                continue
            if hits[j] is not None:
                # A run of headlines ends at another category's line (a comments marker, a share bar):
                # what follows it is not the run's. Not at a learned rule's line: the classifier's
                # reading of one item of the run ("• Legal" as ALT900, "Главная" as ALT900) is a guess
                # about that line, which goes anyway, and ending the run there left the rest of a
                # menu standing only because the learned rules were on.
                if vocab is None and rules[hits[j]].category is not rule.category and not rules[hits[j]].learned:
                    break
                # A paragraph that a rule of the block's own category removes is a block paragraph:
                # the sub-headings waiting before it are the block's.
                if pending and rules[hits[j]].category is rule.category:
                    taken.extend((p, decision) for p in pending)
                    pending.clear()
                continue
            if vocab is not None and vocab.search(line):
                taken.extend((p, decision) for p in pending)
                pending.clear()
                taken.append((j, decision))
            elif _is_heading(line, settings):
                if vocab is None:
                    if _heads_story(lines, hits, j, settings):
                        break  # the story's own headline, with its byline under it
                    taken.append((j, decision))
                else:
                    pending.append(j)
            else:
                break
    take(taken)

    nonblank = list(compress(range(n), map(str.strip, lines)))

    # The edge rules below only apply to a document that has a story paragraph to keep: a short
    # text ("Great product, works well.\nAdvertisement") is all story, not an orphan or a tail.
    last_story = -1
    for i in reversed(nonblank):
        if out[i] is None and _is_story(lines[i], settings):
            last_story = i
            break

    # Orphans: short lines with removed lines on both sides (a document edge counts as removed
    # when the other side is, in a document with a story). Only kept lines next to a removed one
    # can be (found from the removed lines, fewer than the lines on most pages).
    taken = []
    last = len(nonblank) - 1
    gone = list(compress(range(len(nonblank)), map(out.__getitem__, nonblank)))  # positions in nonblank
    near = sorted({k + d for k in gone for d in (-1, 1)} - set(gone) - {-1, last + 1})
    for k in near:
        i = nonblank[k]
        prev = out[nonblank[k - 1]] if k > 0 else None
        nxt = out[nonblank[k + 1]] if k < last else None
        between = bool(prev and nxt)
        if between or (last_story >= 0 and ((prev and k == last) or (nxt and k == 0))):
            line = lines[i]
            if words(line) > settings.orphan_max_words or not _looks_like_boilerplate(line):
                continue
            src = prev or nxt
            assert src is not None
            why = "short line between removed lines" if between else "short line at the edge, next to removed lines"
            taken.append((i, shared_decision(src.code, why)))
    take(taken, story_check=True)

    # The tail after the last story paragraph.
    tail = nonblank[bisect_right(nonblank, last_story):] if last_story >= 0 else []
    removed = [i for i in tail if out[i] is not None]
    if tail and removed and len(removed) >= settings.tail_removed_share * len(tail):
        decision = shared_decision(out[removed[-1]].code, "short line in a removed tail")  # type: ignore[union-attr]
        take([
            (i, decision) for i in tail
            if out[i] is None and words(lines[i]) <= settings.tail_short_words and _looks_like_boilerplate(lines[i])
        ], story_check=True)
    return out


def next_to_removed(
    lines: list[str],
    hits: list[int | None],
    scored: dict[int, tuple[str, float]],
    takes: Callable[[int, str, float], bool],
    category_of: Callable[[int], str] | None = None,
) -> list[int]:
    """Those lines of `scored` ({line: (category, score)}, lines no rule took) for which
    `takes(line, category, score)` holds (the neighbour thresholds) and that sit next to a removed
    line (`hits`; blank lines between do not count), directly or through lines taken so; never a
    line that quotes someone. Only a rule's removals start a run: a line of `scored` that
    `hits` marks removed (the classifier took it alone) counts as kept here. With `category_of(hit)` (a hit's category), only next to a removed
    line of the line's own category: a block is of one category, and a story line beside it that
    the classifier reads as another kind of boilerplate is not the block's. A forward and a
    backward sweep over those lines (only they change), each looking at its non-blank neighbour."""
    if not scored:
        return []
    n = len(lines)
    # A line's category: that of its rule's removal, or of the line classifier's when this step took
    # it (`mine`); None when kept. A block is one a rule found: the classifier's own removals (lines
    # of `scored` it took alone) do not start one. Letting them did: a page about its own subject (an
    # imprint, a product-test programme) lost its story a line at a time, each taken at the low
    # neighbour threshold beside the one taken before it (4 extracted real pages; the injection
    # benchmark's recall loses 0.013 in text).
    # Only the lines of `scored` next to a removed one are asked `takes` (most candidates of a
    # page sit next to none), once each.
    mine: dict[int, str] = {}
    of_hit: dict[int, str] = {}

    def cat(j: int) -> str | None:
        c = mine.get(j)
        if c is not None or j in scored:
            return c
        h = hits[j]
        if h is None:
            return None
        c = of_hit.get(h)
        if c is None:
            c = of_hit[h] = category_of(h) if category_of is not None else ""
        return c

    ok: dict[int, bool] = {}
    order = sorted(scored)
    for sweep, step in ((order, -1), (order[::-1], 1)):
        for i in sweep:
            if i in mine:
                continue
            j = i + step
            while 0 <= j < n and not lines[j].strip():
                j += step
            if not 0 <= j < n:
                continue
            c = cat(j)
            if c is None:
                continue
            label, score = scored[i]
            want = label if category_of is not None else ""
            if c != want:
                continue
            good = ok.get(i)
            if good is None:
                good = ok[i] = takes(i, label, score) and _QUOTES.isdisjoint(lines[i])
            if good:
                mine[i] = want
    return sorted(mine)
