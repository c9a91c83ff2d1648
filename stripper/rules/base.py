"""What a rule is. Rules are data: the engine compiles them, the CLI documents them."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Category, Scope
from . import phrasebook

# Separators between the parts of a one-line menu or footer ("Privacy | Terms · Contact").
PART_SPLIT = re.compile(r"\s*(?:[|·•/,;]|\s-\s|\s–\s)\s*")
_NON_WORD = re.compile(r"[\W_]+")


# A line that quotes someone is story, not a widget: the concept rules' lines hold no quotation mark.
NO_QUOTE = r'[^"“”„«「」]'  # not », which also marks a link ("» Mehr")


def pair(a: str, b: str, gap: int = 80) -> str:
    """A template for a line holding a phrase of slot `a` and one of slot `b`, in either order, at most
    `gap` characters apart: two concepts that together say what the line is ("sign up" and
    "newsletter"), in whatever words and order a house style puts them."""
    return rf"(?:{{{a}}}).{{0,{gap}}}(?:{{{b}}})|(?:{{{b}}}).{{0,{gap}}}(?:{{{a}}})"


def unquoted(template: str) -> str:
    """`template` matched on a whole line that holds no quotation mark (see NO_QUOTE)."""
    return rf"^{NO_QUOTE}*(?:{template}){NO_QUOTE}*$"


def normalize(line: str) -> str:
    """The key exact-line rules compare: lowercase words joined by single spaces."""
    return _NON_WORD.sub(" ", line.lower()).strip()


@dataclass(frozen=True, slots=True)
class Rule:
    """One extraction rule.

    A line is matched when it is at most `max_words` words long and any of:
    - a regex in `patterns` is found in it (case-insensitive); `keywords` are lowercase literals, one
      of which every match contains, so the engine only runs the regexes on lines holding one;
    - its normalized text is one of `exact`;
    - every part of it, split at menu separators, is one of `parts` (and it has at least
      `min_parts` parts).
    """

    code: str
    name: str
    category: Category
    summary: str
    explanation: str
    removes: tuple[str, ...]
    keeps: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exact: frozenset[str] = field(default_factory=frozenset)
    parts: frozenset[str] = field(default_factory=frozenset)
    min_parts: int = 2
    scope: Scope = Scope.LINE
    max_words: int = 60
    # BLOCK scope: prose lines under the heading that hold one of these stay in the block.
    block_vocab: str = ""
    languages: tuple[str, ...] = ("en",)
    structural: bool = False  # decided by the page pass, not by matching text
    learned: bool = False  # decided by the line classifier (stripper.learn.classifier), not by matching text
    case_sensitive: bool = False
    user: bool = False

    @property
    def prefix(self) -> str:
        return self.category.value


def make(
    code: str,
    name: str,
    category: Category,
    summary: str,
    explanation: str,
    *,
    removes: tuple[str, ...] | list[str] = (),
    keeps: tuple[str, ...] | list[str] = (),
    patterns: tuple[str, ...] | list[str] = (),
    keywords: tuple[str, ...] | list[str] = (),
    exact: tuple[str, ...] | list[str] = (),
    parts: tuple[str, ...] | list[str] = (),
    templates: tuple[str, ...] = (),
    phrases: bool = True,
    **kw: object,
) -> Rule:
    """Build a rule, normalizing its literal lists so the catalogue reads naturally.

    With `phrases` (built-in rules), the rule's phrasings in every language's phrase file
    (`phrasebook`) are added to the ones given here, and its `templates` are filled from their slots."""
    if phrases:
        data, langs = phrasebook.for_rule(code)
        removes = (*removes, *data.get("removes", ()))
        keeps = (*keeps, *data.get("keeps", ()))
        filled = [t for t in (phrasebook.fill(t, data) for t in templates) if t is not None]
        patterns = (*patterns, *filled, *data.get("patterns", ()))
        keywords = (*keywords, *data.get("keywords", ()))
        exact = (*exact, *data.get("exact", ()))
        parts = (*parts, *data.get("parts", ()))
        if data.get("block_vocab"):
            # RE2's \b is at ASCII word edges: an entry with other letters goes without it.
            kw.setdefault("block_vocab", "|".join(rf"\b(?:{v})\b" if v.isascii() else f"(?:{v})" for v in data["block_vocab"]))
        if langs:
            kw.setdefault("languages", langs)
    return Rule(
        code=code,
        name=name,
        category=category,
        summary=summary,
        explanation=" ".join(explanation.split()),
        removes=tuple(removes),
        keeps=tuple(keeps),
        patterns=tuple(patterns),
        keywords=tuple(k.lower() for k in keywords),
        exact=frozenset(normalize(e) for e in exact),
        parts=frozenset(normalize(p) for p in parts),
        **kw,  # type: ignore[arg-type]
    )
