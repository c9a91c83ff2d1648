"""User patterns compiled for RE2, a linear-time engine: no pattern (`(a+)+$` included) can hang a run.

Its own module, imported by the rules loader (userrules.py, which checks a pattern when the file
loads) and the matcher (match.py, which runs it), so that neither imports the other."""
from __future__ import annotations

from typing import Any

from .errors import ConfigError
from .rules.base import Rule


def compile_user_pattern(rule: Rule) -> Any:
    import re2

    opts = re2.Options()
    opts.log_errors = False
    opts.case_sensitive = rule.case_sensitive
    try:
        return re2.compile("|".join(f"(?:{p})" for p in rule.patterns), opts)
    except re2.error as e:
        msg = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise ConfigError(f"rule {rule.code}: pattern not supported by the linear-time engine (RE2): {msg}") from None
