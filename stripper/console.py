"""Terminal output for people: always stderr, plain when NO_COLOR is set or stderr is no terminal.
stdout carries data only."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

from rich.console import Console

# Exit codes, shared by every command (defined with the errors that give them).
from .errors import EXIT_INPUT, EXIT_OK, EXIT_REJECTED, EXIT_USAGE  # noqa: F401


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


@lru_cache(maxsize=1)
def err_console() -> Console:
    return Console(stderr=True, no_color=no_color(), highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """One line on stderr, prefixed, never a traceback."""
    first = " ".join(str(message).split())
    sys.stderr.write(f"stripper: error: {first}\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    first = " ".join(str(message).split())
    sys.stderr.write(f"stripper: warning: {first}\n")
    sys.stderr.flush()
