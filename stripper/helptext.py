"""`--help` as written, from public APIs only: each parameter's own settings (typer.Option's and
typer.Argument's `metavar`, `min`, `max`, `show_default`, `hidden`, `rich_help_panel`) drawn with
click's HelpFormatter (`write_usage`, `section`, `write_dl`), in command classes typer takes as
`cls=` (typer.core.TyperCommand and TyperGroup, its documented extension points).

typer's own rich help shows a parameter's Python type unless it has a metavar (an argument's
always: `PATHS... <list[str]>`, `<int range> [x>=1]`), its markup eats brackets ("[tool.stripper]",
"'stripper[resiliparse]'") and its usage lines repeat "..."; here help is plain text, as git and
ruff print it. `records` is also what docs/cli.md is generated from (stripper.docgen).
"""
from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

# Metavars for values, by option name where the name says too little (a str is a FIELD or a FILE).
METAVARS = {"fmt": "FORMAT", "select": "CODES", "ignore": "CODES", "page": "MODE", "stats": "FILE", "rejects": "FILE",
            "config": "FILE", "rules": "FILE", "format": "FORMAT", "input_format": "FORMAT",
            "output_format": "FORMAT", "checkpoint_every": "SECONDS", "max_expansion": "TIMES",
            "max_row_bytes": "BYTES", "data": "FILE", "json_out": "FILE", "templates": "FILE", "output": "FILE",
            "scaling_mb": "MB", "speed_mb": "MB"}


def _plain(text: str | None) -> str:
    """Help text as typed: one line, markup escapes ("\\[") undone (nothing here reads markup)."""
    return " ".join((text or "").replace("\\[", "[").split())


def is_argument(param: Any) -> bool:
    return param.param_type_name == "argument"


def metavar(param: Any) -> str:
    """What stands for a parameter's value: its own metavar, else one from its name ("" for a flag)."""
    if is_argument(param):
        name = param.metavar or param.name.upper()
        return name if "..." in name or param.nargs == 1 else name + "..."
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.metavar:
        return param.metavar
    if param.name in METAVARS:
        return METAVARS[param.name]
    if isinstance(param.default, float):
        return "NUMBER"
    if getattr(param, "min", None) is not None or getattr(param, "max", None) is not None:
        return "N"
    return (param.name or "value").split("_")[-1].upper()


def bounds(param: Any) -> str:
    """An option's range in words ("at least 1", "0 to 9"), or ""."""
    lo, hi = getattr(param, "min", None), getattr(param, "max", None)
    if lo is None and hi is None:
        return ""
    return f"at least {lo}" if hi is None else f"{lo} to {hi}" if lo is not None else f"at most {hi}"


def default(param: Any) -> str:
    """An option's default as help shows it ("" when none is worth showing)."""
    if is_argument(param) or param.show_default is False:
        return ""
    if isinstance(param.show_default, str):
        return param.show_default
    d = param.default
    if getattr(param, "is_flag", False):
        # A --x/--no-x pair shows the side that is on; a lone flag is off unless given.
        return param.opts[0] if d is True and param.secondary_opts else ""
    if d is None or d is False or d in ((), []) or callable(d):
        return ""
    return str(d)


def help_of(param: Any) -> str:
    """A parameter's help, with its range in words and, for an option one must give, "(required)"."""
    text = _plain(getattr(param, "help", None))
    b = bounds(param)
    if b and b not in text:
        text = f"{text} ({b})".strip()
    if param.required and not is_argument(param):
        text = f"{text} (required)".strip()
    return text


def records(cmd: Any, ctx: Any) -> list[tuple[str, str, str, str, str]]:
    """(section, flags or name, metavar, default, help) of each parameter `--help` lists, in order;
    the section is "Arguments", "Options" or the option's `rich_help_panel`."""
    out = []
    for p in cmd.get_params(ctx):
        if getattr(p, "hidden", False):
            continue
        if is_argument(p):
            out.append(("Arguments", metavar(p), "", "", help_of(p)))
            continue
        flags = ", ".join([*p.opts, *p.secondary_opts])
        out.append((getattr(p, "rich_help_panel", None) or "Options", flags, metavar(p), default(p), help_of(p)))
    return out


def usage_pieces(cmd: Any) -> list[str]:
    """The usage line after the command's name: `[OPTIONS] INPUT... OUTPUT`, `[PATHS...]`."""
    pieces = ["[OPTIONS]"]
    for p in cmd.params:
        if is_argument(p):
            name = metavar(p)
            pieces.append(name if p.required else f"[{name}]")
    return pieces


class _Help:
    """The help of a command or group: usage, its docstring (click wraps it to the terminal, keeping
    `\\b` paragraphs), then its parameters in sections."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = usage_pieces(self)
        if isinstance(self, TyperGroup):
            pieces.append(self.subcommand_metavar or "COMMAND [ARGS]...")
        return pieces

    def format_help(self, ctx: Any, formatter: Any) -> None:  # click's order, never typer's rich panels
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        sections: dict[str, list[tuple[str, str]]] = {}
        for section, flags, mv, dflt, text in records(self, ctx):
            extra = f"  [default: {dflt}]" if dflt else ""
            sections.setdefault(section, []).append((f"{flags} {mv}".strip(), f"{text}{extra}"))
        for section, rows in sections.items():
            with formatter.section(section):
                formatter.write_dl(rows)
        if isinstance(self, TyperGroup):
            self.format_commands(ctx, formatter)


class Command(_Help, TyperCommand):
    """A stripper command (pass as `cls=` to `app.command`)."""


class Group(_Help, TyperGroup):
    """A stripper command group (pass as `cls=` to `typer.Typer` and `add_typer`)."""
