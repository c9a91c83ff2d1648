"""The package has no import cycles, counting imports inside functions (once used to break cycles),
and its errors live in one module."""
from __future__ import annotations

import ast
from pathlib import Path

import stripper

PKG = Path(stripper.__file__).resolve().parent


def _module_name(path: Path, pkg: Path = PKG) -> str:
    rel = path.relative_to(pkg.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(pkg: Path = PKG) -> dict[str, Path]:
    return {_module_name(p, pkg): p for p in pkg.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every stripper module `name` imports, at any depth of its code (functions included). A package's
    __init__ counts only when a name is taken from it (`from . import strip`), as import checkers do."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()

    def add(target: str) -> None:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != name:
            out.add(target)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                add(a.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if not mod.startswith("stripper"):
                continue
            for a in node.names:  # `from . import x` may name a submodule, or a name in the __init__
                add(f"{mod}.{a.name}" if f"{mod}.{a.name}" in known else mod)
    return out


def import_graph() -> dict[str, set[str]]:
    return import_graph_of(PKG)


def import_graph_of(pkg: Path) -> dict[str, set[str]]:
    mods = _modules(pkg)
    known = set(mods)
    return {name: _imports(name, path, known) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        work = [(v, iter(sorted(graph[v])))]
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on.add(v)
        while work:
            node, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph[w]))))
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        comp.append(w)
                        if w == node:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import(tmp_path):
    # The checker itself must be able to fail: a two-module cycle, one side inside a function.
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]
    pkg = tmp_path / "stripper"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "x.py").write_text("from .y import f\n")
    (pkg / "y.py").write_text("def f():\n    from .x import g\n")
    known = {"stripper", "stripper.x", "stripper.y"}
    assert _imports("stripper.y", pkg / "y.py", known) == {"stripper.x"}
    assert cycles(import_graph_of(pkg)) == [["stripper.x", "stripper.y"]]


def test_the_package_has_no_import_cycles():
    found = cycles(import_graph())
    assert not found, "import cycles (imports inside functions count): " + "; ".join(" <-> ".join(c) for c in found)


def test_errors_are_defined_in_one_module():
    from stripper import errors

    defined: dict[str, list[str]] = {}
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                defined.setdefault(node.name, []).append(name)
    assert {c: m for c, m in defined.items() if m != ["stripper.errors"]} == {}
    for cls in ("InputError", "UsageError", "ConfigError", "DecodeError", "EngineError", "SelectionError"):
        assert defined.get(cls) == ["stripper.errors"], (cls, defined.get(cls))
    # The old import paths still work and give the same classes.
    from stripper.dataset.formats import InputError as DatasetInputError
    from stripper.documents import InputError as DocumentInputError
    from stripper.settings import ConfigError

    assert DatasetInputError is DocumentInputError is errors.InputError
    assert ConfigError is errors.ConfigError
    assert issubclass(errors.InputError, OSError) and issubclass(errors.ConfigError, ValueError)


def test_no_private_api_of_another_package():
    """No `typer._click`, `click._compat`, `rich._...`, `re2._re2`...: what a release may change unsaid."""
    found = []
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                mods = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for m in mods:
                parts = m.split(".")
                if parts[0] != "stripper" and any(p.startswith("_") and not p.startswith("__") for p in parts[1:]):
                    found.append((name, m))
    assert found == []


def test_start_up_caches_give_what_deriving_again_gives(tmp_path, monkeypatch):
    """The stoplists' tokens and the parsed phrase files come back from the user's cache
    (stripper/_cache.py) exactly as deriving them gives, and a damaged entry is derived again."""
    from stripper import page
    from stripper.rules import phrasebook

    def fresh() -> tuple:
        page._languages.cache_clear()
        phrasebook.load_all.cache_clear()
        return page._languages(), phrasebook.load_all()

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("STRIPPER_NO_CACHE", "1")
    try:
        derived = fresh()
        assert not (tmp_path / "stripper").exists()
        monkeypatch.delenv("STRIPPER_NO_CACHE")
        written = fresh()
        entries = sorted((tmp_path / "stripper").iterdir())
        assert [p.name.split("-")[0] for p in entries] == ["phrases", "stoplist"]
        read = fresh()
        assert derived == written == read
        assert [list(rules) for rules in read[1].values()] == [list(rules) for rules in derived[1].values()]
        for p in entries:
            p.write_bytes(b"\x1e\xff{")  # damaged: derived again
        assert fresh() == derived
    finally:
        page._languages.cache_clear()
        phrasebook.load_all.cache_clear()
