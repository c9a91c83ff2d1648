"""The rule catalogue: every built-in rule, and selection by code or prefix (as ruff does it)."""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Category
from ..templates.rule import RULES as TEMPLATE_RULES
from . import affiliate, alttext, cookies, copyright, errors, navigation, newsletter, related, social, trust
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

BY_CODE: dict[str, Rule] = {r.code: r for r in BUILTIN}


from ..errors import SelectionError  # noqa: E402  (defined with every error; re-exported)


def _valid_prefix(prefix: str, codes: Iterable[str]) -> bool:
    return prefix == "ALL" or any(c.startswith(prefix) for c in codes)


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
        s, i = _specificity(r.code, sel), _specificity(r.code, ign)
        if s >= 0 and s > i:
            out.append(r)
    return tuple(out)


__all__ = ["BUILTIN", "BY_CODE", "Rule", "SelectionError", "select"]
