"""The C passes (stripper/_text.c, stripper/_keywords.c, stripper/_lines.c), the only implementation of each: load
one, and fail loudly if it is not built or was built from an older source."""
from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType


def load(name: str) -> ModuleType:
    """`stripper.<name>`. ImportError if it is not built, or if its C source is newer than the build
    (an editable install after a pull or an edit: a stale build could give other results)."""
    try:
        module = importlib.import_module(f"stripper.{name}")
    except ImportError as e:
        raise ImportError(f"stripper.{name} is not built ({e}); install stripper with a C compiler "
                          "(pip install -e . in a checkout)") from None
    if stale(Path(module.__file__ or ""), Path(__file__).with_name(f"{name}.c")):
        raise ImportError(f"stripper/{name}.c is newer than its build; rebuild it (pip install -e .)")
    return module


def stale(built: Path, source: Path) -> bool:
    """Whether `source` was changed after `built` was made (False when either is not there: an
    installed wheel carries no C source)."""
    try:
        return source.stat().st_mtime > built.stat().st_mtime
    except OSError:
        return False
