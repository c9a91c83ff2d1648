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
    # One exception, named: the standard library's own regex parser, which was public as
    # `sre_parse` until 3.11 (match.required_literals reads the built-in patterns with it, falls back
    # to sre_parse on 3.10, gives no literals on anything it cannot read, and
    # tests/test_match_compile.py holds every removing example to the literals it derives).
    allowed = {("stripper.match", m) for m in ("re", "re._constants", "re._parser")}
    assert [f for f in found if f not in allowed] == []


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


def test_the_character_table_comes_back_from_the_cache_as_derived(tmp_path, monkeypatch):
    """segment's table of character classes, read back from the user's cache, is what deriving it
    gives; an entry of the wrong size is derived again."""
    from stripper import segment

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    derived = segment._classes()
    assert segment._cached_classes() == derived  # (written)
    (entry,) = (tmp_path / "stripper").iterdir()
    assert entry.name.startswith("char-classes-") and entry.read_bytes() == derived
    assert segment._cached_classes() == derived  # (read)
    entry.write_bytes(b"\x01" * 100)
    assert segment._cached_classes() == derived


def _modules_after(tmp_path, *args: str) -> set[str]:
    """The modules a fresh `stripper ARGS...` has imported when it exits."""
    import subprocess
    import sys

    out = tmp_path / "modules.txt"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: open({str(out)!r}, 'w').write('\\n'.join(sys.modules)))\n"
            "sys.argv = ['stripper', *sys.argv[1:]]\n"
            "from stripper.cli import main\n"
            "main()\n")
    p = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, timeout=120, cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode()[-500:]
    return set(out.read_text().split("\n"))


def test_a_command_imports_only_what_it_runs(tmp_path):
    """`stripper clean` builds its own command alone (not the dataset runner's, the trainer's or
    the site templates'), and neither it nor a one-row `stripper dataset` imports pydantic (typer's
    coercion, helptext._PlainValues) or rich's progress bar off a terminal."""
    (tmp_path / "a.txt").write_text("A story.\n\nAdvertisement\n\nMore story.\n", encoding="utf-8")
    (tmp_path / "one.jsonl").write_text('{"id": 1, "text": "A story.\\n\\nAdvertisement\\n\\nMore story."}\n')
    clean = _modules_after(tmp_path, "clean", "a.txt", "--isolated")
    assert "stripper.pipeline" in clean
    assert not {m for m in clean if m.split(".")[0] == "pydantic"}
    assert not clean & {"stripper.dataset.cli", "stripper.dataset.runner", "stripper.learn.cli", "stripper.templates.cli"}
    dataset = _modules_after(tmp_path, "dataset", "one.jsonl", "out.jsonl", "-j", "2", "--no-progress", "--isolated")
    assert "stripper.dataset.runner" in dataset
    assert not {m for m in dataset if m.split(".")[0] == "pydantic"}
    assert "rich.progress" not in dataset and "stripper.learn.cli" not in dataset


def test_a_one_row_dataset_run_off_a_terminal_prints_its_summary_without_rich(tmp_path):
    """Off a terminal the summary is plain lines (label, value), the same rows as the terminal's
    table, and the run imports no rich at all (its import was a good part of a one-row run)."""
    import subprocess
    import sys

    (tmp_path / "one.jsonl").write_text('{"id": 1, "text": "A story.\\n\\nAdvertisement\\n\\nMore story."}\n')
    modules = _modules_after(tmp_path, "dataset", "one.jsonl", "out.jsonl", "--isolated")
    assert "stripper.dataset.runner" in modules and not {m for m in modules if m.split(".")[0] == "rich"}
    p = subprocess.run([sys.executable, "-m", "stripper", "dataset", "one.jsonl", "out2.jsonl", "--isolated"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert p.returncode == 0 and p.stdout == ""
    lines = p.stderr.splitlines()
    assert lines[0] == "stripper dataset" and lines[-1] == "rows in = rows out + rejected: 1 = 1 + 0 (ok)"
    rows = {line[:20].strip(): line[20:].strip() for line in lines[1:-1]}
    assert rows["rows read"] == "1" and rows["rows written"] == "1" and rows["changed"] == "1"
    assert "┃" not in p.stderr and "│" not in p.stderr
