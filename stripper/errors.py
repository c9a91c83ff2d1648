"""Every error stripper raises on purpose, in one place, each with the exit code the CLI gives it.

    StripperError
    ├── UsageError      bad options or arguments                          exit 2
    │   ├── ConfigError a configuration or rules file is wrong            exit 2
    │   └── SelectionError  a select/ignore entry names no rule           exit 2
    ├── InputError      an input cannot be read, an output not written    exit 3
    ├── DecodeError     bytes that are not text stripper can read         exit 3
    ├── EngineError     an unknown HTML engine, or one not installed      exit 2
    ├── EvalError       `stripper eval` cannot read its data              exit 3
    ├── BenchError      `stripper bench` cannot read its data             exit 3
    └── CountsError     a site-template count file is unreadable or alien exit 3

This module imports nothing from stripper, so any module may import it without a cycle. The classes
keep the built-in bases they had (ValueError, OSError), so `except ValueError` in user code still
catches what it caught."""
from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1  # a dataset run left some rows out (they are in the rejects file)
EXIT_USAGE = 2
EXIT_INPUT = 3


class StripperError(Exception):
    """Base of stripper's own errors; the message is the one line the user sees."""

    exit_code = EXIT_INPUT


class UsageError(StripperError, ValueError):
    """Bad options or arguments (exit code 2)."""

    exit_code = EXIT_USAGE


class ConfigError(UsageError):
    """A configuration or rules file is wrong; the message names the file and key (exit code 2)."""


class InputError(StripperError, OSError):
    """An input cannot be read or an output cannot be written (exit code 3)."""

    exit_code = EXIT_INPUT

    def __str__(self) -> str:  # OSError would print "(errno) message" for two arguments
        return str(self.args[0]) if self.args else ""


class DecodeError(StripperError, ValueError):
    """The bytes are not text stripper can read (binary data, or an unknown encoding)."""

    exit_code = EXIT_INPUT


class EngineError(StripperError, ValueError):
    """An unknown HTML extraction engine, or one that is not installed (exit code 2)."""

    exit_code = EXIT_USAGE


class SelectionError(UsageError):
    """A select or ignore entry names no rule, prefix or category (exit code 2)."""


class PhraseDataError(StripperError, ValueError):
    """A built-in phrase file (stripper/rules/phrases/*.toml) is malformed: a packaging defect,
    named by file and key."""


class PatternError(StripperError, ValueError):
    """A built-in pattern RE2 does not take (a phrase file's mistake; names the rule)."""


class EvalError(StripperError):
    """`stripper eval` cannot read its data (exit code 3)."""


class BenchError(StripperError):
    """The benchmark's data cannot be read, or lacks the fields it needs (exit code 3)."""


class CountsError(StripperError, ValueError):
    """A site-template count file is unreadable, of another format or fingerprint version, or
    cannot be written (exit code 3)."""


__all__ = [
    "EXIT_INPUT",
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "BenchError",
    "ConfigError",
    "CountsError",
    "DecodeError",
    "EngineError",
    "EvalError",
    "InputError",
    "PatternError",
    "PhraseDataError",
    "SelectionError",
    "StripperError",
    "UsageError",
]


class Unrenderable(StripperError, ValueError):
    """A dataset row its output format cannot hold (raised by a stripper.outputs.ROW_FORMATS
    renderer; the row goes to the rejects as "unserialisable")."""
