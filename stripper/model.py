"""The data model: frozen values that flow from the engine to renderers and writers."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """One category of boilerplate: its code prefix, label, colour in the terminal diff and what it
    covers."""

    prefix: str
    label: str
    colour: str
    description: str


# The categories, as data: adding one is adding a line here (and rules with its prefix). Colours are
# rich colour names.
CATEGORIES: tuple[CategoryInfo, ...] = (
    CategoryInfo("AFF", "affiliate", "magenta1", "affiliate and sponsorship disclosures"),
    CategoryInfo("TRU", "trust", "gold1", "\"why trust us\" and editorial-standards blocks"),
    CategoryInfo("NWS", "newsletter", "dark_turquoise", "newsletter, subscription and paywall prompts and their widget messages"),
    CategoryInfo("SOC", "social", "deep_sky_blue1", "social, share and comment prompts"),
    CategoryInfo("REL", "related", "deep_pink2", "related / read-more lines and teaser lists"),
    CategoryInfo("ALT", "alt-text", "grey58", "logo alt text, ad labels, image credits and UI chrome"),
    CategoryInfo("ERR", "error", "red1", "test, error and placeholder strings"),
    CategoryInfo("CKE", "cookie", "dark_orange", "cookie and consent notices"),
    CategoryInfo("CPY", "copyright", "light_salmon3", "copyright and footer lines"),
    CategoryInfo("NAV", "navigation", "slate_blue1", "navigation and whole-page structure"),
    CategoryInfo("TPL", "template", "orchid2", "lines a site repeats on its pages (learned site templates)"),
)
_BY_PREFIX = {c.prefix: c for c in CATEGORIES}


class _CategoryBase(str, enum.Enum):
    @property
    def info(self) -> CategoryInfo:
        return _BY_PREFIX[self.value]

    @property
    def label(self) -> str:
        return self.info.label

    @property
    def colour(self) -> str:
        return self.info.colour

    @property
    def description(self) -> str:
        return self.info.description


# What kind of boilerplate a rule removes. The value is the code prefix; the members are made from
# CATEGORIES, so Category.AFF and Category("AFF") work as for any enum.
Category = _CategoryBase("Category", [(c.prefix, c.prefix) for c in CATEGORIES])  # type: ignore[misc]


class Scope(str, enum.Enum):
    """How much text a match takes."""

    LINE = "line"  # the matching line only
    BLOCK = "block"  # a heading that takes the block under it, until the story resumes


@dataclass(frozen=True, slots=True)
class Removal:
    """A removed span of `Result.input_text`: [start, end) covers whole lines, newline included."""

    start: int
    end: int
    text: str
    code: str
    category: Category
    reason: str = ""

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "category": self.category.label,
            "text": self.text,
            **({"reason": self.reason} if self.reason else {}),
        }


@dataclass(frozen=True, slots=True)
class Result:
    """What `strip` returns: the story, and every removal with the rule that made it."""

    text: str
    input_text: str
    removals: tuple[Removal, ...] = ()
    format: str = "text"
    warnings: tuple[str, ...] = field(default=())

    @property
    def changed(self) -> bool:
        return bool(self.removals)

    def removed_chars(self) -> dict[str, int]:
        """Characters removed per category label."""
        out: dict[str, int] = {}
        for r in self.removals:
            out[r.category.label] = out.get(r.category.label, 0) + (r.end - r.start)
        return out

    def to_dict(self) -> dict:
        return {
            "format": self.format,
            "text": self.text,
            "removals": [r.to_dict() for r in self.removals],
            **({"warnings": list(self.warnings)} if self.warnings else {}),
        }
