"""The extraction thresholds are Settings fields, settable from [tool.stripper], and they decide
when trafilatura's main content gives way to the page's full text."""
from __future__ import annotations

from pathlib import Path

import pytest

from stripper import ConfigError, Settings, strip
from stripper.settings import load

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "seed-trusted-reviews.html"


def test_defaults_keep_trafilaturas_text_and_a_strict_share_falls_back_with_a_warning() -> None:
    html = SAMPLE.read_text(encoding="utf-8")
    assert strip(html).warnings == ()
    strict = Settings(extraction_min_share=0.99, extraction_min_page_chars=10, extraction_suspect_chars=10**9)
    result = strip(html, settings=strict)
    assert any("falling back to the page's full text" in w for w in result.warnings)


def test_extraction_thresholds_load_from_pyproject(tmp_path: Path) -> None:
    p = tmp_path / "pyproject.toml"
    p.write_text("[tool.stripper]\nextraction-min-share = 0.5\nextraction-min-page-chars = 100\n", encoding="utf-8")
    s = load(p)
    assert (s.extraction_min_share, s.extraction_min_page_chars, s.extraction_suspect_chars) == (0.5, 100, 200)


@pytest.mark.parametrize("field, value", [("extraction_min_share", 1.5), ("extraction_min_page_chars", -1),
                                          ("extraction_suspect_chars", "many")])
def test_bad_extraction_thresholds_are_refused(field: str, value: object) -> None:
    with pytest.raises(ConfigError, match=field.replace("_", "-")):
        Settings(**{field: value})
