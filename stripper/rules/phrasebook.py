"""The built-in rules' phrasings, kept as data: one TOML file per language in `phrases/`, as jusText
keeps its stoplists.

A file holds one table per rule code. Every key is optional:

- `patterns`: RE2 regexes, case-insensitive unless the rule says otherwise. `\\w`, `\\W`, `\\d` and `\\s`
  mean what they mean in Python (Unicode letters, digits and spaces: see `unicode_classes`);
  `\\b` is RE2's, at ASCII word edges only, so put it next to ASCII letters (a test checks);
- `keywords`: lowercase literals, one of which every match of the rule's patterns contains;
- `exact`, `parts`: whole lines and menu parts (compared normalized, see `base.normalize`);
- `removes`, `keeps`: examples the rule must remove and must keep (the tests walk them all);
- `block_vocab`: for a block heading, regex fragments (words) that keep the block going;
- any other key names a slot of the rule's `templates` (`{labels}` in a template is the `labels`
  of every language, as one alternation).

`common.toml` holds the phrasings that belong to no one language (prices, file names, template
placeholders, agency names). Adding a language is adding a file.
"""
from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from ..errors import PhraseDataError

COMMON = "common"


@lru_cache(maxsize=1)
def load_all() -> dict[str, dict[str, dict[str, list[str]]]]:
    """{language: {rule code: {key: [strings]}}}, languages in file-name order ("common" first)."""
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    folder = resources.files(__package__) / "phrases"
    names = sorted((p.name for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda n: (n != f"{COMMON}.toml", n))
    for name in names:
        lang = name[: -len(".toml")]
        try:
            data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise PhraseDataError(f"stripper/rules/phrases/{name}: {e}") from None
        for code, table in data.items():
            if not isinstance(table, dict):
                raise PhraseDataError(f"stripper/rules/phrases/{name}: {code} must be a table")
            for key, values in table.items():
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    raise PhraseDataError(f"stripper/rules/phrases/{name}: {code}.{key} must be a list of strings")
        out[lang] = data
    return out


def for_rule(code: str) -> tuple[dict[str, list[str]], tuple[str, ...]]:
    """Every language's phrasings of rule `code`, merged in file order, and the languages that have
    any (without "common")."""
    merged: dict[str, list[str]] = {}
    langs: list[str] = []
    for lang, rules in load_all().items():
        table = rules.get(code)
        if not table:
            continue
        if lang != COMMON:
            langs.append(lang)
        for key, values in table.items():
            bucket = merged.setdefault(key, [])
            bucket.extend(v for v in values if v not in bucket)
    return merged, tuple(langs)


def languages() -> tuple[str, ...]:
    return tuple(lang for lang in load_all() if lang != COMMON)


def fill(template: str, slots: dict[str, list[str]]) -> str | None:
    """`template` with each `{name}` replaced by the alternation of slot `name`; None when a slot it
    names has no phrasings (the template then adds nothing)."""
    out, pos = [], 0
    while True:
        a = template.find("{", pos)
        while a >= 0 and not _slot_at(template, a):
            a = template.find("{", a + 1)
        if a < 0:
            out.append(template[pos:])
            return "".join(out)
        b = template.index("}", a)
        values = slots.get(template[a + 1 : b])
        if not values:
            return None
        out.append(template[pos:a])
        out.append("(?:" + "|".join(values) + ")")
        pos = b + 1


def _slot_at(template: str, a: int) -> bool:
    """A `{name}` slot (a lowercase identifier), not a `{m,n}` repetition."""
    b = template.find("}", a)
    name = template[a + 1 : b] if b > a else ""
    return bool(name) and name.replace("_", "a").isalpha() and name.islower()


# RE2's \w, \d and \s are ASCII; a built-in pattern means what Python's `re` means by them.
_OUTSIDE = {"w": r"[\pL\pN_]", "W": r"[^\pL\pN_]", "d": r"\p{Nd}", "D": r"\P{Nd}", "s": r"[\s\p{Z}]", "S": r"[^\s\p{Z}]"}
_INSIDE = {"w": r"\pL\pN_", "d": r"\p{Nd}", "s": r"\s\p{Z}"}


def unicode_classes(pattern: str) -> str:
    """`pattern` with \\w \\W \\d \\D \\s \\S as Unicode classes RE2 understands."""
    out, i, in_class, n = [], 0, False, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            if in_class and e in _INSIDE:
                out.append(_INSIDE[e])
            elif in_class and e in "WDS":
                raise PhraseDataError(f"negated class \\{e} inside [...] in {pattern!r}: write it out")
            elif not in_class and e in _OUTSIDE:
                out.append(_OUTSIDE[e])
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            # A "]" right after "[" or "[^" is a literal.
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("\\]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)
