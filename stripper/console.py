"""Terminal output for people: always stderr, plain when NO_COLOR is set or stderr is no terminal.
stdout carries data only."""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported by the first message that needs it: a command starts without it
    from rich.console import Console

# Exit codes, shared by every command (defined with the errors that give them).
from .errors import EXIT_INPUT, EXIT_OK, EXIT_REJECTED, EXIT_USAGE  # noqa: F401

# C0 controls but tab, DEL and C1: each shown as a visible `\x..` escape wherever text meets a
# person (a page's ESC [2J must not clear the screen). str.translate: linear, no regex.
ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x00, 0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0))}


def printable(s: str) -> str:
    """`s` with its control characters (newline included) shown as `\\x..` escapes."""
    return s.translate(ESCAPES)


def no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


@lru_cache(maxsize=1)
def err_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, no_color=no_color(), highlight=False, soft_wrap=True)


def error(message: str) -> None:
    """One line on stderr, prefixed, never a traceback."""
    first = printable(" ".join(str(message).split()))
    sys.stderr.write(f"stripper: error: {first}\n")
    sys.stderr.flush()


def warn(message: str) -> None:
    first = printable(" ".join(str(message).split()))
    sys.stderr.write(f"stripper: warning: {first}\n")
    sys.stderr.flush()
