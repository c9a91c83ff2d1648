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
    *TEMPLATE_RULES,
)

LEARNED: tuple[Rule, ...] = learned.rules()

BY_CODE: dict[str, Rule] = {r.code: r for r in (*BUILTIN, *LEARNED)}

# Where rules come from: name -> the rules it gives for a Settings. Built-in phrase data, the
# user's TOML rules and the learned classifier's rules; a new source (corpus templates) registers
# itself here and is selected like any other rule.
SOURCES: dict[str, Callable[[Any], tuple[Rule, ...]]] = {
    "builtin": lambda settings: BUILTIN,
    "learned": lambda settings: LEARNED,
    "user": lambda settings: tuple(settings.user_rules),
}


def register_source(name: str, rules: Callable[[Any], tuple[Rule, ...]]) -> None:
    """Add a source of rules (its codes must be new)."""
    SOURCES[name] = rules


def all_rules(settings: Any) -> tuple[Rule, ...]:
    """Every rule of every source, in source order (earlier rules win a line)."""
    return tuple(r for source in SOURCES.values() for r in source(settings))


from ..errors import SelectionError  # noqa: E402  (defined with every error; re-exported)

# Selects every learned rule. Learned rules are opt-in, as ruff's preview rules: "ALL" and the
# category prefixes do not enable them; their code or LEARNED does.
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
        if r.learned:
            s = len(r.code) if (r.code in sel or LEARNED_SELECTOR in sel) else -1
            i = max(_specificity(r.code, [p for p in ign if p != LEARNED_SELECTOR]), len(r.code) if LEARNED_SELECTOR in ign else -1)
        else:
            s, i = _specificity(r.code, [p for p in sel if p != LEARNED_SELECTOR]), _specificity(r.code, [p for p in ign if p != LEARNED_SELECTOR])
        if s >= 0 and s > i:
            out.append(r)
    return tuple(out)


__all__ = ["BUILTIN", "BY_CODE", "LEARNED", "SOURCES", "Rule", "SelectionError", "all_rules", "register_source", "select"]
