"""`stripper bench`: stripper's speed and quality side by side with its floors and baselines, in one run.

On a JSONL(.gz) of pages with `html`, `gold`, `fullpage` and `trafilatura` fields it measures:
- the floor: orjson reading and writing the same JSONL lines, MB/s on one core;
- text mode on extracted article text (`trafilatura`) and on whole-page text (`fullpage`), MB/s on
  one core, over UTF-8 bytes of the field;
- the runner as users run it: `stripper dataset` through the real command line (a new process,
  start-up included) with 1 worker and with N, beside the engine in-process and the floor, on a
  JSONL of each view (every distinct text of `data` and `modern`, repeated only as far as needed to
  reach `scaling_mb`, how much is distinct reported); the ways take turns, best of `repeat`.
  The engine runs in a new process too, timed part by part: its imports, its set-up (the rules'
  patterns compiled, the page pass's tables), its first pass over the file (RE2's DFA states built
  as the lines reach them, which every new process pays) and its best warm pass after that (the
  in-process figure, which leaves all of that out). `-j 1` is held to both: to the warm pass and to
  the engine in a fresh process (imports, set-up, first pass). Its time is split into start-up (a
  run of one short row), the engine's set-up, the DFA warm-up, the warm strip and the runner's own
  work (the rest: reading, JSON, writing, statistics, commits);
- the time split per stage of the dataset path in one process, after the set-up (read, decode,
  segment, match, decide, page pass, assemble, encode, write), so that the next bottleneck shows;
- HTML mode on modern pages (`modern`, ../shared/data/trafeval-pages.jsonl.gz) against trafilatura
  alone, page by page in turn;
- HTML mode against trafilatura's extraction alone (the same call stripper makes);
- `--engine resiliparse` against the trafilatura engine: time and F1 against `gold` (4-gram
  shingles of `\\w+` tokens, precision and recall averaged per document);
- peak RSS of this process and of its worker processes.
Each part (`sections`: text, runner, modern, html) can be run on its own. Text-mode times, the
floor and the runner's are the best of `repeat` runs (noise from whatever else
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


def _cli(path: Path, out: Path, workers: int) -> float:
    """Wall seconds of `stripper dataset PATH OUT -j WORKERS` as a user runs it: a new process,
    start-up, engine set-up, reading, stripping, writing and the final commit included."""
    import subprocess

    cmd = [sys.executable, "-m", "stripper", "dataset", str(path), str(out), "-j", str(workers), "--format", "text",
           "--no-progress", "--isolated", "--overwrite", "--small-input", "0"]  # (the workers, on a file of any size)
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise BenchError(f"stripper dataset failed: {proc.stderr.strip().splitlines()[-1:]}")
    return seconds


# The engine in a fresh process on a JSONL file's text fields, in the order a run pays for it: its
# imports; its set-up (every rule's pattern compiled, the page pass's tables and numpy loaded: what
# a run compiles lazily as rows first need it, done here at once so that it is timed on its own);
# its first pass over the file (RE2 building its DFA states as the lines reach them, which every new
# process pays); and its best warm pass after that (the in-process figure, which leaves all of that
# out). Printed as JSON.
_ENGINE = """
import sys, time
t0 = time.perf_counter()
import orjson
from stripper import strip
from stripper.bench import engine_setup
t1 = time.perf_counter()
texts = [orjson.loads(line)["text"] for line in open(sys.argv[1], "rb")]
t2 = time.perf_counter()
engine_setup()
t3 = time.perf_counter()
passes = []
for _ in range(1 + int(sys.argv[2])):
    t = time.perf_counter()
    for x in texts:
        strip(x, format="text")
    passes.append(time.perf_counter() - t)
print(orjson.dumps({"import": t1 - t0, "setup": t3 - t2, "first": passes[0], "warm": min(passes[1:])}).decode())
"""


def engine_setup() -> None:
    """What a process sets up once for text mode with the default settings, at once (a run does it
    lazily, as rows first need each part): every rule's pattern compiled, the page pass's tables."""
    from . import page
    from .engine import prepared
    from .pipeline import strip
    from .settings import DEFAULT

    strip("Set up.", format="text")
    run = prepared(DEFAULT)
    for m in (run.matcher, run.others):
        if m is not None:
            m.compile_all()
    page._tables()
    page.np.zeros  # noqa: B018  (imports numpy: the page pass's arrays)


def _engine_fresh(path: Path, warm_passes: int = 2) -> dict[str, float]:
    """Seconds of the engine in a new process over `path` (_ENGINE): import, setup, first, warm."""
    import subprocess

    proc = subprocess.run([sys.executable, "-c", _ENGINE, str(path), str(warm_passes)], capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise BenchError(f"the engine's run failed: {proc.stderr.strip().splitlines()[-1:]}")
    return orjson.loads(proc.stdout)


# Where `stripper dataset -j 1`'s time goes (see cli_split), in order.
CLI_SPLIT = ("start-up", "engine set-up", "DFA warm-up", "strip (warm)", "runner")


def cli_split(best: dict[str, float]) -> dict[str, float]:
    """`stripper dataset -j 1`'s seconds over a file, split: the start-up (a run of one short row
    through the command line: the interpreter, the imports, the run's own set-up and commit, the
    exit), the engine's set-up (the rules' patterns compiled, the page pass's tables), the warm-up of
    its first pass (RE2 building its DFA states: the first pass less the warm one), the warm strip,
    and what is left: the runner's own work (reading, JSON, writing, the statistics, commits).
    Each figure is a best of several runs, so the parts need not add up exactly: the runner's is
    what the others leave, never below 0."""
    parts = {
        "start-up": best["start-up"],
        "engine set-up": best["engine_setup"],
        "DFA warm-up": max(0.0, best["engine_first"] - best["engine_warm"]),
        "strip (warm)": best["engine_warm"],
    }
    parts["runner"] = max(0.0, best["cli_1"] - sum(parts.values()))
    return {k: round(v, 3) for k, v in parts.items()}


def ceiling(cli_1: float, fixed: float, workers: int) -> float:
    """The most `workers` can give against one on a run of `cli_1` seconds whose `fixed` seconds
    every process pays for itself (start-up, the engine's set-up, RE2's DFA warm-up), on as many free
    cores: the fixed part is paid side by side, the rest shared. So on a file where the fixed costs
    are a third of one worker's run, two give at most 1.5x, however the rows are handed over."""
    fixed = min(max(0.0, fixed), cli_1)
    return round(cli_1 / (fixed + (cli_1 - fixed) / max(1, workers)), 3)


def _turns(ways: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Best seconds of each way over `repeat` rounds, the ways taking turns (the order rotating from
    round to round), so that a slow spell of the machine falls on all of them alike."""
    names = list(ways)
    best = dict.fromkeys(names, math.inf)
    for r in range(max(1, repeat)):
        for k in range(len(names)):
            name = names[(r + k) % len(names)]
            best[name] = min(best[name], _timed(ways[name])[0])
    return best


# The stages of the dataset path, in order (see stage_split).
STAGES = ("read", "decode", "extract", "segment", "match", "decide", "page pass", "assemble", "other engine",
          "encode", "write")


def stage_split(path: Path, fmt: str = "text") -> dict[str, float]:
    """Seconds per stage of the dataset path over the JSONL at `path`, in this process: each line
    read, decoded (orjson), stripped (the pipeline's steps timed one by one), encoded and written.
    The stages add up to the whole ("other engine": the pipeline's own glue and the safety check)."""
    from . import extract, pipeline
    from .engine import _Prepared
    from .match import Matcher

    secs = dict.fromkeys(STAGES, 0.0)
    patched: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, name: str, stage: str) -> None:
        fn = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                secs[stage] += time.perf_counter() - t

        patched.append((owner, name, fn))
        setattr(owner, name, timed)

    wrap(extract, "extract_with", "extract")
    wrap(pipeline, "split_lines", "segment")
    wrap(Matcher, "counted_match", "match")  # Matcher.match calls it too
    wrap(_Prepared, "decide", "decide")
    wrap(pipeline, "page_pass", "page pass")
    wrap(pipeline, "assemble", "assemble")
    strip_s = 0.0
    try:
        with open(path, "rb") as f, tempfile.TemporaryFile() as out:
            while True:
                t0 = time.perf_counter()
                line = f.readline()
                t1 = time.perf_counter()
                secs["read"] += t1 - t0
                if not line:
                    break
                row = orjson.loads(line)
                t2 = time.perf_counter()
                secs["decode"] += t2 - t1
                row["text"] = pipeline.strip(row["text"], format=fmt).text  # type: ignore[arg-type]
                t3 = time.perf_counter()
                strip_s += t3 - t2
                data = orjson.dumps(row, option=orjson.OPT_APPEND_NEWLINE)
                t4 = time.perf_counter()
                secs["encode"] += t4 - t3
                out.write(data)
                secs["write"] += time.perf_counter() - t4
    finally:
        for owner, name, fn in reversed(patched):
            setattr(owner, name, fn)
    inner = sum(secs[k] for k in ("extract", "segment", "match", "decide", "page pass", "assemble"))
    secs["other engine"] = max(0.0, strip_s - inner)
    return {k: round(v, 4) for k, v in secs.items()}


def _runner_extra(modern: Path, data: Path, limit: int | None) -> list[dict[str, Any]]:
    """The pages of `modern` (when it exists and is not the `data` file) for the runner's files."""
    if not modern.exists() or modern.resolve() == data.resolve():
        return []
    try:
        return load_pages(modern, limit)
    except BenchError:
        return []


def _distinct(texts: list[str]) -> list[str]:
    """`texts` without empty ones and without repeats, in order."""
    return list(dict.fromkeys(t for t in texts if t))


def _f1(golds: list[str], preds: list[str]) -> dict[str, float | int]:
    from .evaluate import Score, score

    total = sum((score(g, p) for g, p in zip(golds, preds)), Score())
    return total.to_dict()


MODERN = Path("../shared/data/trafeval-pages.jsonl.gz")
# The bench's parts: text mode and the floor on one core; the runner through the command line; HTML
# mode on modern pages; HTML mode and the resiliparse engine on the development pages.
SECTIONS = ("text", "runner", "modern", "html")


def run_bench(
    data: Path, *, limit: int | None = None, workers: int = 2, html: bool = True, repeat: int = 5, scaling_mb: float = 48,
    modern: Path | None = MODERN, modern_limit: int | None = 200, views: tuple[str, ...] = ("trafilatura", "fullpage"),
    sections: tuple[str, ...] = SECTIONS,
) -> dict[str, Any]:
    """The figures of `sections` (all by default; each can be timed on its own, see SECTIONS)."""
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise BenchError(f"unknown section {sorted(unknown)[0]!r}; the sections are {', '.join(SECTIONS)}")
    if "runner" not in sections:
        views = ()
    if not {"modern", "html"} & set(sections):
        html = False
    from .extract import extract
    from .pipeline import strip

    pages = load_pages(data, limit)
    strip("Warm up: the rules compile on the first call.", format="text")
    report: dict[str, Any] = {"data": str(data), "pages": len(pages), "repeat": repeat}

    # Floor and text mode, one core.
    for field in ("trafilatura", "fullpage") if "text" in sections else ():
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

    # The runner as users run it, per view: a JSONL of the pages repeated to at least `scaling_mb`
    # (a process's start-up and the engine's set-up are fixed costs, which a dataset of any size
    # pays once), through the command line with 1 and with N workers, beside the engine in-process
    # (warm) and the floor on the same file, in turn, best of `repeat`. The file holds every distinct
    # text of both data files (`data` and `modern`) before it repeats any: RE2 builds its DFA states
    # as lines reach them, so a page seen again runs faster than a new one, and a file of a few
    # pages repeated would flatter the engine (its warm pass most) and hide the cost each worker
    # pays for its own states. How much of the file is distinct is reported (`distinct_mb`).
    extra = _runner_extra(modern, data, limit) if modern is not None and views else []
    r: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="stripper-bench-") as tmp:
        tiny = Path(tmp) / "one-row.jsonl"  # the start-up: a run of one short row
        tiny.write_bytes(orjson.dumps({"id": 0, "text": "A story.\n\nAdvertisement"}) + b"\n")
        for field in views:
            src = Path(tmp) / f"{field}.jsonl"
            distinct = _distinct([p[field] for p in pages] + [p[field] for p in extra])
            once = b"".join(orjson.dumps({"id": i, "text": t}) + b"\n" for i, t in enumerate(distinct))
            copies = max(1, math.ceil(scaling_mb * 1e6 / max(1, len(once))))
            src.write_bytes(once * copies)
            lines = (once * copies).splitlines(keepends=True)
            mb = _mb(distinct) * copies
            out = Path(tmp) / "out.jsonl"
            engine: list[dict[str, float]] = []
            best = _turns({
                "floor": lambda lines=lines: _floor(lines, 1),  # type: ignore[misc]
                "engine": lambda src=src, engine=engine: engine.append(_engine_fresh(src)),  # type: ignore[misc]
                "start-up": lambda out=out: _cli(tiny, out, 1),  # type: ignore[misc]
                "cli_1": lambda src=src, out=out: _cli(src, out, 1),  # type: ignore[misc]
                f"cli_{workers}": lambda src=src, out=out: _cli(src, out, workers),  # type: ignore[misc]
            }, repeat)
            for key in ("import", "setup", "first", "warm"):
                best[f"engine_{key}"] = min(e[key] for e in engine)
            # What a fresh process pays for the engine over the file: its imports, its set-up and
            # its first pass (the ratio the runner can be held to), beside the warm pass alone.
            cold = best["engine_import"] + best["engine_setup"] + best["engine_first"]
            # What every process pays once, before its rows run at the warm speed (cli_split's
            # start-up, engine set-up and DFA warm-up): the bound it puts on N workers (`ceiling`).
            split_1 = cli_split(best)
            fixed = split_1["start-up"] + split_1["engine set-up"] + split_1["DFA warm-up"]
            engine_setup()  # (the stage split is of the warm path: nothing compiled within it)
            split = stage_split(src)
            report[f"runner_{field}"] = {
                "input_mb": round(src.stat().st_size / 1e6, 1),
                "copies": copies,
                "distinct_mb": round(len(once) / 1e6, 1),
                "workers": workers,
                "floor_mb_s": round(mb / best["floor"], 1),
                "engine_mb_s": round(mb / best["engine_warm"], 2),
                "engine_cold_mb_s": round(mb / cold, 2),
                "cli_1_mb_s": round(mb / best["cli_1"], 2),
                f"cli_{workers}_mb_s": round(mb / best[f"cli_{workers}"], 2),
                "cli_1_over_engine": round(best["engine_warm"] / best["cli_1"], 3),
                "cli_1_over_engine_cold": round(cold / best["cli_1"], 3),
                f"cli_{workers}_over_cli_1": round(best["cli_1"] / best[f"cli_{workers}"], 3),
                "fixed_s": round(fixed, 3),
                f"ceiling_{workers}_over_1": ceiling(best["cli_1"], fixed, workers),
                "cli_1_split_s": split_1,
                "stages_s": split,
                "stage_shares": {k: round(v / max(1e-9, sum(split.values())), 3) for k, v in split.items()},
            }
        # (kept under its old name: the runner's scaling, on whole-page text unless that view is left out)
        r = report.get(f"runner_{views[-1]}") if views else None
    if r is not None:
        report["scaling"] = {"workers": workers, "copies": r["copies"], "input_mb": r["input_mb"],
                             "one_worker_mb_s": r["cli_1_mb_s"], f"{workers}_workers_mb_s": r[f"cli_{workers}_mb_s"],
                             "speedup": r[f"cli_{workers}_over_cli_1"]}

    if modern is not None and modern.exists() and html and "modern" in sections:
        import trafilatura

        mpages = load_pages(modern, modern_limit)
        mhtml = [p["html"] for p in mpages if p["html"]]

        def traf_only(h: str) -> str:
            return trafilatura.extract(h, include_comments=False, include_tables=True, output_format="txt",
                                       deduplicate=False) or ""

        from . import extract as extract_module

        strip(mhtml[0], format="html")  # (trafilatura's own first-call set-up, out of the timing)
        # The pages whose extraction check parses the page a second time (extract.full_text: the
        # bounds read off the markup could not decide), counted over one round.
        parsed_again = [0]
        full_text = extract_module.full_text

        def counted_full_text(h: str) -> str:
            parsed_again[0] += 1
            return full_text(h)

        best_m: dict[str, float] = {}
        extract_module.full_text = counted_full_text
        try:
            for _ in range(max(1, repeat)):
                parsed_again[0] = 0
                secs_m, _outs = _interleaved({"trafilatura_alone": traf_only, "extract_only": extract,
                                              "stripper_html": lambda h: strip(h, format="html")}, mhtml)
                for k, v in secs_m.items():
                    best_m[k] = min(best_m.get(k, math.inf), v)
        finally:
            extract_module.full_text = full_text
        report["html_modern"] = {
            "data": str(modern),
            "pages": len(mhtml),
            "mb": round(_mb(mhtml), 3),
            "trafilatura_alone_s": round(best_m["trafilatura_alone"], 2),
            "stripper_html_s": round(best_m["stripper_html"], 2),
            "stripper_over_trafilatura": round(best_m["stripper_html"] / best_m["trafilatura_alone"], 3),
            # Where the excess goes: the extraction with its check (trafilatura, the bounds, a second
            # parse on the pages counted), then the text passes over what it extracted (the rest).
            "extract_only_s": round(best_m["extract_only"], 2),
            "extract_over_trafilatura": round(best_m["extract_only"] / best_m["trafilatura_alone"], 3),
            "text_passes_s": round(max(0.0, best_m["stripper_html"] - best_m["extract_only"]), 2),
            "pages_parsed_again": parsed_again[0] // 2,  # (extract_only and stripper_html each check once)
        }

    if html and "html" in sections:
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
    report["peak_rss_mb"] = {"main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kb / 1e6, 1)}
    return report


def print_report(report: dict[str, Any]) -> None:
    from rich.table import Table

    from .console import err_console

    t = Table(title=f"stripper bench: {report['pages']} pages of {report['data']}, best of {report['repeat']}",
              title_justify="left")
    t.add_column("measure", style="bold")
    t.add_column("value", justify="right")
    for field, name in (("trafilatura", "extracted article text"), ("fullpage", "whole-page text")):
        r = report.get(f"text_{field}")
        if r is None:
            continue
        t.add_row(f"{name}: orjson JSONL floor", f"{r['floor_mb_s']} MB/s")
        t.add_row(f"{name}: stripper text mode, 1 core", f"{r['stripper_mb_s']} MB/s ({r['floor_over_stripper']}x floor time)")
    for field, name in (("trafilatura", "extracted"), ("fullpage", "whole-page")):
        r = report.get(f"runner_{field}")
        if r is None:
            continue
        n = r["workers"]
        t.add_row(f"{name}: floor / engine in-process, warm ({r['input_mb']} MB JSONL, {r['distinct_mb']} MB distinct)", f"{r['floor_mb_s']} / {r['engine_mb_s']} MB/s")
        t.add_row(f"{name}: engine in a fresh process (imports, set-up, first pass)", f"{r['engine_cold_mb_s']} MB/s")
        t.add_row(f"{name}: stripper dataset -j 1, CLI", f"{r['cli_1_mb_s']} MB/s ({r['cli_1_over_engine']}x the engine's warm "
                  f"speed, {r['cli_1_over_engine_cold']}x its speed in a fresh process)")
        t.add_row(f"{name}: stripper dataset -j {n}, CLI", f"{r[f'cli_{n}_mb_s']} MB/s ({r[f'cli_{n}_over_cli_1']}x -j 1; at most "
                  f"{r[f'ceiling_{n}_over_1']}x with the {r['fixed_s']:.2f} s every process pays)")
        t.add_row(f"{name}: -j 1's time", ", ".join(f"{k} {v:.2f} s" for k, v in r["cli_1_split_s"].items()))
        shares = r["stage_shares"]
        t.add_row(f"{name}: time per stage (warm, in-process)", ", ".join(f"{k} {v:.0%}" for k, v in shares.items() if v >= 0.005))
    if "html_modern" in report:
        h = report["html_modern"]
        t.add_row(f"HTML, modern pages ({h['pages']}): trafilatura alone", f"{h['trafilatura_alone_s']} s")
        t.add_row("HTML, modern pages: stripper html mode", f"{h['stripper_html_s']} s ({h['stripper_over_trafilatura']}x)")
        t.add_row("HTML, modern pages: its extraction with the check / its text passes",
                  f"{h['extract_only_s']} s ({h['extract_over_trafilatura']}x; {h['pages_parsed_again']} pages parsed again) / "
                  f"{h['text_passes_s']} s")
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
    t.add_row("peak RSS", f"bench {m['main']} MB (all pages in memory)")
    err_console().print(t)
