"""User rules from a TOML file, with the same fields as the built-in ones.

User regexes run on RE2, a linear-time engine, so no pattern (`(a+)+$` included) can hang a run.
Each rule's own examples are checked when the file is loaded: a rule that does not remove its
`removes` examples, or removes one of its `keeps`, is an error, as a failing test would be.

    [[rule]]
    code = "CPY901"               # category prefix + number, not a built-in code
    name = "acme-footer"
    category = "copyright"        # a category label or prefix (CPY)
    summary = "Acme's footer line."
    explanation = "Acme prints this under every article."
    patterns = ['^Acme Corp\\. \\d{4}$']   # or exact = ["..."]; searched case-insensitively
    keywords = ["acme"]           # optional literal prefilter (lowercase)
    scope = "line"                # or "block"
    max_words = 20
    removes = ["Acme Corp. 2024"]
    keeps = ["Acme Corp. said profits rose."]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .linear import compile_user_pattern
from .model import Category, Scope
from .rules.base import Rule, make

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# The largest max_words a user rule may give. The matcher keeps a table with one entry per word count
# up to the largest max_words of any rule, so 10,000,000 cost 30 s and 434 MB on a 2-line file. The
# built-in rules go up to 400; a line of more than 2,000 words is a paragraph, not boilerplate.
MAX_WORDS_LIMIT = 2000

_CODE = re.compile(r"^[A-Z]{2,4}\d{3,4}$")
_REQUIRED = ("code", "name", "category", "summary")
_ALLOWED = {*_REQUIRED, "explanation", "patterns", "exact", "keywords", "scope", "max_words", "removes", "keeps",
            "case_sensitive"}


def _category(value: str, where: str) -> Category:
    for c in Category:
        if value.lower() in (c.label, c.value.lower()):
            return c
    labels = ", ".join(c.label for c in Category)
    raise ConfigError(f"{where}.category: unknown category {value!r} (one of {labels})")


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = entry.get(key, [])
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ConfigError(f"{where}.{key}: expected a list of strings")
    return tuple(v)


def parse_rule(entry: dict[str, Any], where: str) -> Rule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    for key in _REQUIRED:
        if key not in entry:
            raise ConfigError(f"{where}: missing key {key!r}")
        if not isinstance(entry[key], str):
            raise ConfigError(f"{where}.{key}: expected a string")
    unknown = sorted(set(entry) - _ALLOWED)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    code = entry["code"]
    where = f"{where} ({code})"
    category = _category(entry["category"], where)
    if not _CODE.match(code) or not code.startswith(category.value):
        raise ConfigError(f"{where}.code: expected the category prefix {category.value} and a number, like {category.value}901")
    patterns = _strings(entry, "patterns", where)
    exact = _strings(entry, "exact", where)
    if not patterns and not exact:
        raise ConfigError(f"{where}: needs 'patterns' or 'exact'")
    scope = entry.get("scope", "line")
    if scope not in ("line", "block"):
        raise ConfigError(f"{where}.scope: expected 'line' or 'block'")
    max_words = entry.get("max_words", 60)
    if not isinstance(max_words, int) or isinstance(max_words, bool) or not 1 <= max_words <= MAX_WORDS_LIMIT:
        raise ConfigError(f"{where}.max_words: expected a whole number from 1 to {MAX_WORDS_LIMIT:,}")
    case_sensitive = entry.get("case_sensitive", False)
    if not isinstance(case_sensitive, bool):
        raise ConfigError(f"{where}.case_sensitive: expected true or false")
    rule = make(
        code,
        entry["name"],
        category,
        entry["summary"],
        str(entry.get("explanation", entry["summary"])),
        removes=_strings(entry, "removes", where),
        keeps=_strings(entry, "keeps", where),
        patterns=patterns,
        keywords=_strings(entry, "keywords", where),
        exact=exact,
        scope=Scope(scope),
        max_words=max_words,
        case_sensitive=case_sensitive,
        user=True,
    )
    compile_user_pattern(rule) if patterns else None
    return rule


def check_examples(rule: Rule) -> None:
    """Raise ConfigError when the rule misses one of its removes or takes one of its keeps."""
    from .match import Matcher
    from .segment import split_lines

    m = Matcher((rule,))
    for text, want in [(t, True) for t in rule.removes] + [(t, False) for t in rule.keeps]:
        lines, starts = split_lines(text)
        got = m.match(text, lines, starts)[0] is not None
        if got != want:
            verb = "does not remove" if want else "removes"
            raise ConfigError(f"rule {rule.code}: {verb} its own example {text!r}")


def load_rules_file(path: Path) -> list[Rule]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: rules file not found") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read rules file: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    unknown = sorted(set(data) - {"rule"})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (rules go in [[rule]] tables)")
    entries = data.get("rule", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: no [[rule]] tables")
    rules = []
    for i, entry in enumerate(entries):
        rule = parse_rule(entry, f"{path}: rule[{i}]")
        check_examples(rule)
        rules.append(rule)
    return rules
