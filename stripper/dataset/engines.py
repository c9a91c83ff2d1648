"""HTML extraction engines for `stripper dataset --engine` (the engines themselves live in
stripper/extract.py)."""
from __future__ import annotations

from ..errors import UsageError
from ..extract import ENGINES


def check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if engine == "resiliparse":
        try:
            import resiliparse.extract.html2text  # noqa: F401
        except ImportError:
            raise UsageError("--engine resiliparse needs resiliparse; install it with: pip install 'stripper[resiliparse]'") from None
