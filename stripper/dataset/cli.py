"""`stripper dataset` and `stripper bench`: Typer-annotated functions that cli.py registers.

Argument parsing and rendering only; the work is in runner.py and bench.py."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import orjson
import typer

from ..console import EXIT_INPUT, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, err_console, error
from ..errors import ConfigError, InputError, UsageError
from .formats import FORMATS, SMALL_INPUT, expand_inputs, format_of, need
from .writers import write_file_atomic

# Typer's rich help groups.
_IO = "Input and output"
_ROWS = "Rows"
_RUN = "Running"
_RULES = "Rules"
_TEMPLATES = "Site templates"


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _write_stats(path: str, data: dict) -> None:
    blob = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    if path == "-":
        try:
            sys.stdout.buffer.write(blob)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            raise InputError(f"stdout: cannot write the stats: {e.strerror or e}") from None
        return
    try:
        write_file_atomic(Path(path), blob)
    except OSError as e:
        raise InputError(f"{path}: cannot write: {e.strerror or e}") from None


def _check_writable_parent(path: Path) -> None:
    """Fail before a long run, not after it, when a file cannot be created at `path`."""
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{path}: cannot write: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"{path}: cannot write: permission denied")


def dataset(
    paths: Optional[list[str]] = typer.Argument(None, metavar="INPUT... OUTPUT", help="Input files or globs, then the output file or directory.", show_default=False),
    text_field: str = typer.Option("text", "--text-field", help="Field holding the text or HTML to clean.", rich_help_panel=_ROWS),
    id_field: Optional[str] = typer.Option(None, "--id-field", help="Field identifying a row, copied into rejects.", rich_help_panel=_ROWS),
    output_field: Optional[str] = typer.Option(None, "--output-field", help="Write the cleaned text here instead of in place.", rich_help_panel=_ROWS),
    fmt: str = typer.Option("auto", "--format", help="What the field holds: auto, html or text.", rich_help_panel=_ROWS),
    engine: str = typer.Option("trafilatura", "--engine", help="HTML extraction: trafilatura or resiliparse (faster, pip install 'stripper\\[resiliparse]').", rich_help_panel=_ROWS),
    keep_removals: bool = typer.Option(False, "--keep-removals", help="Add a field listing each removal (code, category, span, text).", rich_help_panel=_ROWS),
    removals_field: str = typer.Option("stripper_removals", "--removals-field", help="Name of the --keep-removals field.", rich_help_panel=_ROWS),
    extracted_field: Optional[str] = typer.Option(None, "--extracted-field", help="Add the text the removals' spans point into (for HTML, the extracted text) as this field.", rich_help_panel=_ROWS),
    removed_chars_field: Optional[str] = typer.Option(None, "--removed-chars-field", help="Add the characters removed per category ({category: chars}) as this field.", rich_help_panel=_ROWS),
    warnings_field: Optional[str] = typer.Option(None, "--warnings-field", help="Add the row's warnings (e.g. an extraction that fell back) as this field, a list.", rich_help_panel=_ROWS),
    source_field: Optional[str] = typer.Option(None, "--source-field", help="Add the input file each row came from as this field.", rich_help_panel=_ROWS),
    drop_empty: bool = typer.Option(False, "--drop-empty", help="Leave out rows that stripping leaves empty (counted as dropped).", rich_help_panel=_ROWS),
    markdown: bool = typer.Option(False, "--markdown", help="HTML rows come out as Markdown (headings, lists, tables), the rules applied line by line; text rows as they are.", rich_help_panel=_ROWS),
    limit: Optional[int] = typer.Option(None, "--limit", min=0, help="Stop after this many rows.", rich_help_panel=_ROWS),
    input_format: Optional[str] = typer.Option(None, "--input-format", help=f"Override the inputs' format ({', '.join(FORMATS)}).", rich_help_panel=_IO),
    output_format: Optional[str] = typer.Option(None, "--output-format", help="Override the output's format (default: from its name; for a directory, the inputs').", rich_help_panel=_IO),
    shard_size: Optional[int] = typer.Option(None, "--shard-size", min=1, help="Rows per output shard; OUTPUT becomes a directory of part-NNNNN files.", rich_help_panel=_IO),
    rejects: Optional[Path] = typer.Option(None, "--rejects", help="Rejects file (default: OUTPUT's name + .rejects.jsonl, or OUTPUT/rejects.jsonl).", rich_help_panel=_IO),
    stats: Optional[str] = typer.Option(None, "--stats", help="Write the summary as JSON to this file ('-' for stdout).", rich_help_panel=_IO),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output.", rich_help_panel=_IO),
    on_bad_file: str = typer.Option("skip", "--on-bad-file", metavar="skip|fail", help="An input file that cannot be read to its end (truncated, corrupt): skip (report it in the summary and the rejects file, go on, exit 3) or fail (stop, write nothing).", rich_help_panel=_RUN),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run (even after kill -9) where it was last committed.", rich_help_panel=_RUN),
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: all cores); inputs of a few MB are stripped in one process, which is faster there.", rich_help_panel=_RUN),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr (only on a terminal).", rich_help_panel=_RUN),
    checkpoint_every: float = typer.Option(5.0, "--checkpoint-every", min=0.0, help="Seconds between resume checkpoints.", rich_help_panel=_RUN),
    max_row_bytes: int = typer.Option(64 << 20, "--max-row-bytes", min=1024, help="Longest row (a JSONL line, or a Parquet text value) read; longer rows are rejected as too-large.", rich_help_panel=_ROWS),
    max_expansion: float = typer.Option(100.0, "--max-expansion", min=0.0, help="Refuse a .gz/.zst input that expands past this many times its size (a decompression bomb); 0: no limit.", rich_help_panel=_IO),
    chunk_rows: int = typer.Option(64, "--chunk-rows", min=1, help="Rows per chunk sent to a worker.", rich_help_panel=_RUN, hidden=True),
    range_bytes: Optional[int] = typer.Option(None, "--range-bytes", min=1, help="Largest byte range of a plain JSONL input a worker takes.", rich_help_panel=_RUN, hidden=True),
    small_input: int = typer.Option(SMALL_INPUT, "--small-input", min=0, envvar="STRIPPER_SMALL_INPUT", help="Inputs of fewer bytes are stripped without workers.", rich_help_panel=_RUN, hidden=True),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Rule codes or prefixes to enable (comma-separated).", rich_help_panel=_RULES),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Rule codes or prefixes to disable (comma-separated).", rich_help_panel=_RULES),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Extra rules file(s).", rich_help_panel=_RULES),
    config: Optional[Path] = typer.Option(None, "--config", help="pyproject.toml to read [tool.stripper] from (default: the nearest).", rich_help_panel=_RULES),
    isolated: bool = typer.Option(False, "--isolated", help="Ignore every pyproject.toml.", rich_help_panel=_RULES),
    page: Optional[str] = typer.Option(None, "--page", help="The whole-page pass: auto, always or never.", rich_help_panel=_RULES),
    show_settings: bool = typer.Option(False, "--show-settings", help="Print the settings in effect (after pyproject.toml and the flags) and exit.", rich_help_panel=_RULES),
    site_field: Optional[str] = typer.Option(None, "--site-field", help="Field naming each row's site (a URL's host, or any name), for site templates.", rich_help_panel=_TEMPLATES),
    learn_templates: bool = typer.Option(False, "--learn-templates", help="Two passes: count each site's lines, then remove those on many of its pages (TPL001).", rich_help_panel=_TEMPLATES),
    templates: Optional[Path] = typer.Option(None, "--templates", help="Apply site templates from a count file (`stripper templates learn`).", rich_help_panel=_TEMPLATES),
) -> None:
    """Clean a text (or HTML) field in JSONL, JSONL.gz, JSONL.zst or Parquet datasets on all cores.

    Every other field passes through untouched, rows in their order. Rows that cannot be cleaned go to
    a rejects file with their source, line and reason; the run goes on, and so it does past an input
    file that cannot be read to its end. Exit code: 0 clean, 1 some rows rejected, 2 usage or config
    error, 3 an unreadable input (the others are still cleaned) or an unwritable output.
    """
    from ..settings import from_command_line
    from .runner import Job, run
    from .work import WorkOptions, added_fields

    if show_settings:
        try:
            settings = from_command_line(select, ignore, rules, config, isolated, page)
        except ConfigError as e:
            error(str(e))
            raise typer.Exit(EXIT_USAGE) from None
        from ..settings import describe

        sys.stdout.write(describe(settings, config, isolated))
        raise typer.Exit(EXIT_OK)
    paths = paths or []
    try:
        if len(paths) < 2:
            raise UsageError("give at least one INPUT and an OUTPUT")
        if fmt not in ("auto", "html", "text"):
            raise UsageError(f"--format must be auto, html or text, not {fmt!r}")
        *in_patterns, out = paths
        settings = from_command_line(select, ignore, rules, config, isolated, page)  # as `clean` (cli.build_settings)
        inputs = expand_inputs(in_patterns)
        if stats and stats != "-":
            _check_writable_parent(Path(stats))
        in_formats = [format_of(p, input_format) for p in inputs]
        output = Path(out)
        directory = shard_size is not None or out.endswith(("/", os.sep)) or output.is_dir()
        if directory:
            out_format = format_of("", output_format) if output_format else in_formats[0]
        else:
            out_format = format_of(output, output_format)
        if "parquet" in in_formats or out_format == "parquet":
            need("pyarrow", "parquet")
        if markdown and (learn_templates or templates is not None):
            raise UsageError("--markdown does not go with site templates (--learn-templates, --templates) yet")
        if on_bad_file not in ("skip", "fail"):
            raise UsageError(f"--on-bad-file must be skip or fail, not {on_bad_file!r}")
        options = WorkOptions(
            text_field=text_field,
            output_field=output_field,
            id_field=id_field,
            format=fmt,
            engine=engine,
            keep_removals=keep_removals,
            removals_field=removals_field,
            max_row_bytes=max_row_bytes,
            extracted_field=extracted_field,
            removed_chars_field=removed_chars_field,
            warnings_field=warnings_field,
            source_field=source_field,
            drop_empty=drop_empty,
            markdown=markdown,
        )
        if "parquet" in in_formats:
            from .readers import check_parquet_field

            added = [output_field] if output_field and output_field != text_field else []
            check_parquet_field(inputs, in_formats, text_field, [*added, *added_fields(options)],
                                skip_unreadable=on_bad_file == "skip")
        if "jsonl.zst" in in_formats or out_format == "jsonl.zst":
            need("zstandard", "zstd")
        job = Job(
            inputs=inputs,
            input_formats=in_formats,
            output=output,
            output_format=out_format,
            directory=directory,
            shard_size=shard_size,
            rejects=rejects,
            options=options,
            on_bad_file=on_bad_file,
            limit=limit,
            stats_path=Path(stats) if stats and stats != "-" else None,
            max_expansion=max_expansion,
            settings=settings,
            workers=workers or default_workers(),
            chunk_rows=chunk_rows,
            range_bytes=range_bytes,
            small_input=small_input,
            checkpoint_every=checkpoint_every,
            resume=resume,
            overwrite=overwrite,
            progress=progress,
        )
        prepared = None
        if learn_templates or templates is not None or site_field is not None:
            from ..templates.dataset import prepare

            prepared = prepare(job, site_field=site_field, learn_templates=learn_templates, templates=templates)
            job = prepared.job
        result = run(job)
        if prepared is not None:
            from ..templates.dataset import finish

            finish(prepared, result.stats)
    except (UsageError, ConfigError) as e:
        error(str(e))
        raise typer.Exit(EXIT_USAGE) from None
    except InputError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    except RuntimeError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    except KeyboardInterrupt:
        error("interrupted; rerun with --resume to continue from the last checkpoint")
        raise typer.Exit(130) from None

    from .progress import print_summary

    s = result.stats
    if result.resumed_from:
        err_console().print(f"resumed after {result.resumed_from:,} committed input lines")
    print_summary(s, result.seconds or None)
    if result.rejects_file is not None:
        err_console().print(f"rejected rows: {result.rejects_file}")
    if stats:
        try:
            _write_stats(
                stats,
                {**s.to_dict(), "seconds": round(result.seconds, 3), "resumed_from": result.resumed_from,
                 "rows_in_output": result.rows_in_output, "balanced": s.balanced,
                 "rejects_file": str(result.rejects_file) if result.rejects_file else None,
                 **({"templates": prepared.stats} if prepared is not None else {})},
            )
        except InputError as e:
            error(str(e))
            raise typer.Exit(EXIT_INPUT) from None
    if s.bad_files:
        for reason in s.bad_files.values():  # one line each, as `clean` reports an unreadable document
            error(f"{reason}; the rest of this file is left out (see the rejects file)")
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_REJECTED if s.rows_rejected else EXIT_OK)


def bench(
    data: Path = typer.Option(Path("../shared/data/dev-pages.jsonl.gz"), "--data", help="JSONL(.gz) with html, fullpage, trafilatura and gold fields."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use only the first N pages (fast runs)."),
    workers: int = typer.Option(2, "--workers", min=1, help="Most workers for the scaling measurement."),
    html: bool = typer.Option(True, "--html/--no-html", help="Include the HTML measurements (slow: trafilatura)."),
    repeat: int = typer.Option(5, "--repeat", min=1, help="Time text mode, the floor and the runner this many times (in turn for 1 and N workers); report the best, as timeit does."),
    scaling_mb: float = typer.Option(48, "--scaling-mb", min=0, help="Repeat the pages to at least this many MB for the runner's 1-vs-N workers measurement."),
    modern: Path = typer.Option(Path("../shared/data/trafeval-pages.jsonl.gz"), "--modern", help="JSONL(.gz) of modern pages (an html field) for the HTML row; skipped when absent."),
    modern_limit: Optional[int] = typer.Option(200, "--modern-limit", min=1, help="Use only the first N modern pages."),
    json_out: Optional[str] = typer.Option(None, "--json", help="Write the figures as JSON to this file ('-' for stdout)."),
) -> None:
    """Measure stripper against the JSONL read/write floor and trafilatura alone; print ratios."""
    from ..bench import BenchError, print_report, run_bench

    try:
        report = run_bench(data, limit=limit, workers=workers, html=html, repeat=repeat, scaling_mb=scaling_mb,
                           modern=modern, modern_limit=modern_limit)
    except BenchError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    print_report(report)
    if json_out:
        try:
            _write_stats(json_out, report)
        except InputError as e:
            error(str(e))
            raise typer.Exit(EXIT_INPUT) from None
