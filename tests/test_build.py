"""The C passes are optional at install time (no compiler: the pure-Python code runs, slower). CI
sets STRIPPER_REQUIRE_SPEEDUPS=1 so that a build that silently fell back fails there instead of
passing on the slow path; the equivalence of both paths is tested in test_keywords_c.py and
test_pagepass_c.py."""
from __future__ import annotations

import importlib
import os

import pytest

from stripper.bench import speedups


@pytest.mark.skipif(os.environ.get("STRIPPER_REQUIRE_SPEEDUPS") != "1", reason="STRIPPER_REQUIRE_SPEEDUPS=1 not set")
@pytest.mark.parametrize("name", ["_keywords", "_pagepass"])
def test_c_passes_are_built_and_used(name: str) -> None:
    importlib.import_module(f"stripper.{name}")
    assert speedups()[name], f"stripper.{name} imports but is not used (a stale build?)"


def test_speedups_reports_what_imports() -> None:
    report = speedups()
    assert set(report) == {"_keywords", "_pagepass"}
    for name, used in report.items():
        try:
            importlib.import_module(f"stripper.{name}")
        except ImportError:
            assert used is False


class _StaleBuild:
    """A C module built from an older source: its functions take other arguments."""

    def setup(self, *args: object) -> None:
        raise TypeError("setup() takes exactly 9 arguments")

    def Automaton(self, *args: object) -> None:
        raise TypeError("Automaton() takes exactly 3 arguments")


def test_a_stale_page_build_falls_back_to_python_with_a_warning() -> None:
    from stripper import page

    with pytest.warns(RuntimeWarning, match="rebuild"):
        assert page._setup_c(_StaleBuild()) is None


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
