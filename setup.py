"""Build hooks beyond pyproject.toml: an editable install compiles the package's bytecode.

pip compiles a wheel's .py files to .pyc when it installs them, but an editable install (`pip install
-e`, as CI and the README's test command use) leaves the sources where they are and compiles nothing,
and where PYTHONDONTWRITEBYTECODE is set (CI images, containers) Python then never writes the .pyc:
every command compiles stripper's sources again, 0.05-0.09 s of its start-up (`stripper dataset`
on one row 0.24 s with bytecode, 0.31 s without, best of 7). The build writes it once, next to the
sources (`__pycache__/`, ignored by git); a source edited later is compiled in memory, as usual."""
from __future__ import annotations

import compileall
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

PACKAGE = Path(__file__).resolve().parent / "stripper"


def compile_bytecode(package: Path | None = None) -> bool:
    """Write the .pyc of every module under `package` (default: stripper; compileall writes whatever
    sys.dont_write_bytecode says); True when all compiled."""
    return bool(compileall.compile_dir(str(package or PACKAGE), quiet=1, workers=1))


class BuildExt(build_ext):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False) or self.inplace:
            compile_bytecode()


if __name__ == "__main__":  # (setuptools runs the file as __main__; a test imports it for compile_bytecode)
    setup(cmdclass={"build_ext": BuildExt})
