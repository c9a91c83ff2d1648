"""`stripper dataset --markdown`: HTML rows come out as `stripper clean --output-format markdown`
gives them, through the real command line."""
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
