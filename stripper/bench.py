"""`stripper bench`: stripper's speed and quality side by side with its floors and baselines, in one run.

On a JSONL(.gz) of pages with `html`, `gold`, `fullpage` and `trafilatura` fields it measures:
- the floor: orjson reading and writing the same JSONL lines, MB/s on one core;
- text mode on extracted article text (`trafilatura`) and on whole-page text (`fullpage`), MB/s on
  one core, over UTF-8 bytes of the field;
- scaling: the `stripper dataset` runner on whole-page text (repeated to `scaling_mb`) with 1 worker
  and with N, wall time;
- HTML mode against trafilatura's extraction alone (the same call stripper makes);
- `--engine resiliparse` against the trafilatura engine: time and F1 against `gold` (4-gram
  shingles of `\\w+` tokens, precision and recall averaged per document);
- peak RSS of this process and of its worker processes.
Text-mode times, the floor and the runner's are the best of `repeat` runs (noise from whatever else
the machine is doing only ever adds time); the HTML ways are timed page by page in turn, so that
noise falls on all of them alike. Compare ratios, not absolutes."""
from __future__ import annotations

import gzip
import math
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

FIELDS = ("html", "gold", "fullpage", "trafilatura")


from .errors import BenchError  # noqa: E402  (defined with every error; imported from here too)


def load_pages(path: Path, limit: int | None) -> list[dict[str, Any]]:
    if not path.exists():
        raise BenchError(f"{path}: no such file")
    opener: Callable[..., Any] = gzip.open if path.name.endswith(".gz") else open
    pages: list[dict[str, Any]] = []
    try:
        with opener(path, "rb") as f:
            for line in f:
                if limit is not None and len(pages) >= limit:
                    break
                row = orjson.loads(line)
                pages.append({k: row.get(k) if isinstance(row.get(k), str) else "" for k in FIELDS})
    except (OSError, EOFError, orjson.JSONDecodeError) as e:
        raise BenchError(f"{path}: {e}") from None
    if not pages:
        raise BenchError(f"{path}: no pages")
    return pages


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def _interleaved(ways: dict[str, Callable[[str], Any]], items: list[str]) -> tuple[dict[str, float], dict[str, list[Any]]]:
    """Seconds of each way over all `items`, and its outputs, timed page by page in turn (the order
    rotating from page to page), so that a slow spell of the machine falls on all of them alike
    rather than on whichever ran then."""
    names = list(ways)
    secs = dict.fromkeys(names, 0.0)
    outs: dict[str, list[Any]] = {name: [] for name in names}
    for i, item in enumerate(items):
        for k in range(len(names)):
            name = names[(i + k) % len(names)]
            t = time.perf_counter()
            out = ways[name](item)
            secs[name] += time.perf_counter() - t
            outs[name].append(out)
    return secs, outs


def _best(fn: Callable[[], Any], repeat: int) -> float:
    return min(_timed(fn)[0] for _ in range(max(1, repeat)))


def _floor(lines: list[bytes], repeat: int) -> float:
    """Seconds for orjson to read and write `lines` (the JSONL round trip every row pays)."""
    def go() -> int:
        n = 0
        for line in lines:
            n += len(orjson.dumps(orjson.loads(line), option=orjson.OPT_APPEND_NEWLINE))
        return n

    return _best(go, repeat)


_RUNNER = """
import sys
from pathlib import Path
from stripper.dataset.runner import Job, run
from stripper.dataset.work import WorkOptions
src, out, workers = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
job = Job(inputs=[src], input_formats=["jsonl"], output=out, output_format="jsonl",
          options=WorkOptions(text_field="text", format="text"), workers=workers, progress=False, overwrite=True)
seconds = run(job).seconds
import resource
kb = 1024 if sys.platform != "darwin" else 1
# ru_maxrss survives exec (it would report the bench's own memory); VmHWM is this image's alone.
try:
    own = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) * 1024
except (OSError, StopIteration):
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kb
print(seconds, max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kb))
"""


def _runner(path: Path, out_dir: Path, workers: int) -> tuple[float, int]:
    """Seconds for the dataset runner on `path`, in a fresh process: forking this one, which holds
    every page in memory, would measure copy-on-write faults rather than stripper."""
    import subprocess

    out = out_dir / f"out-{workers}.jsonl"
    proc = subprocess.run([sys.executable, "-c", _RUNNER, str(path), str(out), str(workers)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise BenchError(f"the dataset runner failed: {proc.stderr.strip().splitlines()[-1:]}")
    seconds, rss = proc.stdout.split()
    return float(seconds), int(rss)  # rss: the largest process of the run (runner or a worker), bytes


def speedups() -> dict[str, bool]:
    """Which of the optional C passes this install runs (without them the same results come from
    the pure-Python code, slower): a speed figure means little without it."""
    from . import match

    return {"_keywords": match._c is not None}


def _f1(golds: list[str], preds: list[str]) -> dict[str, float | int]:
    from .evaluate import Score, score

    total = sum((score(g, p) for g, p in zip(golds, preds)), Score())
    return total.to_dict()


def run_bench(
    data: Path, *, limit: int | None = None, workers: int = 2, html: bool = True, repeat: int = 5, scaling_mb: float = 48
) -> dict[str, Any]:
    from .extract import extract
    from .pipeline import strip

    pages = load_pages(data, limit)
    strip("Warm up: the rules compile on the first call.", format="text")
    report: dict[str, Any] = {"data": str(data), "pages": len(pages), "repeat": repeat, "c_speedups": speedups()}

    # Floor and text mode, one core.
    for field in ("trafilatura", "fullpage"):
        texts = [p[field] for p in pages]
        mb = _mb(texts)
        lines = [orjson.dumps({"text": t}) for t in texts]
        floor_s = _floor(lines, repeat)
        strip_s = _best(lambda texts=texts: [strip(t, format="text") for t in texts], repeat)  # type: ignore[misc]
        report[f"text_{field}"] = {
            "mb": round(mb, 3),
            "floor_mb_s": round(mb / floor_s, 1),
            "stripper_mb_s": round(mb / strip_s, 2),
            "floor_over_stripper": round(strip_s / floor_s, 1),
        }

    # Scaling of the dataset runner (reading, workers, writing) on whole-page text, repeated to at
    # least `scaling_mb`: a pool's start (fork, each worker compiling the rules) is a fixed cost that
    # a dataset of any size pays once, and on one pass over the pages it is a tenth of the run.
    with tempfile.TemporaryDirectory(prefix="stripper-bench-") as tmp:
        src = Path(tmp) / "fullpage.jsonl"
        once = b"".join(orjson.dumps({"text": p["fullpage"]}) + b"\n" for p in pages)
        copies = max(1, math.ceil(scaling_mb * 1e6 / max(1, len(once))))
        src.write_bytes(once * copies)
        # In turn, so that a slow spell of the machine falls on both alike.
        one, many = [], []
        for _ in range(max(1, repeat)):
            one.append(_runner(src, Path(tmp), 1))
            many.append(_runner(src, Path(tmp), workers))
        t1, tn = min(t for t, _ in one), min(t for t, _ in many)
        rss1, rssn = max(r for _, r in one), max(r for _, r in many)
        mb = _mb([p["fullpage"] for p in pages]) * copies
        report["scaling"] = {
            "workers": workers,
            "copies": copies,
            "one_worker_mb_s": round(mb / t1, 2),
            f"{workers}_workers_mb_s": round(mb / tn, 2),
            "speedup": round(t1 / tn, 2),
            "input_mb": round(src.stat().st_size / 1e6, 1),
            "peak_rss_mb": round(max(rss1, rssn) / 1e6, 1),
        }

    if html:
        import trafilatura

        from .extract import EngineError, extract_resiliparse

        htmls = [p["html"] for p in pages]
        golds = [p["gold"] for p in pages]
        mb = _mb(htmls)

        def traf_alone(h: str) -> str:
            return trafilatura.extract(h, include_comments=False, include_tables=True, output_format="txt",
                                       deduplicate=False) or ""

        def resiliparse_engine(h: str) -> Any:
            try:
                return strip(h, format="html", engine="resiliparse")
            except EngineError as e:
                return e

        ways: dict[str, Callable[[str], Any]] = {
            "trafilatura_alone": traf_alone,
            "stripper_html": lambda h: strip(h, format="html"),
            "extract_only": extract,
            "resiliparse_engine": resiliparse_engine,
        }
        secs, outs = _interleaved(ways, htmls)
        report["html"] = {
            "mb": round(mb, 3),
            "trafilatura_alone_s": round(secs["trafilatura_alone"], 2),
            "stripper_html_s": round(secs["stripper_html"], 2),
            "stripper_over_trafilatura": round(secs["stripper_html"] / secs["trafilatura_alone"], 3),
            "extract_only_s": round(secs["extract_only"], 2),
        }
        res_res = outs["resiliparse_engine"]
        if res_res and isinstance(res_res[0], EngineError):
            report["resiliparse"] = {"error": str(res_res[0])}
        else:
            res_alone_s, res_alone = _timed(lambda: [extract_resiliparse(h).text for h in htmls])
            html_s, res_s = secs["stripper_html"], secs["resiliparse_engine"]
            report["resiliparse"] = {
                "resiliparse_engine_s": round(res_s, 2),
                "resiliparse_alone_s": round(res_alone_s, 2),
                "trafilatura_engine_s": round(html_s, 2),
                "speedup_vs_trafilatura_engine": round(html_s / res_s, 1),
                "f1_trafilatura_alone": _f1(golds, outs["trafilatura_alone"]),
                "f1_trafilatura_engine": _f1(golds, [r.text for r in outs["stripper_html"]]),
                "f1_resiliparse_alone": _f1(golds, res_alone),
                "f1_resiliparse_engine": _f1(golds, [r.text for r in res_res]),
            }

    kb = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
    report["peak_rss_mb"] = {
        "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kb / 1e6, 1),
        # measured inside the runner's own process: a child forked from this big one would report
        # this one's memory as its own
        "dataset_runner": report["scaling"]["peak_rss_mb"],
    }
    return report


def print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    from .console import err_console

    t = Table(title=f"stripper bench: {report['pages']} pages of {report['data']}", title_justify="left")
    t.add_column("measure", style="bold")
    t.add_column("value", justify="right")
    c = report.get("c_speedups", {})
    t.add_row("C passes", ", ".join(f"{name.lstrip('_')} {'built' if ok else 'MISSING (pure Python)'}" for name, ok in c.items()))
    for field, name in (("trafilatura", "extracted article text"), ("fullpage", "whole-page text")):
        r = report[f"text_{field}"]
        t.add_row(f"{name}: orjson JSONL floor", f"{r['floor_mb_s']} MB/s")
        t.add_row(f"{name}: stripper text mode, 1 core", f"{r['stripper_mb_s']} MB/s ({r['floor_over_stripper']}x floor time)")
    s = report["scaling"]
    t.add_row(f"dataset runner, 1 → {s['workers']} workers ({s['input_mb']} MB of JSONL)",
              f"{s['one_worker_mb_s']} → {s[str(s['workers']) + '_workers_mb_s']} MB/s ({s['speedup']}x)")
    if "html" in report:
        h = report["html"]
        t.add_row("HTML: trafilatura alone", f"{h['trafilatura_alone_s']} s")
        t.add_row("HTML: stripper html mode", f"{h['stripper_html_s']} s ({h['stripper_over_trafilatura']}x)")
    if "resiliparse" in report:
        r = report["resiliparse"]
        if "error" in r:
            t.add_row("resiliparse", r["error"])
        else:
            t.add_row("resiliparse engine", f"{r['resiliparse_engine_s']} s ({r['speedup_vs_trafilatura_engine']}x faster)")
            for k in ("trafilatura_alone", "trafilatura_engine", "resiliparse_alone", "resiliparse_engine"):
                f = r[f"f1_{k}"]
                t.add_row(f"F1 {k.replace('_', ' ')}", f"{f['f1']:.3f} (P {f['precision']:.3f} R {f['recall']:.3f})")
    m = report["peak_rss_mb"]
    t.add_row("peak RSS", f"bench {m['main']} MB (all pages in memory); dataset runner {m['dataset_runner']} MB on {s['input_mb']} MB of JSONL")
    err_console().print(t)
