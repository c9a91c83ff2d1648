"""The command line: parse, build settings, call the API, render. No extraction logic here."""
from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import orjson
import typer

try:
    from typer import TyperException as CliError  # click's errors derive from it where typer bundles click
except ImportError:  # a typer on the click package
    from click import ClickException as CliError

from . import __version__
from .console import EXIT_INPUT, EXIT_OK, EXIT_USAGE, err_console, error, no_color, printable, warn
from .documents import InputError, output_path, read_document, write_atomic
from .errors import ConfigError
from .helptext import Command, Group

if TYPE_CHECKING:  # (the engine is imported by the commands that strip: `stripper --help` starts fast)
    from .model import Result
    from .settings import Settings

def _new_app() -> typer.Typer:
    """The root of the command line, without its commands (see build)."""
    new = typer.Typer(
        name="stripper",
        help="Strip boilerplate and ad content from web pages and extracted web text, leaving the story.",
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        # Help is plain text, wrapped to the terminal up to 120 columns (stripper.helptext).
        context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 120},
        cls=Group,
    )
    new.callback()(main_callback)
    return new


Paths = Annotated[Optional[list[str]], typer.Argument(help="Files to read ('-' or none: stdin). .gz and .zst files are read too.", show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="Input format: auto (detect from content), html or text.")]
SelectOpt = Annotated[Optional[list[str]], typer.Option("--select", help="Rule codes or prefixes to enable (comma-separated, repeatable). Default: ALL.", show_default=False)]
IgnoreOpt = Annotated[Optional[list[str]], typer.Option("--ignore", help="Rule codes or prefixes to disable; the more specific of select/ignore wins.", show_default=False)]
RulesOpt = Annotated[Optional[list[Path]], typer.Option("--rules", help="A TOML file of your own rules (repeatable).", show_default=False)]
ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="A pyproject.toml to read [tool.stripper] from (default: the nearest one).", show_default=False)]
NoConfigOpt = Annotated[bool, typer.Option("--isolated", help="Ignore every pyproject.toml.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="HTML extraction: trafilatura, or resiliparse (faster; pip install 'stripper[resiliparse]').", metavar="NAME")]
ShowSettingsOpt = Annotated[bool, typer.Option("--show-settings", help="Print the settings in effect (after pyproject.toml and the flags) and exit.")]
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
    from .settings import from_command_line

    try:
        return from_command_line(select, ignore, rules, config, isolated, page)
    except ConfigError as e:
        error(str(e))
        raise typer.Exit(EXIT_USAGE) from None


def _check_engine(engine: str) -> str:
    from .extract import ENGINES

    if engine not in ENGINES:
        error(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        raise typer.Exit(EXIT_USAGE)
    return engine


def _show_settings(settings: Settings, config: Optional[Path] = None, isolated: bool = False) -> None:
    """The settings in effect on stdout (settings.describe), as ruff's --show-settings."""
    from .settings import describe

    _emit(describe(settings, config, isolated))


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


def _run(doc_text: str, fmt: str, settings: Settings, name: str, engine: str = "trafilatura") -> Result:
    from .pipeline import strip

    result = strip(doc_text, format=fmt, settings=settings, engine=engine)  # type: ignore[arg-type]
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


def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """stripper removes affiliate notices, trust blocks, newsletter and social prompts, related links,
    alt text, error strings, cookie and copyright lines, and whole-page navigation, and says which
    rule removed what."""


def _output_names() -> str:
    from .outputs import OUTPUTS

    return ", ".join(OUTPUTS)


def clean(
    paths: Paths = None,
    fmt: FormatOpt = "auto",
    engine: EngineOpt = "trafilatura",
    output_format: Annotated[Optional[str], typer.Option("--output-format", "-O", metavar="FORMAT", help=f"What to print: {_output_names()}. Markdown keeps an HTML page's headings, lists and tables.", show_default="text")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="DIR", help="Write each cleaned document into DIR under its own name (.html becomes .txt, .md or .json) instead of stdout.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --output-format json: one JSON object per document (source, format, text, removals).")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
    show_settings: ShowSettingsOpt = False,
) -> None:
    """Print the story of each document (text or HTML) on stdout.

    Several documents are separated by a line '==> NAME <==' (as `head` does); with --json each is
    one line of JSON. Exit code 3 if any input could not be read.
    """
    from .outputs import OUTPUTS

    fmt = _check_format(fmt)
    engine = _check_engine(engine)
    kind = output_format or ("json" if as_json else "text")
    if kind not in OUTPUTS or (as_json and kind != "json"):
        error(f"--output-format must be one of {', '.join(OUTPUTS)}, not {kind!r}" if kind not in OUTPUTS
              else "--json and --output-format disagree")
        raise typer.Exit(EXIT_USAGE)
    output = OUTPUTS[kind]
    as_json = kind == "json"
    settings = build_settings(select, ignore, rules, config, isolated, page)
    if show_settings:
        _show_settings(settings, config, isolated)
        return
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
    inputs = {os.path.realpath(p) for p in paths if p != "-"}
    for name, doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        if out is not None:
            target = _target(output_path(out, name), output.suffix)
            source = "-" if name == "-" else str(Path(name).resolve())
            if os.path.realpath(target) in inputs:  # --out DIR holding the inputs: never replace one
                error(f"{name}: would overwrite the input {target} with its own output; skipped")
                failed = True
                continue
            if target in written:
                if written[target] != source:  # the same file named twice is written once
                    error(f"{name}: would overwrite {target}, written already for another input; skipped")
                    failed = True
                continue
            written[target] = source
        result = output.strip(doc.text, fmt, settings, engine)
        for w in result.warnings:
            warn(f"{name}: {w}")
        payload = output.write(name, result)
        if out is not None:
            try:
                write_atomic(target, payload)
            except OSError as e:
                error(f"{target}: cannot write: {e.strerror or e}")
                failed = True
            continue
        if many and not as_json:
            _emit(("" if first else "\n") + f"==> {printable(name)} <==\n")
        # Text extracted from HTML is ours to end with a newline, as a text file should; a text
        # input's last line is left as it came, unless another document follows it.
        if not as_json and payload and not payload.endswith("\n") and (many or result.format == "html"):
            payload += "\n"
        _emit(payload)
        first = False
    _flush()
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _target(path: Path, suffix: str) -> Path:
    """An output's file name: a page's .html/.htm suffix becomes the output's; JSON is named
    NAME.json (as before); a text input keeps its name for text."""
    if suffix == ".json":
        return path.with_name(path.name + ".json")
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        return path.with_suffix(suffix)
    if suffix == ".txt":
        return path
    return path.with_name(path.name + suffix) if path.suffix.lower() != suffix else path


ColorOpt = Annotated[str, typer.Option("--color", help="Colour: auto (on a terminal, unless NO_COLOR is set), always or never.", metavar="WHEN")]


def diff(
    paths: Paths = None,
    fmt: FormatOpt = "auto",
    engine: EngineOpt = "trafilatura",
    context: Annotated[Optional[int], typer.Option("--context", "-C", min=0, metavar="N", help="Show only N lines around each removal, and fold removed runs longer than 2N+1 lines.", show_default=False)] = None,
    side_by_side_: Annotated[bool, typer.Option("--side-by-side", "-y", help="Input and kept text in two columns, with line numbers.")] = False,
    extraction: Annotated[bool, typer.Option("--extraction", "-x", help="On HTML: show the page's whole visible text, with what extraction left out marked EXT.")] = False,
    plain: Annotated[bool, typer.Option("--plain", help="One removed line a line, as a linter prints findings (NAME:LINE: CODE [category] text), even on a terminal.")] = False,
    unified: Annotated[bool, typer.Option("--unified", "-u", help="A unified diff of input and kept text, for patch tools.")] = False,
    stat_: Annotated[bool, typer.Option("--stat", help="Only a line per document: lines removed, with a bar by category (as git diff --stat).")] = False,
    color_: ColorOpt = "auto",
    pager: Annotated[bool, typer.Option("--pager/--no-pager", help="On a terminal, page long output with $PAGER (default: less -FRX), as git does.")] = True,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
    show_settings: ShowSettingsOpt = False,
) -> None:
    """Show what each document loses and which rule removed it.

    On a terminal: removed lines struck through in their category's colour, the rule's code and
    category beside them and its reason under them, then a summary table. When stdout is not a
    terminal (or with --plain): one line per removed line, NAME:LINE: CODE [category] text
    (reason), and the summary table on stderr. A document with nothing removed prints nothing.
    """
    from rich.console import Console

    from . import render

    fmt = _check_format(fmt)
    engine = _check_engine(engine)
    settings = build_settings(select, ignore, rules, config, isolated, page)
    if show_settings:
        _show_settings(settings, config, isolated)
        return
    colour = _check_color(color_)
    tty = sys.stdout.isatty()
    use_color = colour == "always" or (colour == "auto" and tty and not no_color())
    if stat_:
        view = "stat"
    elif unified:
        view = "unified"
    elif plain or not (tty or colour == "always"):
        view = "plain"
    else:
        view = "rich"
    names = _rule_names(settings)
    failed = False
    results: list[tuple[str, Result]] = []
    buf = io.StringIO()
    width = shutil.get_terminal_size((120, 40)).columns if tty else _env_int("COLUMNS", 120)
    console = Console(file=buf, highlight=False, soft_wrap=False, width=width, force_terminal=use_color or tty,
                      no_color=not use_color, color_system="auto" if use_color or tty else None, emoji=False, markup=False)
    for name, doc in _documents(paths):
        if doc is None:
            failed = True
            continue
        result = _run(doc.text, fmt, settings, name, engine)
        label = "stdin" if name == "-" else name
        page_text = None
        if extraction and result.format == "html":
            from .extract import full_text

            page_text = full_text(doc.text)
        if not result.removals and page_text is None:
            continue  # nothing removed: nothing to show, as git diff
        results.append((label, result))
        rows = render.extraction_rows(result, page_text) if page_text is not None else render.rows(result)
        if view == "rich":
            dropped = sum(1 for r in rows if r.dropped) if page_text is not None else None
            title = render.header(result, label, dropped)
            console.print(render.side_by_side(rows, title, context) if side_by_side_ else render.rich_diff(rows, title, context, names))
            console.print()
        elif view == "plain":
            buf.write(render.plain_lines(rows, label, names))
        elif view == "unified":
            buf.write(render.unified_diff(result, label, 3 if context is None else context, escape=tty))
        if not (pager and tty):  # nothing to page: each document goes out as soon as it is rendered
            _emit(buf.getvalue())
            buf.seek(0)
            buf.truncate()
    if view == "stat":
        console.print(render.stat(results, width, styled=use_color), end="")
    elif view == "rich" and any(r.removals for _, r in results):
        console.print(render.summary_table([r for _, r in results], _summary_title(results)))
    _page_or_emit(buf.getvalue(), pager and tty)
    _flush()
    if view in ("plain", "unified") and any(r.removals for _, r in results):
        err_console().print(render.summary_table([r for _, r in results], _summary_title(results)))
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


def _summary_title(results: list[tuple[str, Result]]) -> str:
    n = sum(1 for _, r in results if r.removals)
    return "Removed" if n == 1 else f"Removed from {n:,} documents"


def _check_color(value: str) -> str:
    if value not in ("auto", "always", "never"):
        error(f"--color must be auto, always or never, not {value!r}")
        raise typer.Exit(EXIT_USAGE)
    return value


def _env_int(name: str, default: int) -> int:
    try:
        return max(20, int(os.environ.get(name, "")))
    except ValueError:
        return default


def _rule_names(settings: Settings) -> dict[str, str]:
    from .rules import catalogue

    return {r.code: r.name for r in catalogue(settings)}


def _page_or_emit(text: str, use_pager: bool) -> None:
    """On a terminal, output taller than the screen goes through a pager, as git does: $STRIPPER_PAGER,
    else $PAGER, else `less`, with LESS=FRX unless LESS is set. An empty pager or `cat` means none."""
    if not text:
        return
    rows = shutil.get_terminal_size((120, 40)).lines
    command = os.environ.get("STRIPPER_PAGER", os.environ.get("PAGER", "less"))
    if not use_pager or text.count("\n") < rows or command.strip() in ("", "cat"):
        _emit(text)
        return
    env = {**os.environ}
    env.setdefault("LESS", "FRX")
    env.setdefault("LV", "-c")
    _flush()
    try:
        import subprocess

        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        _emit(text)
        return
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode("utf-8", "surrogateescape"))
        proc.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early
        pass
    while True:
        try:
            proc.wait()
            break
        except KeyboardInterrupt:  # as git: ^C goes to the pager, which decides
            continue


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
    from .rules import catalogue as every_rule
    from .rules import normalize_selector

    settings = build_settings(select, ignore, rules, config, isolated)
    catalogue = list(every_rule(settings))
    if category:
        prefix = normalize_selector(category)
        catalogue = [r for r in catalogue if r.code.startswith(prefix)]
        if not catalogue:
            from .model import Category

            valid = ", ".join(f"{c.label} ({c.value})" for c in Category)
            error(f"unknown category {category!r}; valid: {valid}")
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


def rule_cmd(
    code: Annotated[str, typer.Argument(help="A rule code, e.g. AFF001.")],
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
) -> None:
    """Explain one rule: what it removes, why, and examples it removes and keeps."""
    from rich.console import Console

    from .render import rule_doc, rule_doc_plain
    from .rules import catalogue

    settings = build_settings(None, None, rules, config, isolated)
    by_code = {r.code: r for r in catalogue(settings)}
    rule = by_code.get(code.strip().upper())
    if rule is None:
        import difflib

        close = difflib.get_close_matches(code.upper(), list(by_code), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see `stripper rules`)"
        error(f"unknown rule {code!r}{hint}")
        raise typer.Exit(EXIT_USAGE)
    if sys.stdout.isatty() and not no_color():
        Console(highlight=False).print(rule_doc(rule))
    else:
        _emit(rule_doc_plain(rule))


def eval_cmd(
    path: Annotated[Path, typer.Argument(metavar="FILE", help="JSONL (plain, .gz or .zst) or Parquet, with a gold field and one or more text fields.", show_default=False)],
    gold_field: Annotated[str, typer.Option("--gold-field", metavar="FIELD", help="The field holding the gold story.")] = "gold",
    text_field: Annotated[Optional[list[str]], typer.Option("--text-field", metavar="FIELD", help="Field(s) to clean and score (repeatable, comma-separated). Default: text.", show_default=False)] = None,
    fmt: FormatOpt = "auto",
    engine: EngineOpt = "trafilatura",
    limit: Annotated[Optional[int], typer.Option("--limit", min=1, metavar="N", help="Only the first N rows.", show_default=False)] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, metavar="N", help="Processes to use.", show_default="all cores")] = os.cpu_count() or 1,
    per_doc: Annotated[Optional[Path], typer.Option("--per-doc", metavar="FILE", help="Also write one JSON line per row and field (row, id, F1, precision, recall, input_f1) to FILE.", show_default=False)] = None,
    id_field: Annotated[str, typer.Option("--id-field", metavar="FIELD", help="The field that identifies a row in --per-doc.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON on stdout.")] = False,
    no_progress: Annotated[bool, typer.Option("--no-progress", help="No progress bar (there is none when stderr is not a terminal).")] = False,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    config: ConfigOpt = None,
    isolated: NoConfigOpt = False,
    page: PageOpt = None,
    show_settings: ShowSettingsOpt = False,
    inject: Annotated[bool, typer.Option("--inject", help="Run the injection benchmark instead: the bank's held-out boilerplate families injected into FILE's gold stories (the dev pages), as text and HTML; recall per category, story and hard lines kept.")] = False,
) -> None:
    """Score stripper against gold text.

    4-gram shingle precision, recall and F1, averaged per document (the ScrapingHub
    article-extraction benchmark's method), beside the input as it is and, for HTML, beside
    extraction with no rules.
    """
    from rich.console import Console

    from .evaluation_run import EvalError, row_count, run_eval
    from .render import eval_table

    fmt = _check_format(fmt)
    engine = _check_engine(engine)
    settings = build_settings(select, ignore, rules, config, isolated, page)
    if show_settings:
        _show_settings(settings, config, isolated)
        return
    if inject:
        from .learn.inject import print_report, run

        print_report(run(path, settings.with_(page=page or "never"), pages=limit or 150), as_json)
        return
    from .settings import split_codes

    fields = split_codes(text_field) or ("text",)
    progress = None
    if not no_progress and sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        progress = Progress(SpinnerColumn(), TextColumn("scoring"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("rows"), TimeElapsedColumn(), console=err_console(), transient=True)
    try:
        if progress is not None:
            with progress:
                task = progress.add_task("eval", total=row_count(path, limit))
                rows = run_eval(path, gold_field, fields, fmt, settings, limit=limit, workers=workers, engine=engine,
                                per_doc=per_doc, id_field=id_field,
                                progress=lambda n: progress.update(task, completed=n))
        else:
            rows = run_eval(path, gold_field, fields, fmt, settings, limit=limit, workers=workers, engine=engine,
                            per_doc=per_doc, id_field=id_field)
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


# The commands, in the order `stripper --help` lists them: name -> (module, attribute), a command's
# function or a typer app of subcommands. A command line is built with only the command it runs
# (build, main): `stripper clean` neither imports the dataset runner's or the trainer's modules nor
# makes typer's objects for their options.
COMMANDS: dict[str, tuple[str, str]] = {
    "clean": (__name__, "clean"),
    "diff": (__name__, "diff"),
    "rules": (__name__, "rules_cmd"),
    "rule": (__name__, "rule_cmd"),
    "eval": (__name__, "eval_cmd"),
    "dataset": ("stripper.dataset.cli", "dataset"),
    "bench": ("stripper.dataset.cli", "bench"),
    "train": ("stripper.learn.cli", "train"),  # the page pass's training (stripper/learn/)
    "templates": ("stripper.templates.cli", "app"),
}


def build(names: Optional[list[str]] = None) -> typer.Typer:
    """The command line with the commands `names` (default: all of them, as `--help` lists them)."""
    from importlib import import_module

    new = _new_app()
    for name in names or COMMANDS:
        module, attr = COMMANDS[name]
        target = getattr(import_module(module), attr)
        if isinstance(target, typer.Typer):
            new.add_typer(target, name=name, cls=Group)
        else:
            new.command(name, cls=Command)(target)
    return new


def __getattr__(name: str) -> typer.Typer:
    """`app`, the whole command line (for tests and the docs), built on first use."""
    if name != "app":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    whole = globals()["app"] = build()
    return whole


def command():  # the click command of the whole command line
    """The whole app as click runs it (its help: stripper.helptext; docs/cli.md is made from it)."""
    return typer.main.get_command(build())


def invoked(args: list[str]) -> Optional[str]:
    """The command `args` run, when it is all they need built; None for the whole command line (no
    command, an option first such as --help or --version, an unknown name, shell completion)."""
    if not args or args[0] not in COMMANDS or any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None
    return args[0]


def main() -> None:
    try:
        # Not standalone: click would print usage errors as a box of several lines and turn a
        # closed pipe into exit 1; here each becomes one line and the documented exit code.
        name = invoked(sys.argv[1:])
        code = typer.main.get_command(build([name] if name else None)).main(prog_name="stripper", standalone_mode=False)
    except CliError as e:  # click's usage and parameter errors
        if type(e).__name__ == "NoArgsIsHelpError":  # its message is the help (typer tells it so too)
            sys.stderr.write(e.format_message().rstrip("\n") + "\n")
        else:
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
    _leave(code if isinstance(code, int) else EXIT_OK)


def _leave(code: int) -> None:
    """End the process with `code` once a command has finished, without the interpreter's teardown.

    Freeing every module's objects (the compiled rules, RE2's DFA caches, the page pass's tables)
    took 0.13 s of CPU after a one-row `stripper dataset` run and 0.21 s after a 34 MB one, which is
    of no use to anyone. What an exit must still do is done here: the atexit functions run
    (multiprocessing's, tempfile's finalizers, those a caller registered), then stdout and stderr
    are flushed. Any doubt — a thread still running, a flush that fails (a reader gone: the
    interpreter's own exit reports it as usual) — and it leaves the ordinary way."""
    import atexit
    import threading

    if threading.active_count() == 1:
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # (the ordinary exit below reports it)
            pass
        else:
            os._exit(code)
    sys.exit(code)


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
