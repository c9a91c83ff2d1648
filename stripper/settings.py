"""Settings: one frozen object, built from [tool.stripper] in pyproject.toml, then the command line."""
from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .page import PagePass
from .rules.base import Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PAGE_MODES = ("auto", "always", "never")


@dataclass(frozen=True, slots=True)
class Settings:
    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    user_rules: tuple[Rule, ...] = ()
    # The page pass (NAV001/NAV002): "auto" runs it on text that looks like a whole page.
    page: str = "auto"
    # The context pass (stripper/context.py). Words are counted as `context.words` counts them.
    # A line of at most this many words that does not end like a sentence reads as a heading.
    heading_max_words: int = 12
    # A short line between removed lines goes with them when it has at most this many words (and
    # does not read as a sentence of the story).
    orphan_max_words: int = 4
    # A story paragraph has at least this many words and ends like a sentence.
    story_min_words: int = 10
    # After the last story paragraph, when removed lines are at least this share of the lines, the
    # remaining lines of at most `tail_short_words` words go too.
    tail_removed_share: float = 0.5
    tail_short_words: int = 8
    # A line longer than this (characters) is never matched: no boilerplate line is that long, and
    # it bounds the work of every regex.
    max_line_chars: int = 3000
    # The exact-line and menu-part rules only look at lines of at most this many words (the longest
    # exact phrase in the catalogue has 8, its longest menu example 7: 20 leaves room for user rules).
    match_short_words: int = 20
    # A line without separators of at most this many words is also tried word by word as menu parts
    # ("Facebook Twitter Email"): the longest such example in the catalogue has 4 words.
    match_parts_words: int = 8
    # The learned line classifier (rules XXX900) only scores lines of at most this many words.
    learned_max_words: int = 40
    # An orphan or tail line stays when the line classifier's score for it (1 - P(story)) is below
    # this: it reads as story. 0 turns the check off. Measured by `python -m stripper.learn.train`
    # (the model's `orphan_score`): the out-of-fold score under which 10% of the short boilerplate
    # lines the context pass could take fall; it shields 87% of short story lines.
    orphan_min_score: float = 0.3
    # HTML extraction (stripper/extract.py): trafilatura's main content is checked against the page's
    # visible text when it has fewer than `extraction_suspect_chars` characters, or fewer than
    # `extraction_min_share` of the page's length; cheap bounds of the visible text (the markup
    # without its scripts and styles, then also without its tags) decide most such pages without a
    # second parse. It is replaced by the page's full text (with a warning) when it holds under that share of the
    # visible text of a page with at least `extraction_min_page_chars` of it. Measured on the
    # development pages: a story is never dropped without a word, and ordinary pages are parsed once.
    extraction_suspect_chars: int = 200
    extraction_min_share: float = 0.02
    extraction_min_page_chars: int = 2000
    # The resiliparse engine takes resiliparse's main content when it holds at least this share of the
    # page's full text (both from one parse), and otherwise the full text, whose story the page pass
    # finds. 0.5 was chosen on the even-numbered pages of both data files (0.3: trafeval snippet F1
    # 0.885, dev shingle F1 0.834; 0.5: 0.878 and 0.848; the odd-numbered pages are held out).
    resiliparse_main_share: float = 0.5
    # Where it gives way, and the main content still holds at least `resiliparse_span_min_chars`
    # characters, the full text is cut to the span of resiliparse's own main content (without the
    # boilerplate names) with `resiliparse_span_margin_lines` lines more on either side (menus, teaser
    # lists and footers around the story's container left out), if that span holds at least
    # `resiliparse_span_prose_share` of the page's prose (characters in lines of at least
    # `resiliparse_prose_line_chars`): on some pages the main content is a box beside the story.
    # Chosen on the pages of even index of both data files, on the pages that fall back: trafilatura
    # evaluation snippet F1 0.872 (full text) -> 0.893 (span, any prose share) / 0.884 (share 0.5),
    # development shingle F1 0.793 -> 0.758 / 0.805; the odd ones are held out (README, HTML engines).
    resiliparse_span_min_chars: int = 300
    resiliparse_span_margin_lines: int = 3
    resiliparse_span_prose_share: float = 0.5
    resiliparse_prose_line_chars: int = 80
    # The page pass's thresholds and weights (stripper/page.py documents each field).
    page_pass: PagePass = PagePass()  # noqa: RUF009 - frozen, so one shared default is safe
    # Learned site templates (TPL001, stripper.templates): a line goes when it is on at least
    # `template_min_pages` of its site's distinct pages and on at least this share of them, at the
    # head or tail of a page / inside the story's region (stronger evidence where stories are).
    # Measured on the simulated crawl (`stripper templates bench`, tuning seed; held-out seed reported).
    template_min_pages: int = 4
    template_edge_share: float = 0.3
    template_region_share: float = 0.5
    # A page's opening runs up to its first line of at least this many words that is not template:
    # there a line on few pages in its half of the page (a headline a "most read" box shows) stays.
    template_opening_words: int = 8
    # A box after the story (rolling "most read" headlines), beyond the template's closing block: its
    # lines need only this many of the site's pages in the page's tail zone (each headline shows in
    # the box of a few pages only), once one of them is on `template_min_pages` there.
    template_box_min_pages: int = 2
    # Counting: entries kept per site (Misra–Gries; error ≤ the site's lines / (capacity + 1)) and the
    # bits of the Bloom filter that counts each distinct document once. A site keeps
    # `template_capacity_per_page` entries a page of it, at least `template_capacity` and at most
    # `template_capacity_limit` (0: no limit), so its counts stay exact while its pages bring fewer than
    # per_page / 2 new lines each (a line on 2 of 3,000 pages is seen: a "most read" box; a fixed 16384
    # compacted from ~1,500 pages of the simulated crawl on and missed such boxes); a site's table is
    # at most 2 × its size while counting and merging (about 100 bytes an entry: 50 MB at the limit).
    template_capacity: int = 16384
    template_capacity_per_page: int = 64
    template_capacity_limit: int = 262_144
    template_seen_bits: int = 1 << 26
    # Pass one's memory: entries (line and line-pair counts, all sites together) held before they
    # are spilled to a sorted run on disk; the runs are merged site by site at the end (about 100
    # bytes an entry: 60 MB at the default), so memory stays flat in documents and in sites.
    template_max_entries: int = 600_000

    def __post_init__(self) -> None:
        # A single code is one selector, not a sequence of letters: Settings(select="AFF").
        for name in ("select", "ignore"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
            elif not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        for name in ("heading_max_words", "orphan_max_words", "story_min_words", "tail_short_words", "max_line_chars", "learned_max_words",
                     "extraction_suspect_chars", "extraction_min_page_chars", "match_short_words", "match_parts_words",
                     "resiliparse_span_min_chars", "resiliparse_span_margin_lines", "resiliparse_prose_line_chars"):
            value = getattr(self, name)
            low = 200 if name == "max_line_chars" else 0  # shorter, long lines would count as short ones
            if not isinstance(value, int) or isinstance(value, bool) or value < low:
                raise ConfigError(f"{name.replace('_', '-')} must be a whole number >= {low}, not {value!r}")
        for name in ("template_min_pages", "template_opening_words", "template_box_min_pages", "template_capacity", "template_seen_bits"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(f"{name.replace('_', '-')} must be a whole number >= 1, not {value!r}")
        if not isinstance(self.template_max_entries, int) or isinstance(self.template_max_entries, bool) or self.template_max_entries < 0:
            raise ConfigError(f"template-max-entries must be a whole number >= 0 (0: never spill), not {self.template_max_entries!r}")
        for name in ("template_capacity_per_page", "template_capacity_limit"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"{name.replace('_', '-')} must be a whole number >= 0 (0: off), not {value!r}")
        for name in ("tail_removed_share", "orphan_min_score", "extraction_min_share", "template_edge_share", "template_region_share",
                     "resiliparse_main_share", "resiliparse_span_prose_share"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 <= value <= 1:
                raise ConfigError(f"{name.replace('_', '-')} must be a number from 0 to 1, not {value!r}")
        if self.page not in PAGE_MODES:
            raise ConfigError(f"page must be one of {', '.join(PAGE_MODES)}, not {self.page!r}")

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


DEFAULT = Settings()

# The thresholds, settable from [tool.stripper] under their names with dashes.
THRESHOLDS = ("heading_max_words", "orphan_max_words", "story_min_words", "tail_removed_share", "tail_short_words",
              "max_line_chars", "learned_max_words", "orphan_min_score", "extraction_suspect_chars",
              "extraction_min_share", "extraction_min_page_chars", "resiliparse_main_share", "resiliparse_span_min_chars",
              "resiliparse_span_margin_lines", "resiliparse_span_prose_share", "resiliparse_prose_line_chars", "match_short_words", "match_parts_words",
              "template_min_pages", "template_edge_share", "template_region_share", "template_opening_words", "template_box_min_pages", "template_capacity",
              "template_capacity_per_page", "template_capacity_limit", "template_seen_bits", "template_max_entries")
_KEYS = {"select", "ignore", "extend-select", "extend-ignore", "rules", "page", "page-pass", *(t.replace("_", "-") for t in THRESHOLDS)}


def _page_pass(value: Any, where: str, base: Path) -> PagePass:
    """[tool.stripper.page-pass]: PagePass's fields, spelled with dashes ("keep-threshold = -0.5");
    a relative `weights` path is read from the pyproject's folder."""
    import dataclasses

    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table")
    fields = {f.name: f for f in dataclasses.fields(PagePass)}
    changes: dict[str, Any] = {}
    for key, v in value.items():
        name = key.replace("-", "_")
        if name not in fields:
            raise ConfigError(f"{where}: unknown key {key}")
        default = getattr(PagePass(), name)
        if name == "weights":
            if not isinstance(v, str):
                raise ConfigError(f"{where}.{key}: expected a path")
            v = str(base / v)
        elif isinstance(default, bool) or not isinstance(v, (int, float)) or isinstance(v, bool) or (
                isinstance(default, int) and not isinstance(v, int)):
            raise ConfigError(f"{where}.{key}: expected a {type(default).__name__}")
        changes[name] = v
    return PagePass(**changes)


def describe(settings: Settings, config: Path | None = None, isolated: bool = False) -> str:
    """The settings in effect, one `key = value` a line (TOML-like values), as ruff's --show-settings;
    the first line says where they came from."""
    import dataclasses

    import orjson

    source = None if isolated else (config or find_pyproject(Path.cwd()))
    out = [f"# settings from {source if source else 'defaults (no pyproject.toml)'} and the command line"]
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if f.name == "user_rules":
            value = [r.code for r in value]
        elif isinstance(value, tuple):
            value = list(value)
        out.append(f"{f.name} = {orjson.dumps(value, default=str).decode()}")
    return "\n".join(out) + "\n"


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above `start`."""
    start = start.resolve()
    for d in (start, *start.parents):
        p = d / "pyproject.toml"
        if p.is_file():
            return p
    return None


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def load(
    pyproject: Path | None = None,
    *,
    select: tuple[str, ...] | None = None,
    ignore: tuple[str, ...] | None = None,
    extend_select: tuple[str, ...] = (),
    rules_files: tuple[Path, ...] = (),
    page: str | None = None,
) -> Settings:
    """Settings from a pyproject's [tool.stripper] table, overridden by command-line values."""
    from .rules import SelectionError, catalogue
    from .rules import select as apply_selection
    from .userrules import load_rules_file

    cfg: dict[str, Any] = {}
    base = Path.cwd()
    if pyproject is not None:
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"{pyproject}: {e}") from None
        cfg = data.get("tool", {}).get("stripper", {})
        if not isinstance(cfg, dict):
            raise ConfigError(f"{pyproject}: [tool.stripper] must be a table")
        unknown = set(cfg) - _KEYS
        if unknown:
            raise ConfigError(f"{pyproject}: unknown key tool.stripper.{sorted(unknown)[0]}")
        base = pyproject.parent
    where = f"{pyproject}: tool.stripper" if pyproject else "settings"
    sel = _str_list(cfg.get("select", ["ALL"]), f"{where}.select")
    ign = _str_list(cfg.get("ignore", []), f"{where}.ignore")
    sel += _str_list(cfg.get("extend-select", []), f"{where}.extend-select")
    ign += _str_list(cfg.get("extend-ignore", []), f"{where}.extend-ignore")
    if select is not None:
        sel = select
    if ignore is not None:
        ign = ign + ignore
    sel += extend_select
    files = [base / p for p in _str_list(cfg.get("rules", []), f"{where}.rules")] + list(rules_files)
    user: list[Rule] = []
    for f in files:
        user.extend(load_rules_file(f))
    shipped = catalogue()  # every source's rules, those registered at run time too
    taken = {r.code for r in shipped}
    for r in user:
        if r.code in taken:
            raise ConfigError(f"rule code {r.code} is defined twice")
        taken.add(r.code)
    settings = Settings(
        select=sel or ("ALL",),
        ignore=ign,
        user_rules=tuple(user),
        page=page or cfg.get("page", "auto"),
        **{t: cfg[t.replace("_", "-")] for t in THRESHOLDS if t.replace("_", "-") in cfg},
        page_pass=_page_pass(cfg["page-pass"], f"{where}.page-pass", base) if "page-pass" in cfg else PagePass(),
    )
    if pyproject is not None:  # a bad code in the file names the file
        try:
            apply_selection((*shipped, *user), sel if select is None else ("ALL",), ign[: len(ign) - len(ignore or ())])
        except SelectionError as e:
            raise ConfigError(f"{where}: {e}") from None
    try:
        apply_selection((*shipped, *user), settings.select, settings.ignore)
    except SelectionError as e:
        raise ConfigError(str(e)) from None
    return settings


def split_codes(values: list[str] | None) -> tuple[str, ...] | None:
    """Command-line code lists: repeatable and comma-separated ("--ignore NAV,CPY001 --ignore REL")."""
    if values is None:
        return None
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


def from_command_line(
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    rules: list[Path] | None = None,
    config: Path | None = None,
    isolated: bool = False,
    page: str | None = None,
) -> Settings:
    """Settings for a command: [tool.stripper] of --config or the nearest pyproject.toml (none
    with --isolated), then the command line's flags."""
    if config is not None and not config.is_file():
        raise ConfigError(f"{config}: no such config file")
    pyproject = None if isolated else (config or find_pyproject(Path.cwd()))
    return load(pyproject, select=split_codes(select), ignore=split_codes(ignore), rules_files=tuple(rules or ()), page=page)
