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
def test_c_passes_are_built(name: str) -> None:
    importlib.import_module(f"stripper.{name}")


def test_speedups_reports_what_imports() -> None:
    report = speedups()
    assert set(report) == {"_keywords", "_pagepass"}
    for name, built in report.items():
        try:
            importlib.import_module(f"stripper.{name}")
        except ImportError:
            assert built is False
        else:
            assert built is True
