"""User patterns compiled for RE2, a linear-time engine: no pattern (`(a+)+$` included) can hang a run.

Its own module, imported by the rules loader (userrules.py, which checks a pattern when the file
loads) and the matcher (match.py, which runs it), so that neither imports the other.

A user pattern's literal space matches any space separator, as a built-in rule's does
(`phrasebook.SPACE`: U+0020, the no-break spaces U+00A0 and U+202F, the thin and ideographic
spaces): web text joins words with them ("Let\\xa0us\\xa0know"), and a rule written with spaces
must see them. Only the spaces are translated; \\w, \\d and \\s keep RE2's own meaning in user
patterns, and a space written as an escape (\\x20, \\040) is U+0020 alone."""
from __future__ import annotations

from typing import Any

from .errors import ConfigError
from .rules.base import Rule
from .rules.phrasebook import SPACE


def spaces_as_separators(pattern: str) -> str:
    """`pattern` with each literal space (" " or "\\ ", in a class too, and inside \\Q...\\E) as any
    space separator (`SPACE`). Escapes are read in pairs, so "\\\\ " is a backslash and a space."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if e == "Q":  # literal text up to \E (or the end): its spaces leave the quote for a moment
                end = pattern.find("\\E", i + 2)
                stop = n if end < 0 else end
                quoted = pattern[i + 2 : stop]
                out.append("\\Q" + f"\\E{SPACE}\\Q".join(quoted.split(" ")) + "\\E")
                i = n if end < 0 else end + 2
                continue
            out.append(SPACE if e == " " else pattern[i : i + 2])
            i += 2
            continue
        out.append(SPACE if c == " " else c)
        i += 1
    return "".join(out)


def compile_user_pattern(rule: Rule) -> Any:
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = rule.case_sensitive
    try:
        return re2.compile("|".join(f"(?:{spaces_as_separators(p)})" for p in rule.patterns), opts)
    except re2.error as e:
        msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise ConfigError(f"rule {rule.code}: pattern not supported by the linear-time engine (RE2): {msg}") from None
