"""The data model: frozen values that flow from the engine to renderers and writers."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Category(str, enum.Enum):
    """What kind of boilerplate a rule removes. The value is the code prefix."""

    AFF = "AFF"
    TRU = "TRU"
    NWS = "NWS"
    SOC = "SOC"
    REL = "REL"
    ALT = "ALT"
    ERR = "ERR"
    CKE = "CKE"
    CPY = "CPY"
    NAV = "NAV"
    TPL = "TPL"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS = {
    Category.AFF: "affiliate",
    Category.TRU: "trust",
    Category.NWS: "newsletter",
    Category.SOC: "social",
    Category.REL: "related",
    Category.ALT: "alt-text",
    Category.ERR: "error",
    Category.CKE: "cookie",
    Category.CPY: "copyright",
    Category.NAV: "navigation",
    Category.TPL: "template",
}


class Scope(str, enum.Enum):
    """How much text a match takes."""

    LINE = "line"  # the matching line only
    BLOCK = "block"  # a heading that takes the block under it, until the story resumes


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text the rules see, with its span (end excludes the newline)."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


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
