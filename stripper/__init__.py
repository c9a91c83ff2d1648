"""stripper: strip boilerplate and ad content from web pages and extracted web text.

    >>> from stripper import strip
    >>> strip("Great story.\\n\\nAdvertisement\\n\\nMore story.").text
    'Great story.\\n\\nMore story.'
"""
from __future__ import annotations

from .detect import decode
from .errors import ConfigError, DecodeError
from .model import Category, Removal, Result, Scope
from .parallel import strip_many
from .pipeline import Format, strip
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Category",
    "ConfigError",
    "DecodeError",
    "Format",
    "Removal",
    "Result",
    "Scope",
    "Settings",
    "decode",
    "strip",
    "strip_many",
]
