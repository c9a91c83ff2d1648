"""Package names imported on first use (PEP 562), so that a command starts without what it does
not need (`stripper --help` loads neither the engine nor the dataset runner)."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def exports(package: str, where: dict[str, str], namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package`: name -> its submodule in `where`, cached in `namespace`."""

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{where[name]}"), name)
        namespace[name] = value
        return value

    return __getattr__


def module(name: str) -> Any:
    """Module `name`, loaded on its first attribute access (importlib.util.LazyLoader): a module
    that needs numpy only inside its functions writes `np = module("numpy")`, and a process that
    never calls them (`stripper clean` on a short text, `--help`) never pays numpy's import."""
    import sys
    from importlib.util import LazyLoader, find_spec, module_from_spec

    if name in sys.modules:
        return sys.modules[name]
    spec = find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    spec.loader = LazyLoader(spec.loader)
    mod = module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
