"""`stripper dataset --site-field F --learn-templates | --templates FILE`: the templates' hook
into the dataset runner, kept apart from it. `prepare` runs pass one (or checks the given count
file) and returns the runner's Job with the templates in its options; `finish` clears pass one's
state once the run is complete."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..dataset.formats import UsageError
from .counts import CountsError, TemplateCounts
from .learn import CountOptions, LearnJob, learn, with_templates

# The --stats report lists this many sites, those whose templates removed the most characters, with
# their own figures, and the others' totals as one "other_sites" entry: the report (and the memory
# that makes it) stays flat in the number of sites, and the listed and other sites add up.
TOP_SITES = 100


@dataclass
class Prepared:
    job: Any  # dataset.runner.Job, with the templates in its options
    state_dir: Path | None  # pass one's state and the compiled templates, removed by `finish`
    stats: dict[str, Any]  # per-site figures for --stats (filled in by `finish`)
    counts_path: Path | None = None  # the count file the templates come from (read again by `finish`)


def state_dir_of(job: Any) -> Path:
    cp = job.checkpoint_path()
    return cp.with_name(cp.name + ".templates")


def prepare(job: Any, *, site_field: str | None, learn_templates: bool, templates: Path | None) -> Prepared:
    """Pass one (with `learn_templates`), or the count file `templates`, for a dataset Job."""
    from ..dataset.output import existing_outputs

    if site_field is None:
        raise UsageError("--learn-templates and --templates need --site-field (the field naming each row's site, e.g. url)")
    if not learn_templates and templates is None:
        raise UsageError("--site-field is for site templates: add --learn-templates or --templates FILE")
    if learn_templates and templates is not None:
        raise UsageError("give --learn-templates or --templates FILE, not both")
    if templates is not None:
        try:
            stats = _totals(TemplateCounts.on_file(templates))
        except CountsError as e:
            raise UsageError(str(e)) from None
        compiled = state_dir_of(job)
        try:
            options = replace(with_templates(job.options, templates, compiled, job.settings), site_field=site_field)
        except CountsError as e:
            raise UsageError(str(e)) from None
        return Prepared(replace(job, options=options), compiled, stats, templates)
    state_dir = state_dir_of(job)
    state_file = state_dir / "state.json"
    resuming = job.resume and state_file.exists()
    if not resuming and not job.overwrite:
        existing = existing_outputs(job.output, job.output_format, job.directory)
        if existing:  # found before pass one, not after it
            raise UsageError(f"{existing[0]} exists; pass --overwrite to replace it")
    if job.directory:
        job.output.mkdir(parents=True, exist_ok=True)
    cjob = LearnJob(
        inputs=job.inputs,
        input_formats=job.input_formats,
        options=CountOptions(text_field=job.options.text_field, site_field=site_field, format=job.options.format,
                             engine=job.options.engine, max_row_bytes=job.options.max_row_bytes),
        settings=job.settings,
        workers=job.workers,
        chunk_rows=job.chunk_rows,
        checkpoint_every=job.checkpoint_every,
        progress=job.progress,
        max_expansion=job.max_expansion,
    )
    pass_two_started = resuming and job.checkpoint_path().exists()
    try:
        counts, _ = learn(cjob, state_dir, resume=resuming)
    except CountsError as e:
        from ..dataset.formats import InputError

        raise InputError(str(e)) from None
    path = _current_counts(state_dir)
    options = replace(with_templates(job.options, path, state_dir, job.settings), site_field=site_field)
    # Pass two resumes only if it had started; otherwise it starts (a fresh output).
    return Prepared(replace(job, options=options, resume=pass_two_started), state_dir, _totals(counts), path)


def _totals(counts: TemplateCounts) -> dict[str, Any]:
    return {"documents": counts.documents, "duplicates": counts.duplicates, "no_site": counts.no_site}


def site_table(counts: TemplateCounts, removed: dict[str, int], removed_total: int, removed_err: int,
               settings: Any, top: int = TOP_SITES) -> dict[str, Any]:
    """The --stats per-site figures, flat in the number of sites: the `top` sites whose templates
    removed the most characters (`removed`, a bounded summary: each figure at most `removed_err`
    below the truth) with their pages, template lines (on at least `template_min_pages` pages) and
    count error, and the other sites' totals, so that the listed sites' and the others' removed
    characters add up to `removed_total` (TPL001's). The count file is streamed, one site at a time."""
    floor = max(1, settings.template_min_pages)
    ranked = sorted(removed, key=lambda k: (-removed[k], k))[:top]
    listed = set(ranked)
    sites: dict[str, dict[str, int]] = {}
    other = {"sites": 0, "pages": 0, "candidate_lines": 0, "removed_chars": removed_total}
    n = pages = 0
    for name, s in counts.iter_sites():
        kept = sum(c >= floor for c in s.counts.values()) if s.pages >= floor else 0
        n += 1
        pages += s.pages
        if name in listed:
            sites[name] = {"pages": s.pages, "candidate_lines": kept, "count_error": s.err, "removed_chars": removed[name]}
            other["removed_chars"] -= removed[name]
        else:
            other["sites"] += 1
            other["pages"] += s.pages
            other["candidate_lines"] += kept
    sites = {k: sites[k] for k in ranked if k in sites}  # most removed first
    return {"site_count": n, "pages": pages, "sites": sites, "other_sites": other, "removed_chars_error": removed_err}


def _current_counts(state_dir: Path) -> Path:
    import orjson

    state = orjson.loads((state_dir / "state.json").read_bytes())
    return state_dir / f"counts-{int(state['gen'])}.gz"


def finish(prepared: Prepared, stats: Any = None) -> None:
    """After a complete run: the per-site figures (`site_table`: the sites whose templates removed
    the most, from the run's stats, and the others' totals), and pass one's state is no longer needed."""
    import shutil

    removed = getattr(stats, "template_site_chars", None) or {}
    total = (getattr(stats, "rule_chars", None) or {}).get("TPL001", 0)
    if prepared.counts_path is not None:
        from ..settings import DEFAULT

        settings = getattr(prepared.job, "settings", DEFAULT)
        prepared.stats.update(site_table(TemplateCounts.on_file(prepared.counts_path), removed, total,
                                         getattr(stats, "template_site_err", 0), settings))
    if prepared.state_dir is not None:
        shutil.rmtree(prepared.state_dir, ignore_errors=True)
