"""stripper: strip boilerplate and ad content from web pages and extracted web text.

    >>> from stripper import strip
    >>> strip("Great story.\\n\\nAdvertisement\\n\\nMore story.").text
    'Great story.\\n\\nMore story.'

The pipeline lives in stripper/pipeline.py; this module only names the public API.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import exports
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


__getattr__ = exports(__name__, _WHERE, globals())

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
