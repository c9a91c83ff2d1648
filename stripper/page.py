"""The page pass: on text that is a whole web page, keep the story's lines and drop the rest.

A whole page's text (a WET record, a scraped dump, a page's full text) holds its story among menus,
headers, footers, teasers and link lists. The page pass reads the shape of the text around each
line, not its words, in three steps, after jusText and BTE:

1. **Line statistics** (`features`): per non-blank line its length in words and its stopword
   density (both script-aware: `stripper.segment`'s words, jusText's stoplists for ~100 languages
   and a list of function characters for Chinese and Japanese), whether it ends like a sentence, is
   a bullet, holds separators ("|"), capitals, digits or code symbols, is repeated on the page; the
   same of its neighbours; the run of short lines it sits in; its place in the page; and whether a
   jusText-like heuristic puts it in the page's densest region of prose; how much of its
   vocabulary (rare words on the page, in any script) the region's other lines use.
2. **A small model**: stage 1 scores each line from its features, linearly, plus boosted trees
   that correct the linear score where features interact (`Trees`); stage 2, linear, smooths the
   scores over neighbours, the densest run of high scores and the vocabulary shared with the
   lines stage 1 keeps. On a page where it is sure of no line, the threshold falls under the best
   score (`PagePass.keep_margin`): a tiny story keeps its likeliest lines. Their weights are data,
   `stripper/data/pagepass.json`, fitted by `python -m stripper.learn fit` (stripper/learn/) on
   labelled pages; refitting on the same pages gives the same file.
3. **Document kinds** (stripper/doctype.py): a table, a data list (ingredients, dates, details) or
   a code listing that touches the story the pass keeps stays with it (`PagePass.matter_reach`).
4. **A guard**: the pass never takes most of the text's prose (`PagePass.prose_loss_max`).
5. **Short pages** (under `PagePass.page_min_lines` non-blank lines): only the menus, header and
   footer around the story go, never a line inside it, and only when the pass takes a site's
   header above the story (`PagePass.short_page_*`). The gate admits a short text whose short
   lines sit in runs around its prose (`_framed`), not only one that is mostly such runs.

`looks_like_page(lines)` is the gate: on text that is not a whole page (text already extracted
from one; a plain-text document, a code file, a poem) the pass does not run by default. Everything runs on numpy arrays over the page's lines;
there is one implementation.

Verdicts carry their own rule code and reason (`Verdict`): NAV001 for a line of a menu or link
list, NAV002 for a line outside the story's region.
"""
from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, compress
from pathlib import Path
from typing import Any

from . import doctype
from ._lazy import module
from .segment import SEA, _text, tokens, word_count  # the C pass (stripper/_text.c), its tables set by segment

np = module("numpy")  # imported on first use: a short text never needs it


@dataclass(frozen=True, slots=True)
class PagePass:
    """The page pass's thresholds (a field of `Settings`, `Settings.page_pass`). The defaults are
    the values the weights in stripper/data/pagepass.json were fitted with; change them and refit
    (`python -m stripper.learn fit`) rather than alone."""

    # The gate: a text is a whole page if it has at least `page_min_lines` non-blank lines of which
    # at least `page_short_frac` sit in runs of `page_run` or more short lines (menus, tag clouds).
    page_min_lines: int = 40
    page_run: int = 3
    page_short_frac: float = 0.20
    # Short pages: a text of at least `short_page_min_lines` but fewer than `page_min_lines`
    # non-blank lines is a whole page if at least `short_page_frac` of them sit in such runs (the
    # same test, stricter: already-extracted text is mostly short). On a short page the pass
    # removes only lines above the first and below the last line of `near_min_words` words or more
    # that it keeps (the menus, header and footer around the story, never a line inside it), and
    # the `short_page_head` lines right above that first line (a headline, a date) stay unless they
    # are a menu's items or far below the threshold. Chosen on the fitting part's short texts (whole pages and extracted text,
    # tests/test_page_short.py). `short_page_min_lines` >= `page_min_lines` turns this off.
    short_page_min_lines: int = 10
    short_page_frac: float = 0.4
    # ...or if its short lines in such runs sit around its prose, not inside it: at least
    # `short_page_frame_frac` of its lines are in runs above or below the densest block of prose
    # lines (of `near_min_words` words or more; a short line costs `region_penalty`), at least
    # `short_page_frame_head` of them above it (a site's header or menu, more lines than a byline
    # and a share bar) with no line of `good_min_words` words or more (a story's lead), and the
    # block itself holds fewer short lines in runs than lie around it (an extracted article's
    # subheads and lists sit between its paragraphs). Chosen on the fitting part's short texts;
    # `short_page_frame_frac` 0 turns this off.
    short_page_frame_frac: float = 0.2
    short_page_frame_head: int = 5
    # The same for a text of `page_min_lines` or more (whose short lines in runs are under
    # `page_short_frac`), with at least this share of its lines in the runs around the block.
    page_frame_frac: float = 0.05
    short_page_head: int = 2
    short_page_head_margin: float = 1.5  # (those of them whose logit is within this of keep_threshold)
    # ...and a short text is a page only if the pass takes at least `short_page_menu` of the lines
    # above that first line, and at least `short_page_menu_share` of them (a site's header or menu;
    # text already extracted starts with its headline, or with a list, an FAQ, a price table, of
    # which the pass keeps some lines).
    short_page_menu: int = 3
    short_page_menu_share: float = 0.7
    # ...and not when at least this share of the lines it takes there hold a figure: a details or
    # spec list ("Sleeps 4", "2 bedrooms", "£120 per night") heads extracted listings; a site's
    # menu is words ("News", "Sport"), with a date or a temperature at most.
    short_page_figures_max: float = 0.5
    # A line of at most this many words is short (menu items, headings).
    short_max_words: int = 4
    # jusText-like classes for the region heuristic: good prose has at least `good_min_words`
    # words and `good_min_stop` stopword density; near-good `near_min_words` and `near_min_stop`.
    good_min_words: int = 12
    good_min_stop: float = 0.22
    near_min_words: int = 6
    near_min_stop: float = 0.15
    # A line with this many "|" separators is a nav bar; a bullet list whose items average fewer
    # than `list_mean_words` words is a menu.
    pipe_max: int = 2
    list_mean_words: int = 8
    # A good line in a bullet list is only near-good unless it has this many words.
    bullet_prose_words: int = 25
    # The region heuristic (after BTE): a good line scores its words up to `region_good_cap`, a
    # near-good one half its words, any other line -`region_penalty`, multiplied by the length of
    # its run of such lines (up to `region_run_cap`). The densest run of scores is the region;
    # up to `region_max` runs are, each outside those found, while its score is at least
    # `region_frac` of the best and `region_floor`; the `region_head` lines above a region (a
    # headline, a date) are in it.
    region_good_cap: int = 60
    region_penalty: float = 4.0
    region_run_cap: int = 10
    region_max: int = 3
    region_frac: float = 0.35
    region_floor: float = 30.0
    region_head: int = 2
    # A line goes when its stage-2 logit is at most this (0.0 is the fitted even odds; lower keeps
    # more: a headline over a story sits about -0.5).
    keep_threshold: float = -1.0
    # On a page where the pass is sure of no line (its best stage-2 logit is under
    # `keep_threshold + keep_margin`), a line of `keep_margin_min_words` words or more
    # within `keep_margin` of the best logit stays: the threshold is relative to the page, so that a
    # page with a tiny or unsure story (a gallery's caption, a short post under long menus, a page in
    # a script without stoplist) keeps its likeliest lines rather than losing them; menu items (of
    # fewer words) do not ride along. 0.0 turns this off. The three were chosen together by 2-fold
    # cross-validation over the fitting part's sites (`python -m stripper.learn cv`): fewest stories
    # lost at no lower F1, keeping the fixture pages (stripper/learn/pages) and the whole-page golden.
    keep_margin: float = 3.5
    keep_margin_min_words: int = 4
    # The guard: the page pass may not remove more than this share of the words of prose lines
    # (lines of at least `prose_min_words` words that end like a sentence); if it would, prose
    # lines stay.
    prose_loss_max: float = 0.5
    prose_min_words: int = 12
    # The language is the one whose stopwords are most frequent among the first `lang_words`
    # tokens of the page.
    lang_words: int = 1000
    # The stopword density given to lines of `near_min_words` words or more in a language with no
    # stoplist (about that of prose in the languages that have one).
    unknown_stop_density: float = 0.3
    # Document kinds (stripper/doctype.py): a text that is a plain-text document, code or verse is
    # no whole page (the gate says no), and the lines of tables and data lists are no menu's short
    # lines to the gate. A block of table, data list, code or verse lines is kept when a line of
    # story the pass keeps (of `near_min_words` words or more) lies within `matter_reach` non-blank
    # lines of it (with the lines between); -1 turns both off.
    matter_reach: int = 3
    # The headline: on a whole page, the line right above the first line of `near_min_words` words
    # or more the pass keeps (the story's start) stays when it is no menu's item nor a "|" bar,
    # does not end like a sentence nor hold a figure (a date line), has `headline_min_words` to
    # `headline_max_words` words and a logit within `headline_margin` of `keep_threshold`. The
    # weights drop many headlines because the modern pages' gold, trafilatura's text, leaves them
    # out. Chosen on the fitting part, with a page's <h1> nearest above its story labelled story:
    # it keeps 111 story lines (915 words) and 113 others (995 words) there; on the held-out
    # slice 16 and 13. `headline_margin` 0.0 turns it off.
    headline_margin: float = 1.0
    headline_min_words: int = 4
    headline_max_words: int = 20
    # The story's head: up to `head_lines` lines right above the story's start stay as its byline
    # and date lines when each is no menu's item, has at most `pipe_max` "|" and `byline_max_words`
    # words (Han characters count one each: "2024年5月12日 08:30 来源：本报记者" is 14), holds a figure
    # (a token that starts with a digit: a date, a time) or a byline's cue (`BYLINE_CUES`: "By",
    # "Von", "Par", "Автор", "بقلم", "기자", "記者", "โดย"...), and the pass nearly kept it (logit
    # within `byline_margin` of `keep_threshold`); the headline above them then stays as above. A
    # headline with a byline or a date under it is the modern page's usual head; before this rule
    # the byline hid the headline from it, and both went.
    head_lines: int = 3
    byline_max_words: int = 16
    byline_margin: float = 2.0
    # ...and the `tail_lines` lines right under the story's last kept line of `near_min_words`
    # words or more, the same way but by a cue only (after the story, figures are comments'
    # dates, counts and prices) and of at most `short_max_words` words (a name, not a post's
    # "Posted by Jane Miller in Gardening"): a byline that closes the story ("김지현 기자", "Της
    # Μαρίας Παπαδοπούλου", "Par Luna Hamidi").
    tail_lines: int = 1
    # After the story: at least `teaser_run` kept lines of a script written without spaces below
    # the story's last prose line that end no sentence are lists of other stories' headlines and a
    # footer's links, and go (`_drop_teasers`). 0 turns this off.
    teaser_run: int = 3
    # Around the story: a kept line of at most `short_max_words` words above the story's first or
    # below its last kept prose line (`good_min_words` words or more that end like a sentence) that
    # sits in a run of at least `menu_run` such short lines goes (`_drop_menu_runs`): a menu, a
    # breadcrumb's steps, a footer's links, in any script ("News", "Sport", "ニュース", "ข่าว").
    # The line right above the story's first prose line stays to the headline rule. 0 turns this off.
    menu_run: int = 3
    menu_margin: float = 1.0  # (only lines whose logit is within this above keep_threshold: the weights' doubts)
    # A weights file fitted by `python -m stripper.learn fit` (None: the shipped weights).
    weights: str | None = None

    @property
    def min_lines(self) -> int:
        """The fewest non-blank lines a text needs for the pass to look at it (short pages included)."""
        return min(self.page_min_lines, self.short_page_min_lines)


DEFAULT = PagePass()


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why the page pass removes a line: the rule code it reports and a reason for people."""

    code: str
    reason: str


MENU = Verdict("NAV001", "menu or link list on a whole page")
SHORT = Verdict("NAV002", "short line outside the story on a whole page")
OUTSIDE = Verdict("NAV002", "outside the story region on a whole page")
VERDICTS = (MENU, SHORT, OUTSIDE)  # in this order: classify picks them by index


# ---------------------------------------------------------------- stopwords (data)
_CJK_FILE = "stopwords-cjk.txt"


def _stoplist_files() -> list[tuple[str, str]]:
    """(language, text) of jusText's stoplists and stripper's list of CJK function characters."""
    out = []
    try:
        # Found without importing jusText (its import loads lxml: 0.16 s of a text run's start-up).
        from importlib.util import find_spec

        spec = find_spec("justext")
        folders = list(spec.submodule_search_locations or ()) if spec is not None else []
        root = Path(folders[0]) / "stoplists" if folders else None
        for p in sorted(root.iterdir() if root is not None else (), key=lambda p: p.name):
            if p.name.endswith(".txt"):
                out.append((p.name[:-4], p.read_text(encoding="utf-8")))
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - trafilatura installs jusText
        pass
    cjk = resources.files("stripper") / "data" / _CJK_FILE
    for block in cjk.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith("#")]
        if lines:
            name, words = lines[0].rstrip(":"), " ".join(lines[1:])
            out.append((name, "\n".join(words.split())))
    return out


# How many of each language's most frequent stopwords tell the language.
_LANG_TOP = 200


def _words_of(text: str) -> list[str]:
    """A stoplist's words as page tokens: lowercased, split like text (so "है।" is "है")."""
    return list(dict.fromkeys(chain.from_iterable(_text.line_tokens(text.lower()))))


@lru_cache(maxsize=1)
def _languages() -> tuple[tuple[str, list[str]], ...]:
    """Per language (in name order), its stopwords as tokens, in their file's order.

    Tokenizing the 1.4 MB of stoplists is most of a whole-page run's start-up: the tokens are kept
    in the user's cache (stripper/_cache.py) under a digest of the stoplists and of the tokenizer's
    build, so what is read back is what tokenizing them again gives."""
    from . import _cache

    files = _stoplist_files()
    name = "stoplist-tokens-" + _cache.key(_cache.built(_text.__file__), *(f"{n}\0{t}" for n, t in files)) + ".txt"
    data = _cache.read(name)
    if data is not None:
        try:
            cached = [b.split("\x1f", 1) for b in data.decode("utf-8").split("\x1e")]
            if [n for n, _ in cached] == [n for n, _ in files]:
                return tuple((n, w.split("\n") if w else []) for n, w in cached)
        except (UnicodeDecodeError, ValueError):
            pass
    langs = tuple((n, _words_of(text)) for n, text in files)
    _cache.write(name, "\x1e".join(n + "\x1f" + "\n".join(w) for n, w in langs).encode("utf-8"))
    return langs


def stoplists() -> tuple[tuple[str, ...], tuple[frozenset[str], ...]]:
    """Language names and their stopword sets (as tokens)."""
    langs = _languages()
    return tuple(n for n, _ in langs), tuple(frozenset(w) for _, w in langs)


@lru_cache(maxsize=1)
def _tables() -> Any:
    """The stoplists (per language its stopwords and the `_LANG_TOP` most frequent, which tell the
    language) and the characters the line statistics count, as stripper/_text.c reads them."""
    langs = [(words, words[:_LANG_TOP]) for _, words in _languages()]
    return _text.StatTables(langs, "".join(sorted(doctype.BULLETS)), _COMMAS, _CODE, _PIPE)


def language(toks: list[bytes] | list[str]) -> int:
    """The index (into `stoplists()`) of the language whose frequent stopwords are most frequent in
    `toks` (lowercased tokens); -1 if none occurs. Ties go to the first language in name order."""
    return _tables().language([t.decode("utf-8", "surrogatepass") if isinstance(t, bytes) else t for t in toks])


# ---------------------------------------------------------------- line statistics
# What the line statistics count: separators, code symbols, commas (also full-width and Arabic).
_PIPE = "|"
_CODE = "{}[]();=<>$\\/_#"
_COMMAS = ",;，、،；"


def densest(values: np.ndarray) -> tuple[float, int, int]:
    """The run of `values` with the largest sum: (sum, start, end); (0.0, 0, 0) if none is positive
    (stripper/_text.c, which also finds the regions of `features` and the run of `stage2_features`
    with it)."""
    return _text.densest(np.ascontiguousarray(values, dtype=np.float64))


FEATURES = (
    "log_words", "stop_density", "bullet", "bad", "ends_sentence", "very_short", "log_short_run", "has_pipe",
    "caps", "digits", "duplicate", "prev_log_words", "prev_stop", "next_log_words", "next_stop", "position",
    "region", "good", "near_good", "window_good", "commas", "code", "log_chars_per_word", "window_stop",
    "prev_ends", "next_ends", "unspaced", "log_region_distance", "between_regions", "window_good_10",
    "window_bad", "window_ends",
    # How much of the line's vocabulary the region's other lines use (`_Vocabulary.shared`), the
    # page's prose (log of its good lines' words) and the share of that prose the region holds.
    "shared_region", "log_page_good", "region_share",
    # A line that ends with a colon leads what follows (a list, a table); a line of a list led
    # so (a bullet list, or a run of short lines that end no sentence; or a line after such a
    # line) is `led`.
    "ends_colon", "led",
    "bias",  # last: the fit does not penalise it
)
_ENDS, _UNSPACED, _PIPE_F, _DIGITS = (FEATURES.index(f) for f in ("ends_sentence", "unspaced", "has_pipe", "digits"))
STAGE2 = ("s", "s_prev", "s_next", "s_prev2", "s_next2", "region", "mean", "window", "window_8", "in_span",
          "shared_kept", "shared_kept_window", "lead_s", "bias")


@dataclass(frozen=True)
class Lines:
    """The statistics of a page's non-blank lines (all arrays have one entry per non-blank line)."""

    index: np.ndarray  # positions of the non-blank lines among all lines
    words: np.ndarray
    bad: np.ndarray
    cls: np.ndarray  # 2 good, 1 near-good, 0 short or neutral, -1 bad (jusText-like)
    X: np.ndarray  # stage-1 features, FEATURES in order
    vocab: _Vocabulary | None = None
    lead: np.ndarray | None = None  # per line, the line before its list (before it, if no list); -1 none


class _Vocabulary:
    """Which lines of a page use which words, to ask of a line how much of its vocabulary a set of
    other lines (the story's region, the lines stage 1 keeps) also uses. A word counts by its
    rarity on the page (log of the lines over the lines that use it), so that function words, in
    any language, and a site's name weigh little: no stoplist is needed and a Han character is a
    word like any other. A story's lines share its names and terms; a sidebar, an advertisement,
    a newsletter prompt or a menu shares little of them. (Built from a Body's statistics by
    stripper/_text.c, `PageStats.vocabulary`; `c`: one built already.)"""

    __slots__ = ("_c", "m")

    def __init__(self, stats: Any, m: int, c: Any = None):
        self.m = m
        self._c = c if c is not None or not m else stats.vocabulary()

    def shared(self, flags: np.ndarray) -> np.ndarray:
        """Per line, the share (by rarity) of its words that a flagged line other than itself uses."""
        if self._c is None:
            return np.zeros(self.m)
        return np.frombuffer(self._c.shared(np.ascontiguousarray(flags, dtype=np.bool_)), dtype=np.float64)


@dataclass(frozen=True, eq=False)
class Body:
    """A text's non-blank lines (stripped), where they are, their word counts and, computed when
    first asked for (the gate needs only the words), their statistics (stripper/_text.c's
    PageStats): what the gate and the features both need, computed once."""

    index: list[int]
    lines: list[str]
    words: list[int]
    _stats: Any = field(default=None, repr=False)

    @property
    def stats(self) -> Any:
        if self._stats is None:
            text = "\n".join(self.lines)
            # The C lowercases the text as str.lower() does, but for a capital sigma (final or not
            # by its neighbours): a text with one is lowercased here.
            object.__setattr__(self, "_stats", _text.PageStats(text, text.lower() if "\u03a3" in text else None, _tables()))
        return self._stats

    def subset(self, keep: list[bool]) -> Body:
        """The Body of the lines flagged in `keep` (one flag per line of this Body); its `index`
        still counts this Body's lines (see `reindex`)."""
        index, lines = list(compress(self.index, keep)), list(compress(self.lines, keep))
        if self._stats is None:
            return Body(index, lines, list(compress(self.words, keep)))
        st = self._stats.subset(bytes(keep))
        return Body(index, lines, st.words, st)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Body) and self.index == other.index and self.lines == other.lines
                and self.words == other.words and self.stats.stats == other.stats.stats
                and self.stats.tokens == other.stats.tokens)


def reindex(b: Body, lines: list[str]) -> Body | None:
    """`b` as the Body of `lines`, if `lines`' non-blank lines are `b`'s, in order (None if not): a
    text that kept some lines of another is judged on the same line statistics."""
    index = _text.body_index(lines, b.lines)
    if index is None:
        return None
    return Body(index, b.lines, b.words, b._stats)


def body(lines: list[str], counted: tuple[list[int], int] | None = None) -> Body:
    """The Body of `lines` (stripped, counted in one C pass, stripper/_text.c's `body`). `counted`:
    the lines' word counts as the matcher counted them (segment.line_words) and the length above
    which a count is no count; those are not counted again."""
    lines = lines if type(lines) is list else list(lines)
    if counted is None:
        return Body(*_text.body(lines))
    return Body(*_text.body(lines, *counted))


def features(lines: list[str], pp: PagePass = DEFAULT, b: Body | None = None) -> Lines:
    """The statistics and stage-1 features of `lines`' non-blank lines (`b`: their Body, if known),
    computed by stripper/_text.c in one pass over the lines (FEATURES, in order): per line its
    words and stopword density in the page's language (the one whose frequent stopwords are most
    frequent among its first `pp.lang_words` tokens), whether it ends like a sentence, is a bullet
    (a bullet list of short items is a menu, `bad`), its separators, capitals, digits, commas and
    code symbols, whether it is repeated; jusText-like classes (good, near-good, bad) and the
    densest regions of prose (the best run of their scores, then up to `pp.region_max` - 1 more
    outside it while they reach `pp.region_frac` of the best and `pp.region_floor`), the same of
    the neighbours and windows around it; how much of its vocabulary the region's other lines use
    (`_Vocabulary.shared`), the page's prose (log of its good lines' words) and the share of it the
    region holds; whether it ends with a colon, and whether the line that leads it in (the line
    before its run of bullet lines, or before it if it is no bullet: `Lines.lead`) does."""
    b = b or body(lines)
    index = np.array(b.index, dtype=np.int64)
    m = len(b.lines)
    if not m:
        return Lines(index, np.zeros(0, np.int64), np.zeros(0, bool), np.zeros(0, np.int64),
                     np.zeros((0, len(FEATURES))), _Vocabulary(None, 0), np.zeros(0, np.int64))
    X, words, bad, cls, lead, voc = b.stats.features(_params(pp))
    return Lines(index, np.frombuffer(words, dtype=np.int64), np.frombuffer(bad, dtype=np.bool_),
                 np.frombuffer(cls, dtype=np.int8).astype(np.int64),
                 np.frombuffer(X, dtype=np.float64).reshape(m, len(FEATURES)), _Vocabulary(None, m, voc),
                 np.frombuffer(lead, dtype=np.int64))


@lru_cache(maxsize=32)
def _params(pp: PagePass) -> tuple:
    """`pp`'s thresholds as the C line statistics read them (PageStats.features)."""
    return (pp.lang_words, pp.near_min_words, pp.pipe_max, pp.list_mean_words, pp.good_min_words,
            pp.bullet_prose_words, pp.short_max_words, pp.region_good_cap, pp.region_run_cap, pp.region_head,
            pp.region_max, pp.unknown_stop_density, pp.good_min_stop, pp.near_min_stop, pp.region_penalty,
            pp.region_frac, pp.region_floor)


def stage2_features(s: np.ndarray, words: np.ndarray, vocab: _Vocabulary | None = None,
                    lead: np.ndarray | None = None) -> np.ndarray:
    """Stage-2 features (STAGE2 in order) from the stage-1 logits `s` of a page's non-blank lines
    and their word counts (stripper/_text.c): the logit, those of the two lines either side, whether
    the line is in the densest run of logits weighted by words, the page's mean logit, the mean
    over windows of 3 and 8 lines either side, whether it lies between the first and the last line
    kept by stage 1 (logit > 0); how much of the line's vocabulary the lines stage 1 keeps use
    (`vocab`; 0 without), over the line and over 3 lines either side, and the logit of the line
    that leads its list in (`lead`, `Lines.lead`; 0 without)."""
    m = len(s)
    X = _text.stage2(np.ascontiguousarray(s, dtype=np.float64), np.ascontiguousarray(words, dtype=np.float64),
                     vocab._c if vocab is not None else None,
                     np.ascontiguousarray(lead, dtype=np.int64) if lead is not None else None)
    return np.frombuffer(X, dtype=np.float64).reshape(m, len(STAGE2))


# ---------------------------------------------------------------- weights (data)
WEIGHTS_FILE = "pagepass.json"


@dataclass(frozen=True)
class Trees:
    """Boosted regression trees that add to the linear stage-1 logit (fitted by
    stripper/learn/fit.py's `fit_trees`): per tree `2**depth - 1` splits in heap order (a line goes
    right when its feature is above the threshold) and `2**depth` leaf values."""

    feature: np.ndarray  # (trees, splits) int
    threshold: np.ndarray  # (trees, splits)
    leaf: np.ndarray  # (trees, leaves)
    depth: int

    @staticmethod
    def from_dict(d: dict) -> Trees:
        t = Trees(np.asarray(d["feature"], dtype=np.int64), np.asarray(d["threshold"], dtype=np.float64),
                  np.asarray(d["leaf"], dtype=np.float64), int(d["depth"]))
        n = len(t.leaf)
        if (t.feature.shape != (n, 2**t.depth - 1) or t.threshold.shape != t.feature.shape
                or t.leaf.shape != (n, 2**t.depth) or (n and not 0 <= t.feature.min() <= t.feature.max() < len(FEATURES))):
            raise ValueError("the weights' trees are malformed; refit them (python -m stripper.learn fit)")
        return t

    @property
    def spec(self) -> tuple:
        """The trees as stripper/_text.c reads them."""
        return (self.feature, self.threshold, self.leaf, self.depth)

    def __call__(self, X: np.ndarray) -> np.ndarray:
        """The trees' sum for each row of `X` (in stripper/_text.c; the sum as numpy's)."""
        m, n = len(X), len(self.leaf)
        if not m or not n:
            return np.zeros(m)
        return np.frombuffer(_text.trees(np.ascontiguousarray(X, dtype=np.float64), X.shape[1], *self.spec),
                             dtype=np.float64)


def stage1(X: np.ndarray, linear: np.ndarray, trees: Trees | None) -> np.ndarray:
    """The stage-1 logits of the rows of `X`: the linear model's, plus the trees' correction
    (stripper/_text.c)."""
    spec = trees.spec if trees is not None and len(trees.leaf) else None
    return np.frombuffer(_text.stage1(np.ascontiguousarray(X, dtype=np.float64),
                                      np.ascontiguousarray(linear, dtype=np.float64), spec), dtype=np.float64)


@dataclass(frozen=True)
class Weights:
    stage1: np.ndarray
    stage2: np.ndarray
    meta: dict
    trees: Trees | None = None

    @staticmethod
    def from_dict(d: dict) -> Weights:
        if (tuple(d.get("features", ())) != FEATURES or tuple(d.get("stage2_features", ())) != STAGE2
                or len(d.get("stage1", ())) != len(FEATURES) or len(d.get("stage2", ())) != len(STAGE2)):
            raise ValueError("the weights were fitted on other features; refit them (python -m stripper.learn fit)")
        return Weights(np.asarray(d["stage1"], dtype=np.float64), np.asarray(d["stage2"], dtype=np.float64),
                       {k: v for k, v in d.items() if k not in ("stage1", "stage2", "trees")},
                       Trees.from_dict(d["trees"]) if d.get("trees") else None)


@lru_cache(maxsize=8)
def load_weights(path: str | None = None) -> Weights:
    """The page pass's weights: from `path`, or the ones shipped in stripper/data/."""
    if path is None:
        text = (resources.files("stripper") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return Weights.from_dict(json.loads(text))


# ---------------------------------------------------------------- the pass
def scores(a: Lines, w: Weights) -> np.ndarray:
    """The stage-2 logits of the non-blank lines (keep where > keep_threshold)."""
    if not len(a.index):
        return np.zeros(0)
    lead = a.lead if a.lead is not None else np.full(len(a.index), -1, dtype=np.int64)
    return np.frombuffer(_text.scores(np.ascontiguousarray(a.X, dtype=np.float64), w.stage1,
                                      w.trees.spec if w.trees is not None and len(w.trees.leaf) else None,
                                      w.stage2, np.ascontiguousarray(a.words, dtype=np.int64),
                                      a.vocab._c if a.vocab is not None else None, lead), dtype=np.float64)


def classify(lines: list[str], pp: PagePass = DEFAULT, weights: Weights | None = None, *,
             guard: bool = True, b: Body | None = None, edges: bool | None = None) -> list[Verdict | None]:
    """Per line: None to keep it, or the Verdict that removes it. With `guard` (the default) the
    pass never removes more than `pp.prose_loss_max` of the words of the text's prose lines.
    With `edges` it removes only lines around the story (`_edges_only`); None: on a short page,
    one of fewer than `pp.page_min_lines` non-blank lines. (`b`: the lines' Body, if the gate has
    computed it.)"""
    w = weights or load_weights(pp.weights)
    a = features(lines, pp, b)
    out: list[Verdict | None] = [None] * len(lines)
    if not len(a.index):
        return out
    v = scores(a, w)
    drop = _drops(v, a.words, pp)
    raw = [lines[i] for i in a.index.tolist()]
    edge = edges if edges is not None else len(a.index) < pp.page_min_lines
    crumb = _crumbs(raw, pp)
    if crumb is not None:
        # A breadcrumb is a menu's line (no headline, no byline, no story's start); above the
        # story's first line it goes.
        a = replace(a, bad=a.bad | crumb)
        start = np.flatnonzero(~drop & ~crumb & (a.words >= pp.near_min_words))
        head = int(start[0]) if start.size else len(drop)
        drop[:head] |= crumb[:head]
    if pp.menu_run > 0 and float(v.max()) - pp.keep_margin >= pp.keep_threshold:
        # (Not on a page the pass is sure of no line: there its likeliest lines stay, `_drops`.)
        _drop_menu_runs(drop, a, v, pp, raw)
    if pp.matter_reach >= 0 and drop.any():
        _keep_matter(drop, raw, a.words >= pp.near_min_words, pp.matter_reach)
    if edge and drop.any():
        _edges_only(drop, a, v, pp, raw)
    elif pp.headline_margin > 0 and drop.any():
        _keep_headline(drop, a, v, pp, raw if pp.head_lines > 0 else None)
    if pp.teaser_run > 0:
        _drop_teasers(drop, a, pp, raw)
    if guard:
        prose = (a.words >= pp.prose_min_words) & (a.X[:, FEATURES.index("ends_sentence")] > 0)
        pw = np.where(prose, a.words, 0)
        total = pw.sum()
        if total and pw[drop].sum() > pp.prose_loss_max * total:
            drop &= ~prose
    kind = np.where(a.bad, 0, np.where(a.words <= pp.short_max_words, 1, 2))[drop].tolist()
    for i, k in zip(a.index[drop].tolist(), kind):
        out[i] = VERDICTS[k]
    return out


def _drops(v: np.ndarray, words: np.ndarray, pp: PagePass) -> np.ndarray:
    """Per line, whether it goes: its logit is at most `pp.keep_threshold`, and, on a page where
    the pass is sure of no line (its best logit is under `keep_threshold + keep_margin`), not within
    `keep_margin` of the best logit with `keep_margin_min_words` words or more."""
    drop = v <= pp.keep_threshold
    top = float(v.max())
    if top - pp.keep_margin < pp.keep_threshold:
        drop &= ~((v > top - pp.keep_margin) & (words >= pp.keep_margin_min_words))
    return drop


# Words that mark a byline (lowercased tokens, among a line's first `_CUE_TOKENS` or its last:
# "김민수 기자") and, in scripts written without spaces, strings that mark one anywhere in the line:
# who wrote the story, or when.
_CUES = """
by von par por di da door av af ved autor autorin author authors written posted reporter redaktion
text texte testo texto fotos photos updated published aktualisiert veröffentlicht publié publiée
pubblicato publicado bởi oleh yazar napisał του της автор авторы текст опубликовано обновлено
بقلم كتب بواسطة מאת द्वारा लेखक 기자 글 입력 작성
ავტორი հեղինակ எழுதியவர் imeandikwa نویسنده szerző kirjoittaja forfatter skrevet piše napsal napsala
napísal napísala penulis yazan লেখক συντάκτης autorius autors ጸሐፊ تحریر रिपोर्ट
"""
BYLINE_CUES = frozenset(_CUES.split())
BYLINE_CUES_DENSE = ("記者", "记者", "作者", "撰文", "文／", "文・", "文/", "来源", "來源", "編集", "编辑", "投稿",
                     "โดย", "ผู้เขียน", "เขียน")
_CUE_TOKENS = 4


def is_byline(line: str, figures: bool = True) -> bool:
    """Whether `line` reads as a byline or (with `figures`) a date line: it holds a byline's cue
    (`BYLINE_CUES`, `BYLINE_CUES_DENSE`) or a token of it starts with a figure (a date, a time:
    "5 March", "10:30", "2024年"; not "Facebook0")."""
    if any(c in line for c in BYLINE_CUES_DENSE):
        return True
    toks = tokens(line)
    return (any(t.lower() in BYLINE_CUES for t in toks[:_CUE_TOKENS] + toks[-1:])
            or (figures and any(t[0].isdecimal() for t in toks)))


# Job titles a byline gives after the writer's name ("Jane Doe, Correspondent", "Олена Коваленко,
# кореспондентка", "مراسل", "特派員"), lowercased; what the name of a photographer is given with
# is a photo credit, and not here.
_ROLE_WORDS = """
correspondent correspondents reporter reporters journalist editor columnist writer contributor critic
korrespondent korrespondentin redakteur redakteurin reporterin journalistin kolumnist kolumnistin
correspondant correspondante journaliste rédacteur rédactrice envoyé envoyée chroniqueur chroniqueuse
corresponsal periodista redactor redactora enviado enviada columnista corrispondente giornalista
inviato inviata redattore redattrice correspondente jornalista repórter redator redatora colunista
verslaggever redacteur korespondent korespondentka dziennikarz dziennikarka reporterka redaktor
redaktorka publicysta publicystka zpravodaj zpravodajka novinář novinářka reportér reportérka
spravodajca spravodajkyňa novinár novinárka корреспондент корреспондентка журналист журналистка
обозреватель редактор спецкор кореспондент кореспондентка журналіст журналістка оглядач
оглядачка репортер собкор власкор дописник новинар novinar novinarka dopisnik dopisnica urednik urednica
tudósító újságíró szerkesztő riporter corespondent corespondentă jurnalist jurnalistă muhabir
muhabiri editör ανταποκριτής ανταποκρίτρια δημοσιογράφος toimittaja kirjeenvaihtaja redaktör
redaktør medarbeider wartawan koresponden mwandishi مراسل مراسلة محرر محررة صحفي صحفية خبرنگار
گزارشگر כתב כתבת עיתונאי עיתונאית संवाददाता रिपोर्टर पत्रकार প্রতিবেদক সংবাদদাতা সাংবাদিক
செய்தியாளர் நிருபர் رپورٹر ዘጋቢ კორესპონდენტი ჟურნალისტი թղթակից լրագրող 특파원 特派員 特派员 通讯员
"""
_ROLES = frozenset(_ROLE_WORDS.split())
# Name particles: lower-case words that belong to a name ("Ana de la Cruz", "Ludwig van Beethoven").
_PARTICLE_WORDS = "de da do dos das del della di du des la le van von der den ter ten zu y e al el bin ibn ben bint af av"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
# Cues too common as other words to be one alone: a cue only in front of a name of two words or
# more ("Na Juma Hamisi": Swahili's "by", and "on" in Polish, Czech, Croatian).
_WEAK_CUES = frozenset(("na",))
# Cues and job titles of two words, read as one ("Tác giả: Lê Minh Tuấn", "Phóng viên Lê Minh Tuấn").
_TWO_WORD_CUES = {"tác giả": "cue", "phóng viên": "role", "nhà báo": "role", "staff writer": "role",
                  "special correspondent": "role", "imeandikwa na": "cue", "نامہ نگار": "role"}
# Words of a credit that may come before a cue ("Story by …", "Additional reporting by …"): a line
# whose first cue follows other words ("Sponsored by Acme", "Powered by WordPress") is no byline.
_CREDIT_WORDS = frozenset(("story", "words", "reporting", "additional", "interview", "edited", "compiled", "video", "and",
                           "und", "et", "y", "e", "i"))
# What may follow a leading cue (`reads_as_byline`): a name, a date, a job title (`_kind`'s kinds).
_AFTER_CUE = frozenset(("name", "particle", "weak", "cue", "role", "date", "year", "num", "agency", "handle", "sep"))
# Cues that follow a name ("김민수 기자").
_TRAILING_CUES = frozenset(("기자", "특파원", "글"))
# What no byline holds: a copyright sign, a link.
_NOT_BYLINE = ("©", "®", "™", "://", "www.")
BYLINE_MAX_PARTS = 10
# The tokens a line with a byline's cue of a script without spaces has at most to read as a byline
# (`BYLINE_CUE_MAX_TOKENS`), or when a separator follows the cue (`BYLINE_DENSE_MAX_TOKENS`).
BYLINE_CUE_MAX_TOKENS = 6
BYLINE_DENSE_MAX_TOKENS = 16
_DENSE_SEPS = frozenset(" 　:：/／・|｜")


def _finds(s: str, sub: str) -> list[int]:
    """Where `sub` starts in `s`."""
    out, i = [], s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out
# Separators between a byline's name, job title, place and date ("Jane Doe | 12.03.2024"): these
# characters, and a hyphen or a slash with spaces around it.
_SEGMENT_SEPS = "|·•—–,;"
_SPLIT_SEGMENTS = str.maketrans(dict.fromkeys(_SEGMENT_SEPS, "\n"))
_WORD_PUNCT = ".:()[]\"'“”«»՝："


def _date(word: str) -> bool:
    """A date or a time: "12.03.2024", "2024-03-12", "3/12/2024", "10:30", "08h30" (not "4/32",
    a photo counter, nor "1.299", a price)."""
    w = word.strip("().,[]")
    for sep in ".-/":
        pieces = w.split(sep)
        if len(pieces) == 3 and all(p.isascii() and p.isdigit() for p in pieces):
            a, b, c = (int(p) for p in pieces)
            lens = tuple(map(len, pieces))
            if lens[0] == 4:
                return lens[1] <= 2 and lens[2] <= 2 and 1 <= b <= 12 and 1 <= c <= 31
            return lens[0] <= 2 and lens[1] <= 2 and lens[2] in (2, 4) and 1 <= a <= 31 and 1 <= b <= 31
    for sep in ":h":
        pieces = w.split(sep)
        if len(pieces) == 2 and all(p.isascii() and p.isdigit() for p in pieces):
            return len(pieces[0]) <= 2 and len(pieces[1]) == 2 and int(pieces[0]) <= 24 and int(pieces[1]) < 60
    return False


def _year(word: str) -> bool:
    w = word.strip("().,[]")
    return len(w) == 4 and w.isascii() and w.isdigit() and w[:2] in ("19", "20")


def _cased(word: str) -> bool:
    """Whether `word` is written in a script whose words start upper-case when they are names
    (Latin, Cyrillic, Greek, Armenian; not Georgian, whose capitals are for titles)."""
    return any((c.isupper() or c.islower()) and not 0x10A0 <= ord(c) <= 0x10FF and not 0x1C90 <= ord(c) <= 0x1CBF
               for c in word)


def _kind(raw: str) -> str:
    """A byline's word, for `reads_as_byline`: "date" (`_date`), "year", "num", "role" (`_ROLES`),
    "cue" (`BYLINE_CUES`), "handle" (an @handle or a mail address), "name" (a word of letters that
    starts upper-case in a script with case, any such word in one without; a particle,
    `_PARTICLES`, with a colon: "Photo:" is a "label"), "agency" (capitals, 2 to 4 letters:
    "AP", "ČTK"), "word" (any other word of letters) or "other"."""
    w = raw.strip(_WORD_PUNCT)
    low = w.lower()
    if not w:
        return "sep"
    if _date(raw):
        return "date"
    if _year(raw):
        return "year"
    if w.isdigit():
        return "num"
    if low in _ROLES or low == "role":
        return "role"
    if low in BYLINE_CUES or low == "cue":
        return "cue"
    if low in _WEAK_CUES:
        return "weak"
    if "@" in w and len(w) > 2:
        return "handle"
    if not all(c.isalpha() or c in "-'’." or unicodedata.category(c)[0] == "M" for c in w):
        return "other"
    if raw.rstrip("()[]").endswith((":", "：")):
        return "label"
    if not _cased(w):
        return "name"
    if w.isupper() and len(w) > 1:
        return "agency" if len(w) <= 4 else "other"
    if w[0].isupper():
        return "name"
    return "particle" if low in _PARTICLES or low in _CREDIT_WORDS else "word"


def _segment(kinds: list[str]) -> str:
    """What one separated part of a byline is: "N" a name (one to four names, with particles),
    "C" a cue or a job title in front of a name ("By Jane Doe", "Автор: Анна Петрова", "خبرنگار:
    مریم احمدی"), "D" a date ("12.03.2024", "12 марта 2024", "March 4", "2024", with at most one
    word: the month), "R" a job title ("Correspondent", "zpravodaj ČTK", "Staff writer"), or "?"."""
    names = kinds.count("name")
    body = [k for j, k in enumerate(kinds) if k != "particle" and not (j and k == "weak")]
    if not body:
        return "?"
    if (body[0] in ("cue", "role") or (body[0] == "weak" and names >= 2)) and len(body) > 1 \
            and all(k == "name" for k in body[1:]) and names <= 5:
        return "C"
    if all(k == "name" for k in body) and names <= 4:
        return "N"
    if any(k in ("date", "year", "num") for k in body) and all(k in ("date", "year", "num", "name", "word") for k in body) \
            and len(body) - sum(k in ("date", "year", "num") for k in body) <= 1:
        return "D"
    if "role" in body and len(body) <= 3 and all(k in ("role", "name", "word", "agency") for k in body):
        return "R"
    return "?"


def reads_as_byline(line: str) -> bool:
    """Whether `line` is shaped like a story's byline or dateline, in any language or script, by
    its structure (no cue word needed): a short line (at most `BYLINE_MAX_PARTS` words, no
    copyright sign nor link, no "!" or "?") whose parts, split at separators (`_SEGMENT_SEPS`, a
    spaced "-" or "/"), are (`_segment`)
    - a name with a full date or a time ("Maria Kowalska | 12.03.2024", "Иван Петров, 12 марта
      2024, 10:30", "Ana García · Madrid · 12 mar 2024"; a year alone is no date, nor "Photo 4/32"),
    - a name and a job title ("John Smith, Correspondent", "Олена Коваленко, кореспондентка"),
    - a cue or a job title and a name ("By Jane Doe", "ავტორი: ნინო ბერიძე", "خبرنگار: مریم احمدی"),
      then any of those;
    and, in a script with case: a name with an @handle of it ("Jane Doe @janedoe"), or a dateline,
    a place in capitals with a date or an agency ("NAIROBI, March 3 —", "WASHINGTON (AP) —").
    A label in front ("Photo: Reuters", "Quelle: dpa", "Главный редактор: Иван Петров"), a word in
    capitals or a lower-case word among the names ("Preise Stand 11. Juni 2022" has no separator,
    "Emma Clarke commented 11 June 2022" a verb) is no byline. In a script without case every word
    reads as a name, so there it is the separators, cues, job titles and dates that tell. Scripts
    written without spaces are left to `is_byline`'s cues ("記者", "文・")."""
    s = line.strip()
    if not s or len(s) > 160 or any(x in s for x in _NOT_BYLINE) or s[-1] in "!?！？؟":
        return False
    dense = [c for c in BYLINE_CUES_DENSE if c in s]
    if dense:
        # A script without spaces: a short line with a cue ("記者 王小明", "文・山田太郎"), or a cue
        # set off from a name by a separator ("记者 王小明 北京报道", "撰文：赵磊").
        n = len(tokens(s))
        return n <= BYLINE_CUE_MAX_TOKENS or (
            n <= BYLINE_DENSE_MAX_TOKENS and not _text.ends_sentence(s, False)
            and any(s[i + len(c) : i + len(c) + 1] in _DENSE_SEPS for c in dense for i in _finds(s, c)))
    parts = s.split()
    if len(parts) > BYLINE_MAX_PARTS:
        return False
    head2 = " ".join(parts[:2]).lower().rstrip(":：")
    if head2 in _TWO_WORD_CUES:
        parts = [_TWO_WORD_CUES[head2] + (":" if parts[1].endswith((":", "：")) else ""), *parts[2:]]
        s = " ".join(parts)
    cased = _cased(s)
    # A dateline: "NAIROBI, March 3 —", "WASHINGTON (AP) —".
    head = parts[0].rstrip(",")
    if (cased and len(head) > 2 and head.isupper() and head.isalpha() and s[-1] in "—–-"
            and (parts[0].endswith(",") or "(" in s) and len(parts) <= 6):
        return True
    pieces = [p.split() for p in s.replace(" - ", "\n").replace(" / ", "\n").translate(_SPLIT_SEGMENTS).split("\n")]
    pieces = [p for p in pieces if p and any(w.strip(_WORD_PUNCT + "-/") for w in p)]
    if not pieces:
        return False
    kinds = [[_kind(w) for w in p] for p in pieces]
    flat = [k for ks in kinds for k in ks]
    # A cue that leads ("By …", "Story by …", "Veröffentlicht: 11. Juni 2022"; not "Sponsored by
    # Acme", "Autor folgen") or, for a name, ends the line ("김민수 기자").
    cue = next((i for i, k in enumerate(flat[:_CUE_TOKENS]) if k == "cue"), None)
    words = [w for p in pieces for w in p]
    if cue is not None and all(w.lower().strip(_WORD_PUNCT) in _CREDIT_WORDS for w in words[:cue]) \
            and set(flat[cue + 1 :]) <= _AFTER_CUE and any(k in ("name", "date", "year") for k in flat[cue + 1 :]):
        return True
    if words[-1].lower() in _TRAILING_CUES and 1 <= len(words) - 1 <= 3 and set(flat[:-1]) <= {"name", "handle"}:
        return True
    segs = [_segment(k) for k in kinds]
    # A full date: a date or a time, or a year with a day or a month, in one part or the one
    # before ("12 марта 2024", "March 4, 2024").
    full = any("date" in k or ("year" in k and any(x in k or (j and x in kinds[j - 1]) for x in ("num", "name", "word")))
               for j, k in enumerate(kinds))
    first, rest = segs[0], segs[1:]
    if first == "N" and len(pieces) == 1 and "handle" not in kinds[0]:
        return False
    if first == "C" and all(x in "NCDR" for x in rest):
        return not rest or full or "D" not in rest
    if first == "N" and rest and all(x in "NCDR" for x in rest) and ("R" in rest or "C" in rest or full):
        return "R" in rest or any(len(p) >= 2 for p, x in zip(pieces, segs) if x == "N")
    if first == "R" and rest and all(x in "NCDR" for x in rest):
        return True  # "Staff correspondent, Dhaka"
    if not cased:
        return False
    # A name with its @handle: "Jane Doe @janedoe".
    if flat.count("handle") == 1 and set(flat) <= {"name", "particle", "handle"} and 2 <= flat.count("name") <= 4:
        handle = words[flat.index("handle")].lower()
        return any(len(w) >= 3 and w.lower()[:3] in handle for w, k in zip(words, flat) if k == "name")
    return False


def _keep_headline(drop: np.ndarray, a: Lines, v: np.ndarray, pp: PagePass, raw: list[str] | None = None) -> None:
    """Un-drop (in place) the story's head: the line right above the first kept line of
    `pp.near_min_words` words or more (the story's start), or above up to `pp.head_lines` byline
    and date lines there, when it reads as a headline: no menu's item (`Lines.bad`, a "|" bar), no
    sentence end, no figure (a date line, a kicker with a time: "Energie 12.12.2022, 08:30 Uhr"),
    `pp.headline_min_words` to `pp.headline_max_words` words, and the pass nearly kept it (logit `v`
    within `pp.headline_margin` of the threshold); and those byline and date lines (`is_byline`
    of `raw`, the non-blank lines: at most `pp.byline_max_words` words, at most `pp.pipe_max` "|",
    no menu's item, a logit within `pp.byline_margin` of the threshold), with or without a
    headline above them, unless the story's start is itself headline-like (`_headline_like`: what
    is above it is the site's header); and up to `pp.tail_lines` such lines with a cue (no figure) and at most
    `pp.short_max_words` words right under the last kept line of `pp.near_min_words` words or more
    (a byline that closes the story)."""
    anchor = np.flatnonzero(~drop & (a.words >= pp.near_min_words))
    if not anchor.size or not anchor[0]:
        return
    first = int(anchor[0])
    h = first - 1
    if raw is not None:
        def byline(k: int, figures: bool = True) -> bool:
            return bool(not a.bad[k] and a.words[k] <= pp.byline_max_words and raw[k].count(_PIPE) <= pp.pipe_max
                        and v[k] > pp.keep_threshold - pp.byline_margin and is_byline(raw[k], figures))

        # (Not above a first line that is itself a headline: above the story's head is the site's.)
        while not _headline_like(a, first, pp) and h >= 0 and first - h <= pp.head_lines and byline(h):
            h -= 1
        drop[h + 1 : first] = False
        last, t = int(anchor[-1]), int(anchor[-1]) + 1
        while t < len(drop) and t - last <= pp.tail_lines and a.words[t] <= pp.short_max_words and byline(t, figures=False):
            t += 1
        drop[last + 1 : t] = False
    if h >= 0 and drop[h] and _headline_like(a, h, pp) and v[h] > pp.keep_threshold - pp.headline_margin:
        drop[h] = False


def _headline_like(a: Lines, h: int, pp: PagePass) -> bool:
    """Whether line `h` reads as a headline: no menu's item (`Lines.bad`, a "|" bar), no sentence
    end, no figure, `pp.headline_min_words` to `pp.headline_max_words` words."""
    X = a.X[h]
    return bool(not a.bad[h] and X[_PIPE_F] <= 0 and X[_ENDS] <= 0 and X[_DIGITS] <= 0
                and pp.headline_min_words <= a.words[h] <= pp.headline_max_words)


# Breadcrumbs' separators ("Home > News > World", "首页 » 新闻", "ホーム ＞ 地域"), and the labels that
# lead one in ("当前位置：", "You are here:").
_CRUMB_SEPS = (" > ", " » ", " › ", "＞", " → ", " / ", " >> ", "»", "›")


# What a line must hold to be looked at as a breadcrumb (every separator holds one).
_CRUMB_CHARS = (">", "»", "›", "＞", "→", "/")


def _holding(raw: list[str], chars: tuple[str, ...]) -> list[int]:
    """The indices of the lines of `raw` (lines, without newlines) that hold one of `chars`,
    ascending. Found with str.find over the lines joined, one find per line holding a char (after one
    in a line, the search goes on at the next line), instead of asking every line about every char:
    most lines hold none, and asking cost the page pass a tenth of its time on whole pages."""
    text = "\n".join(raw)
    found: set[int] = set()
    ends: list[int] | None = None  # ends[k]: where line k + 1 starts
    for c in chars:
        pos = text.find(c)
        if pos < 0:
            continue
        if ends is None:
            ends = [end + k + 1 for k, end in enumerate(accumulate(map(len, raw)))]
        while pos >= 0:
            k = bisect_right(ends, pos)
            found.add(k)
            pos = text.find(c, ends[k])
    return sorted(found)


def _crumbs(raw: list[str], pp: PagePass) -> np.ndarray | None:
    """Per non-blank line, whether it is a breadcrumb: after any label that ends with a colon, at
    least three steps split by one of `_CRUMB_SEPS`, each of 1 to `pp.short_max_words` words and
    no sentence's end (None if no line is)."""
    out = None
    for k in _holding(raw, _CRUMB_CHARS):
        ln = raw[k]
        body = ln.strip()
        for colon in ("：", ": "):
            if colon in body:
                body = body.rsplit(colon, 1)[1]
        for sep in _CRUMB_SEPS:
            steps = body.split(sep)
            if len(steps) >= 3:
                n = [word_count(t) for t in steps]
                if min(n) >= 1 and max(n) <= pp.short_max_words and not _text.ends_sentence(steps[-1].strip(), False):
                    if out is None:
                        out = np.zeros(len(raw), dtype=bool)
                    out[k] = True
                break
    return out


def _drop_menu_runs(drop: np.ndarray, a: Lines, v: np.ndarray, pp: PagePass, raw: list[str] | None = None) -> None:
    """Drop (in place) the kept lines of at most `pp.short_max_words` words in runs of at least
    `pp.menu_run` such lines above the story's first or below its last kept prose line (of
    `pp.good_min_words` words or more that end like a sentence), but the story's head: the line
    right above the first, or above up to `pp.head_lines` byline and date lines of `raw` there
    (`is_byline`): menus, breadcrumbs and footers' links that the weights keep for their neighbours."""
    prose = np.flatnonzero(~drop & (a.words >= pp.good_min_words) & (a.X[:, _ENDS] > 0))
    if not prose.size:
        return
    first, last = int(prose[0]), int(prose[-1])
    # (The story's head stays: the line right above its first prose line, or above up to
    # `pp.head_lines` byline and date lines there: "Bigger, Faster Photos" over "by Justin Shaffer
    # on Wednesday, November 16, 2011".)
    top = first - 1
    if raw is not None:
        while (top > 0 and first - top <= pp.head_lines and a.words[top] <= pp.byline_max_words
               and is_byline(raw[top])):
            top -= 1
    short = a.words <= pp.short_max_words
    doubt = v <= pp.keep_threshold + pp.menu_margin
    edges = np.flatnonzero(np.diff(np.concatenate(([0], short.astype(np.int8), [0]))))
    for s, e in zip(edges[::2].tolist(), edges[1::2].tolist()):
        if e - s < pp.menu_run:
            continue
        if s < top:
            drop[s : min(e, top)] |= doubt[s : min(e, top)]
        if e > last + 1:
            drop[max(s, last + 1) : e] |= doubt[max(s, last + 1) : e]


def _unmarked(line: str) -> bool:
    """Whether `line` holds a letter of a script whose sentences end with no mark (Thai, Lao,
    Myanmar, Khmer: `segment.SEA`)."""
    return any(lo <= ord(c) <= hi for c in line for lo, hi in SEA)


def _drop_teasers(drop: np.ndarray, a: Lines, pp: PagePass, raw: list[str]) -> None:
    """Drop (in place) the kept lines of a script written without spaces below the story's last
    kept prose line (`pp.good_min_words` words or more that end like a sentence; in Thai, Lao,
    Khmer or Myanmar, more than `pp.headline_max_words` words) that end no sentence, when there are
    at least `pp.teaser_run` of them (with or without dropped lines between): other stories'
    headlines and a footer's links. (In Chinese each Han character counts a word, so a headline of
    24 characters is as long as a sentence to the weights; the story's paragraphs end with 。.)"""
    ends = a.X[:, _ENDS] > 0
    # (Thai, Lao, Khmer and Myanmar prose ends no sentence with a mark: there a line longer than a
    # headline is prose.)
    prose = np.flatnonzero(~drop & ((ends & (a.words >= pp.good_min_words))
                                    | ((a.X[:, _UNSPACED] > 0) & (a.words > pp.headline_max_words))))
    if not prose.size:
        return
    last = int(prose[-1]) + 1
    # (In those scripts the story's lines shorter than a headline follow its prose unbroken: the
    # kept lines right under it of `pp.near_min_words` words or more are the story's, up to the
    # first line the pass drops.)
    while (last < len(drop) and not drop[last] and a.words[last] >= pp.near_min_words
           and _unmarked(raw[last])):
        last += 1
    if last + pp.teaser_run > len(drop) or not _text.has_dense("\n".join(raw[last:])):
        return
    teaser = last + np.flatnonzero(~drop[last:] & ~ends[last:])
    teaser = [k for k in teaser.tolist() if _text.has_dense(raw[k])]
    if len(teaser) >= pp.teaser_run:
        drop[teaser] = True


def _edges_only(drop: np.ndarray, a: Lines, v: np.ndarray, pp: PagePass, raw: list[str] | None = None) -> None:
    """Un-drop (in place) every line from the first to the last kept line of `pp.near_min_words`
    words or more, and the `pp.short_page_head` lines above the first that are no menu's items
    (`Lines.bad`, or a "|"-separated bar) and that the pass nearly kept (logit `v` within
    `pp.short_page_head_margin` of the threshold): on a short page the pass takes only the menus, header
    and footer around the story (its headline stays); and nothing if it keeps no such line or
    takes fewer than `pp.short_page_menu` lines, or `pp.short_page_menu_share`, of those above the
    first (a site's header), or when `pp.short_page_figures_max` of those it takes hold a figure (a
    listing's details, not a menu)."""
    anchor = np.flatnonzero(~drop & (a.words >= pp.near_min_words))
    if not anchor.size:
        drop[:] = False
        return
    first, last = int(anchor[0]), int(anchor[-1])
    drop[first : last + 1] = False
    head = slice(max(0, first - pp.short_page_head), first)
    # (Not above a first line that is itself a headline: above the story's head is the site's.)
    if not _headline_like(a, first, pp):
        drop[head] &= a.bad[head] | (a.X[head, FEATURES.index("has_pipe")] > 0) | (v[head] <= pp.keep_threshold - pp.short_page_head_margin)
    if raw is not None:
        # A headline above up to `pp.head_lines` byline and date lines ("• Post author By Helge
        # Fahrnberger", "• Post date March 5, 2014", items of a list though they are) stays with them.
        h = first - 1
        while h >= 0 and first - h <= pp.head_lines and a.words[h] <= pp.byline_max_words and is_byline(raw[h]):
            h -= 1
        if h < first - 1 and h >= 0 and _headline_like(a, h, pp) and v[h] > pp.keep_threshold - pp.headline_margin:
            drop[h : first] = False
    taken = int(drop[:first].sum())
    figures = int((drop[:first] & (a.X[:first, FEATURES.index("digits")] > 0)).sum())
    if taken < pp.short_page_menu or taken < pp.short_page_menu_share * first or figures >= pp.short_page_figures_max * taken:
        # No site header above the story: no whole page. Text already extracted starts with its
        # headline, or with a list of which the pass keeps some lines (an FAQ, a price list).
        drop[:] = False


def _keep_matter(drop: np.ndarray, raw: list[str], content: np.ndarray, reach: int) -> None:
    """Un-drop (in place) each block of matter (`doctype.kinds`: table, data list, code, verse) of
    the non-blank lines `raw` that has a kept line of `content` within `reach` lines of it, and the
    lines between: a recipe's ingredients, a table, a listing under the story's paragraphs. Only
    lines the pass itself keeps anchor a block (not another block kept so), so that blocks do not
    chain down a page."""
    kind = doctype.kinds(raw)
    if not kind.any():
        return
    kept = ~drop & content
    flags = (kind != doctype.NONE) & (kind != doctype.VERSE)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    m = len(drop)
    for s, e in zip(edges[::2].tolist(), edges[1::2].tolist()):
        before = np.flatnonzero(kept[max(0, s - reach) : s])
        after = np.flatnonzero(kept[e : min(m, e + reach)])
        if not (before.size or after.size or kept[s:e].any()):
            continue
        lo = max(0, s - reach) + int(before[-1]) if before.size else s
        hi = e + int(after[0]) if after.size else e
        drop[lo:hi] = False


def looks_like_page(lines: list[str], pp: PagePass = DEFAULT, b: Body | None = None) -> bool:
    """True if the text looks like a whole web page: at least `pp.page_min_lines` non-blank lines,
    of which at least `pp.page_short_frac` sit in runs of `pp.page_run` or more short lines (menus,
    tag clouds, footers); or, for a short text (at least `pp.short_page_min_lines`), at least
    `pp.short_page_frac` of them (`classify` then takes only the lines around its story, and
    only if it takes a site's header above it: `_edges_only`). List markers are no words, so a WET record without them is judged like a
    text with them. Words are `stripper.segment`'s, so a page in Chinese is judged like one in
    English. (`b`: the lines' Body, if known.)"""
    return gate(lines, pp, b)[0]


def gate(lines: list[str], pp: PagePass = DEFAULT, b: Body | None = None,
         counted: tuple[list[int], int] | None = None) -> tuple[bool, Body | None]:
    """`looks_like_page`, and the lines' Body (given, or computed when the text has enough
    non-blank lines to be a page: its word counts are the gate's, and its tokens the features'
    if the gate says yes; `counted`: the matcher's word counts, see `body`)."""
    least = pp.min_lines
    if len(lines) < least:
        return False, b
    if b is None:
        b = body(lines, counted)
        if len(b.lines) < least:
            return False, None
    if len(b.lines) < least:
        return False, b
    words = np.array(b.words, dtype=np.int64)
    short = words <= pp.short_max_words
    m = len(b.lines)
    frame = pp.short_page_frame_frac if m < pp.page_min_lines else pp.page_frame_frac
    framed = frame > 0
    need = (pp.page_short_frac if m >= pp.page_min_lines else pp.short_page_frac) * m
    if _text.in_runs(short, pp.page_run) < (min(need, frame * m) if framed else need):
        return False, b
    if pp.matter_reach >= 0:
        # A plain-text document, a code file or a poem is no web page; a table's or a data list's
        # short lines are no menu.
        raw = [lines[i] for i in b.index]
        kind = doctype.kinds(raw, words=b.words)
        if doctype.document_kind(raw, kind=kind) is not None:
            return False, b
        short &= (kind != doctype.TABLE) & (kind != doctype.DATA)
    if _text.in_runs(short, pp.page_run) >= need:
        return True, b
    return framed and _framed(short, words, pp, frame), b


def _framed(short: np.ndarray, words: np.ndarray, pp: PagePass, frame: float) -> bool:
    """Whether the runs of short lines of a text frame its prose (`PagePass.short_page_frame_frac`,
    `PagePass.page_frame_frac`): at least `pp.short_page_frame_head` of them above the densest
    block of prose lines and no line of `pp.good_min_words` words or more, and at least `frame` of
    the text's lines in runs above or below it, more than in it."""
    values = np.where(words >= pp.near_min_words, np.minimum(words, pp.region_good_cap),
                      np.where(short, -pp.region_penalty, 0.0))
    total, s, e = densest(values)
    if total <= 0 or (s and int(words[:s].max()) >= pp.good_min_words):
        return False
    head = _text.in_runs(short[:s], pp.page_run)
    around = head + _text.in_runs(short[e:], pp.page_run)
    return (head >= max(pp.page_run, pp.short_page_frame_head) and around >= frame * len(words)
            and _text.in_runs(short[s:e], pp.page_run) < around)
