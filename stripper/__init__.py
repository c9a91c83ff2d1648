"""stripper: strip boilerplate and ad content from web pages and extracted web text.

    >>> from stripper import strip
    >>> strip("Great story.\\n\\nAdvertisement\\n\\nMore story.").text
    'Great story.\\n\\nMore story.'

The pipeline lives in stripper/pipeline.py; this module only names the public API.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ConfigError, DecodeError

if TYPE_CHECKING:
    from .detect import decode
    from .model import Category, Removal, Result, Scope
    from .page import PagePass
    from .parallel import strip_many
    from .pipeline import Format, strip
    from .settings import DEFAULT, Settings

__version__ = "0.1.0"

# The public names, imported on first use (PEP 562): the command line starts without the engine
# (numpy, re2, the rules) and loads it only for the commands that strip.
_WHERE = {"decode": "detect", "Category": "model", "Removal": "model", "Result": "model", "Scope": "model",
          "PagePass": "page", "strip_many": "parallel", "Format": "pipeline", "strip": "pipeline",
          "DEFAULT": "settings", "Settings": "settings"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value

__all__ = [
    "DEFAULT",
    "Category",
    "ConfigError",
    "DecodeError",
    "Format",
    "PagePass",
    "Removal",
    "Result",
    "Scope",
    "Settings",
    "decode",
    "strip",
    "strip_many",
]
