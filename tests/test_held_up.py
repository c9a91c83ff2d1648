"""What a reliability probe found holding up, kept as tests so that it keeps holding (issue 14):
every output format fails cleanly on a full disk, XXE and billion-laughs pages are inert, and
HTML parsing and long documents grow linearly (work compared at two sizes, not a time budget)."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_dataset_resume import make_input

from stripper import strip
from stripper.extract import full_text, markup_text


def _full_disk() -> None:
    # Files may not grow past 4 KiB: a write past it fails with EFBIG, as one on a full disk does
    # with ENOSPC (both are an OSError from write; SIGXFSZ would kill the process instead).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4 << 10, 4 << 10))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
@pytest.mark.parametrize("out_name,extra", [("out.jsonl", []), ("out.jsonl.gz", []), ("out.jsonl.zst", []),
                                            ("out.parquet", []), ("shards", ["--shard-size", "100"])])
def test_every_format_exits_3_cleanly_on_a_full_disk(tmp_path: Path, out_name: str, extra: list[str]) -> None:
    src = tmp_path / "in.jsonl.zst"
    make_input(src, 2000)  # past the limit in every format, compressed too
    before = set(tmp_path.iterdir())
    p = subprocess.run([sys.executable, "-m", "stripper", "dataset", str(src), str(tmp_path / out_name), "-j", "2",
                        "--no-progress", "--chunk-rows", "20", *extra], capture_output=True, text=True, timeout=120,
                       preexec_fn=_full_disk)
    assert p.returncode == 3, p.stderr
    errors = [ln for ln in p.stderr.splitlines() if ln.startswith("stripper: error:")]
    assert len(errors) == 1 and "cannot write" in errors[0] and "Traceback" not in p.stderr, p.stderr
    assert set(tmp_path.iterdir()) == before, "a failed run leaves nothing behind"


XXE = """<?xml version="1.0"?>
<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<html><body><article><p>The council met on Tuesday and the story goes on at length here. &secret;</p>
<p>A second paragraph of the story, long enough to be kept by every extractor there is.</p></article></body></html>"""

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<html><body><article><p>The council met on Tuesday and the story goes on. &lol9;</p>"
    "<p>A second paragraph of the story, long enough to be kept.</p></article></body></html>"
)


@pytest.mark.parametrize("page", [XXE, LAUGHS], ids=["xxe", "billion-laughs"])
@pytest.mark.parametrize("engine", ["trafilatura", "resiliparse"])
def test_entity_attacks_are_inert(page: str, engine: str) -> None:
    passwd = Path("/etc/passwd").read_text() if Path("/etc/passwd").exists() else "root:x:0:0"
    first_line = passwd.splitlines()[0] if passwd else "root:x:0:0"
    for text in (strip(page, format="html", engine=engine).text, full_text(page), markup_text(page)):
        assert first_line not in text and "lollollol" not in text
        assert len(text) < 10 * len(page)


def _work(fn, arg) -> float:
    """CPU seconds of fn(arg), the least of three runs (the machine's noise only adds)."""
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t)
    return best


def _page(n: int) -> str:
    body = "".join(f"<div class='c{i}'><p>Paragraph {i} of the story, with words enough to be text.</p>"
                   f"<a href='/x/{i}'>link {i}</a><script>var v{i} = {i};</script></div>" for i in range(n))
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("fn", [full_text, markup_text], ids=["full_text", "markup_text"])
def test_html_parsing_grows_linearly(fn) -> None:
    small, large = _work(fn, _page(2_000)), _work(fn, _page(8_000))
    assert large < 8 * max(small, 1e-3), (small, large)  # 4x the page; quadratic would be ~16x


def test_a_long_document_grows_linearly() -> None:
    def doc(n: int) -> str:
        return "\n".join(f"Line {i} of a long document, a sentence of the story that goes on." if i % 7 else ""
                         for i in range(n))

    run = lambda text: strip(text, format="text")  # noqa: E731
    small, large = _work(run, doc(25_000)), _work(run, doc(100_000))
    assert large < 8 * max(small, 1e-3), (small, large)


@pytest.mark.heavy
def test_a_million_line_document() -> None:
    lines = [f"Line {i} of a long document, a sentence of the story that goes on." for i in range(1_000_000)]
    text = "\n".join(lines)
    assert strip(text, format="text").text == text  # (pytest-timeout bounds it)


def test_fsize_limit_is_really_applied(tmp_path: Path) -> None:
    # The full-disk test is only a test if the limit bites: a plain write past it fails.
    code = f"open({str(tmp_path / 'x')!r}, 'wb').write(b'x' * (1 << 20))"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, preexec_fn=_full_disk, timeout=60)
    assert p.returncode != 0 and ("File too large" in p.stderr or "Errno 27" in p.stderr), p.stderr
    assert os.path.getsize(tmp_path / "x") <= 4 << 10
