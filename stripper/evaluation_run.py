"""`stripper eval`: clean each row's text fields and score them against its gold field.

Reads JSONL (plain, .gz or .zst) and Parquet; shows progress on a terminal; can write one JSON line
of scores per document and field (`--per-doc FILE`) to find where stripper loses."""
from __future__ import annotations

import gzip
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson

from .evaluate import Score, score
from .parallel import bounded_imap, make_pool
from .pipeline import strip
from .settings import Settings

_NO_RULES = Settings(ignore=("ALL",), page="never")


from .errors import EvalError  # noqa: E402  (defined with every error; imported from here too)


def _jsonl_rows(path: Path, limit: int | None) -> Iterator[dict]:
    name = path.name.lower()
    try:
        with open(path, "rb") as raw:
            if name.endswith(".gz"):
                stream: io.BufferedIOBase = gzip.open(raw)  # type: ignore[assignment]
            elif name.endswith(".zst"):
                try:
                    import zstandard
                except ImportError:
                    raise EvalError(f"{path}: reading .zst needs zstandard: pip install 'stripper[zstd]'") from None
                stream = zstandard.ZstdDecompressor().stream_reader(raw)  # type: ignore[assignment]
            else:
                stream = raw
            with io.BufferedReader(stream) as f:  # type: ignore[arg-type]
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
    except EvalError:
        raise
    except (EOFError, gzip.BadGzipFile, OSError) as e:
        raise EvalError(f"{path}: {e}") from None
    except Exception as e:  # zstandard.ZstdError and the like: a corrupt archive
        raise EvalError(f"{path}: {type(e).__name__}: {e}") from None


def _parquet_rows(path: Path, limit: int | None, columns: list[str]) -> Iterator[dict]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise EvalError(f"{path}: reading Parquet needs pyarrow: pip install 'stripper[parquet]'") from None
    try:
        f = pq.ParquetFile(path)
        missing = [c for c in columns if c not in f.schema_arrow.names]
        if missing:
            raise EvalError(f"{path}: no column {missing[0]!r} (it has {', '.join(f.schema_arrow.names[:12])})")
        n = 0
        for batch in f.iter_batches(columns=columns, batch_size=256):
            for row in batch.to_pylist():
                n += 1
                if limit is not None and n > limit:
                    return
                yield row
    except EvalError:
        raise
    except Exception as e:  # pyarrow's errors on a corrupt or truncated file
        raise EvalError(f"{path}: {type(e).__name__}: {e}") from None


def row_count(path: Path, limit: int | None) -> int | None:
    """Rows the run will score, when the file says so cheaply (Parquet); else None."""
    if path.name.lower().endswith(".parquet"):
        try:
            import pyarrow.parquet as pq

            n = pq.ParquetFile(path).metadata.num_rows
        except Exception:
            return limit
        return min(n, limit) if limit else n
    return limit


def _rows(path: Path, limit: int | None, columns: list[str] | None = None) -> Iterator[dict]:
    if not path.is_file():
        raise EvalError(f"{path}: no such file")
    if path.name.lower().endswith(".parquet"):
        return _parquet_rows(path, limit, columns or [])
    return _jsonl_rows(path, limit)


_settings: Settings | None = None
_engine = "trafilatura"


def _init(settings: Settings, engine: str = "trafilatura") -> None:
    global _settings, _engine
    _settings = settings
    _engine = engine


def _score_row(args: tuple[str, dict[str, str], str]) -> list[tuple[Score, Score, Score | None]]:
    gold, texts, fmt = args
    assert _settings is not None
    out = []
    for text in texts.values():
        res = strip(text, format=fmt, settings=_settings, engine=_engine)  # type: ignore[arg-type]
        extraction = None
        if res.format == "html":
            extraction = score(gold, strip(text, format="html", settings=_NO_RULES, engine=_engine).text)  # type: ignore[arg-type]
        if res.format == "text":
            base = text
        else:
            from .extract import full_text

            base = full_text(text)  # an HTML page "as it is" is its visible text
        out.append((score(gold, res.text), score(gold, base), extraction))
    return out


def _per_doc_line(n: int, row_id: object, field: str, s: Score, b: Score, x: Score | None) -> bytes:
    rec: dict[str, object] = {"row": n, **({"id": row_id} if row_id is not None else {}), "field": field,
                              "f1": round(s.f1, 4), "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                              "input_f1": round(b.f1, 4)}
    if x is not None:
        rec["extraction_f1"] = round(x.f1, 4)
    return orjson.dumps(rec, default=str) + b"\n"


def run_eval(
    path: Path,
    gold_field: str,
    fields: tuple[str, ...],
    fmt: str,
    settings: Settings,
    *,
    limit: int | None = None,
    workers: int = 1,
    engine: str = "trafilatura",
    per_doc: Path | None = None,
    id_field: str = "id",
    progress: Callable[[int], None] | None = None,
) -> list[tuple[str, str, Score, Score, Score | None]]:
    """Scores per field: (field, format, stripper, input as is, extraction only or None).

    `per_doc`: a JSONL file with one line per row and field (row number, id, F1, P, R, the input's
    F1), written atomically. `progress(rows_done)` is called as rows complete."""
    ids: list[object] = []

    def tasks() -> Iterator[tuple[str, dict[str, str], str]]:
        columns = [gold_field, *fields] + ([id_field] if per_doc is not None else [])
        for n, row in enumerate(_rows(path, limit, columns if path.name.lower().endswith(".parquet") else None), 1):
            gold = row.get(gold_field)
            if not isinstance(gold, str):
                raise EvalError(f"{path}: row {n} has no string field {gold_field!r}")
            texts = {}
            for f in fields:
                v = row.get(f)
                if not isinstance(v, str):
                    raise EvalError(f"{path}: row {n} has no string field {f!r}")
                texts[f] = v
            if per_doc is not None:
                ids.append(row.get(id_field))
            yield gold, texts, fmt

    got = [Score() for _ in fields]
    as_is = [Score() for _ in fields]
    extraction: list[Score | None] = [None for _ in fields]
    formats = [fmt] * len(fields)
    pool = make_pool(workers, _init, (settings, engine)) if workers > 1 else None
    results: Iterator[list[tuple[Score, Score, Score | None]]]
    if pool is not None:
        results = (r for _, r in bounded_imap(pool, _score_row, tasks(), 8 * workers))
    else:
        _init(settings, engine)
        results = map(_score_row, tasks())
    out = None
    tmp = None
    if per_doc is not None:
        tmp = per_doc.with_name(f".{per_doc.name}.tmp-{os.getpid()}")
        try:
            out = open(tmp, "xb")
        except OSError as e:
            raise EvalError(f"{per_doc}: cannot write: {e.strerror or e}") from None
    done = False
    try:
        for n, per_field in enumerate(results, 1):
            for k, (s, b, x) in enumerate(per_field):
                got[k] += s
                as_is[k] += b
                if x is not None:
                    prev = extraction[k]
                    extraction[k] = x if prev is None else prev + x
                    formats[k] = "html"
                elif formats[k] == "auto":
                    formats[k] = "text"
                if out is not None:
                    out.write(_per_doc_line(n, ids[n - 1], fields[k], s, b, x))
            if progress is not None:
                progress(n)
        done = True
    finally:
        if pool is not None:
            pool.terminate()
        if out is not None and tmp is not None and per_doc is not None:
            try:
                out.flush()
                os.fsync(out.fileno())
                out.close()
                if done:
                    os.replace(tmp, per_doc)
            except OSError as e:
                done = False
                raise EvalError(f"{per_doc}: cannot write: {e.strerror or e}") from None
            finally:
                if not done:
                    tmp.unlink(missing_ok=True)
    return [(f, formats[k], got[k], as_is[k], extraction[k]) for k, f in enumerate(fields)]
