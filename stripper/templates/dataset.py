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
from .learn import CountOptions, LearnJob, learn, site_stats, with_templates


@dataclass
class Prepared:
    job: Any  # dataset.runner.Job, with the templates in its options
    state_dir: Path | None  # pass one's state and the compiled templates, removed by `finish`
    stats: dict[str, Any]  # per-site figures for --stats


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
            stats = site_stats(TemplateCounts.on_file(templates), job.settings)
        except CountsError as e:
            raise UsageError(str(e)) from None
        compiled = state_dir_of(job)
        try:
            options = replace(with_templates(job.options, templates, compiled, job.settings), site_field=site_field)
        except CountsError as e:
            raise UsageError(str(e)) from None
        return Prepared(replace(job, options=options), compiled, stats)
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
    return Prepared(replace(job, options=options, resume=pass_two_started), state_dir, site_stats(counts, job.settings))


def _current_counts(state_dir: Path) -> Path:
    import orjson

    state = orjson.loads((state_dir / "state.json").read_bytes())
    return state_dir / f"counts-{int(state['gen'])}.gz"


def finish(prepared: Prepared, stats: Any = None) -> None:
    """After a complete run: each site's characters removed by its template go into the per-site
    figures (from the run's stats), and pass one's state is no longer needed."""
    import shutil

    removed = getattr(stats, "template_site_chars", None) or {}
    for site, figures in prepared.stats.get("sites", {}).items():
        figures["removed_chars"] = removed.get(site, 0)
    if prepared.state_dir is not None:
        shutil.rmtree(prepared.state_dir, ignore_errors=True)
