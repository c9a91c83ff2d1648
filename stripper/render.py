"""Rendering for people: rich diffs, summary tables, rule docs. Data renderers (text, JSON) live in
the CLI; everything here returns rich renderables or plain strings and does no I/O."""
from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .evaluate import Score
from .model import Category, Result
from .rules.base import Rule
from .segment import split_lines

COLORS = {
    Category.AFF: "magenta",
    Category.TRU: "yellow",
    Category.NWS: "cyan",
    Category.SOC: "blue",
    Category.REL: "green",
    Category.ALT: "bright_black",
    Category.ERR: "red",
    Category.CKE: "dark_orange",
    Category.CPY: "grey50",
    Category.NAV: "purple",
    Category.TPL: "orchid",
}


def _line_owners(result: Result) -> tuple[list[str], list[int], dict[int, int]]:
    """Input lines, their starts, and for each removed line the index of its removal."""
    lines, starts = split_lines(result.input_text)
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the empty string after a final newline is not a line
    owner: dict[int, int] = {}
    li = 0
    for ri, r in enumerate(result.removals):
        while li < len(lines) and starts[li] < r.start:
            li += 1
        j = li
        while j < len(lines) and starts[j] < r.end:
            owner[j] = ri
            j += 1
    return lines, starts, owner


def _visible(n: int, owner: dict[int, int], context: int | None) -> list[bool]:
    if context is None:
        return [True] * n
    vis = [False] * n
    for i in owner:
        for j in range(max(0, i - context), min(n, i + context + 1)):
            vis[j] = True
    return vis


def rich_diff(result: Result, title: str, context: int | None = None) -> RenderableType:
    """Every line of the input: removed ones struck through in their category's colour, with the
    rule code; kept ones plain. With `context`, only lines within that many of a removal."""
    lines, _, owner = _line_owners(result)
    vis = _visible(len(lines), owner, context)
    body = Text()
    width = len(str(len(lines)))
    skipped = False
    for i, line in enumerate(lines):
        if not vis[i]:
            skipped = True
            continue
        if skipped:
            body.append("   ⋮\n", style="dim")
            skipped = False
        num = f"{i + 1:>{width}} "
        if i in owner:
            r = result.removals[owner[i]]
            color = COLORS.get(r.category, "red")
            body.append(num, style="dim")
            body.append("- ", style=color)
            if line.strip():
                body.append(line, style=f"strike {color}")
                body.append(f"  {r.code} {r.category.label}", style=f"bold {color}")
            body.append("\n")
        else:
            body.append(num, style="dim")
            body.append("  " + line + "\n")
    if skipped:
        body.append("   ⋮\n", style="dim")
    return Panel(body, title=escape(title), title_align="left", border_style="dim")


def side_by_side(result: Result, title: str, context: int | None = None) -> RenderableType:
    lines, _, owner = _line_owners(result)
    vis = _visible(len(lines), owner, context)
    table = Table(title=escape(title), show_lines=False, expand=True, title_justify="left")
    table.add_column("input", ratio=1, overflow="fold")
    table.add_column("rule", no_wrap=True)
    table.add_column("kept", ratio=1, overflow="fold")
    for i, line in enumerate(lines):
        if not vis[i]:
            continue
        if i in owner:
            r = result.removals[owner[i]]
            color = COLORS.get(r.category, "red")
            table.add_row(Text(line, style=f"strike {color}"), Text(r.code if line.strip() else "", style=color), "")
        else:
            table.add_row(line, "", line)
    return table


def unified_diff(result: Result, name: str, context: int = 3) -> str:
    """A plain unified diff of input -> kept text, for pipes, files and NO_COLOR."""
    a = result.input_text.splitlines(keepends=True)
    b = result.text.splitlines(keepends=True)
    out = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{name.lstrip('/')}", tofile=f"b/{name.lstrip('/')}", n=context):
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def summary_table(results: Iterable[Result], title: str = "Removed") -> Table:
    """Per category: removals, lines, characters, and the rules that made them."""
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
    for cat in sorted(count, key=lambda c: -chars[c]):
        share = f"{100 * chars[cat] / total_in:.1f}%" if total_in else "-"
        rules = ", ".join(f"{c}×{n}" for c, n in codes[cat].most_common())
        table.add_row(Text(cat.label, style=COLORS.get(cat, "")), str(count[cat]), str(lines[cat]), str(chars[cat]), share, rules)
    if not count:
        table.add_row("(nothing removed)", "", "", "", "", "")
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
            Text(code, style=style or COLORS.get(r.category, "")),
            Text(r.name, style=style),
            Text(r.category.label, style=style),
            Text("page" if r.structural else r.scope.value, style=style),
            Text(r.summary, style=style),
        )
    return table


def rule_doc(rule: Rule) -> RenderableType:
    parts: list[RenderableType] = []
    head = Text()
    head.append(f"{rule.code} ", style=f"bold {COLORS.get(rule.category, '')}")
    head.append(rule.name, style="bold")
    head.append(f"   ({rule.category.label}, {'page pass' if rule.structural else rule.scope.value + ' scope'}"
                f"{', user rule' if rule.user else ''})", style="dim")
    parts += [head, Text(""), Text(rule.summary, style="italic"), Text(""), Text("What it does", style="bold"),
              Text(rule.explanation), Text("")]
    parts.append(Text("Removes", style="bold red"))
    for ex in rule.removes:
        parts.append(Text("  - " + ex.replace("\n", "\n    ")))
    parts.append(Text(""))
    parts.append(Text("Keeps", style="bold green"))
    for ex in rule.keeps:
        parts.append(Text("  + " + ex.replace("\n", "\n    ")))
    if rule.languages != ("en",):
        parts += [Text(""), Text("Languages: " + ", ".join(rule.languages), style="dim")]
    return Group(*parts)


def rule_doc_plain(rule: Rule) -> str:
    lines = [f"{rule.code} {rule.name} ({rule.category.label}, {'page pass' if rule.structural else rule.scope.value + ' scope'})",
             "", rule.summary, "", "What it does", rule.explanation, "", "Removes"]
    lines += ["  - " + ex for ex in rule.removes]
    lines += ["", "Keeps"] + ["  + " + ex for ex in rule.keeps]
    if rule.languages != ("en",):
        lines += ["", "Languages: " + ", ".join(rule.languages)]
    return "\n".join(lines) + "\n"


def eval_table(rows: list[tuple[str, str, Score, Score, Score | None]], path: str) -> Table:
    """rows: (field, format, stripper score, input-as-is score, extraction-only score or None)."""
    table = Table(title=f"Quality on {escape(path)} (4-gram shingles, per-document means)", title_justify="left")
    for col in ("field", "format", "docs", "run", "F1", "precision", "recall"):
        table.add_column(col, justify="right" if col in ("docs", "F1", "precision", "recall") else "left")
    for field, fmt, s, base, ex in rows:
        table.add_row(field, fmt, str(s.docs), Text("stripper", style="bold"), f"{s.f1:.4f}", f"{s.precision:.4f}", f"{s.recall:.4f}")
        if ex is not None:
            table.add_row("", "", "", "extraction only", f"{ex.f1:.4f}", f"{ex.precision:.4f}", f"{ex.recall:.4f}")
        table.add_row("", "", "", Text("input as is", style="dim"), f"{base.f1:.4f}", f"{base.precision:.4f}", f"{base.recall:.4f}",
                      end_section=True)
    return table


def rules_plain(rules: Iterable[Rule], enabled: set[str]) -> str:
    """One rule a line, tab-separated, for pipes and grep."""
    out = []
    for r in rules:
        scope = "page" if r.structural else r.scope.value
        state = "" if r.code in enabled else "\t(off)"
        out.append(f"{r.code}\t{r.name}\t{r.category.label}\t{scope}\t{r.summary}{state}")
    return "\n".join(out) + "\n"
