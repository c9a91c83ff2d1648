"""Output formats of `stripper clean`: one registry, so that adding a format touches one place.

Each format says how to strip a document (Markdown extracts HTML as Markdown first) and how to
write the result; the file suffix it gives under `--out`. The dataset runner writes rows, not
documents: their renderers are ROW_FORMATS.

Markdown: trafilatura's Markdown output keeps headings, lists, tables and emphasis. The rules then
run line by line on a plain view of each line (markup such as `## `, `- `, `**` and `[text](url)`
reduced to its text, one view line per Markdown line), and a removed view line removes its
Markdown line. Kept lines come out exactly as the extractor wrote them: never rewritten.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:  # (imported where used: listing the formats, for --help, loads no engine)
    from .model import Result
    from .settings import Settings


@dataclass(frozen=True, slots=True)
class OutputFormat:
    name: str
    help: str
    suffix: str  # the file suffix under --out (replacing .html/.htm, or added to a text input's name)
    strip: Callable[[str, str, Settings, str], Result]  # (document, input format, settings, engine)
    write: Callable[[str, Result], str]  # (source name, result) -> payload


def _strip(source: str, fmt: str, settings: Settings, engine: str) -> Result:
    from . import strip

    return strip(source, format=fmt, settings=settings, engine=engine)  # type: ignore[arg-type]


def _text(name: str, result: Result) -> str:
    return result.text


def _json(name: str, result: Result) -> str:
    return orjson.dumps({"source": name, **result.to_dict()}).decode() + "\n"


# -- Markdown -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _markdown_patterns() -> tuple[Any, Any, Any, Any]:
    """(prefix, link, emphasis, table rule), compiled on first use."""
    import re2

    return (re2.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)+"),
            re2.compile(r"!?\[([^\]]*)\]\([^)]*\)"),
            re2.compile(r"(\*\*|__|\*|_|`)"),
            re2.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$"))


def plain_view(line: str) -> str:
    """The text a Markdown line shows, for the rules to read: never more than one line."""
    prefix, link, emphasis, table_rule = _markdown_patterns()
    if table_rule.match(line):
        return ""
    view = prefix.sub("", line)
    view = link.sub(r"\1", view)
    view = emphasis.sub("", view)
    if view.startswith("|") and view.rstrip().endswith("|"):
        view = " | ".join(cell.strip() for cell in view.strip().strip("|").split("|"))
    return view.strip() if view.strip() != line.strip() else view


def strip_markdown(source: str, fmt: str, settings: Settings, engine: str) -> Result:
    from .detect import detect_format
    from .model import Removal, Result
    from .pipeline import clean

    if (detect_format(source) if fmt == "auto" else fmt) != "html":
        return _strip(source, "text", settings, engine)  # text is its own Markdown
    from .extract import extract_markdown

    ex = extract_markdown(source, engine, settings)
    if settings.page == "auto":  # as strip() decides for HTML
        settings = settings.with_(page="always" if ex.fallback else "never")
    md = ex.text
    lines = md.split("\n")
    view = clean("\n".join(plain_view(line) for line in lines), settings, fmt="html", fixed_point=False)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    vstarts = [0]
    vlines = view.input_text.split("\n")
    for line in vlines[:-1]:
        vstarts.append(vstarts[-1] + len(line) + 1)

    def line_of(offset: int) -> int:  # the view line an offset falls in (binary search)
        lo, hi = 0, len(vstarts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if vstarts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    removals = []
    gone: set[int] = set()
    for r in view.removals:
        first, last = line_of(r.start), line_of(max(r.start, r.end - 1))
        start = starts[first]
        end = starts[last + 1] if last + 1 < len(lines) else len(md)
        gone.update(range(first, last + 1))
        removals.append(Removal(start, end, md[start:end], r.code, r.category, r.reason))
    text = "".join(md[starts[i]:(starts[i + 1] if i + 1 < len(lines) else len(md))]
                   for i in range(len(lines)) if i not in gone)
    warnings = (ex.warning,) if ex.warning else ()
    return Result(text=text, input_text=md, removals=tuple(removals), format="html", warnings=warnings + view.warnings)


@dataclass(frozen=True, slots=True)
class RowFormat:
    """How `stripper dataset` renders an output row for a writer: the dataset worker calls `render`
    (see stripper.dataset.work.Render) and knows no format. Adding a format is one entry here, and
    its writer in stripper.dataset.writers."""

    name: str
    render: Callable[..., Any]


def render_jsonl(line: bytes, row: dict[str, Any], values: dict[str, Any], unchanged: bool, stdlib: bool) -> bytes:
    """A JSONL output line: an untouched row byte for byte as it came in; a changed one with its
    new values spliced into its original text (every other field kept byte for byte); else, or
    for a Parquet row, the row serialised anew (errors.Unrenderable if it cannot be)."""
    if line and unchanged and not stdlib:
        return line + b"\n"
    splicing = _splicing or _load_splicing()
    splice, utf8_without_bom = splicing[0], splicing[1]
    if line and (not stdlib or utf8_without_bom(line)):
        if unchanged:
            return line + b"\n"
        spliced = splice(line, values)
        if spliced is not None:
            return spliced + b"\n"
    import json

    from .errors import Unrenderable

    scalar_default = splicing[2]
    row.update(values)
    try:
        if stdlib:
            return json.dumps(row, default=scalar_default).encode("ascii") + b"\n"
        return orjson.dumps(row, default=scalar_default, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, ValueError, orjson.JSONEncodeError) as e:
        raise Unrenderable(f"cannot write the row as JSON: {e}") from None


# (splice, utf8_without_bom, scalar_default) from stripper.dataset.splice, imported on the first row
# rendered (listing the formats, for --help, imports no dataset module), then taken from here: an
# import statement run per row cost 1% of a run.
_splicing: tuple[Any, Any, Any] | None = None


def _load_splicing() -> tuple[Any, Any, Any]:
    global _splicing
    from .dataset.splice import scalar_default, splice, utf8_without_bom

    _splicing = (splice, utf8_without_bom, scalar_default)
    return _splicing


def render_row(line: bytes, row: dict[str, Any], values: dict[str, Any], unchanged: bool, stdlib: bool) -> dict[str, Any]:
    """The row as a dict with its new values (for a columnar writer: Parquet)."""
    row.update(values)
    return row


def _row_formats() -> dict[str, RowFormat]:
    return {"jsonl": RowFormat("jsonl", render_jsonl), "parquet": RowFormat("parquet", render_row)}


class _Lazy(dict):  # type: ignore[type-arg]
    """ROW_FORMATS, filled on first look-up (the dataset worker's module is imported then)."""

    def __missing__(self, key: str) -> RowFormat:
        if not self:
            self.update(_row_formats())
            if key in self:
                return self[key]
        raise KeyError(key)


ROW_FORMATS: dict[str, RowFormat] = _Lazy()


def row_format(output_format: str) -> str:
    """The ROW_FORMATS entry for a dataset output format (jsonl, jsonl.gz, jsonl.zst, parquet)."""
    return "parquet" if output_format == "parquet" else "jsonl"


OUTPUTS: dict[str, OutputFormat] = {
    f.name: f
    for f in (
        OutputFormat("text", "the story as text", ".txt", _strip, _text),
        OutputFormat("json", "one JSON object per document: source, format, text, removals", ".json", _strip, _json),
        OutputFormat("markdown", "the story as Markdown (HTML is extracted as Markdown)", ".md", strip_markdown, _text),
    )
}
