"""The C pass is optional at install time (no compiler: the pure-Python code runs, slower). CI
sets STRIPPER_REQUIRE_SPEEDUPS=1 so that a build that silently fell back fails there instead of
passing on the slow path; the equivalence of both paths is tested in test_keywords_c.py."""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from stripper.bench import speedups


@pytest.mark.skipif(os.environ.get("STRIPPER_REQUIRE_SPEEDUPS") != "1", reason="STRIPPER_REQUIRE_SPEEDUPS=1 not set")
@pytest.mark.parametrize("name", ["_keywords"])
def test_c_passes_are_built_and_used(name: str) -> None:
    importlib.import_module(f"stripper.{name}")
    assert speedups()[name], f"stripper.{name} imports but is not used (a stale build?)"


def test_speedups_reports_what_imports() -> None:
    """`speedups()` says a C pass is used exactly when it imports and is not older than its source
    (stripper.native.load), both ways."""
    from stripper import native

    report = speedups()
    assert set(report) == {"_keywords"}
    for name, used in report.items():
        try:
            module = importlib.import_module(f"stripper.{name}")
        except ImportError:
            assert used is False
            continue
        fresh = not native.stale(Path(module.__file__ or ""), Path(native.__file__).with_name(f"{name}.c"))
        assert used is fresh, (name, used, fresh)


class _StaleBuild:
    """A C module built from an older source: its functions take other arguments."""

    def setup(self, *args: object) -> None:
        raise TypeError("setup() takes exactly 9 arguments")

    def Automaton(self, *args: object) -> None:
        raise TypeError("Automaton() takes exactly 3 arguments")


def test_a_stale_keyword_build_falls_back_to_python_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from stripper import match
    from stripper.rules import BUILTIN

    monkeypatch.setattr(match, "_c", _StaleBuild())
    with pytest.warns(RuntimeWarning, match="rebuild"):
        m = match.Matcher(BUILTIN)
    assert m._automaton is None
    text = "Story line that stays.\nSign up for our newsletter"
    lines = text.split("\n")
    assert m.match(text, lines, [0, len(lines[0]) + 1])[1] is not None


_UNDER_DEBUG_ALLOCATOR = r"""
import pathlib, random, sys
from stripper import strip
R = random.Random(0)
pieces = ["İLETİŞİM", "İL", "İ", "Menü", "Σ ΟΔΟΣ", "ς", "中文", "\ud800", "\u3000", "\x85", "•", "1.", "|", "Home",
          "Subscribe to our newsletter", "Related Stories", "Photo: AP", "© 2024", "x" * 3001, ""]
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("samples").glob("*.txt"))]
texts += ["Menü\n" + "İL" * 34, "x\n" + " ".join(["İLETİŞİM"] * 7), "Home\n" + "İ " * 30 + "\n" + "İ" * 70]
for _ in range(int(sys.argv[1])):
    texts.append("\n".join(" ".join(R.choice(pieces) for _ in range(R.randint(0, 12))) for _ in range(R.randint(1, 60))))
for t in texts:
    strip(t, format="text")
    strip(t, format="text", settings=__import__("stripper.settings").settings.DEFAULT.with_(page="always"))
print("ok")
"""


@pytest.mark.parametrize("random_texts", [100, pytest.param(1000, marks=pytest.mark.heavy)])
def test_c_passes_write_nothing_out_of_bounds(random_texts: int) -> None:
    """Python's debug allocator pads every block and aborts on a write past one. A key buffer in
    _keywords was sized for a shorter line and overflowed on Turkish menus ("İL" normalizes to
    "i l"); without the debug allocator the overflow went unseen. The samples and the Turkish
    reproducers always run; random mixes of the pieces, 100 by default and 1,000 under -m heavy."""
    import subprocess
    import sys
    from pathlib import Path

    if not all(speedups().values()):
        pytest.skip("the C passes are not built")
    env = {**os.environ, "PYTHONMALLOC": "malloc_debug"}
    proc = subprocess.run([sys.executable, "-c", _UNDER_DEBUG_ALLOCATOR, str(random_texts)], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[1], timeout=240, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_a_build_older_than_its_source_is_stale(tmp_path: Path) -> None:
    from stripper.native import stale

    built, source = tmp_path / "_m.so", tmp_path / "_m.c"
    built.write_bytes(b"")
    source.write_text("/* edited after the build */")
    os.utime(built, (1_000_000, 1_000_000))
    assert stale(built, source)
    os.utime(source, (900_000, 900_000))
    assert not stale(built, source)
    assert not stale(built, tmp_path / "absent.c")  # an installed wheel carries no source


def test_a_stale_build_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    from stripper import native

    monkeypatch.setattr(native, "stale", lambda built, source: True)
    if not all(speedups().values()):
        pytest.skip("the C passes are not built")
    with pytest.warns(RuntimeWarning, match="newer than its build"):
        assert native.load("_keywords") is None
    assert native.load("_no_such_module") is None
