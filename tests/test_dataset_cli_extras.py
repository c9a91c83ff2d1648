"""`stripper dataset --markdown` (HTML rows come out as `stripper clean --output-format markdown`
gives them) and `--show-settings`, through the real command line."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _stripper(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "stripper", *map(str, args)], capture_output=True, cwd=cwd, timeout=120)


def test_html_rows_as_markdown_match_clean(tmp_path: Path) -> None:
    html = (SAMPLES / "seed-trusted-reviews.html").read_text(encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_bytes(orjson.dumps({"id": 1, "text": html}) + b"\n" + orjson.dumps({"id": 2, "text": "Plain story.\n\nAdvertisement\n\nMore story."}) + b"\n")
    out = tmp_path / "out.jsonl"
    p = _stripper("dataset", src, out, "--markdown", "--no-progress", "--isolated", cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    expected = (SAMPLES / "expected" / "seed-trusted-reviews.html.md").read_text(encoding="utf-8")
    assert rows[0]["text"].rstrip("\n") == expected.rstrip("\n")
    assert rows[0]["text"].startswith("# Tech giants")  # the headline as a Markdown heading, not plain text
    assert rows[1]["text"] == "Plain story.\n\nMore story."


def test_markdown_with_templates_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "x", "url": "http://a.example/1"}\n')
    p = _stripper("dataset", src, tmp_path / "out.jsonl", "--markdown", "--learn-templates", "--site-field", "url", "--no-progress", "--isolated", cwd=tmp_path)
    assert p.returncode == 2 and b"--markdown" in p.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_show_settings_prints_the_settings_in_effect_and_needs_no_paths(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.stripper]\nignore = ["CPY"]\norphan-max-words = 3\n', encoding="utf-8")
    p = _stripper("dataset", "--show-settings", "--ignore", "NAV", cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    lines = p.stdout.decode().splitlines()
    assert lines[0].startswith("# settings from ") and "pyproject.toml" in lines[0]
    assert 'ignore = ["CPY","NAV"]' in lines and "orphan_max_words = 3" in lines
    assert p.stderr == b""  # data on stdout only
    clean = _stripper("clean", "--show-settings", "--ignore", "NAV", cwd=tmp_path)
    assert clean.stdout == p.stdout  # one listing for every command


def test_without_paths_it_is_a_usage_error(tmp_path: Path) -> None:
    p = _stripper("dataset", "--no-progress", cwd=tmp_path)
    assert p.returncode == 2 and b"INPUT" in p.stderr
