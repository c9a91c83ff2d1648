"""stripper: strip boilerplate and ad content from web pages and extracted web text.

    >>> from stripper import strip
    >>> strip("Great story.\\n\\nAdvertisement\\n\\nMore story.").text
    'Great story.\\n\\nMore story.'

The pipeline lives in stripper/pipeline.py; this module only names the public API.
"""
from __future__ import annotations

from .detect import decode
from .errors import ConfigError, DecodeError
from .model import Category, Removal, Result, Scope
from .page import PagePass
from .parallel import strip_many
from .pipeline import Format, strip
from .settings import DEFAULT, Settings

__version__ = "0.1.0"

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
