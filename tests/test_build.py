"""The C passes (stripper/_text.c, stripper/_keywords.c, stripper/_lines.c) are the only implementation: they are built
by the install (a build without a compiler fails), used, and refused when stale."""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest


@pytest.mark.parametrize("name", ["_text", "_keywords", "_lines"])
def test_c_passes_are_built(name: str) -> None:
    module = importlib.import_module(f"stripper.{name}")
    assert Path(module.__file__ or "").suffix in (".so", ".pyd")


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
    strip(t, format="text", settings=__import__("stripper.settings").settings.DEFAULT.with_(select=("ALL", "LEARNED")))
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


def test_a_stale_build_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from stripper import native

    monkeypatch.setattr(native, "stale", lambda built, source: True)
    with pytest.raises(ImportError, match="newer than its build"):
        native.load("_keywords")
    with pytest.raises(ImportError, match="not built"):
        native.load("_no_such_module")
