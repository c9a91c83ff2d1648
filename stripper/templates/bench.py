"""`stripper templates bench`: the simulated crawl (templates.sim), cleaned with and without the
learned templates; boilerplate recall, story lines kept, pass one's speed against text-mode
cleaning, and its peak memory at two input sizes."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import BenchError
from ..settings import DEFAULT, Settings
from .apply import Templates, strip_with_templates
from .counts import Seen, TemplateCounts
from .fingerprint import document_hash, page_keys
from .sim import Page, dev_stories, simulate, synthetic_stories, write_jsonl


def learn_pages(pages: Iterable[Page], settings: Settings = DEFAULT) -> TemplateCounts:
    """Pass one over simulated pages, in this process."""
    counts = TemplateCounts.for_settings(settings)
    seen = Seen(settings.template_seen_bits)
    for p in pages:
        text = p.text
        counts.add(p.site, document_hash(p.site, text), page_keys(text), seen)
    return counts


# Lines of the dev pages' gold that are boilerplate by stripper's categories (comment counts, photo
# credits, related links), listed and checked by hand: story lines kept is reported raw and without them.
GOLD_NOISE = Path(__file__).with_name("gold-noise.tsv")


def gold_noise(path: Path = GOLD_NOISE) -> frozenset[str]:
    rows = path.read_text(encoding="utf-8").splitlines()
    return frozenset(r.split("\t")[0] for r in rows if r.strip() and not r.startswith("#"))


@dataclass
class Score:
    boilerplate: int = 0
    boilerplate_removed: int = 0
    story: int = 0
    story_kept: int = 0
    story_lost_to_templates: int = 0
    noise: int = 0  # story lines of the gold that are listed boilerplate (GOLD_NOISE)
    noise_kept: int = 0

    @property
    def recall(self) -> float:
        return self.boilerplate_removed / self.boilerplate if self.boilerplate else 1.0

    @property
    def kept(self) -> float:
        return self.story_kept / self.story if self.story else 1.0

    @property
    def kept_without_noise(self) -> float:
        n = self.story - self.noise
        return (self.story_kept - self.noise_kept) / n if n else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"boilerplate_recall": round(self.recall, 4), "story_lines_kept": round(self.kept, 4),
                "story_lines_kept_without_gold_noise": round(self.kept_without_noise, 4),
                "gold_noise_lines": self.noise, "gold_noise_removed": self.noise - self.noise_kept,
                "story_lines_lost_to_templates": self.story_lost_to_templates,
                "boilerplate_lines": self.boilerplate, "story_lines": self.story}


def score(pages: Iterable[Page], templates: Templates | None, settings: Settings = DEFAULT) -> Score:
    """Clean every page (text mode; with its site's template when `templates`) and count lines."""
    s = Score()
    noise = gold_noise()
    for p in pages:
        text = p.text
        r = strip_with_templates(text, p.site, templates, format="text", settings=settings)
        spans = [(x.start, x.end) for x in r.removals]  # sorted, disjoint
        pos, j = 0, 0
        for line, bp in p.lines:
            while j < len(spans) and spans[j][1] <= pos:
                j += 1
            removed = j < len(spans) and spans[j][0] <= pos < spans[j][1]
            if bp:
                s.boilerplate += 1
                s.boilerplate_removed += removed
            else:
                s.story += 1
                s.story_kept += not removed
                if line in noise:
                    s.noise += 1
                    s.noise_kept += not removed
                s.story_lost_to_templates += removed and r.removals[j].code == "TPL001"
            pos += len(line) + 1
    return s


def crawl_quality(stories: list[list[str]], sizes: list[int], family: int, seed: int,
                  settings: Settings = DEFAULT) -> dict[str, Any]:
    pages = list(simulate(sizes, stories, family=family, seed=seed))
    counts = learn_pages(pages, settings)
    tpl = Templates.compile(counts, settings)
    out: dict[str, Any] = {"sites": len(sizes), "pages": len(pages)}
    out["per_document"] = score(pages, None, settings).to_dict()
    out["with_templates"] = score(pages, tpl, settings).to_dict()
    by_size: dict[int, list[Page]] = {}
    host_size = {}
    for p in pages:
        host_size.setdefault(p.site, None)
    for (host, _), n in zip(host_size.items(), sizes):
        host_size[host] = n
    for p in pages:
        by_size.setdefault(host_size[p.site], []).append(p)
    if len(by_size) > 1:
        out["by_site_size"] = {str(n): score(ps, tpl, settings).to_dict() for n, ps in sorted(by_size.items())}
    return out


def _stories(data: Path | None, held_out: bool) -> tuple[list[list[str]], str]:
    if data is not None and data.exists():
        return dev_stories(data, held_out), f"{data} gold stories ({'odd' if held_out else 'even'}-numbered pages)"
    if data is not None:
        raise BenchError(f"{data}: no such file (the dev pages' gold stories are the story bodies; --synthetic uses random prose)")
    return synthetic_stories(400, seed=int(held_out)), "synthetic prose"


def _child_learn(path: Path, workers: int) -> dict[str, Any]:
    """Pass one in a fresh process (`stripper templates learn`): seconds and peak RSS."""
    code = (
        "import resource,sys,time;from pathlib import Path;"
        "from stripper.templates.learn import LearnJob,CountOptions,learn;"
        "t=time.perf_counter();"
        f"c,_=learn(LearnJob([Path({str(path)!r})],['jsonl'],CountOptions('text','url','text'),workers={workers},progress=False));"
        f"n=c.write(Path({str(path) + '.counts.gz'!r}));c.close();"
        "dt=time.perf_counter()-t;"
        "m=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;w=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss;"
        # ru_maxrss survives exec on Linux (it starts at the parent's size): VmHWM is this process's own
        "s=Path('/proc/self/status');m=int(s.read_text().split('VmHWM:')[1].split()[0]) if s.exists() else m;"
        "print(dt,m,w,n,c.documents,c.peak_held,len(c.runs))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    # ru_maxrss of the children is the largest one's: the run's peak is about main + workers × that
    # (a worker's counts pages it shares with the main process, as it was forked from it).
    return {"seconds": float(out[0]), "peak_rss_mb_main": round(int(out[1]) / 1024, 1),
            "peak_rss_mb_largest_worker": round(int(out[2]) / 1024, 1) if workers > 1 else None,
            "sites": int(out[3]), "documents": int(out[4]), "peak_entries_held": int(out[5]), "runs_spilled": int(out[6])}


def _dataset_seconds(path: Path, workers: int) -> float:
    """`stripper dataset --learn-templates` (both passes) on `path`, in a fresh process."""
    out = path.with_name("out.jsonl")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stripper", "dataset", str(path), str(out), "--site-field", "url",
                    "--learn-templates", "--format", "text", "-j", str(workers), "--no-progress", "--overwrite"],
                   check=True, capture_output=True)
    dt = time.perf_counter() - t
    out.unlink()
    return dt


def _text_mode_seconds(path: Path) -> float:
    """Text-mode cleaning of the same rows, one core, in this process (the speed to beat)."""
    import orjson

    from .. import strip

    t = time.perf_counter()
    with open(path, "rb") as f:
        for raw in f:
            strip(orjson.loads(raw)["text"], format="text")
    return time.perf_counter() - t


def run_bench(data: Path | None, *, repeat: int = 3, speed_mb: float = 20, memory_mb: Iterable[float] = (20, 80),
              workers: int = 2, settings: Settings = DEFAULT) -> dict[str, Any]:
    report: dict[str, Any] = {}
    tune, tune_src = _stories(data, held_out=False)
    held, held_src = _stories(data, held_out=True)
    report["tuning"] = {"stories": tune_src, "family": 0,
                        "crawl_30x12": crawl_quality(tune, [12] * 30, 0, 1, settings)}
    report["held_out"] = {"stories": held_src, "family": 1,
                          "crawl_30x12": crawl_quality(held, [12] * 30, 1, 2, settings),
                          "crawl_3_10_1000": crawl_quality(held, [3] * 10 + [10] * 10 + [1000] * 2, 1, 3, settings)}
    with tempfile.TemporaryDirectory(prefix="stripper-tpl-bench-") as tmp:
        # Speed: pass one (1 and N workers) against text-mode cleaning, same rows, in turn, best of N.
        path = Path(tmp) / "crawl.jsonl"
        size = _write_mb(path, held, speed_mb)
        best: dict[str, float] = {}
        for _ in range(repeat):
            for key, fn in (("text_mode_1", lambda: _text_mode_seconds(path)),
                            ("pass_one_1", lambda: _child_learn(path, 1)["seconds"]),
                            (f"pass_one_{workers}", lambda: _child_learn(path, workers)["seconds"]),
                            ("dataset_two_passes_1", lambda: _dataset_seconds(path, 1)),
                            (f"dataset_two_passes_{workers}", lambda: _dataset_seconds(path, workers))):
                dt = fn()
                best[key] = min(best.get(key, dt), dt)
        mb = size / 1e6
        report["speed"] = {"input_mb": round(mb, 1), **{f"{k}_mb_s": round(mb / v, 1) for k, v in best.items()},
                           "pass_one_vs_text_mode_per_core": round(best["text_mode_1"] / best["pass_one_1"], 2)}
        path.unlink()
        mem = {}
        for m in memory_mb:
            size = _write_mb(path, held, m)
            r = _child_learn(path, workers)
            mem[f"{size / 1e6:.0f}MB"] = r
            path.unlink()
        # the same input size in 25 times as many sites: flat in sites too (pass one spills)
        size = _write_mb(path, held, max(memory_mb), sites=5000)
        mem[f"{size / 1e6:.0f}MB_5000_sites"] = _child_learn(path, workers)
        path.unlink()
        report["memory"] = mem
    return report


def _write_mb(path: Path, stories: list[list[str]], mb: float, sites: int = 200) -> int:
    """A crawl of `sites` sites, as many pages each as `mb` megabytes need (the sites stay the same
    as the input grows, so flat memory means flat in the input's size)."""
    sizes = [max(1, int(mb * 1e6 / sites / 6000))] * sites
    return write_jsonl(simulate(sizes, stories, family=1, seed=5), path)


def print_report(report: dict[str, Any]) -> None:
    import orjson

    sys.stderr.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")


