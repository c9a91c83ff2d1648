"""The pipeline, top to bottom: detect → extract → segment → match → decide → page pass → result.

    strip(source)                      an HTML page or text in, a Result out
      detect_format                    HTML or text, from the content (detect.py)
      extract_with(html, engine)       HTML -> text, by a registered engine (extract.ENGINES)
      clean(text)                      the text passes:
        split_lines                      segment: lines with their offsets (segment.py)
        Matcher.match                    match: each line against the rules' phrases (match.py)
        decide                           decide: neighbours, blocks under headings, tails (context.py)
        page_pass                        on a whole page: menus and what lies outside the story (page.py)
        assemble                         result: removals as spans, kept text byte for byte (engine.py)
        safety                           warnings when a document is emptied or loses most of its prose

Every step is a function of what the step before gave it; none does I/O.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from operator import not_
from typing import Any, Literal

from . import page
from .context import Decision
from .detect import detect_format
from .engine import assemble, compose, prepared
from .model import Result
from .segment import prose_words, split_lines
from .settings import DEFAULT, Settings

Format = Literal["auto", "html", "text"]

# How many times the page pass may run over its own output (see `clean`). Each round removes at
# least one line, so it ends anyway; the bound keeps a pathological page from costing quadratic
# time. Real pages settle in one or two rounds.
MAX_ROUNDS = 16


def strip(
    source: str,
    *,
    format: Format = "auto",
    settings: Settings | None = None,
    engine: str = "trafilatura",
) -> Result:
    """Separate the story in `source` (an HTML page or text) from its boilerplate.

    In text mode kept lines come out byte-identical and in order; `Result.removals` holds every
    removed span of `Result.input_text` with the rule that removed it. In HTML mode the page is first
    extracted to text by `engine` (one of `stripper.extract.ENGINES`: trafilatura by default, or
    resiliparse, much faster: the page's full text, whose story the page pass finds), and
    `input_text` is that text.
    """
    if not isinstance(source, str):
        raise TypeError(f"strip() takes a str, not {type(source).__name__}; decode bytes with stripper.decode()")
    settings = settings or DEFAULT
    fmt = detect_format(source) if format == "auto" else format
    if fmt == "html":
        from .extract import extract_with

        ex = extract_with(source, engine, settings)
        if settings.page == "auto":
            # The page pass is for whole pages: always on a page's full text, never on main content
            # the extractor has already found.
            settings = _with_page(settings, "always" if ex.fallback else "never")
        return clean(ex.text, settings, fmt="html", warnings=(ex.warning,) if ex.warning else (), fixed_point=False)
    if fmt != "text":
        raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
    return clean(source, settings, fmt="text")


@lru_cache(maxsize=64)
def _with_page(settings: Settings, page: str) -> Settings:
    """`settings` with `page` set, built once per settings and mode: `Settings.with_` checks every
    field again, which cost HTML mode 0.7% of trafilatura's time on each page."""
    return settings.with_(page=page)


def clean(
    text: str,
    settings: Settings = DEFAULT,
    *,
    fmt: str = "text",
    warnings: tuple[str, ...] = (),
    fixed_point: bool = True,
) -> Result:
    """The text passes over `text`: what stays and what went, with spans into `text`.

    The result is a fixed point: stripping it again changes nothing. The rules match lines on their
    own, so they find nothing more in what they kept, and neither does the context pass without new
    matches; but the page pass judges lines by their neighbours, and on rare pages the output shows
    it more to remove. So while the output is still long enough to be a page, the page pass runs
    again over it until it removes nothing, and its removals are composed back onto `text`. (Text
    extracted from HTML skips this: its output is not its input's kind.)

    Why the second round stays (measured on the 4,847 texts of dev-pages and trafeval-pages, whole
    page and extracted views): without it 26 outputs (0.5%; 22 of 2,427 whole pages) are not a fixed
    point; with it, whole-page text takes 1.024x the time (809 pages, best of 3, interleaved), as a
    round reuses the kept lines' statistics and most pages stop after the gate. Quality on those 26
    is even (dev shingle F1 0.597 against 0.581, trafeval snippet F1 0.818 against 0.821). Doing it
    in one pass instead, by letting the page pass judge only the lines the rules kept, changed 1,262
    outputs (the features the weights were fitted on) and still left 31 texts that are no fixed
    point: the page pass's own removals change their neighbours' features, which a pass that reads
    lines by their neighbours cannot avoid."""
    result, b = _once(text, settings, fmt, warnings, rules_too=True)
    rounds = 1
    while (fixed_point and result.removals and settings.page != "never" and rounds < MAX_ROUNDS
           and result.text.count("\n") + 1 >= settings.page_pass.min_lines):
        again, b = _once(result.text, settings, fmt, warnings, rules_too=False, kept=b)
        if not again.removals:
            break
        result = compose(result, again)
        rounds += 1
    return safety(result, settings)


def _once(text: str, settings: Settings, fmt: str, warnings: tuple[str, ...], *, rules_too: bool,
          kept: page.Body | None = None) -> tuple[Result, page.Body | None]:
    """One run of the passes (without the rules and the context pass, which would find nothing, on
    text they have already cleaned), and the Body of what it kept, if the page pass computed one.
    `kept`: the Body of `text`'s non-blank lines, if the round before computed it (a line's
    statistics are its own: those of a kept line are the same in the round after)."""
    run = prepared(settings)
    lines, starts = split_lines(text)                                       # segment
    counted = None
    if rules_too:
        hits, counted = run.matcher.counted_match(text, lines, starts)      # match
        decisions = run.decide(lines, hits, settings, counted)                 # decide (context, learned rules)
    else:
        decisions = [None] * len(lines)
    b = page_pass(lines, decisions, settings, run.page_decisions, page.reindex(kept, lines) if kept else None, counted)
    result = assemble(text, lines, starts, decisions, run.by_code, fmt=fmt, warnings=warnings)  # result
    return result, (b.subset([decisions[i] is None for i in b.index]) if b is not None else None)


def page_pass(lines: list[str], decisions: list[Decision | None], settings: Settings,
              by_verdict: dict[page.Verdict, Decision], b: page.Body | None = None,
              counted: tuple[list[int], int] | None = None) -> page.Body | None:
    """Add the page pass's removals to `decisions` (lines the rules already removed keep their
    rule), when the text is a whole page (`settings.page`: "auto" asks `page.looks_like_page`).
    `b`: the lines' Body, if known; `counted`: the lines' word counts, if the matcher counted them
    (Matcher.counted_match), for the Body not to count them again. Returns the Body the page pass computed or was given (None if it
    did not look at the lines)."""
    pp = settings.page_pass
    if not by_verdict or settings.page == "never":
        return None
    if settings.page != "always":
        is_page, b = page.gate(lines, pp, b, counted)
        if not is_page:
            return b
    else:
        b = b or page.body(lines, counted)
    # (On a short page the gate admitted, only the lines around the story; "always": the full pass.)
    verdicts = page.classify(lines, pp, b=b, edges=None if settings.page != "always" else False)
    # A page always has a story: a verdict that leaves no line standing (one huge line, a page of
    # one list) is a failure of the page pass, not an empty page.
    # (The lines the pass keeps, walked in C: a Verdict is true, None false.)
    if not any(decisions[i] is None and lines[i].strip() for i in compress(range(len(verdicts)), map(not_, verdicts))):
        return b
    # Each verdict object's decision is looked up once: a Verdict hashes and compares its fields (a
    # dataclass), which per removed line cost 4% of whole-page text mode's time.
    of: dict[int, Decision | None] = {}
    for i in compress(range(len(verdicts)), verdicts):
        if decisions[i] is None:
            v = verdicts[i]
            decision = of.get(id(v), _UNSEEN)
            if decision is _UNSEEN:
                decision = of[id(v)] = by_verdict.get(v)
            if decision is not None:
                decisions[i] = decision
    return b


_UNSEEN: Any = object()


def safety(result: Result, settings: Settings) -> Result:
    """`result`, with a warning when it empties a document that had text, or keeps under half of the
    words of its prose (lines of at least `settings.page_pass.prose_min_words` words): a story
    is never lost without a word."""
    if not result.removals:
        return result
    warning = ""
    if not result.text.strip():
        warning = "everything was removed"
    else:
        # Removals are whole lines: the prose removed is that of the lines they cover. Most remove
        # none (short boilerplate lines), and then nothing else needs counting; under half kept
        # is kept < gone, so the kept prose is counted only until it reaches `gone`.
        floor = settings.page_pass.prose_min_words
        gone = prose_words("\n".join([r.text for r in result.removals]), floor)
        if gone:
            kept = prose_words(result.text, floor, gone)
            if kept < gone:
                warning = f"kept {kept} of {kept + gone} words of prose: check the removals"
    if not warning:
        return result
    return Result(text=result.text, input_text=result.input_text, removals=result.removals, format=result.format,
                  warnings=(*result.warnings, warning))
