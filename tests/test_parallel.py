"""strip_many: same results as strip, in order, streaming, errors at their place."""
from __future__ import annotations

import itertools

import pytest
from test_dataset_support import sample_rows

from stripper import strip
from stripper.parallel import strip_many


@pytest.mark.parametrize("workers", [1, 2])
def test_same_results_in_order(workers: int) -> None:
    docs = [r["text"] for r in sample_rows(101)]
    got = list(strip_many(docs, workers=workers, format="text", chunk_size=4))
    assert got == [strip(d, format="text") for d in docs]


def test_streams_an_endless_generator() -> None:
    # Only a few chunks are ever taken ahead: an infinite input does not hang or exhaust memory.
    docs = (r["text"] for r in itertools.cycle(sample_rows(10)))
    first = list(itertools.islice(strip_many(docs, workers=2, format="text", chunk_size=2), 25))
    assert len(first) == 25 and all(r.text for r in first)


def test_an_error_is_raised_at_its_place() -> None:
    docs = [r["text"] for r in sample_rows(6)]
    docs[3] = 42  # type: ignore[call-overload]
    out = strip_many(docs, workers=2, format="text", chunk_size=4)
    got = [next(out) for _ in range(3)]
    assert [r.text for r in got] == [strip(d, format="text").text for d in docs[:3]]
    with pytest.raises(TypeError):
        next(out)


def test_bad_format() -> None:
    with pytest.raises(ValueError):
        list(strip_many(["x"], format="pdf"))


def _failing_source(n: int):
    docs = [r["text"] for r in sample_rows(n)]
    yield from docs
    raise RuntimeError(f"the source broke after {n} items")


@pytest.mark.parametrize("workers", [1, 2])
def test_results_before_a_failing_source_come_out_before_its_error(workers: int) -> None:
    # A generator that raised at item 100 gave 0 results first with workers=2, 100 with workers=1.
    got = []
    with pytest.raises(RuntimeError, match="after 100 items"):
        for r in strip_many(_failing_source(100), workers=workers, format="text", chunk_size=8):
            got.append(r)
    assert [r.text for r in got] == [strip(r["text"], format="text").text for r in sample_rows(100)]


def test_a_pool_leaves_no_thread_behind_and_forks_again() -> None:
    import threading

    from stripper.parallel import default_start_method

    before = threading.active_count()
    with pytest.raises(RuntimeError):
        list(strip_many(_failing_source(20), workers=2, format="text", chunk_size=4))
    assert threading.active_count() == before  # leftover threads once made the next pool spawn
    # Chosen explicitly, not from the process's state: spawn would re-run an unguarded script.
    assert default_start_method() == "fork"
    assert len(list(strip_many(["Story.\n\nAdvertisement"] * 4, workers=2, format="text", chunk_size=1))) == 4


def test_an_unguarded_script_is_not_run_again_by_the_workers(tmp_path) -> None:
    import subprocess
    import sys

    script = tmp_path / "script.py"
    marker = tmp_path / "runs"
    script.write_text(
        "import os\n"
        f"open({str(marker)!r}, 'a').write(str(os.getpid()) + '\\n')\n"
        "from stripper import strip_many\n"
        "def bad():\n"
        "    yield 'Story line.'\n"
        "    raise ValueError('x')\n"
        "try:\n"
        "    list(strip_many(bad(), workers=2, format='text'))\n"
        "except ValueError:\n"
        "    pass\n"
        "print(len(list(strip_many(['Story.'] * 8, workers=2, format='text', chunk_size=1))))\n"
    )
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "8", out.stderr
    assert len(marker.read_text().split()) == 1  # the script ran once, in its own process


def test_strip_many_takes_an_engine() -> None:
    page = "<html><body><article>" + "<p>A story paragraph that is long enough to keep.</p>" * 5 + "</article></body></html>"
    want = strip(page, format="html", engine="resiliparse")
    assert list(strip_many([page] * 3, workers=2, format="html", engine="resiliparse")) == [want] * 3
    with pytest.raises(ValueError, match="unknown engine"):
        list(strip_many([page], engine="nope"))
