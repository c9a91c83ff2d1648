"""The engine: text in, Result out. No I/O; everything it needs comes in through its arguments."""
from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from . import page
from .context import Decision, decide
from .match import Matcher
from .model import Removal, Result
from .rules import BY_CODE, select
from .rules.base import Rule
from .segment import split_lines
from .settings import Settings

PAGE_REASONS = {
    "menu": "menu or link list on a whole page",
    "short": "short line outside the story on a whole page",
    "outside": "outside the story region on a whole page",
}


@lru_cache(maxsize=32)
def _matcher(rules: tuple[Rule, ...]) -> Matcher:
    return Matcher(rules)


@lru_cache(maxsize=32)
def enabled_rules(settings: Settings) -> tuple[Rule, ...]:
    from .rules import BUILTIN

    return select((*BUILTIN, *settings.user_rules), settings.select, settings.ignore)


# How many times the passes may run over their own output before the result is taken as final.
MAX_ROUNDS = 3


def strip_text(text: str, settings: Settings, *, fmt: str = "text", warnings: tuple[str, ...] = ()) -> Result:
    """Run both passes over `text` and return what stays and what went, with spans into `text`.

    The result is a fixed point: stripping it again changes nothing. The rules match lines on their
    own, so they find nothing more in what they kept, and neither does the context pass without new
    matches; but the page pass judges lines by their neighbours, and on rare pages the output shows
    it more to remove (or first looks like a page once the rules have removed their lines). So the
    page pass runs again over the output until it removes nothing, and its removals are composed
    back onto `text`."""
    result = _strip_once(text, settings, fmt, warnings, rules_too=True)
    rounds = 1
    while result.removals and settings.page != "never" and rounds < MAX_ROUNDS:
        again = _strip_once(result.text, settings, fmt, warnings, rules_too=False)
        if not again.removals:
            break
        result = _compose(result, again)
        rounds += 1
    return result


def _compose(first: Result, second: Result) -> Result:
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
            mapped.append(Removal(s, e, text[s:e], r.code, r.category, r.reason))
            j += 1
    removals = tuple(sorted((*first.removals, *mapped), key=lambda r: r.start))
    return Result(text=second.text, input_text=text, removals=removals, format=first.format, warnings=first.warnings)


def _strip_once(text: str, settings: Settings, fmt: str, warnings: tuple[str, ...], *, rules_too: bool) -> Result:
    """One run of the passes (without the rules and the context pass, which would find nothing, on
    text they have already cleaned)."""
    rules = enabled_rules(settings)
    matcher = _matcher(rules)
    lines, starts = split_lines(text)
    if rules_too:
        decisions = decide(lines, matcher.match(text, lines, starts), matcher.rules)
    else:
        decisions = [None] * len(lines)
    structural = {r.code for r in rules if r.structural}
    if structural and settings.page != "never" and (settings.page == "always" or page.looks_like_page(lines)):
        verdicts = page.guarded_classify(lines)
        # A page always has a story: a verdict that leaves no line standing (one huge line, a page
        # of one list) is a failure of the page pass, not an empty page.
        if any(v is None and d is None and line.strip() for v, d, line in zip(verdicts, decisions, lines)):
            for i, why in enumerate(verdicts):
                if why is None or decisions[i] is not None:
                    continue
                code = "NAV001" if why == "menu" else "NAV002"
                if code in structural:
                    decisions[i] = Decision(code, PAGE_REASONS[why])
    by_code = {r.code: r for r in rules}
    return assemble(text, lines, starts, decisions, by_code, fmt=fmt, warnings=warnings)


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
    others go; before the first and after the last kept line, they all go.
    """
    n = len(lines)
    blank = [not ln.strip() for ln in lines]
    removed = [d is not None and not blank[i] for i, d in enumerate(decisions)]
    if not any(removed):
        return Result(text=text, input_text=text, removals=(), format=fmt, warnings=warnings)
    kept = [i for i in range(n) if not blank[i] and not removed[i]]
    drop = list(removed)
    bounds = [-1, *kept, n]
    for a, b in pairwise(bounds):
        gap = range(a + 1, b)
        if not any(removed[i] for i in gap):
            continue
        if a < 0 or b >= n:
            for i in gap:
                drop[i] = True
            continue
        in_first_run = False
        seen_run = False
        for i in gap:
            if blank[i]:
                if not seen_run:
                    in_first_run = seen_run = True
                if not in_first_run:
                    drop[i] = True
            else:
                in_first_run = False

    # Codes for dropped blank lines: the removed line before them, else the one after.
    codes: list[Decision | None] = [None] * n
    last: Decision | None = None
    for i in range(n):
        if removed[i]:
            last = codes[i] = decisions[i]
        elif drop[i]:
            codes[i] = last
        else:
            last = None
        # A kept line ends the run.
    nxt: Decision | None = None
    for i in range(n - 1, -1, -1):
        if removed[i]:
            nxt = codes[i]
        elif drop[i]:
            if codes[i] is None:
                codes[i] = nxt
        else:
            nxt = None

    # Runs of dropped lines become removals (a new rule or reason on a text line starts a new one);
    # the kept text is what lies between them.
    ends = [*starts[1:], len(text)]
    removals: list[Removal] = []
    run_start = -1
    run_dec: Decision | None = None
    for i in range(n + 1):
        if i < n and drop[i]:
            d = codes[i]
            if run_start >= 0 and d is not None and run_dec is not None and not blank[i] and d != run_dec:
                removals.append(_removal(text, starts[run_start], ends[i - 1], run_dec, by_code))
                run_start = -1
            if run_start < 0:
                run_start, run_dec = i, d
        elif run_start >= 0:
            assert run_dec is not None
            removals.append(_removal(text, starts[run_start], ends[i - 1], run_dec, by_code))
            run_start = -1
    pieces: list[str] = []
    pos = 0
    for r in removals:
        pieces.append(text[pos : r.start])
        pos = r.end
    pieces.append(text[pos:])
    return Result(text="".join(pieces), input_text=text, removals=tuple(removals), format=fmt, warnings=warnings)


def _removal(text: str, start: int, end: int, decision: Decision, by_code: dict[str, Rule]) -> Removal:
    rule = by_code.get(decision.code) or BY_CODE[decision.code]
    return Removal(start, end, text[start:end], decision.code, rule.category, decision.reason)
