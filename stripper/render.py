"""Rendering for people: diffs, summary tables, rule docs. Everything here returns rich renderables
or plain strings and does no I/O.

Text from a document never reaches a terminal as it came: its control characters (ESC, CR, BEL,
C1 codes ...) are shown as `\\x1b`-style escapes, so a page cannot clear the screen, move the cursor
or retitle the window of the person reading its diff.
"""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from .console import ESCAPES as _ESCAPES
from .console import printable
from .evaluate import Score
from .model import Category, Removal, Result
from .rules.base import Rule
from .segment import split_lines

# One colour per category, from the category registry (stripper.model.CATEGORIES), chosen to be
# told apart: every pair is at least 40 apart in CIELAB (tests/test_terminal.py checks it), and
# none is green, which a diff reader takes for "added".
COLORS = {cat: cat.colour for cat in Category}
# What HTML extraction left out (`stripper diff --extraction`): no rule, so no category colour.
EXTRACTION_CODE = "EXT"
EXTRACTION_STYLE = "grey42"


def color(category: Category) -> str:
    return COLORS.get(category, "red")


def _text(s: str, style: str = "") -> Text:
    """A rich Text of document text: control characters escaped and shown in reverse video."""
    if len(s.translate(_ESCAPES)) == len(s):  # no control character: the common case, at C speed
        return Text(s, style=style)
    out = Text(style=style)
    start = 0
    for i, ch in enumerate(s):
        if ord(ch) in _ESCAPES:
            if start < i:
                out.append(s[start:i])
            out.append(_ESCAPES[ord(ch)], style="reverse")
            start = i + 1
    out.append(s[start:])
    return out


# -- the rows a diff shows ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Row:
    """One line of a diff view."""

    num: int | None  # 1-based line of Result.input_text; None for a line only the page had
    text: str
    removal: Removal | None = None
    first: bool = False  # the first line of its removal
    dropped: bool = False  # not in the extracted text at all (--extraction)

    @property
    def removed(self) -> bool:
        return self.removal is not None or self.dropped

    @property
    def code(self) -> str:
        return EXTRACTION_CODE if self.dropped else (self.removal.code if self.removal else "")

    @property
    def label(self) -> str:
        return "extraction" if self.dropped else (self.removal.category.label if self.removal else "")

    @property
    def style(self) -> str:
        return EXTRACTION_STYLE if self.dropped else (color(self.removal.category) if self.removal else "")


def input_lines(text: str) -> tuple[list[str], list[int]]:
    lines, starts = split_lines(text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the empty string after a final newline is not a line
        starts.pop()
    return lines, starts


def rows(result: Result) -> list[Row]:
    """Every line of the input, each with the removal that took it (if any)."""
    lines, starts = input_lines(result.input_text)
    owner: dict[int, int] = {}
    li = 0
    for ri, r in enumerate(result.removals):
        while li < len(lines) and starts[li] < r.start:
            li += 1
        j = li
        while j < len(lines) and starts[j] < r.end:
            owner[j] = ri
            j += 1
    out = []
    labelled: set[int] = set()  # removals whose first line with text has been seen
    for i, line in enumerate(lines):
        ri = owner.get(i)
        removal = result.removals[ri] if ri is not None else None
        first = ri is not None and ri not in labelled and bool(line.strip())
        if first:
            labelled.add(ri)  # type: ignore[arg-type]
        out.append(Row(i + 1, line, removal, first=first))
    return out


def extraction_rows(result: Result, page_text: str) -> list[Row]:
    """The page's full visible text, aligned with what extraction kept: lines extraction left out are
    marked as dropped; the extracted lines carry their removals as in `rows`."""
    kept = rows(result)
    page = [line for line in page_text.split("\n")]

    def key(s: str) -> str:
        return " ".join(s.split())

    matcher = difflib.SequenceMatcher(None, [key(p) for p in page], [key(r.text) for r in kept], autojunk=False)
    out: list[Row] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            out += [Row(None, page[k], dropped=True) for k in range(a0, a1) if page[k].strip()]
        if op in ("equal", "insert", "replace"):
            out += kept[b0:b1]
    return out


def _visible(rs: list[Row], context: int | None) -> list[bool]:
    if context is None:
        return [True] * len(rs)
    vis = [False] * len(rs)
    for i, r in enumerate(rs):
        if r.removed:
            for j in range(max(0, i - context), min(len(rs), i + context + 1)):
                vis[j] = True
    return vis


def _folded(rs: list[Row], context: int | None) -> list[Row | str]:
    """With `context`, the rows to show: kept lines beyond `context` of a removal, and the middle of
    a removed run longer than 2*context + 1 lines, become one note each (a str)."""
    if context is None:
        return list(rs)
    vis = _visible(rs, context)
    keep_ends = max(context, 1)
    out: list[Row | str] = []
    i = 0
    n = len(rs)
    while i < n:
        if not vis[i]:
            j = i
            while j < n and not vis[j]:
                j += 1
            out.append(f"{j - i} line{'s' * (j - i != 1)} kept")
            i = j
            continue
        if rs[i].removed:
            j = i
            while j < n and rs[j].removed:
                j += 1
            run = rs[i:j]
            if len(run) > 2 * keep_ends + 1:
                hidden = run[keep_ends:-keep_ends]
                codes = Counter(r.code for r in hidden if r.text.strip())
                by = ", ".join(c for c, _ in codes.most_common(3))
                out += run[:keep_ends]
                out.append(f"{len(hidden)} more lines removed" + (f" ({by})" if by else ""))
                out += run[-keep_ends:]
            else:
                out += run
            i = j
            continue
        out.append(rs[i])
        i += 1
    return out


def counts(result: Result) -> tuple[int, int]:
    """(removed lines, lines): lines with text, as the summary table counts them."""
    rs = rows(result)
    return sum(1 for r in rs if r.removal and r.text.strip()), sum(1 for r in rs if r.text.strip())


def header(result: Result, name: str, dropped: int | None = None) -> str:
    """`NAME (format): R of N lines removed, K removals by M rules`, lines counted as the summary
    table counts them (lines with text); with `dropped`, the page's lines extraction left out too."""
    removed, total = counts(result)
    rules = len({r.code for r in result.removals})
    out = (f"{name} ({result.format}): {removed} of {total} lines removed, "
           f"{len(result.removals)} removal{'s' * (len(result.removals) != 1)} by {rules} rule{'s' * (rules != 1)}")
    if dropped is not None:
        out += f"; {dropped} more of the page's lines left out by extraction"
    return out


def _reason(row: Row, names: Mapping[str, str]) -> str:
    if row.dropped:
        return "left out by extraction"
    assert row.removal is not None
    return row.removal.reason or names.get(row.removal.code, "")


class _Columns:
    """Rows of cells in fixed-width columns, each cell wrapped within its own column (so wrapped text
    stays under its text, never under the line numbers). Rendered line by line, in time linear in
    the document: a rich Table measures every cell of every row first, which takes minutes on a
    page of 100,000 lines."""

    def __init__(self, widths: list[int | None], gap: int = 1) -> None:
        self.widths = widths  # None: the rest of the width (at least one column is)
        self.gap = gap
        self.rows: list[list[Text]] = []

    def add(self, *cells: Text | str) -> None:
        row = []
        for c in cells:
            t = Text()
            t.append(c)  # a Text's own style becomes a span, which wrapping keeps
            row.append(t)
        self.rows.append(row)

    def __rich_console__(self, console, options):  # a rich renderable
        from rich.segment import Segment

        fixed = sum(w for w in self.widths if w is not None) + self.gap * (len(self.widths) - 1)
        flexible = [i for i, w in enumerate(self.widths) if w is None]
        rest = max(10 * len(flexible), options.max_width - fixed)
        widths = [w if w is not None else rest // len(flexible) for w in self.widths]
        pad = Segment(" " * self.gap)
        for row in self.rows:
            cells = []
            for cell, w in zip(row, widths):
                if self.widths[widths.index(w)] is None or cell.cell_len > w:
                    cells.append(cell.wrap(console, w, overflow="fold") if cell.plain else [Text("")])
                else:
                    cells.append([cell])
            height = max(len(c) for c in cells)
            for k in range(height):
                for ci, (lines, w) in enumerate(zip(cells, widths)):
                    if ci:
                        yield pad
                    line = lines[k] if k < len(lines) else None
                    if line is None:
                        if ci < len(cells) - 1:
                            yield Segment(" " * w)
                        continue
                    line.rstrip()
                    yield from line.render(console)
                    if ci < len(cells) - 1 and line.cell_len < w:
                        yield Segment(" " * (w - line.cell_len))
                yield Segment.line()


def rich_diff(rs: list[Row], title: str, context: int | None = None, names: Mapping[str, str] | None = None) -> RenderableType:
    """The lines of a document: removed ones struck through in their category's colour, with the
    rule's code and category in a column of their own (so they never trail or wrap) and its reason
    under the first line of each removal. Wrapped lines stay under their text."""
    names = names or {}
    width = max(len(str(r.num)) for r in rs if r.num is not None) if any(r.num for r in rs) else 1
    label_w = max((len(f"{r.code} {r.label}") for r in rs if r.removed), default=6)
    grid = _Columns([width, 1, label_w, None])
    last: tuple[str, str] | None = None  # (code, reason) of the removed run shown last
    for item in _folded(rs, context):
        if isinstance(item, str):
            grid.add(Text("⋮".rjust(width), style="dim"), "", "", Text(item, style="dim italic"))
            continue
        r = item
        num = Text(("·" if r.num is None else str(r.num)).rjust(width), style="dim")
        if not r.removed:
            grid.add(num, "", "", _text(r.text))
            last = None
            continue
        reason = r.removal.reason if r.removal is not None else ""
        # A run of removals by one rule for one reason is labelled once, as one removal is.
        fresh = (r.first or r.dropped) and last != (r.code, reason)
        if r.text.strip():
            last = (r.code, reason)
        if fresh:
            label = Text(f"{r.code} ", style=f"bold {r.style}")
            label.append(r.label, style=r.style)
        else:
            label = Text(r.code, style=f"dim {r.style}")
        if not r.text.strip():
            label = Text("")
        body = _text(r.text, f"strike {r.style}" if not r.dropped else f"italic {r.style}")
        grid.add(num, Text("-", style=r.style), label, body)
        if fresh and reason:
            grid.add("", "", "", Text("↳ " + printable(reason), style=f"italic {r.style}"))
    return Group(_text(title, "bold"), grid)


def side_by_side(rs: list[Row], title: str, context: int | None = None) -> RenderableType:
    """Input and kept text in two columns, each with its line numbers, the rule between them."""
    nums = [r.num for r in rs if r.num is not None]
    num_w = max(1, len(str(max(nums)))) if nums else 1
    kept_w = max(1, len(str(sum(1 for r in rs if not r.removed))))
    code_w = max([4, *(len(r.code) for r in rs if r.removed)])
    grid = _Columns([num_w, None, code_w, kept_w, None])
    grid.add(Text("#".rjust(num_w), style="dim"), Text("input", style="dim"), Text("rule", style="dim"),
             Text("#".rjust(kept_w), style="dim"), Text("kept", style="dim"))
    kept_num = 0
    for item in _folded(rs, context):
        if isinstance(item, str):
            grid.add(Text("⋮".rjust(num_w), style="dim"), Text(item, style="dim italic"), "", Text("⋮".rjust(kept_w), style="dim"), "")
            continue
        r = item
        num = Text(("·" if r.num is None else str(r.num)).rjust(num_w), style="dim")
        if r.removed:
            code = Text(r.code if r.text.strip() else "", style=r.style)
            grid.add(num, _text(r.text, f"strike {r.style}"), code, "", "")
        else:
            kept_num += 1
            grid.add(num, _text(r.text), "", Text(str(kept_num).rjust(kept_w), style="dim"), _text(r.text))
    return Group(_text(title, "bold"), grid)


def plain_lines(rs: list[Row], name: str, names: Mapping[str, str] | None = None) -> str:
    """One removed line a line, as a linter prints a finding: `NAME:LINE: CODE [category] text  (reason)`."""
    names = names or {}
    out = []
    name = printable(name)
    for r in rs:
        if not r.removed or not r.text.strip():
            continue
        reason = _reason(r, names)
        where = "-" if r.num is None else str(r.num)
        out.append(f"{name}:{where}: {r.code} [{r.label}] {printable(r.text)}" + (f"  ({printable(reason)})" if reason else ""))
    return "".join(line + "\n" for line in out)


def unified_diff(result: Result, name: str, context: int = 3, escape: bool = False) -> str:
    """A unified diff of input -> kept text, for patch tools; with `escape`, control characters in
    it are shown as escapes (for a terminal)."""
    a = result.input_text.splitlines(keepends=True)
    b = result.text.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{name.lstrip('/')}", tofile=f"b/{name.lstrip('/')}", n=context):
        line = line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        out.append(printable(line[:-1]) + "\n" if escape else line)
    return "".join(out)


def stat(results: list[tuple[str, Result]], width: int = 80, styled: bool = True) -> Text:
    """Per document, as `git diff --stat`: its name, removed lines, and a bar coloured by category."""
    out = Text()
    shown = [(n, r) for n, r in results if r.removals]
    if not shown:
        return out
    name_w = min(max(len(printable(n)) for n, _ in shown), max(20, width // 2))
    per = [(n, r, counts(r)) for n, r in shown]
    most = max(c[0] for _, _, c in per) or 1
    bar_w = max(10, width - name_w - 24)
    total_lines = 0
    for n, r, (removed, total) in per:
        total_lines += removed
        label = printable(n)
        if len(label) > name_w:
            label = "…" + label[-(name_w - 1):]
        out.append(f" {label:<{name_w}} | {removed:>5} ")
        by_cat: Counter[Category] = Counter()
        for row in rows(r):
            if row.removal and row.text.strip():
                by_cat[row.removal.category] += 1
        cells = max(1, round(bar_w * removed / most)) if removed else 0
        used = 0
        for k, (cat, c) in enumerate(by_cat.most_common()):
            w = cells - used if k == len(by_cat) - 1 else round(cells * c / removed)
            out.append("-" * w, style=color(cat) if styled else "")
            used += w
        out.append(f" (of {total})\n", style="dim" if styled else "")
    docs = len(shown)
    out.append(f" {docs} document{'s' * (docs != 1)} changed, {total_lines} line{'s' * (total_lines != 1)} removed\n")
    return out


def summary_table(results: Iterable[Result], title: str = "Removed") -> Table:
    """Per category: removals, lines, characters, share of the input, and the rules that made them;
    then the total."""
    count: Counter[Category] = Counter()
    chars: Counter[Category] = Counter()
    lines: Counter[Category] = Counter()
    codes: dict[Category, Counter[str]] = {}
    total_in = 0
    for res in results:
        total_in += len(res.input_text)
        for r in res.removals:
            count[r.category] += 1
            chars[r.category] += r.end - r.start
            lines[r.category] += sum(1 for ln in r.text.split("\n") if ln.strip())
            codes.setdefault(r.category, Counter())[r.code] += 1
    table = Table(title=title, title_justify="left")
    table.add_column("category")
    table.add_column("removals", justify="right")
    table.add_column("lines", justify="right")
    table.add_column("chars", justify="right")
    table.add_column("share", justify="right")
    table.add_column("rules")

    def share(n: int) -> str:
        return f"{100 * n / total_in:.1f}%" if total_in else "-"

    cats = sorted(count, key=lambda c: -chars[c])
    for k, cat in enumerate(cats):
        rules = ", ".join(f"{c}×{n}" for c, n in codes[cat].most_common())
        table.add_row(Text(cat.label, style=color(cat)), f"{count[cat]:,}", f"{lines[cat]:,}", f"{chars[cat]:,}",
                      share(chars[cat]), rules, end_section=k == len(cats) - 1)
    if not count:
        table.add_row("(nothing removed)", "", "", "", "", "")
    else:
        n_rules = len({c for cs in codes.values() for c in cs})
        table.add_row(Text("total", style="bold"), f"{sum(count.values()):,}", f"{sum(lines.values()):,}",
                      f"{sum(chars.values()):,}", share(sum(chars.values())), f"{n_rules} rule{'s' * (n_rules != 1)}")
    return table


def rules_table(rules: Iterable[Rule], enabled: set[str]) -> Table:
    table = Table(title="stripper rules", title_justify="left")
    table.add_column("code", no_wrap=True)
    table.add_column("name", no_wrap=True)
    table.add_column("category", no_wrap=True)
    table.add_column("scope", no_wrap=True)
    table.add_column("summary")
    for r in rules:
        style = "" if r.code in enabled else "dim"
        code = r.code + ("" if r.code in enabled else " (off)")
        table.add_row(
            Text(printable(code), style=style or color(r.category)),
            _text(r.name, style),
            Text(r.category.label, style=style),
            Text("page" if r.structural else r.scope.value, style=style),
            _text(r.summary, style),
        )
    return table


def rule_doc(rule: Rule) -> RenderableType:
    parts: list[RenderableType] = []
    head = Text()
    head.append(f"{printable(rule.code)} ", style=f"bold {color(rule.category)}")
    head.append(_text(rule.name, "bold"))
    head.append(f"   ({rule.category.label}, {'page pass' if rule.structural else rule.scope.value + ' scope'}"
                f"{', user rule' if rule.user else ''})", style="dim")
    parts += [head, Text(""), _text(rule.summary, "italic"), Text(""), Text("What it does", style="bold"),
              _text(rule.explanation), Text("")]
    parts.append(Text("Removes", style="bold red"))
    for ex in rule.removes:
        parts.append(_text("  - " + ex.replace("\n", "\n    ")))
    parts.append(Text(""))
    parts.append(Text("Keeps", style="bold"))
    for ex in rule.keeps:
        parts.append(_text("  + " + ex.replace("\n", "\n    ")))
    if rule.languages != ("en",):
        parts += [Text(""), Text("Languages: " + ", ".join(rule.languages), style="dim")]
    return Group(*parts)


def rule_doc_plain(rule: Rule) -> str:
    def esc(s: str) -> str:
        return "\n".join(printable(x) for x in s.split("\n"))

    lines = [f"{rule.code} {rule.name} ({rule.category.label}, {'page pass' if rule.structural else rule.scope.value + ' scope'})",
             "", rule.summary, "", "What it does", rule.explanation, "", "Removes"]
    lines += ["  - " + ex for ex in rule.removes]
    lines += ["", "Keeps"] + ["  + " + ex for ex in rule.keeps]
    if rule.languages != ("en",):
        lines += ["", "Languages: " + ", ".join(rule.languages)]
    return "\n".join(esc(x) for x in lines) + "\n"


def eval_table(rows: list[tuple[str, str, Score, Score, Score | None]], path: str) -> Table:
    """rows: (field, format, stripper score, input-as-is score, extraction-only score or None)."""
    table = Table(title=f"Quality on {printable(path)} (4-gram shingles, per-document means)", title_justify="left")
    for col in ("field", "format", "docs", "run", "F1", "precision", "recall"):
        table.add_column(col, justify="right" if col in ("docs", "F1", "precision", "recall") else "left")
    for field, fmt, s, base, ex in rows:
        table.add_row(field, fmt, str(s.docs), Text("stripper", style="bold"), f"{s.f1:.4f}", f"{s.precision:.4f}", f"{s.recall:.4f}")
        if ex is not None:
            table.add_row("", "", "", "extraction only", f"{ex.f1:.4f}", f"{ex.precision:.4f}", f"{ex.recall:.4f}")
        table.add_row("", "", "", Text("input as is", style="dim"), f"{base.f1:.4f}", f"{base.precision:.4f}", f"{base.recall:.4f}",
                      end_section=True)
    return table


def rules_plain(rules: Iterable[Rule], enabled: set[str], header: bool = True) -> str:
    """One rule a line, tab-separated, for pipes and grep; a header row first (as `ps` or `ls -l`)."""
    out = ["code\tname\tcategory\tscope\tsummary\tstate"] if header else []
    for r in rules:
        scope = "page" if r.structural else r.scope.value
        state = "on" if r.code in enabled else "off"
        out.append("\t".join(printable(x) for x in (r.code, r.name, r.category.label, scope, r.summary)) + f"\t{state}")
    return "\n".join(out) + "\n"
