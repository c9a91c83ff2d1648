"""Text -> lines with character spans. Lines are split on "\\n" only; a "\\r" stays in its line."""
from __future__ import annotations

import re
from itertools import accumulate


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The lines of `text` (without their newline) and the offset where each starts."""
    lines = text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    return lines, starts


def line_end(lines: list[str], starts: list[int], i: int) -> int:
    """End offset of line i including its newline (the last line has none)."""
    return starts[i] + len(lines[i]) + (1 if i < len(lines) - 1 else 0)


# Common characters of web text that are no word character, digit or letter (bullets, typographic
# quotes and dashes, no-break space): for counting words they are as good as a space.
_BLANKABLE = re.compile(b"|".join(re.escape(c.encode()) for c in "•\xa0’‘“”►»«…–—©·"))


def ascii_view(lines: list[str]) -> bytes:
    """`lines` joined by newlines as UTF-8, the characters above blanked to a space.

    Counting words on bytes with C-level translate/split is much faster than regexes per line; a
    line that is ASCII in this view has the same words (\\w+ runs) as the line itself. A line with
    other non-ASCII characters must be handled with the regexes."""
    return _BLANKABLE.sub(b" ", "\n".join(lines).encode("utf-8", "surrogatepass"))
