"""Terminal output for people: always stderr, plain when NO_COLOR is set or stderr is no terminal.
stdout carries data only."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

from rich.console import Console

# Exit codes, shared by every command.
EXIT_OK = 0
EXIT_REJECTED = 1  # dataset: finished, but some rows went to the rejects file
EXIT_USAGE = 2  # bad options, unknown rule code, bad config or rules file
EXIT_INPUT = 3  # an input could not be read (missing, binary, undecodable, empty) or an output not written


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
