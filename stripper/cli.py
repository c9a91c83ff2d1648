"""The command line: parse, build settings, call the API, render. No extraction logic here."""
from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import orjson
import typer

from . import __version__, strip
from .console import EXIT_INPUT, EXIT_OK, EXIT_USAGE, err_console, error, no_color, warn
from .documents import InputError, output_path, read_document, write_atomic
from .model import Result
from .settings import ConfigError, Settings, from_command_line, split_codes

app = typer.Typer(
    name="stripper",
    help="Strip boilerplate and ad content from web pages and extracted web text, leaving the story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

Paths = Annotated[Optional[list[str]], typer.Argument(help="Files to read ('-' or none: stdin). .gz and .zst files are read too.", show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Input format: auto (detect from content), html or text.")]
SelectOpt = Annotated[Optional[list[str]], typer.Option("--select", help="Rule codes or prefixes to enable (comma-separated, repeatable). Default: ALL.", show_default=False)]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore", help="Rule codes or prefixes to disable; the more specific of select/ignore wins.", show_default=False)]
RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", help="A TOML file of your own rules (repeatable).", show_default=False)]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="A pyproject.toml to read [tool.stripper] from (default: the nearest one).", show_default=False)]
NoConfigOpt = Annotated[bool, typer.Option("--isolated", help="Ignore every pyproject.toml.")]
PageOpt = Annotated[Optional[str], typer.Option("--page", help="The whole-page pass (NAV001/NAV002): auto (when the text looks like a whole page), always, never.", show_default=False)]


def build_settings(
    select: Optional[list[str]] = None,
    ignore: Optional[list[str]] = None,
    rules: Optional[list[Path]] = None,
    config: Optional[Path] = None,
    isolated: bool = False,
    page: Optional[str] = None,
) -> Settings:
    """Settings for a command; a configuration error is one line on stderr and exit code 2."""
    try:
        return from_command_line(select, ignore, rules, config, isolated, page)
    except ConfigError as e:
        error(str(e))
        raise typer.Exit(EXIT_USAGE) from None


def _check_format(fmt: str) -> str:
    if fmt not in ("auto", "html", "text"):
        error(f"--format must be auto, html or text, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    return fmt


def _documents(paths: Optional[list[str]]):  # a generator of (name, Document | None)
    for name in paths or ["-"]:
        try:
            doc = read_document(name)
        except InputError as e:
            error(str(e))
            yield name, None
            continue
        if doc.warning:
            warn(f"{name}: {doc.warning}")
        yield name, doc


def _run(doc_text: str, fmt: str, settings: Settings, name: str) -> Result:
    result = strip(doc_text, format=fmt, settings=settings)  # type: ignore[arg-type]
    for w in result.warnings:
        warn(f"{name}: {w}")
    return result


def _emit(text: str) -> None:
    """Write data to stdout; a reader that went away (`| head`) ends the command quietly, as cat does."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None


def _version(value: bool) -> None:
    if value:
        print(f"stripper {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """stripper removes affiliate notices, trust blocks, newsletter and social prompts, related links,
    alt text, error strings, cookie and copyright lines, and whole-page navigation, and says which
    rule removed what."""


@app.command()
def clean(
    paths: Paths = None,
    fmt: FormatOpt = "auto",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write each cleaned document into this directory under its own name instead of stdout.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document: source, text, removals (code, category, span, text).")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
) -> None:
    """Print the story of each document (text or HTML) on stdout.

    Several documents are separated by a line '==> NAME <==' (as `head` does); with --json each is
    one line of JSON. Exit code 3 if any input could not be read.
    """
    fmt = _check_format(fmt)
    settings = build_settings(select, ignore, rules, config, isolated, page)
    failed = False
    paths = paths or ["-"]
    many = len(paths) > 1
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            error(f"{out}: cannot create output directory: {e.strerror or e}")
            raise typer.Exit(EXIT_INPUT) from None
    first = True
    written: dict[Path, str] = {}
    for name, doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        if out is not None:
            target = output_path(out, name)
            if as_json:
                target = target.with_name(target.name + ".json")
            source = "-" if name == "-" else str(Path(name).resolve())
            if target in written:
                if written[target] != source:  # the same file named twice is written once
                    error(f"{name}: would overwrite {target}, written already for another input; skipped")
                    failed = True
                continue
            written[target] = source
        result = _run(doc.text, fmt, settings, name)
        if as_json:
            payload = orjson.dumps({"source": name, **result.to_dict()}).decode() + "\n"
        else:
            payload = result.text
        if out is not None:
            try:
                write_atomic(target, payload)
            except OSError as e:
                error(f"{target}: cannot write: {e.strerror or e}")
                failed = True
            continue
        if many and not as_json:
            _emit(("" if first else "\n") + f"==> {name} <==\n")
        # Text extracted from HTML is ours to end with a newline, as a text file should; a text
        # input's last line is left as it came, unless another document follows it.
        if not as_json and payload and not payload.endswith("\n") and (many or result.format == "html"):
            payload += "\n"
        _emit(payload)
        first = False
    _flush()
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


@app.command()
def diff(
    paths: Paths = None,
    fmt: FormatOpt = "auto",
    context: Annotated[Optional[int], typer.Option("--context", "-C", min=0, help="Show only this many lines around each removal.", show_default=False)] = None,
    side_by_side_: Annotated[bool, typer.Option("--side-by-side", "-y", help="Input and kept text in two columns.")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="A plain unified diff even on a terminal.")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
) -> None:
    """Show what each document loses and which rule removed it.

    On a terminal: removed lines struck through in their category's colour with the rule code, and
    a summary table per category. When stdout is not a terminal, or NO_COLOR is set: a plain
    unified diff (the summary goes to stderr).
    """
    from rich.console import Console

    from .render import rich_diff, side_by_side, summary_table, unified_diff

    fmt = _check_format(fmt)
    settings = build_settings(select, ignore, rules, config, isolated, page)
    fancy = sys.stdout.isatty() and not no_color() and not plain
    console = Console(highlight=False, soft_wrap=False) if fancy else None
    failed = False
    results: list[Result] = []
    for name, doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        result = _run(doc.text, fmt, settings, name)
        results.append(result)
        title = f"{name} ({result.format}): {len(result.removals)} removals"
        if console is not None:
            console.print(side_by_side(result, title, context) if side_by_side_ else rich_diff(result, title, context))
            console.print(summary_table([result]))
        else:
            _emit(unified_diff(result, "stdin" if name == "-" else name, 3 if context is None else context))
    _flush()
    if console is None and results:
        err_console().print(summary_table(results))
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


@app.command("rules")
def rules_cmd(
    category: Annotated[Optional[str], typer.Option("--category", "-c", help="Only this category (label or prefix, e.g. affiliate or AFF).", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The catalogue as JSON.")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
) -> None:
    """List the rule catalogue: code, name, category, scope, summary (disabled rules are marked)."""
    from rich.console import Console

    from .engine import enabled_rules
    from .render import rules_plain, rules_table
    from .rules import BUILTIN, normalize_selector

    settings = build_settings(select, ignore, rules, config, isolated)
    catalogue = [*BUILTIN, *settings.user_rules]
    if category:
        prefix = normalize_selector(category)
        catalogue = [r for r in catalogue if r.code.startswith(prefix)]
        if not catalogue:
            error(f"unknown category {category!r}")
            raise typer.Exit(EXIT_USAGE)
    enabled = {r.code for r in enabled_rules(settings)}
    if as_json:
        data = [
            {"code": r.code, "name": r.name, "category": r.category.label, "scope": "page" if r.structural else r.scope.value,
             "summary": r.summary, "enabled": r.code in enabled, "user": r.user}
            for r in catalogue
        ]
        _emit(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")
        return
    if sys.stdout.isatty():
        Console(highlight=False, no_color=no_color()).print(rules_table(catalogue, enabled))
    else:
        _emit(rules_plain(catalogue, enabled))


@app.command("rule")
def rule_cmd(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. AFF001.")],
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
) -> None:
    """Explain one rule: what it removes, why, and examples it removes and keeps."""
    from rich.console import Console

    from .render import rule_doc, rule_doc_plain
    from .rules import BUILTIN

    settings = build_settings(None, None, rules, config, isolated)
    by_code = {r.code: r for r in (*BUILTIN, *settings.user_rules)}
    rule = by_code.get(code.strip().upper())
    if rule is None:
        close = difflib.get_close_matches(code.upper(), list(by_code), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `stripper rules`)"
        error(f"unknown rule {code!r}{hint}")
        raise typer.Exit(EXIT_USAGE)
    if sys.stdout.isatty() and not no_color():
        Console(highlight=False).print(rule_doc(rule))
    else:
        _emit(rule_doc_plain(rule))


@app.command("eval")
def eval_cmd(
    path: Annotated[Path, typer.Argument(help="A JSONL file (optionally .gz) with a gold field and one or more text fields.")],
    gold_field: Annotated[str, typer.Option("--gold-field", help="The field holding the gold story.")] = "gold",
    text_field: Annotated[Optional[list[str]], typer.Option("--text-field", help="Field(s) to clean and score (repeatable, comma-separated). Default: text.", show_default=False)] = None,
    fmt: FormatOpt = "auto",
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, help="Only the first N rows.", show_default=False)] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Processes to use.")] = os.cpu_count() or 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON on stdout.")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
) -> None:
    """Score stripper against gold text: 4-gram shingle precision, recall and F1, averaged per
    document (the ScrapingHub article-extraction benchmark's method), beside the input as it is
    (and, for HTML, beside extraction with no rules)."""
    from rich.console import Console

    from .evaluation_run import EvalError, run_eval
    from .render import eval_table

    fmt = _check_format(fmt)
    settings = build_settings(select, ignore, rules, config, isolated, page)
    fields = split_codes(text_field) or ("text",)
    try:
        rows = run_eval(path, gold_field, fields, fmt, settings, limit=limit, workers=workers)
    except EvalError as e:
        error(str(e))
        raise typer.Exit(EXIT_INPUT) from None
    if as_json:
        data = {
            field: {"format": f, "stripper": s.to_dict(), "input": b.to_dict(), **({"extraction_only": x.to_dict()} if x else {})}
            for field, f, s, b, x in rows
        }
        _emit(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")
        return
    Console(highlight=False, no_color=no_color()).print(eval_table(rows, str(path)))


from .dataset.cli import bench, dataset  # noqa: E402 - registered after the core commands, listed after them

app.command("dataset")(dataset)
app.command("bench")(bench)

from .templates.cli import app as templates_app  # noqa: E402

app.add_typer(templates_app, name="templates")


def _click_exceptions():  # returns a module
    """Typer vendors click in recent versions; older ones use click itself."""
    try:
        from typer._click import exceptions
    except ImportError:
        from click import exceptions  # type: ignore[no-redef]
    return exceptions


def main() -> None:
    cx = _click_exceptions()
    try:
        # Not standalone: click would print usage errors as a box of several lines and turn a
        # closed pipe into exit 1; here each becomes one line and the documented exit code.
        code = app(standalone_mode=False)
    except cx.NoArgsIsHelpError as e:
        e.show()
        sys.exit(EXIT_USAGE)
    except cx.ClickException as e:
        error(e.format_message())
        sys.exit(EXIT_USAGE)
    except (typer.Abort, KeyboardInterrupt):
        error("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as cat does.
        _silence_stdout()
        sys.exit(EXIT_OK)
    except OSError as e:  # stdout on a full disk, a closed descriptor, ...
        _silence_stdout()
        error(f"stdout: cannot write: {e.strerror or e}")
        sys.exit(EXIT_INPUT)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


def _flush() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
