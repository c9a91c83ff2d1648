"""The optional C pass (stripper/_keywords.c): load it if it is built and built from the source
beside it. Without it the pure-Python code runs, with the same results. (The page pass has one
implementation, numpy arrays in stripper/page.py, and no C twin.)"""
from __future__ import annotations

import importlib
import warnings
from pathlib import Path
from types import ModuleType


def load(name: str) -> ModuleType | None:
    """`stripper.<name>`, or None if it is not built, or if its C source is newer than the build
    (an editable install after a pull or an edit): a stale build could give other results than the
    Python it stands for, and a slower run beats a wrong one."""
    try:
        module = importlib.import_module(f"stripper.{name}")
    except ImportError:
        return None
    if stale(Path(module.__file__ or ""), Path(__file__).with_name(f"{name}.c")):
        warnings.warn(f"stripper/{name}.c is newer than its build; rebuild it (pip install -e .). "
                      "Using the pure-Python code meanwhile.", RuntimeWarning, stacklevel=2)
        return None
    return module


def stale(built: Path, source: Path) -> bool:
    """Whether `source` was changed after `built` was made (False when either is not there: an
    installed wheel carries no C source)."""
    try:
        return source.stat().st_mtime > built.stat().st_mtime
    except OSError:
        return False
