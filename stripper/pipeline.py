"""One document through the pipeline: detect the format → extract (HTML) → the text passes → Result.

`strip()` is the public entry point (re-exported by the package); `strip_many` (parallel.py), the
dataset workers and the datatrove step call it from here, so no module imports the package root."""
from __future__ import annotations

from typing import Literal

from .detect import detect_format
from .engine import strip_text
from .model import Result
from .settings import DEFAULT, Settings

Format = Literal["auto", "html", "text"]


def strip(
    source: str,
    *,
    format: Format = "auto",
    settings: Settings | None = None,
    engine: Literal["trafilatura", "resiliparse"] = "trafilatura",
) -> Result:
    """Separate the story in `source` (an HTML page or text) from its boilerplate.

    In text mode kept lines come out byte-identical and in order; `Result.removals` holds every
    removed span of `Result.input_text` with the rule that removed it. In HTML mode the page is first
    extracted to text (by trafilatura, or by resiliparse with `engine="resiliparse"`: much faster, the
    page's full text whose story the page pass finds), and `input_text` is that text.
    """
    if not isinstance(source, str):
        raise TypeError(f"strip() takes a str, not {type(source).__name__}; decode bytes with stripper.decode()")
    settings = settings or DEFAULT
    fmt = detect_format(source) if format == "auto" else format
    if fmt == "html":
        from .extract import extract_with

        ex = extract_with(source, engine)
        warnings = (ex.warning,) if ex.warning else ()
        if settings.page == "auto":
            # The page pass is for whole pages: always on a page's full text, never on main content
            # the extractor has already found.
            settings = settings.with_(page="always" if ex.fallback else "never")
        return strip_text(ex.text, settings, fmt="html", warnings=warnings, fixed_point=False)
    if fmt != "text":
        raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
    return strip_text(source, settings, fmt="text")
