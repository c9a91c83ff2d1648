"""Text -> lines with character spans. Lines are split on "\\n" only; a "\\r" stays in its line."""
from __future__ import annotations

from itertools import accumulate


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` (without their newline) and the offset where each starts."""
    lines = text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    return lines, starts


def line_end(lines: list[str], starts: list[int], i: int) -> int:
    """End offset of line i including its newline (the last line has none)."""
    return starts[i] + len(lines[i]) + (1 if i < len(lines) - 1 else 0)
