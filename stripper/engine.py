"""The engine's parts that stripper.pipeline puts together: the rules prepared once per Settings, and
per-line decisions assembled into a Result (removed spans, kept text byte for byte). No I/O."""
from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from . import page
from .context import Decision, decide
from .match import Matcher
from .model import Category, Removal, Result
from .rules import BY_CODE, SOURCES, select
from .rules.base import Rule
from .segment import _text, split_lines
from .settings import Settings


def _removal_maker():
    """What builds a Removal from its six fields: Removal itself, or, as Removal is a frozen
    slotted dataclass whose __init__ only stores them (no __post_init__), stripper/_text.c's Maker,
    which stores them in the slots directly (the __init__ costs ~2 us a removal: 6% of whole-page
    text mode's time, at ~54 removals a page)."""
    names = tuple(f.name for f in fields(Removal))
    if getattr(Removal, "__post_init__", None) is None and tuple(getattr(Removal, "__slots__", ())) == names:
        return _text.Maker(Removal, names)
    return Removal


_removal = _removal_maker()


@lru_cache(maxsize=32)
def _matcher(rules: tuple[Rule, ...], max_line_chars: int, short_words: int = 20, parts_words: int = 8) -> Matcher:
    return Matcher(rules, max_line_chars, short_words, parts_words)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """What a run needs from its settings, built once per settings: hashing the rule tuple for
    `_matcher`'s cache on every document cost as much as the context pass on short texts."""

    matcher: Matcher
    structural: frozenset[str]
    by_code: dict[str, Rule]
    page_decisions: dict[page.Verdict, Decision]
    # The text rules that are not enabled: a line they match is not taken by the context pass for
    # an enabled rule (it belongs to another category). None when every rule is enabled.
    others: Matcher | None = None
    # The enabled learned rules by category prefix, and the rules the context pass sees (the
    # matcher's, then the learned ones).
    learned: dict[str, Rule] | None = None
    all_rules: tuple[Rule, ...] = ()
    # The hit (index into all_rules) of each enabled learned rule, by category prefix, and the
    # category prefix of every hit: looked up once per settings, not per line.
    learned_index: dict[str, int] | None = None
    hit_category: tuple[str, ...] = ()

    def foreign(self, lines: list[str], indices: list[int]) -> set[int]:
        """Those of `indices` whose line a rule that is not enabled matches."""
        if self.others is None or not indices:
            return set()
        sub = [lines[i] for i in indices]
        text = "\n".join(sub)
        sub_lines, starts = split_lines(text)
        hits = self.others.match(text, sub_lines, starts)
        return {i for i, h in zip(indices, hits) if h is not None}

    def decide(self, lines: list[str], hits: list[int | None], settings: Settings,
               counted: tuple[list[int], int]) -> list[Decision | None]:
        """The context pass's decisions, with the learned rules' (their score in the reason).
        `counted`: the lines' word counts as the matcher counted them (Matcher.counted_match)."""
        scores = learned_hits(self, lines, hits, settings, counted) if self.learned else {}
        decisions = decide(lines, hits, self.all_rules, settings, lambda indices: self.foreign(lines, indices),
                           lambda items: storylike(lines, items, settings))
        for i, (code, score) in scores.items():
            decisions[i] = Decision(code, f"classifier score {score:.2f}")
        return decisions


def prepared(settings: Settings) -> _Prepared:
    """What a run needs from `settings`, built once per settings and set of rule sources (a source
    registered later, `rules.register_source`, is seen by the next document).

    The last one is kept by identity: finding it in `_prepared`'s cache hashes every field of the
    settings (a frozen dataclass keeps no hash), ~60 us a document, 4% of extracted text's time."""
    global _last
    sources = tuple(SOURCES.items())
    last = _last
    if last[0] is settings and last[1] == sources:
        return last[2]
    run = _prepared(settings, sources)
    _last = (settings, sources, run)  # one tuple, swapped whole: safe across threads
    return run


_last: tuple = (None, (), None)  # (settings, sources, what prepared() gave for them)


@lru_cache(maxsize=32)
def _prepared(settings: Settings, sources: tuple) -> _Prepared:
    rules = _enabled(settings, sources)
    structural = frozenset(r.code for r in rules if r.structural)
    # One Decision per page verdict, shared by its lines (assemble compares neighbours' decisions);
    # the page pass names the rule of each verdict, and a verdict whose rule is off is ignored.
    page_decisions = {v: Decision(v.code, v.reason) for v in page.VERDICTS if v.code in structural}
    from .rules import BUILTIN

    enabled = {r.code for r in rules}
    others = tuple(r for r in (*BUILTIN, *settings.user_rules) if not r.structural and r.code not in enabled)
    matcher = _matcher(rules, settings.max_line_chars, settings.match_short_words, settings.match_parts_words)
    learned = {r.category.value: r for r in rules if r.learned}
    all_rules = (*matcher.rules, *learned.values())
    return _Prepared(matcher, structural, {r.code: r for r in rules}, page_decisions,
                     _matcher(others, settings.max_line_chars, settings.match_short_words, settings.match_parts_words) if others else None,
                     learned, all_rules, {label: len(matcher.rules) + k for k, label in enumerate(learned)},
                     tuple(r.category.value for r in all_rules))


def enabled_rules(settings: Settings) -> tuple[Rule, ...]:
    return _enabled(settings, tuple(SOURCES.items()))


@lru_cache(maxsize=32)
def _enabled(settings: Settings, sources: tuple) -> tuple[Rule, ...]:
    from .rules import all_rules

    return select(all_rules(settings), settings.select, settings.ignore)


def _byline(line: str) -> bool:
    """A byline or a dateline, in any script: a short line (at most `BYLINE_MAX_WORDS` tokens) with
    a byline's cue (`page.is_byline`), or a line shaped like one (`page.reads_as_byline`: a name with
    a date, a job title, an @handle; a cue that leads)."""
    return (len(page.tokens(line)) <= BYLINE_MAX_WORDS and page.is_byline(line, figures=False)) or page.reads_as_byline(line)


BYLINE_MAX_WORDS = 6


def learned_hits(prepared: _Prepared, lines: list[str], hits: list[int | None], settings: Settings,
                 counted: tuple[list[int], int]) -> dict[int, tuple[str, float]]:
    """Ask the line classifier about the short lines no rule took; set their hits to the learned
    rule of the category it reads (when enabled) and return {line: (code, score)}. `counted`: the
    lines' word counts and the length above which a count is no count (Matcher.counted_match)."""
    from .context import next_to_removed
    from .learn.classifier import shipped

    model = shipped()
    if model is None or not prepared.learned:
        return {}
    index, learned = prepared.learned_index, prepared.learned
    assert index is not None
    limit, chars = settings.learned_max_words, settings.max_line_chars
    words, counted_chars = counted
    assert counted_chars == chars and len(words) == len(lines)
    # A line longer than `chars` counts `chars` words there: the length check sorts it out.
    todo = [i for i, h, n in zip(range(len(lines)), hits, words)
            if h is None and n <= limit and (n or lines[i].strip()) and len(lines[i]) <= chars]
    # Only the lines scoring above the model's lowest threshold can go (`LineClassifier.candidates`).
    # A byline ("By …", "Von …", "Автор: …", "… 기자": a cue of page.BYLINE_CUES on a short line) is
    # the story's head or close, never a learned removal: the classifier read "Автор: Анна Петрова"
    # under a headline as TRU900 at 0.95. It is looked for only on the lines that would go otherwise
    # (most candidates go neither alone nor next to a removed line): a line that cannot go is
    # ignored the same whether it is a byline or not.
    alone = {label: model.threshold_of(label) for label in index}
    scored: dict[int, tuple[str, float]] = {}
    out = {}
    for k, label, score in model.candidates([lines[i] for i in todo]):
        if label not in index:
            continue
        i = todo[k]
        scored[i] = (label, score)
        # (takes() is false at or under the category's threshold: most candidates stop at it here.)
        if score > alone[label] and model.takes(lines[i], label, score) and not _byline(lines[i]):
            hits[i] = index[label]
            out[i] = (learned[label].code, score)
    # A line next to removed ones of its category goes at the category's (lower) neighbour threshold.
    for i in next_to_removed(lines, hits, scored,
                             lambda j, label, score: model.takes(lines[j], label, score, neighbour=True) and not _byline(lines[j]),
                             prepared.hit_category.__getitem__):
        label, score = scored[i]
        hits[i] = index[label]
        out[i] = (learned[label].code, score)
    return out


def storylike(lines: list[str], items: list[tuple[int, str]], settings: Settings) -> set[int]:
    """Those of `items` ((line, category of the removed neighbour it would go with)) that are bylines
    (`page.reads_as_byline`) or that the shipped classifier does not read as boilerplate of that category: 1 - P(story) below
    `settings.orphan_min_score` (it reads as story), or read as another category and not above that
    category's neighbour threshold. The context pass does not take them as orphans or tail lines."""
    from .learn.classifier import shipped

    # A byline or a dateline (`page.reads_as_byline`: a name with its cue, date, job title…; not a
    # bare cue, "Posted by: |") is the story's head or close, never an orphan of a block.
    bylines = {i for i, _ in items if page.reads_as_byline(lines[i])}
    model = shipped()
    if model is None or not items or settings.orphan_min_score <= 0:
        return bylines
    scores = model.score_many([lines[i] for i, _ in items])
    return bylines | {i for (i, cat), (label, score) in zip(items, scores)
                      if score < settings.orphan_min_score or (label != cat and not model.takes(lines[i], label, score, neighbour=True))}


def compose(first: Result, second: Result) -> Result:
    """`second` stripped `first.text`; express its removals as spans of `first.input_text`."""
    text = first.input_text
    # Kept segments of the input, in output order: (output start, input start, length).
    segments: list[tuple[int, int, int]] = []
    pos = out = 0
    for r in (*first.removals, None):
        end = r.start if r is not None else len(text)
        if end > pos:
            segments.append((out, pos, end - pos))
            out += end - pos
        if r is not None:
            pos = r.end
    mapped: list[Removal] = []
    k = 0
    for r in second.removals:
        while k < len(segments) and segments[k][0] + segments[k][2] <= r.start:
            k += 1
        j = k
        while j < len(segments) and segments[j][0] < r.end:
            o, i, n = segments[j]
            a, b = max(r.start, o), min(r.end, o + n)
            s, e = i + (a - o), i + (b - o)
            mapped.append(_removal(s, e, text[s:e], r.code, r.category, r.reason))
            j += 1
    removals = tuple(sorted((*first.removals, *mapped), key=lambda r: r.start))
    return Result(text=second.text, input_text=text, removals=removals, format=first.format, warnings=first.warnings)


def assemble(
    text: str,
    lines: list[str],
    starts: list[int],
    decisions: list[Decision | None],
    by_code: dict[str, Rule],
    *,
    fmt: str,
    warnings: tuple[str, ...] = (),
) -> Result:
    """Turn per-line decisions into the kept text and merged removal spans.

    Blank lines are removed with a block so that no pile of blank lines is left where it was: in a
    gap between two kept lines that lost something, the first run of blank lines stays and the
    others go; before the first and after the last kept line, they all go. A removal starts exactly
    at a removed line whose decision differs from the one before. (The runs and the kept text are
    found in one pass by stripper/_text.c, `removal_runs`; `lines` are `text`'s, at `starts`.)
    """
    found = _text.removal_runs(text, starts, decisions) if lines else None
    if found is None:
        return Result(text=text, input_text=text, removals=(), format=fmt, warnings=warnings)
    runs, kept = found
    category: dict[str, Category] = {}
    removals = []
    make = _removal
    for start, end, d in runs:
        code = d.code
        cat = category.get(code)
        if cat is None:
            cat = category[code] = (by_code.get(code) or BY_CODE[code]).category
        removals.append(make(start, end, text[start:end], code, cat, d.reason))
    return Result(text=kept, input_text=text, removals=tuple(removals), format=fmt, warnings=warnings)
