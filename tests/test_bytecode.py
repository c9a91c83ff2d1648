"""An editable install writes stripper's bytecode (setup.py's build_ext hook), so that a command
started where PYTHONDONTWRITEBYTECODE is set does not compile every source again (#12)."""
from __future__ import annotations

import importlib.util
import os
import runpy
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _hooks() -> dict:
    return runpy.run_path(str(ROOT / "setup.py"), run_name="stripper_setup_hooks")  # (not __main__: no setup())


def _package(tmp_path: Path) -> Path:
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    for p in (pkg / "__init__.py", pkg / "a.py", pkg / "sub" / "__init__.py", pkg / "sub" / "b.py"):
        p.write_text("X = 1\n", encoding="utf-8")
    return pkg


def test_the_build_writes_bytecode_that_python_would_not(tmp_path: Path) -> None:
    pkg = _package(tmp_path)
    # The hook runs in a process that may have sys.dont_write_bytecode set: it writes all the same.
    code = ("import runpy, sys; sys.dont_write_bytecode = True; "
            f"h = runpy.run_path({str(ROOT / 'setup.py')!r}, run_name='h'); "
            f"print(h['compile_bytecode'](__import__('pathlib').Path({str(pkg)!r})))")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "True", proc.stderr[-2000:]
    for src in pkg.rglob("*.py"):
        assert Path(importlib.util.cache_from_source(str(src))).is_file(), src
    # A plain import under the same setting writes none (what the hook is for).
    other = _package(tmp_path / "plain")
    proc = subprocess.run([sys.executable, "-c", "import pkg.sub.b"], cwd=other.parent, env=env, check=False, timeout=60)
    assert proc.returncode == 0
    assert not list(other.rglob("*.pyc"))


def test_an_editable_build_runs_the_hook_and_a_wheel_build_does_not(tmp_path: Path) -> None:
    from setuptools import Distribution

    hooks = _hooks()
    calls: list[int] = []
    hooks["BuildExt"].run.__globals__["compile_bytecode"] = lambda package=None: calls.append(1) or True
    for editable, expected in ((True, 1), (False, 0)):
        calls.clear()
        cmd = hooks["BuildExt"](Distribution({"name": "x", "ext_modules": []}))
        cmd.initialize_options()
        cmd.editable_mode = editable
        cmd.build_lib = str(tmp_path / "build")
        cmd.build_temp = str(tmp_path / "tmp")
        cmd.finalize_options()
        cmd.run()
        assert len(calls) == expected
