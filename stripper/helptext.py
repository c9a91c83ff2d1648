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

import os
from pathlib import Path
from typing import Any, get_args, get_origin

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
    `\\b` paragraphs), then its parameters in sections; its parameters' plain values coerced
    without pydantic (_PlainValues)."""

    def get_params(self, ctx: Any) -> list[Any]:  # (with the help and completion options click adds)
        params = super().get_params(ctx)  # type: ignore[misc]
        for p in params:
            _plain_coercion(p)
        return params

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


_SLOW = object()  # (a value plain coercion leaves to typer's own)


def _plain_scalar(kind: type, value: Any, info: Any) -> Any:
    """`value` as `kind` (str, int, float or Path) when it is a plain case with one answer (a
    value of the type already, a string of ASCII digits, a non-empty path), else _SLOW."""
    if kind is str:
        return value if isinstance(value, str) else _SLOW
    if kind is bool:
        return value if isinstance(value, bool) else _SLOW
    if kind is Path:
        if not isinstance(value, (str, Path)) or not str(value):
            return _SLOW
        if info.readable and os.path.exists(value) and not os.access(value, os.R_OK):
            return _SLOW  # (typer's "is not readable")
        return value if isinstance(value, Path) else Path(value)
    if isinstance(value, bool):
        return _SLOW
    if isinstance(value, str):
        digits = value[1:] if value[:1] == "-" else value
        whole = digits.isascii() and digits.isdigit() and (digits == "0" or digits[0] != "0")
        if kind is float and not whole:
            a, dot, b = digits.partition(".")
            whole = bool(dot) and a.isascii() and a.isdigit() and b.isascii() and b.isdigit()
        if not whole:
            return _SLOW
        number: Any = int(value) if kind is int else float(value)
    elif kind is int and type(value) is int:
        number = value
    elif kind is float and type(value) in (int, float):
        number = float(value)
    else:
        return _SLOW
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        return _SLOW  # (out of range: typer's own message)
    return number


class _PlainValues:
    """How a parameter's value is coerced when it is one of the plain cases every stripper option is
    (a string, an int or a float, maybe bounded, a path, or a list of these): as typer's own coercion
    gives it, without building a pydantic TypeAdapter per option (with typer 0.29, pydantic's import
    and the adapters were a third of a one-row `stripper dataset`). Any other value (not a number,
    out of range, ...) goes to typer's coercion, whose answer and error messages stay typer's."""

    __slots__ = ("info", "kind")

    def __init__(self, kind: type, info: Any):
        self.kind, self.info = kind, info

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        if many:
            out: list[Any] | None = [] if isinstance(value, (list, tuple)) else None
            for v in value if out is not None else ():
                c = _plain_scalar(self.kind, v, self.info)
                if c is _SLOW:
                    out = None
                    break
                out.append(c)
            if out is not None:
                return out
        else:
            c = _plain_scalar(self.kind, value, self.info)
            if c is not _SLOW:
                return c
        param._runtime_param = None  # typer's own, from now on
        return param.get_runtime_param().coerce(value, param=param, ctx=ctx)


def _plain_coercion(param: Any) -> None:
    """Give `param` plain coercion (_PlainValues) when its type and settings are plain; leave it to
    typer otherwise, or if this typer keeps its coercion otherwise (then nothing changes but speed)."""
    desc = getattr(param, "type_descriptor", None)
    if desc is None or getattr(param, "_runtime_param", False) is not None or not hasattr(param, "get_runtime_param"):
        return
    kind, info = desc.annotation, desc.parameter_info
    if get_origin(kind) is list:
        (kind,) = get_args(kind) or (None,)
    if kind not in (str, int, float, bool, Path) or getattr(info, "parser", None) is not None or getattr(info, "clamp", False):
        return
    if kind is Path and (info.exists or not info.file_okay or not info.dir_okay or info.writable or info.resolve_path
                         or info.path_type is not None):
        return
    param._runtime_param = _PlainValues(kind, info)


class Command(_Help, TyperCommand):
    """A stripper command (pass as `cls=` to `app.command`)."""


class Group(_Help, TyperGroup):
    """A stripper command group (pass as `cls=` to `typer.Typer` and `add_typer`)."""
