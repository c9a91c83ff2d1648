"""The dataset worker's call into the templates: strip one row's value with its site's template.

`WorkOptions.templates` names the compiled templates (`apply.compile_file`, written by the main
process); each worker process maps it once (cached by path and digest), so the workers share one
copy in the page cache, and applies it to the rows of the sites it knows."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Result
from ..settings import Settings
from .apply import Templates, strip_with_templates
from .fingerprint import field_value, site_of

_cache: dict[tuple[str, str, Settings], Templates] = {}


def templates_for(path: str, digest: str, settings: Settings) -> Templates:
    key = (path, digest, settings)
    t = _cache.get(key)
    if t is None:
        _cache.clear()
        t = _cache[key] = Templates.open(Path(path))
    return t


def strip_row(value: str, row: dict[str, Any], opts: Any, settings: Settings) -> tuple[Result, str | None]:
    """`work.strip_value`, with the template of the row's site (`opts.site_field`) removed first;
    and the row's site."""
    templates = templates_for(opts.templates, opts.templates_digest, settings)
    site = site_of(field_value(row, opts.site_field)) if opts.site_field else None
    return strip_with_templates(value, site, templates, format=opts.format, settings=settings, engine=opts.engine), site


def site_chars(site: str | None, result: Result) -> tuple[str, int] | None:
    """(site, characters TPL001 removed from the row), for the run's per-site stats; None when the
    template removed nothing."""
    if site is None:
        return None
    n = sum(r.end - r.start for r in result.removals if r.code == "TPL001")
    return (site, n) if n else None
