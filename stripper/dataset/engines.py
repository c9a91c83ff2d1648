"""HTML extraction engines other than the core's trafilatura.

`--engine resiliparse`: resiliparse's main-content extraction (C++, far faster than trafilatura,
less precise), then stripper's text rules clean what it let through."""
from __future__ import annotations

from .formats import UsageError

ENGINES = ("trafilatura", "resiliparse")

# Set to mirror the trafilatura engine (untuned): comment sections are not the story (trafilatura drops them), and
# alt texts would only be removed again by the ALT rules.
RESILIPARSE_OPTIONS = {"main_content": True, "comments": False, "alt_texts": False, "list_bullets": True}


def check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "resiliparse":
        try:
            import resiliparse.extract.html2text  # noqa: F401
        except ImportError:
            raise UsageError("--engine resiliparse needs resiliparse; install it with: pip install 'stripper[resiliparse]'") from None


def resiliparse_text(html: str) -> str:
    """The main text of `html`, one block a line."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(html, preserve_formatting=True, **RESILIPARSE_OPTIONS)
