"""HTML -> text. The only module that imports trafilatura (and resiliparse, the optional fast engine).

trafilatura keeps one paragraph per line. Comments are left out (`include_comments=False`
measured best on a public benchmark). When extraction yields nothing, or a small fraction of the
page's visible text, the result says so and falls back to the page's full text, which the text
rules and the page pass then clean: a story is never dropped without a word.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING

from .errors import EngineError

if TYPE_CHECKING:
    from resiliparse.parse.html import HTMLTree

    from .settings import Settings


@dataclass(frozen=True, slots=True)
class Extraction:
    text: str
    # The page pass runs on the text: it is the page's full text, not the extractor's main content, or
    # (the resiliparse engine) main content that still holds the page's furniture.
    fallback: bool
    warning: str = ""




@dataclass(frozen=True, slots=True)
class Engine:
    """An extraction engine: a name, and a function from an HTML page to an Extraction (which says
    whether its text is main content or the page's full text, for the page pass)."""

    name: str
    # (html, settings) -> Extraction; settings carry the extraction thresholds (extraction_* fields).
    extract: Callable[[str, Settings], Extraction]
    summary: str = ""


# The registry of engines, by name, in the order they are offered (the first is the default).
# Adding an engine is one `register` call; `strip(..., engine=NAME)`, `stripper clean --engine` and
# the dataset runner look engines up here.
ENGINES: dict[str, Engine] = {}


def register(engine: Engine) -> Engine:
    if engine.name in ENGINES:
        raise ValueError(f"engine {engine.name!r} is registered twice")
    ENGINES[engine.name] = engine
    return engine


def get_engine(name: str) -> Engine:
    try:
        return ENGINES[name]
    except KeyError:
        raise EngineError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}") from None


def _settings(settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    from .settings import DEFAULT

    return DEFAULT


def extract_with(html: str, engine: str = "trafilatura", settings: Settings | None = None) -> Extraction:
    fn = get_engine(engine).extract
    html, restore = _hide_surrogates(html)
    ex = fn(html, _settings(settings))
    return ex if restore is None else Extraction(restore(ex.text), ex.fallback, ex.warning)


_SURROGATE = re.compile("[\ud800-\udfff]")
_STANDIN = re.compile("\u2983s([0-9a-f]{4})\u2984")


def _hide_surrogates(html: str) -> tuple[str, Callable[[str], str] | None]:
    """Parsers cut a page at a lone surrogate (valid in JSON, not in UTF-8), silently. They cross
    the extractor as printable stand-ins ("⦃sd800⦄") and come back as they were; a page that already
    holds such a stand-in gets U+FFFD instead, which loses one character, not the page."""
    if html.isascii():
        return html, None
    try:
        html.encode("utf-8")  # (in C: far faster than searching for a surrogate with a regex)
        return html, None
    except UnicodeEncodeError:
        pass
    if "\u2983s" in html:
        return _SURROGATE.sub("\ufffd", html), None
    hidden = _SURROGATE.sub(lambda m: f"\u2983s{ord(m.group()):04x}\u2984", html)
    return hidden, lambda text: _STANDIN.sub(lambda m: chr(int(m.group(1), 16)), text)


# Elements whose text is never the story, by HTML's own semantics; leaving them out gained F1 and
# time on the development pages.
_NOT_STORY = ["script", "style", "noscript", "template", "svg", "iframe", "nav", "footer", "aside", "form", "select",
              "button"]
# Words in the class or id of containers that hold no story (comment threads, related links, share
# bars, newsletter and sign-up boxes, author boxes, footers, breadcrumbs, ratings, licences, photo
# credits, bylines, dialogs; then, with the page pass on the main content, captions, boxes, tag lists,
# meta lines, sidebars, print links and adverts), matched in any case anywhere in the attribute
# ("post-author-bio", "yarpp-related"). Each was kept only if, alone, it raised snippet F1 and lost
# at most two "with" snippets (of about 1,400 found) on the trafilatura evaluation pages of even index
# (the odd ones and the development pages are held out); words that cost story there or gained
# nothing (widget, form, nav, teaser, banner, menu, header, legend, social, copyright) are not in the
# list. The page's html, body, main and article elements are never left out, whatever their class.
BOILERPLATE_NAMES = ("comment", "related", "share", "newsletter", "author", "footer", "breadcrumb", "subscribe",
                     "rating", "license", "credit", "byline", "modal", "signup",
                     "caption", "box", "tags", "meta", "sidebar", "print", "advert")
_NOT_CONTAINER = ":not(html):not(body):not(main):not(article)"
_SKIP_MAIN = [*_NOT_STORY, *(f'[{attr}*="{name}" i]{_NOT_CONTAINER}' for name in BOILERPLATE_NAMES
                             for attr in ("class", "id"))]


def extract_resiliparse(html: str, settings: Settings | None = None) -> Extraction:
    """The fast engine: resiliparse's main content (without comments, alt texts and the containers
    `BOILERPLATE_NAMES` names) when it holds at least `Settings.resiliparse_main_share` of the page's
    full text, and otherwise that full text (nav, footer, aside and form elements left out). The page
    is parsed once; both texts come from that tree. Either way the page pass runs on the text
    (`fallback` is true): resiliparse's main content keeps what sits inside the story's container
    (teaser boxes, "Topics:" lines, captions, follow-us lines), which the page pass finds.

    Measured on the trafilatura evaluation pages of even index (snippet F1) and the development pages
    of even index (shingle F1): main content alone 0.887 and 0.858; with the page pass on it 0.900
    and 0.863; with the names added to BOILERPLATE_NAMES since, see the README. The page pass costs
    recall on the modern pages (0.958 to 0.920) and wins it back in precision (0.825 to 0.881)."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
    except ImportError:
        raise EngineError("the resiliparse engine needs resiliparse: pip install 'stripper[resiliparse]'") from None
    settings = _settings(settings)
    tree = HTMLTree.parse(html)
    full = extract_plain_text(tree, preserve_formatting=True, main_content=False, alt_texts=False, list_bullets=True,
                              skip_elements=_NOT_STORY)
    visible = len(full.strip())
    if not visible:
        return Extraction("", True, "resiliparse found no visible text")
    main = extract_plain_text(tree, preserve_formatting=True, main_content=True, comments=False, alt_texts=False,
                              list_bullets=True, skip_elements=_SKIP_MAIN)
    kept = len(main.strip())
    if kept and kept >= settings.resiliparse_main_share * visible:
        return Extraction(main, True)
    if kept >= settings.resiliparse_span_min_chars:
        span = _story_span(tree, full, settings.resiliparse_span_margin_lines)
        line = settings.resiliparse_prose_line_chars
        if span.strip() and _prose(span, line) >= settings.resiliparse_span_prose_share * _prose(full, line):
            return Extraction(span, True)
    return Extraction(full, True)


def _prose(text: str, line_chars: int) -> int:
    """The characters of `text` in lines of at least `line_chars` (stripped): its prose, roughly."""
    return sum(n for n in (len(line.strip()) for line in text.split("\n")) if n >= line_chars)


# Lines of resiliparse's main content at least this long mark where the story's container sits in the
# full text; shorter ones ("Home", "Share", a date) recur anywhere on a page.
_SPAN_LINE_CHARS = 20


def _story_span(tree: HTMLTree, full: str, margin: int) -> str:
    """The part of the page's full text that resiliparse's own main content spans (without the
    containers `BOILERPLATE_NAMES` names: where those cut the story short, its container still
    holds it), from the first of its lines to the last, `margin` lines more on either side: the
    page's menus, teaser lists and footer before and after the story's container are left out, what
    sits inside it stays for the page pass. A slice of `full`, so no text is rewritten; empty when
    none of its lines is in `full`. The engine takes it only when it holds at least
    `Settings.resiliparse_span_prose_share` of the page's prose: on some pages resiliparse's main
    content is a box beside the story, not a part of it."""
    from resiliparse.extract.html2text import extract_plain_text

    own = extract_plain_text(tree, preserve_formatting=True, main_content=True, comments=False, alt_texts=False,
                             list_bullets=True, skip_elements=_NOT_STORY)
    marks = {line for line in (raw.strip() for raw in own.split("\n")) if len(line) >= _SPAN_LINE_CHARS}
    lines = full.split("\n")
    where = [i for i, line in enumerate(lines) if line.strip() in marks]
    if not where:
        return ""
    return "\n".join(lines[max(0, where[0] - margin):where[-1] + margin + 1])


def extract(html: str, settings: Settings | None = None) -> Extraction:
    """trafilatura's main content, checked against the page's visible text (Settings'
    extraction_suspect_chars, extraction_min_share and extraction_min_page_chars say when)."""
    import trafilatura

    settings = _settings(settings)
    suspect_chars, min_share = settings.extraction_suspect_chars, settings.extraction_min_share

    text = ""
    error = ""
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True, output_format="txt", deduplicate=False) or ""
    except Exception as e:  # trafilatura raises from deep inside lxml on hostile markup
        error = f"{type(e).__name__}: {e}"[:200]
    kept = len(text.strip())
    if not error and kept >= suspect_chars and kept >= min_share * len(html):
        return Extraction(text, False)
    # Suspect: decide from bounds of the visible text read off the markup (linear, no parse; the
    # cheaper first), and parse the page a second time only when they cannot decide, or for the
    # fallback's text. Each bound is above the visible text, so each decision is the parse's.
    if not error and kept:
        min_page = settings.extraction_min_page_chars
        spans = _quick_raw_text_spans(html)
        bound = len(html) - sum(end - start for start, end in spans)
        if bound < min_page or kept >= min_share * bound:
            return Extraction(text, False)
        bound = visible_bound(html, spans)
        if bound < min_page or kept >= min_share * bound:
            return Extraction(text, False)
    full = full_text(html)
    visible = len(full.strip())
    if error or not kept:
        why = f"extraction failed ({error})" if error else "extraction found no main text"
        if visible:
            return Extraction(full, True, f"{why}; falling back to the page's full text")
        return Extraction("", True, f"{why}, and the page has no visible text")
    if visible >= settings.extraction_min_page_chars and kept < min_share * visible:
        return Extraction(
            full,
            True,
            f"extraction kept {kept} of {visible} characters of visible text; falling back to the page's full text",
        )
    return Extraction(text, False)


register(Engine("trafilatura", extract, "trafilatura's main content; the page's full text when it finds too little"))
register(Engine("resiliparse", extract_resiliparse, "resiliparse's main content, or its full text for the page pass (fast)"))


def extract_markdown(html: str, engine: str = "trafilatura", settings: Settings | None = None) -> Extraction:
    """The main content as Markdown (trafilatura's `output_format="markdown"`: headings, lists and
    tables kept), for `stripper clean --output-format markdown`. Where `extract_with` falls back to
    the page's full text, or with an engine that has no Markdown, its text is returned as it is."""
    import trafilatura

    ex = extract_with(html, engine, settings)
    if ex.fallback or engine != "trafilatura":
        return ex
    hidden, restore = _hide_surrogates(html)
    try:
        md = trafilatura.extract(hidden, include_comments=False, include_tables=True, output_format="markdown",
                                 deduplicate=False) or ""
    except Exception:  # as in extract(): hostile markup raises from deep inside lxml
        return ex
    if not md.strip():
        return ex
    return Extraction(md if restore is None else restore(md), False)


def full_text(html: str) -> str:
    """The page's visible text: from the parsed tree, or, where the parser gives up (nesting deeper
    than libxml2 follows), from the markup itself."""
    parsed = page_text(html)
    rough = markup_text(html)
    return parsed if len(parsed) >= 0.5 * len(rough) else rough


# len(full_text(html)) is at most this many times the markup's collapsed text with list bullets
# (visible_bound): the parser shows some text that reading the markup drops (markup-like text inside
# elements whose content is text). Measured worst on the 2,429 pages of the dev and trafeval sets:
# 1.98; 3 leaves room. Not a tuning knob but a bound that held on every page measured, so that no
# decision changes.
BOUND_SLACK = 3.0
# A tag as HTML reads one: "<" then a letter, "/", "!" or "?" ("a < b" is text).
_STRICT_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")


def visible_bound(html: str, spans: list[tuple[int, int]] | None = None) -> float:
    """An upper bound of len(full_text(html)) read off the markup, without parsing (linear): the text
    outside script and style elements with each tag (read strictly) one space and each run of white
    space one character, plus the "• " page_text gives each list item, times BOUND_SLACK. Three passes
    in C (a find per script or style element, one substitution, one split): the length is all it
    needs, so nothing is decoded or split into lines as markup_text does. `spans`: the page's
    `_quick_raw_text_spans`, if known."""
    parts: list[str] = []
    pos = 0
    for start, end in _quick_raw_text_spans(html) if spans is None else spans:
        parts.append(html[pos:start])
        pos = end
    text = _STRICT_TAG.sub(" ", "".join((*parts, html[pos:])) if parts else html)
    items = html.count("<li") + html.count("<LI") + html.count("<Li") + html.count("<lI")
    return BOUND_SLACK * (len(" ".join(text.split())) + 2 * items)


_SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_BLOCK = {
    "p", "div", "section", "article", "aside", "header", "footer", "nav", "main", "li", "ul", "ol", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody", "blockquote", "pre", "figure",
    "figcaption", "form", "br", "hr", "address", "details", "summary", "caption", "option", "button", "label",
}


def page_text(html: str) -> str:
    """All visible text of a page, one block element a line (list items marked "• "), as a WET
    record has it. Iterative, so deeply nested markup cannot exhaust the stack."""
    from lxml import etree
    from lxml import html as lhtml

    try:
        root = lhtml.document_fromstring(html, parser=lhtml.HTMLParser(huge_tree=True))
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    skip_depth = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP or skip_depth:
                skip_depth += 1
                continue
            if tag in _BLOCK:
                parts.append("\n• " if tag == "li" else "\n")
            if el.text and isinstance(el.tag, str):
                parts.append(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
                if skip_depth:
                    continue
            elif tag in _BLOCK:
                parts.append("\n")
            if el.tail:
                parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line and line != "•")


_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|br|li|h[1-6]|tr|td|th|article|section|header|footer|nav|aside|main|ul|ol|dl|dt|dd|table|blockquote|pre|figure|figcaption|form|hr)\b)[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")  # "[^<>]" keeps it linear: an unclosed "<" stops at the next one


# ASCII letters only: HTML tag names match without case in ASCII alone, and a full lower() changes
# lengths ("İ" lowercases to two characters), so offsets found in html.lower() would not be html's.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_RAW_TEXT = ("script", "style")  # elements whose bodies are code, not text


def _ascii_lower(html: str) -> str:
    """`html` with ASCII letters lowercased, character for character. str.lower() is fast where it
    keeps the length (no character became two, so offsets carry over); the characters it maps to
    ASCII letters (the Kelvin sign to "k") are in no tag name looked for here. Otherwise the
    (slower) ASCII-only table."""
    low = html.lower()
    return low if len(low) == len(html) else html.translate(_ASCII_LOWER)


def _raw_text_spans(html: str) -> list[tuple[int, int]]:
    """(start, end) of every script and style element of `html`, closing tag included; an element
    left open runs to the end. The tags are found in any case: `_spans` over the page lowered
    (ASCII only, so offsets carry over)."""
    return _spans(_ascii_lower(html), _RAW_TEXT)


# The script and style tags _quick_raw_text_spans looks for, as pages write them.
_QUICK_RAW_TEXT = ("script", "style", "SCRIPT", "STYLE")


def _quick_raw_text_spans(html: str) -> list[tuple[int, int]]:
    """The script and style elements of `html` whose opening tag is written in lower or in upper
    case, (start, end) as `_raw_text_spans` gives them, found by finds on the page itself: no
    lowered copy of the page, ten times faster on modern pages, for the bounds of the extraction
    check. An element opened in mixed case ("<Script>") is not found, which only loosens a bound;
    one closed in another case than it was opened ends at that closing tag, as the parser ends it,
    so no visible text is taken for script."""
    return _spans(html, _QUICK_RAW_TEXT)


def _spans(html: str, tags: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the elements opened by `tags` as written (the one implementation of both
    finders above). One left-to-right pass: each `find` starts where the last one stopped, and the
    next opening of each kind is remembered, so the work is linear in the page."""
    n = len(html)
    spans: list[tuple[int, int]] = []
    nxt = dict.fromkeys(tags, -1)  # next "<tag" at or after pos (-1: not looked for yet)
    pos = 0
    while pos < n:
        start, tag = n, ""
        for t in tags:
            k = nxt[t]
            if k != n and k < pos:  # look again only when the remembered one is behind us
                k = _open_tag(html, "<" + t, pos)
                nxt[t] = k
            if k < start:
                start, tag = k, t
        if start >= n:
            break
        close = html.find("</" + tag, start)
        # A closing tag in another case before that one ends the element (rare: a "</" inside a
        # script is mostly markup in a string, which the lowering check below reads past).
        low = tag.lower()
        k = html.find("</", start, n if close < 0 else close)
        while k >= 0:
            if html[k + 2:k + 2 + len(low)].lower() == low:
                close = k
                break
            k = html.find("</", k + 2, n if close < 0 else close)
        if close < 0:
            spans.append((start, n))
            break
        end = html.find(">", close)
        pos = n if end < 0 else end + 1
        spans.append((start, pos))
    return spans


def _open_tag(low: str, opener: str, pos: int) -> int:
    """The next `opener` ("<script") at or after `pos` that opens that element, not a longer name
    ("<scripts"); len(low) when there is none."""
    n = len(low)
    while True:
        k = low.find(opener, pos)
        if k < 0:
            return n
        after = k + len(opener)
        if after >= n or low[after] in " \t\n\r\f/>":
            return k
        pos = after


def markup_text(html: str, tag: re.Pattern[str] = _TAG) -> str:
    """Visible text by reading the markup, without a parser: script and style bodies dropped, block
    tags turned into line breaks, other tags removed, entities decoded. Linear time."""
    parts: list[str] = []
    pos = 0
    for start, end in _raw_text_spans(html):
        parts.append(html[pos:start])
        pos = end
    parts.append(html[pos:])
    text = tag.sub("", _BLOCK_TAG.sub("\n", "".join(parts)))
    lines = (" ".join(line.split()) for line in unescape(text).split("\n"))
    return "\n".join(line for line in lines if line)
