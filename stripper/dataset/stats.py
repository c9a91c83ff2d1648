"""Run statistics: one value per worker chunk, added together with `+` into the run's totals.

Counts are plain ints and dicts so the object pickles cheaply between processes and serialises to
JSON for `--stats` and for the resume checkpoint (a resumed run's summary covers the whole run)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from ..model import Result


def _add_counts(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def per_rule(result: Result) -> tuple[tuple[str, str, int, int], ...]:
    """(code, category label, removals, chars) per rule that removed something from `result`.

    A whole page has a hundred removals or more: the workers add them up per rule, so the process
    that merges every row's figures (one, however many workers) handles a few tuples a row."""
    acc: dict[str, list[Any]] = {}
    for r in result.removals:
        a = acc.get(r.code)
        if a is None:
            acc[r.code] = [r.category.label, 1, r.end - r.start]
        else:
            a[1] += 1
            a[2] += r.end - r.start
    return tuple((code, label, hits, n) for code, (label, hits, n) in acc.items())


# The per-site figures of site templates (`template_site_chars`) are a Misra–Gries summary of at
# most 2 × this many sites, compacted to this many, so a run's stats (and its checkpoints) stay flat
# in the number of sites: a site's figure is at most `template_site_err` below the truth (0 while
# the run has not held more than twice this many sites), and the sites it forgets are still in
# rule_chars["TPL001"] (the --stats report lists the top sites and the others' total: templates.dataset).
SITE_CAPACITY = 2048


def _compact_sites(stats: Stats) -> None:
    c = stats.template_site_chars
    if len(c) <= 2 * SITE_CAPACITY:
        return
    t = sorted(c.values(), reverse=True)[SITE_CAPACITY]
    stats.template_site_chars = {k: v - t for k, v in c.items() if v > t}
    stats.template_site_err += t


@dataclass(slots=True)
class Stats:
    """What a run (or a part of one) did. `rows_read == rows_written + rows_rejected + rows_dropped`
    always."""

    rows_read: int = 0
    rows_written: int = 0
    rows_rejected: int = 0
    rows_changed: int = 0
    rows_unchanged: int = 0
    blank_lines: int = 0  # empty JSONL lines: not rows, skipped, counted so nothing vanishes unseen
    bytes_in: int = 0  # UTF-8 bytes of the text field read (what MB/s is measured on)
    chars_in: int = 0
    chars_out: int = 0
    removed_chars: dict[str, int] = field(default_factory=dict)  # category label -> chars
    rule_hits: dict[str, int] = field(default_factory=dict)  # rule code -> removals
    rule_chars: dict[str, int] = field(default_factory=dict)  # rule code -> chars
    reject_reasons: dict[str, int] = field(default_factory=dict)  # reason kind -> rows
    warnings: int = 0  # rows whose Result carried a warning (e.g. extraction fell back)
    rows_dropped: int = 0  # rows left empty by stripping and left out on purpose (--drop-empty)
    bad_files: dict[str, str] = field(default_factory=dict)  # input file -> why its rest could not be read
    template_site_chars: dict[str, int] = field(default_factory=dict)  # site -> chars removed by TPL001 (site templates)
    template_site_err: int = 0  # each site's figure there is at most this much below the truth (SITE_CAPACITY)

    def __add__(self, other: Stats) -> Stats:
        if not isinstance(other, Stats):
            return NotImplemented
        out = Stats()
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            if f.name == "bad_files":
                setattr(out, f.name, {**a, **b})
            else:
                setattr(out, f.name, _add_counts(a, b) if isinstance(a, dict) else a + b)
        _compact_sites(out)  # summaries merge by adding counts and errors, then compacting
        return out

    def __radd__(self, other: Any) -> Stats:
        # sum(list_of_stats) starts from 0
        if other == 0:
            return self + Stats()
        return NotImplemented

    def add_row(
        self, nbytes: int, chars_in: int, chars_out: int, rules: Iterable[tuple[str, str, int, int]], warned: bool
    ) -> None:
        """Count one stripped row from its figures: `rules` are (code, category label, removals,
        chars), one per rule that removed something (see `per_rule`)."""
        self.rows_read += 1
        self.rows_written += 1
        self.bytes_in += nbytes
        self.chars_in += chars_in
        self.chars_out += chars_out
        changed = False
        removed_chars, rule_hits, rule_chars = self.removed_chars, self.rule_hits, self.rule_chars
        for code, label, hits, n in rules:
            changed = True
            removed_chars[label] = removed_chars.get(label, 0) + n
            rule_hits[code] = rule_hits.get(code, 0) + hits
            rule_chars[code] = rule_chars.get(code, 0) + n
        if changed:
            self.rows_changed += 1
        else:
            self.rows_unchanged += 1
        if warned:
            self.warnings += 1

    def add_drop(self, nbytes: int, chars_in: int, chars_out: int, rules: Iterable[tuple[str, str, int, int]],
                 warned: bool) -> None:
        """A row stripped to nothing and left out (--drop-empty): counted as read and dropped."""
        self.add_row(nbytes, chars_in, chars_out, rules, warned)
        self.rows_written -= 1
        self.rows_dropped += 1

    def add_site(self, site: str, chars: int) -> None:
        """Characters a site's learned template (TPL001) removed from one of its rows."""
        self.template_site_chars[site] = self.template_site_chars.get(site, 0) + chars
        if len(self.template_site_chars) > 2 * SITE_CAPACITY:
            _compact_sites(self)

    def add_bad_file(self, source: str, reason: str) -> None:
        self.bad_files[source] = reason

    def add_reject(self, kind: str) -> None:
        self.rows_read += 1
        self.rows_rejected += 1
        self.reject_reasons[kind] = self.reject_reasons.get(kind, 0) + 1

    def writer_reject(self, kind: str) -> None:
        """A stripped row the writer could not store (e.g. it does not fit the Parquet schema)."""
        self.rows_written -= 1
        self.rows_rejected += 1
        self.reject_reasons[kind] = self.reject_reasons.get(kind, 0) + 1

    @property
    def balanced(self) -> bool:
        return self.rows_read == self.rows_written + self.rows_rejected + self.rows_dropped

    def top_rules(self, n: int = 10) -> list[tuple[str, int, int]]:
        """(code, removals, chars) for the rules that removed the most characters."""
        ranked = sorted(self.rule_chars, key=lambda c: (-self.rule_chars[c], c))
        return [(c, self.rule_hits[c], self.rule_chars[c]) for c in ranked[:n]]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Stats:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items() if k in known}
        return cls(**values)
