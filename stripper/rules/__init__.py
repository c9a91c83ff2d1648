"""The rule catalogue: every built-in rule, and selection by code or prefix (as ruff does it)."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..model import Category
from ..templates.rule import RULES as TEMPLATE_RULES
from . import affiliate, alttext, cookies, copyright, errors, learned, navigation, newsletter, related, social, trust
from .base import Rule

BUILTIN: tuple[Rule, ...] = (
    *affiliate.RULES,
    *trust.RULES,
    *newsletter.RULES,
    *social.RULES,
    *related.RULES,
    *alttext.RULES,
    *errors.RULES,
    *cookies.RULES,
    *copyright.RULES,
    *navigation.RULES,
)

LEARNED: tuple[Rule, ...] = learned.rules()

# Where rules come from: name -> the rules it gives for a Settings, in the order they win a line.
# Built-in phrase data, the site templates learned from a corpus (TPL), the learned line classifier
# and the user's TOML rules; a new source is one entry here (or a `register_source` call), and its
# rules are documented, listed and selected like any other.
SOURCES: dict[str, Callable[[Any], tuple[Rule, ...]]] = {
    "builtin": lambda settings: BUILTIN,
    "templates": lambda settings: TEMPLATE_RULES,
    "learned": lambda settings: LEARNED,
    "user": lambda settings: tuple(settings.user_rules),
}


def register_source(name: str, rules: Callable[[Any], tuple[Rule, ...]]) -> None:
    """Add a source of rules (its codes must be new)."""
    SOURCES[name] = rules


def all_rules(settings: Any) -> tuple[Rule, ...]:
    """Every rule of every source, in source order (earlier rules win a line)."""
    return tuple(r for source in SOURCES.values() for r in source(settings))


def catalogue(settings: Any = None) -> tuple[Rule, ...]:
    """The rules `stripper rules`, `stripper rule CODE` and the docs show: every source's, and the
    user's too when `settings` are given."""
    if settings is not None:
        return all_rules(settings)
    return tuple(r for name, source in SOURCES.items() if name != "user" for r in source(None))


# Every rule stripper ships (all sources but the user's), and each by its code.
CATALOGUE: tuple[Rule, ...] = catalogue()
BY_CODE: dict[str, Rule] = {r.code: r for r in CATALOGUE}


from ..errors import SelectionError  # noqa: E402  (defined with every error; re-exported)

# Selects every learned rule, as specifically as its code: `--ignore LEARNED` turns them all off
# (the rules alone), whatever prefix selects them. They are on by default: "ALL", their category's
# prefix and their code select them as any rule (session 8: with them on, no real page of the dev
# and trafeval sets loses its story that the rules alone keep, see rules/learned.py).
LEARNED_SELECTOR = "LEARNED"


def _valid_prefix(prefix: str, codes: Iterable[str]) -> bool:
    return prefix in ("ALL", LEARNED_SELECTOR) or any(c.startswith(prefix) for c in codes)


def _specificity(code: str, prefixes: Iterable[str]) -> int:
    """Length of the longest prefix that covers `code` (ALL covers everything at 0), or -1."""
    best = -1
    for p in prefixes:
        if p == "ALL":
            best = max(best, 0)
        elif code.startswith(p):
            best = max(best, len(p))
    return best


def normalize_selector(entry: str) -> str:
    """Accept a category label too ("affiliate" -> "AFF"), case-insensitively."""
    e = entry.strip()
    for cat in Category:
        if e.lower() == cat.label:
            return cat.value
    return e.upper()


def select(
    rules: Iterable[Rule],
    select: Iterable[str] = ("ALL",),
    ignore: Iterable[str] = (),
) -> tuple[Rule, ...]:
    """The rules enabled by `select` and not by a more specific `ignore`.

    The more specific prefix wins; at equal specificity ignore wins, as in ruff.
    """
    rules = tuple(rules)
    codes = [r.code for r in rules]
    sel = [normalize_selector(s) for s in select]
    ign = [normalize_selector(s) for s in ignore]
    for entry in (*sel, *ign):
        if not _valid_prefix(entry, codes):
            raise SelectionError(f"unknown rule code or prefix {entry!r} (see `stripper rules`)")
    out = []
    for r in rules:
        s, i = _specificity(r.code, [p for p in sel if p != LEARNED_SELECTOR]), _specificity(r.code, [p for p in ign if p != LEARNED_SELECTOR])
        if r.learned:
            s = max(s, len(r.code) if LEARNED_SELECTOR in sel else -1)
            i = max(i, len(r.code) if LEARNED_SELECTOR in ign else -1)
        if s >= 0 and s > i:
            out.append(r)
    return tuple(out)


__all__ = ["BUILTIN", "BY_CODE", "CATALOGUE", "LEARNED", "SOURCES", "Rule", "SelectionError", "all_rules", "catalogue",
           "register_source", "select"]
