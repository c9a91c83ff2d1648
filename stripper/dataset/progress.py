"""Progress and the closing summary, both on stderr (stdout carries data only).

The bar runs only on a terminal; piped or redirected stderr gets the summary alone, and NO_COLOR
is honoured through the shared console."""
from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Any

from ..console import err_console
from .stats import Stats

if TYPE_CHECKING:  # (rich's progress bar is imported only for a bar on a terminal)
    from rich.progress import Progress
    from rich.table import Table


def _bar(console: Any, total_bytes: int | None) -> tuple[Progress, Any]:
    """The bar, and its task: its rates are docs/s and MB/s of text-field bytes, over the run so far."""
    from rich.progress import (
        BarColumn,
        Progress,
        ProgressColumn,
        Task,
        TaskProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rates(ProgressColumn):
        def render(self, task: Task) -> Text:
            elapsed = task.elapsed or 0.0
            rows = task.fields.get("rows", 0)
            mb = task.fields.get("text_bytes", 0) / 1e6
            if elapsed <= 0:
                return Text("")
            return Text(f"{rows:,} docs  {rows / elapsed:,.0f} docs/s  {mb / elapsed:,.1f} MB/s", style="progress.data.speed")

    bar = Progress(TextColumn("[bold]stripping"), BarColumn(), TaskProgressColumn(), Rates(), TimeRemainingColumn(),
                   console=console, transient=True)
    return bar, bar.add_task("strip", total=total_bytes or None, rows=0, text_bytes=0)


class RunProgress:
    def __init__(self, enabled: bool, total_bytes: int | None) -> None:
        self._progress: Progress | None = None
        self._task: Any = None
        self._last = 0.0
        # (isatty first: off a terminal the run needs no rich at all, see print_summary)
        self.enabled = enabled and sys.stderr.isatty() and err_console().is_terminal
        if self.enabled:
            self._progress, self._task = _bar(err_console(), total_bytes)

    def __enter__(self) -> RunProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def update(self, position: int, stats: Stats, force: bool = False) -> None:
        if self._progress is None:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        self._progress.update(self._task, completed=position, rows=stats.rows_read, text_bytes=stats.bytes_in)


def _n(x: int) -> str:
    return f"{x:,}"


def summary_rows(stats: Stats, seconds: float | None = None, top: int = 10) -> list[tuple[str, str] | None]:
    """The summary's rows, (label, value), in order; None where a new section starts."""
    rows: list[tuple[str, str] | None] = [
        ("rows read", _n(stats.rows_read)),
        ("rows written", _n(stats.rows_written)),
        ("  changed", _n(stats.rows_changed)),
        ("  unchanged", _n(stats.rows_unchanged)),
        ("rows rejected", _n(stats.rows_rejected)),
    ]
    for kind, n in sorted(stats.reject_reasons.items(), key=lambda kv: -kv[1]):
        rows.append((f"  {kind}", _n(n)))
    if stats.rows_dropped:
        rows.append(("rows dropped (left empty)", _n(stats.rows_dropped)))
    if stats.blank_lines:
        rows.append(("blank lines skipped", _n(stats.blank_lines)))
    if stats.bad_files:
        rows.append(("unreadable input files", _n(len(stats.bad_files))))
    if stats.warnings:
        rows.append(("rows with warnings", _n(stats.warnings)))
    rows.append(("characters in", _n(stats.chars_in)))
    rows.append(("characters out", _n(stats.chars_out)))
    removed = sum(stats.removed_chars.values())
    share = f" ({removed / stats.chars_in:.1%})" if stats.chars_in else ""
    rows.append(("characters removed", _n(removed) + share))
    for label, n in sorted(stats.removed_chars.items(), key=lambda kv: -kv[1]):
        rows.append((f"  {label}", _n(n)))
    if seconds:
        rows.append(("time", f"{seconds:,.1f} s"))
        rows.append(("speed", f"{stats.rows_read / seconds:,.0f} docs/s, {stats.bytes_in / 1e6 / seconds:,.2f} MB/s"))
    rules = stats.top_rules(top)
    if rules:
        rows.append(None)
        rows.append(("top rules", "removals / chars"))
        for code, hits, chars in rules:
            rows.append((f"  {code}", f"{_n(hits)} / {_n(chars)}"))
    return rows


TITLE = "stripper dataset"


def summary_table(stats: Stats, seconds: float | None = None, top: int = 10) -> Table:
    """The summary as a rich table (on a terminal)."""
    from rich.table import Table

    t = Table(title=TITLE, show_header=True, header_style="bold", title_justify="left")
    t.add_column("", style="bold")
    t.add_column("value", justify="right")
    for row in summary_rows(stats, seconds, top):
        if row is None:
            t.add_section()
        else:
            t.add_row(*row, markup=False)
    return t


def summary_text(stats: Stats, seconds: float | None = None, top: int = 10) -> str:
    """The summary as plain lines, label and value in two columns (off a terminal: a log file or a
    pipe gets no box drawing, and the run needs no rich, whose import is a good part of a short
    run's time)."""
    rows = [r for r in summary_rows(stats, seconds, top) if r is not None]
    left = max(len(label) for label, _ in rows)
    right = max(len(value) for _, value in rows)
    return TITLE + "\n" + "".join(f"{label.ljust(left)}  {value.rjust(right)}\n" for label, value in rows)


def print_summary(stats: Stats, seconds: float | None = None) -> None:
    ok = stats.balanced
    mark = "ok" if ok else "MISMATCH"
    dropped = f" + {_n(stats.rows_dropped)} dropped" if stats.rows_dropped else ""
    total = (f"rows in = rows out + rejected{' + dropped' if dropped else ''}: {_n(stats.rows_read)} = "
             f"{_n(stats.rows_written)} + {_n(stats.rows_rejected)}{dropped.replace(' dropped', '')} ({mark})")
    if not sys.stderr.isatty():
        sys.stderr.write(summary_text(stats, seconds) + total + "\n")
        sys.stderr.flush()
        return
    console = err_console()
    console.print(summary_table(stats, seconds))
    console.print(total, markup=False)
