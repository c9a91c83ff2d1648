"""`stripper templates learn | merge | show | bench`: the two-step form of site templates.

    stripper templates learn 'shard-1/*.jsonl.gz' -o counts-1.tpl.gz --site-field url
    stripper templates merge counts-*.tpl.gz -o counts.tpl.gz
    stripper dataset 'crawl/*.jsonl.gz' clean.jsonl.gz --site-field url --templates counts.tpl.gz
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import orjson
import typer

from ..console import EXIT_INPUT, EXIT_USAGE, err_console, error
from ..helptext import Command, Group

app = typer.Typer(help="Learn site templates from a crawl (the lines a site prints on many of its pages), merge count files, inspect them.",
                  no_args_is_help=True, add_completion=False, cls=Group)


def _settings(config: Optional[Path], isolated: bool):  # -> Settings
    from ..settings import from_command_line

    return from_command_line(None, None, None, config, isolated)


@app.command("learn", cls=Command)
def learn_cmd(
    inputs: list[str] = typer.Argument(..., metavar="INPUT...", help="JSONL(.gz/.zst) or Parquet files or globs.", show_default=False),
    output: Path = typer.Option(..., "--output", "-o", help="The count file to write (gzip'd JSON lines).", show_default=False),
    site_field: str = typer.Option("url", "--site-field", help="Field naming each row's site (a URL's host, or any name; dotted for nested)."),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the text or HTML."),
    fmt: str = typer.Option("auto", "--format", help="What the field holds: auto, html or text (HTML is extracted first, as pass two sees it)."),
    engine: str = typer.Option("trafilatura", "--engine", help="HTML extraction: trafilatura or resiliparse."),
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Override the inputs' format."),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: all cores)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr (only on a terminal)."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing count file."),
    config: Optional[Path] = typer.Option(None, "--config", help="pyproject.toml to read [tool.stripper] from."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore every pyproject.toml."),
) -> None:
    """Count each site's lines in INPUT... (pass one) and write the counts to -o FILE."""
    from ..dataset.cli import default_workers
    from ..dataset.formats import InputError, UsageError, expand_inputs, format_of
    from ..settings import ConfigError
    from .counts import CountsError
    from .learn import CountOptions, LearnJob, learn

    try:
        if fmt not in ("auto", "html", "text"):
            raise UsageError(f"--format must be auto, html or text, not {fmt!r}")
        if output.exists() and not overwrite:
            raise UsageError(f"{output} exists; pass --overwrite to replace it")
        settings = _settings(config, isolated)
        paths = expand_inputs(inputs)
        job = LearnJob(paths, [format_of(p, input_format) for p in paths],
                       CountOptions(text_field=text_field, site_field=site_field, format=fmt, engine=engine),
                       settings=settings, workers=workers or default_workers(), progress=progress)
        counts, _ = learn(job)
        try:
            sites = counts.write(output)
        finally:
            counts.close()
    except (UsageError, ConfigError) as e:
        error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except (InputError, CountsError) as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    err_console().print(f"{counts.documents:,} documents, {sites:,} sites, {counts.duplicates:,} duplicates, "
                        f"{counts.no_site:,} without a site or text → {output}")


@app.command("merge", cls=Command)
def merge_cmd(
    files: list[Path] = typer.Argument(..., metavar="FILE...", help="Count files from `stripper templates learn` (shards, machines).", show_default=False),
    output: Path = typer.Option(..., "--output", "-o", help="The merged count file.", show_default=False),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing count file."),
) -> None:
    """Add count files together (per site; the error bound adds up too)."""
    from .counts import CountsError, merge_to

    if output.exists() and not overwrite:
        error(f"{output} exists; pass --overwrite to replace it")
        raise typer.Exit(EXIT_USAGE)
    try:
        total = merge_to([(f, str(f)) for f in files], output)
    except CountsError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    err_console().print(f"{len(files)} files, {total['documents']:,} documents, {total['sites']:,} sites → {output}")


@app.command("show", cls=Command)
def show_cmd(
    file: Path = typer.Argument(..., help="A count file.", show_default=False),
    config: Optional[Path] = typer.Option(None, "--config", help="pyproject.toml to read [tool.stripper] from."),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore every pyproject.toml."),
) -> None:
    """Per-site figures of a count file as JSON on stdout: pages, template lines, the count's error bound."""
    import sys

    from .counts import CountsError, TemplateCounts
    from .learn import site_stats

    try:
        stats = site_stats(TemplateCounts.on_file(file), _settings(config, isolated))
    except CountsError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    sys.stdout.buffer.write(orjson.dumps(stats, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))


@app.command("bench", cls=Command)
def bench_cmd(
    data: Optional[Path] = typer.Option(Path("../shared/data/dev-pages.jsonl.gz"), "--data", help="Dev pages whose gold stories are the story bodies."),
    synthetic: bool = typer.Option(False, "--synthetic", help="Synthetic prose instead of the dev pages' stories."),
    repeat: int = typer.Option(3, "--repeat", min=1, help="Timing runs (best of N, in turn)."),
    speed_mb: float = typer.Option(20, "--speed-mb", min=1, help="Input size for the speed measurement."),
    memory_mb: Optional[list[float]] = typer.Option(None, "--memory-mb", help="Input sizes for the peak-memory measurement (repeatable; default 20 and 80)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Workers for the N-worker measurements."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the report to this file."),
) -> None:
    """The simulated crawl: boilerplate recall and story lines kept, with and without templates
    (tuning and held-out phrasing families and stories), pass one's speed and peak memory."""
    from .bench import BenchError, run_bench

    try:
        report = run_bench(None if synthetic else data, repeat=repeat, speed_mb=speed_mb,
                           memory_mb=memory_mb or (20, 80), workers=workers)
    except BenchError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    blob = orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    err_console().print(blob.decode(), highlight=False, markup=False)
    if json_out is not None:
        json_out.write_bytes(blob)


__all__ = ["EXIT_USAGE", "app"]
