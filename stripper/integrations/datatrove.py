"""A datatrove pipeline step that strips boilerplate from `doc.text` (pip install 'stripper[datatrove]').

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from stripper.integrations.datatrove import StripBoilerplate

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), StripBoilerplate(), JsonlWriter("out/")], tasks=8, logging_dir="logs/"
    ).run()

The step cleans `doc.text` in place, puts the removals and the characters removed per category in
`doc.metadata`, and reports through datatrove's stats (per category and per rule), so the same step
runs on a laptop, on Slurm (SlurmPipelineExecutor) or on Ray (RayPipelineExecutor): each task
strips its own shard, and datatrove merges the stats.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.typeshelper import StatHints
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("StripBoilerplate needs datatrove; install it with: pip install 'stripper[datatrove]'") from e

from ..settings import Settings, load


class StripBoilerplate(PipelineStep):
    """Strip boilerplate from each document's text; never drops a document unless `drop_empty`.

    Args:
        format: what `doc.text` holds: "text" (extracted text, the usual case in datatrove
            pipelines), "html", or "auto".
        settings: a `stripper.Settings`; or build one from `select` / `ignore` / `rules_files`.
        keep_removals: put the list of removals (code, category, span, text) in
            `doc.metadata[removals_key]`.
        counts_key: metadata key for {category: characters removed}.
        drop_empty: drop documents left with no text (counted as "dropped").
    """

    name = "✂️ stripper"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        format: str = "text",
        settings: Settings | None = None,
        *,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        rules_files: Iterable[str | Path] = (),
        keep_removals: bool = True,
        removals_key: str = "stripper_removals",
        counts_key: str = "stripper_removed_chars",
        drop_empty: bool = False,
    ) -> None:
        super().__init__()
        if format not in ("auto", "html", "text"):
            raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
        if settings is None:
            # Built here, in the driver, so a bad rule code fails before any task starts.
            settings = load(
                None,
                select=tuple(select) if select is not None else None,
                ignore=tuple(ignore) if ignore is not None else None,
                rules_files=tuple(Path(p) for p in rules_files),
            )
        self.format = format
        self.settings = settings
        self.keep_removals = keep_removals
        self.removals_key = removals_key
        self.counts_key = counts_key
        self.drop_empty = drop_empty

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from .. import strip

        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    result = strip(doc.text, format=self.format, settings=self.settings)  # type: ignore[arg-type]
                except Exception as e:  # one bad document must not kill a task of millions
                    self.stat_update("strip_failed")
                    doc.metadata["stripper_error"] = f"{type(e).__name__}: {e}"[:300]
                    yield doc
                    continue
            counts = result.removed_chars()
            self.stat_update("changed" if result.removals else "unchanged")
            self.stat_update("chars_in", value=len(result.input_text), unit="doc")
            for label, n in counts.items():
                self.stat_update(f"removed_chars_{label}", value=n, unit="doc")
            for r in result.removals:
                self.stat_update(f"rule_{r.code}")
            doc.text = result.text
            doc.metadata[self.counts_key] = counts
            if self.keep_removals:
                doc.metadata[self.removals_key] = [r.to_dict() for r in result.removals]
            if self.drop_empty and not doc.text.strip():
                self.stat_update(StatHints.dropped)
                continue
            self.stat_update(StatHints.forwarded)
            yield doc
