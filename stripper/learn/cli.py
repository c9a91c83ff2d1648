"""`stripper train`: refit the page pass on your own labelled pages (registered in stripper/cli.py)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..console import EXIT_INPUT, EXIT_OK, EXIT_USAGE, error


def train(
    data: Annotated[list[Path], typer.Argument(metavar="FILE...", help="JSONL (plain or .gz) of labelled whole pages: text and gold/with/without.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="Where to write the weights (JSON).", show_default=False)],
    text_field: Annotated[str, typer.Option("--text-field", metavar="FIELD", help="The field holding a page's whole text.")] = "text",
    with_shipped: Annotated[bool, typer.Option("--with-shipped", help="Also fit on the pages stripper ships (stripper/learn/pages/: other scripts and kinds).")] = False,
) -> None:
    """Refit the page pass (NAV001/NAV002) on your labelled pages and write its weights.

    The fit is scikit-learn's (`pip install 'stripper[train]'`) and deterministic: the same pages
    give the same file. Use the weights with
    `[tool.stripper.page-pass]` `weights = "FILE"` in pyproject.toml, or
    `Settings(page_pass=PagePass(weights="FILE"))`. Exit code 3 if a file cannot be read, 2 if it
    holds no labelled page or scikit-learn is missing.

    Each line of FILE is a JSON object: the page's whole text in `text` (or --text-field) and its
    story as `gold` (text) and/or `with` / `without` (lists of snippets in the story and not).
    """
    from .data import extra_pages, read_pages
    from .fit import dump, fit

    try:
        import sklearn  # noqa: F401  (the fit's, not stripping's)
    except ImportError:
        error("stripper train needs scikit-learn: pip install 'stripper[train]'")
        raise typer.Exit(EXIT_USAGE) from None

    pages = []
    for path in data:
        try:
            pages += list(read_pages(path, text_field=text_field, gold_fields=("gold",)))
        except OSError as e:
            error(f"{path}: cannot read: {e.strerror or e}")
            raise typer.Exit(EXIT_INPUT) from None
        except (json.JSONDecodeError, UnicodeDecodeError, EOFError) as e:
            error(f"{path}: not JSON lines: {e}")
            raise typer.Exit(EXIT_INPUT) from None
    labelled = [p for p in pages if p.gold is not None or p.with_ or p.without]
    if not labelled:
        error(f"no labelled page in {', '.join(map(str, data))}: each line needs `{text_field}` and `gold`, `with` or `without`")
        raise typer.Exit(EXIT_USAGE)
    if with_shipped:
        labelled += extra_pages()
    try:
        weights = fit(labelled, note=f"{len(labelled)} pages ({', '.join(p.name for p in data)}"
                                     f"{' and the shipped pages' if with_shipped else ''})")
    except ValueError as e:  # no page with a labelled line
        error(f"cannot fit: {e}")
        raise typer.Exit(EXIT_USAGE) from None
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(dump(weights), encoding="utf-8")
        tmp.replace(out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        error(f"{out}: cannot write: {e.strerror or e}")
        raise typer.Exit(EXIT_INPUT) from None
    sys.stderr.write(f"stripper: wrote {out}: {weights['fitted_on']}\n")
    raise typer.Exit(EXIT_OK)

