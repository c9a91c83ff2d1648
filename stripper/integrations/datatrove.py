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

Site templates (stripper.templates, TPL001) are three pipelines, as datatrove's own deduplication
is: every task counts its shard's lines per site (`CountTemplateLines`, one count file per task),
one task merges the count files (`MergeTemplateCounts`), and every task strips with the merged
templates (`StripBoilerplate(templates=..., site_key="url")`):

    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), CountTemplateLines("counts/")], tasks=8, ...).run()
    LocalPipelineExecutor(pipeline=[MergeTemplateCounts("counts/", "templates/")], tasks=1, ...).run()
    LocalPipelineExecutor(pipeline=[JsonlReader("in/"), StripBoilerplate(templates="templates/", site_key="url"),
                                    JsonlWriter("out/")], tasks=8, ...).run()
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.utils.typeshelper import StatHints
except ImportError as e:  # pragma: no cover - exercised only without the extra
    raise ImportError("StripBoilerplate needs datatrove; install it with: pip install 'stripper[datatrove]'") from e

from ..settings import Settings, load

try:
    from datatrove.io import DataFolderLike, get_datafolder
except ImportError:  # pragma: no cover - older datatrove
    DataFolderLike = str  # type: ignore[misc,assignment]
    from datatrove.io import get_datafolder

# File names in the count and templates folders.
COUNTS_SUFFIX = ".tplcounts.gz"
MERGED_NAME = "templates" + COUNTS_SUFFIX


def _build_settings(settings: Settings | None, select: Iterable[str] | None, ignore: Iterable[str] | None,
                    rules_files: Iterable[str | Path]) -> Settings:
    if settings is not None:
        return settings
    # Built here, in the driver, so a bad rule code fails before any task starts.
    return load(
        None,
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore is not None else None,
        rules_files=tuple(Path(p) for p in rules_files),
    )


def _site(doc: object, site_key: str) -> str | None:
    """The site of a document: `site_key` in its metadata (a URL's host, or a name), else its id's."""
    from ..templates.fingerprint import site_of

    meta = getattr(doc, "metadata", None) or {}
    return site_of(meta.get(site_key))


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
        engine: str = "trafilatura",
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        rules_files: Iterable[str | Path] = (),
        keep_removals: bool = True,
        removals_key: str = "stripper_removals",
        counts_key: str = "stripper_removed_chars",
        drop_empty: bool = False,
        templates: DataFolderLike | None = None,
        site_key: str = "url",
    ) -> None:
        super().__init__()
        if format not in ("auto", "html", "text"):
            raise ValueError(f"format must be 'auto', 'html' or 'text', not {format!r}")
        from ..extract import ENGINES

        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.format = format
        self.engine = engine
        self.settings = _build_settings(settings, select, ignore, rules_files)
        self.keep_removals = keep_removals
        self.removals_key = removals_key
        self.counts_key = counts_key
        self.drop_empty = drop_empty
        # A templates folder (MergeTemplateCounts' output) or count file; read once per task.
        self.templates = templates
        self.site_key = site_key

    def _load_templates(self):  # -> Templates | None
        if self.templates is None:
            return None
        from ..templates.apply import Templates
        from ..templates.counts import iter_file

        if isinstance(self.templates, str) and self.templates.endswith(COUNTS_SUFFIX):
            folder, name = get_datafolder(self.templates.rsplit("/", 1)[0] or "."), self.templates.rsplit("/", 1)[-1]
        else:
            folder, name = get_datafolder(self.templates), MERGED_NAME
        with folder.open(name, "rb") as f:  # read one site at a time, compiled to a mapped file
            return Templates.from_sites(iter_file(f, f"{self.templates}/{name}")[1], self.settings)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from .. import strip
        from ..templates.apply import strip_with_templates

        templates = self._load_templates()
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    if templates is not None:
                        result = strip_with_templates(doc.text, _site(doc, self.site_key), templates, format=self.format,  # type: ignore[arg-type]
                                                      settings=self.settings, engine=self.engine)
                    else:
                        result = strip(doc.text, format=self.format, settings=self.settings, engine=self.engine)  # type: ignore[arg-type]
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


class CountTemplateLines(PipelineStep):
    """Count each site's lines in this task's documents (pass one of site templates) and write one
    count file per task, `{rank:05d}.tplcounts.gz`, to `output_folder`. Documents pass through.

    Args:
        output_folder: where the count files go (any datatrove DataFolder: local, s3://, ...).
        site_key: the metadata key naming a document's site (a URL's host is taken).
        format / engine: what `doc.text` holds, as for StripBoilerplate (HTML is counted as the
            text extracted from it, which is what the filtering step sees).
        settings: for the summary's capacity and the Bloom filter's size.
    """

    name = "✂️ stripper: count template lines"
    type = "✂️ - STATS"

    def __init__(self, output_folder: DataFolderLike, site_key: str = "url", format: str = "text",
                 engine: str = "trafilatura", settings: Settings | None = None) -> None:
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.site_key = site_key
        self.format = format
        self.engine = engine
        self.settings = settings or Settings()

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from ..templates.apply import text_for_counting
        from ..templates.counts import Seen, TemplateCounts
        from ..templates.fingerprint import document_hash, page_keys

        counts = TemplateCounts.for_settings(self.settings, max_entries=self.settings.template_max_entries)
        seen = Seen(self.settings.template_seen_bits)
        for doc in data or ():
            self.stat_update(StatHints.total)
            with self.track_time():
                site = _site(doc, self.site_key)
                if site is None:
                    counts.add(None, None, ())
                    self.stat_update("no_site")
                else:
                    try:
                        text = text_for_counting(doc.text, self.format, self.engine)
                    except Exception:
                        self.stat_update("extract_failed")
                        text = None
                    if text is not None:
                        counted = counts.add(site, document_hash(site, text), page_keys(text), seen)
                        self.stat_update("counted" if counted else "duplicate")
            yield doc
        try:  # runs spilled to a local temporary directory are merged into the task's count file
            with tempfile.TemporaryDirectory(prefix="stripper-template-counts-") as tmp:
                local = Path(tmp) / "counts.gz"
                counts.write(local, {"rank": rank, "world_size": world_size})
                with self.output_folder.open(f"{rank:05d}{COUNTS_SUFFIX}", "wb") as f, open(local, "rb") as src:
                    shutil.copyfileobj(src, f, 1 << 20)
        finally:
            counts.close()


class MergeTemplateCounts(PipelineStep):
    """Add up the count files in `input_folder` into `output_folder/templates.tplcounts.gz`. Run it
    with tasks=1, after the counting pipeline; it reads no documents."""

    name = "✂️ stripper: merge template counts"
    type = "✂️ - STATS"

    def __init__(self, input_folder: DataFolderLike, output_folder: DataFolderLike) -> None:
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from ..templates.counts import CountsError, merge_to

        if world_size != 1:
            raise ValueError("MergeTemplateCounts runs as one task (tasks=1)")
        files = sorted(p for p in self.input_folder.list_files(glob_pattern="*" + COUNTS_SUFFIX) if not p.endswith(MERGED_NAME))
        if not files:
            raise CountsError(f"no *{COUNTS_SUFFIX} files in {self.input_folder.path}")
        # A streaming k-way merge (one site of each file in memory at a time), into a local file first.
        opened = [self.input_folder.open(name, "rb") for name in files]
        try:
            with self.track_time(), tempfile.TemporaryDirectory(prefix="stripper-template-merge-") as tmp:
                local = Path(tmp) / MERGED_NAME
                header = merge_to(list(zip(opened, files)), local, {"merged_from": len(files)})
                with self.output_folder.open(MERGED_NAME, "wb") as f, open(local, "rb") as src:
                    shutil.copyfileobj(src, f, 1 << 20)
        finally:
            for f in opened:
                f.close()
        self.stat_update("files", value=len(files))
        self.stat_update("sites", value=header["sites"])
        yield from data or ()
