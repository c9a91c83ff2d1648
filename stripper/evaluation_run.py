"""`stripper eval`: clean each row's text fields and score them against its gold field."""
from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path

import orjson

from .evaluate import Score, score
from .parallel import bounded_imap, make_pool
from .pipeline import strip
from .settings import Settings

_NO_RULES = Settings(ignore=("ALL",), page="never")


class EvalError(Exception):
    pass


def _rows(path: Path, limit: int | None) -> Iterator[dict]:
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    try:
        with open(path, "rb") as raw, (gzip.open(raw) if path.name.endswith(".gz") else raw) as stream, \
                io.BufferedReader(stream) as f:  # type: ignore[arg-type]
            for n, line in enumerate(f, 1):
                if limit is not None and n > limit:
                    return
                if not line.strip():
                    continue
                try:
                    row = orjson.loads(line)
                except orjson.JSONDecodeError:
                    raise EvalError(f"{path}:{n}: not valid JSON") from None
                if not isinstance(row, dict):
                    raise EvalError(f"{path}:{n}: not a JSON object")
                yield row
    except (EOFError, gzip.BadGzipFile, OSError) as e:
        raise EvalError(f"{path}: {e}") from None


_settings: Settings | None = None


def _init(settings: Settings) -> None:
    global _settings
    _settings = settings


def _score_row(args: tuple[str, dict[str, str], str]) -> list[tuple[Score, Score, Score | None]]:
    gold, texts, fmt = args
    assert _settings is not None
    out = []
    for text in texts.values():
        res = strip(text, format=fmt, settings=_settings)  # type: ignore[arg-type]
        extraction = None
        if res.format == "html":
            extraction = score(gold, strip(text, format="html", settings=_NO_RULES).text)
        if res.format == "text":
            base = text
        else:
            from .extract import full_text

            base = full_text(text)  # an HTML page "as it is" is its visible text
        out.append((score(gold, res.text), score(gold, base), extraction))
    return out


def run_eval(
    path: Path,
    gold_field: str,
    fields: tuple[str, ...],
    fmt: str,
    settings: Settings,
    *,
    limit: int | None = None,
    workers: int = 1,
) -> list[tuple[str, str, Score, Score, Score | None]]:
    def tasks() -> Iterator[tuple[str, dict[str, str], str]]:
        for n, row in enumerate(_rows(path, limit), 1):
            gold = row.get(gold_field)
            if not isinstance(gold, str):
                raise EvalError(f"{path}: row {n} has no string field {gold_field!r}")
            texts = {}
            for f in fields:
                v = row.get(f)
                if not isinstance(v, str):
                    raise EvalError(f"{path}: row {n} has no string field {f!r}")
                texts[f] = v
            yield gold, texts, fmt

    got = [Score() for _ in fields]
    as_is = [Score() for _ in fields]
    extraction: list[Score | None] = [None for _ in fields]
    formats = [fmt] * len(fields)
    pool = make_pool(workers, _init, (settings,)) if workers > 1 else None
    results: Iterator[list[tuple[Score, Score, Score | None]]]
    if pool is not None:
        results = (r for _, r in bounded_imap(pool, _score_row, tasks(), 8 * workers))
    else:
        _init(settings)
        results = map(_score_row, tasks())
    try:
        for per_field in results:
            for k, (s, b, x) in enumerate(per_field):
                got[k] += s
                as_is[k] += b
                if x is not None:
                    prev = extraction[k]
                    extraction[k] = x if prev is None else prev + x
                    formats[k] = "html"
                elif formats[k] == "auto":
                    formats[k] = "text"
    finally:
        if pool is not None:
            pool.terminate()
    return [(f, formats[k], got[k], as_is[k], extraction[k]) for k, f in enumerate(fields)]
