"""The worker side: a chunk of raw items in, one outcome per item out, in order.

Parsing and serialising JSON happen here, in the worker processes, so the main process only moves
bytes. Outcomes are small tuples (cheap to pickle back); the main process turns them into output
rows, rejects and statistics, in input order, so a checkpoint can fall between any two items."""
from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from ..errors import Unrenderable
from ..model import Result
from ..pipeline import strip
from ..segment import _text
from ..settings import DEFAULT, Settings
from .readers import BadFile, TooLarge
from .splice import scalar_default as _scalar_default
from .stats import per_rule

_utf8_length = _text.utf8_length  # len(value.encode("utf-8", "surrogatepass"))

# Outcome kinds.
OUT = 0  # payload: the output row (JSONL line bytes ending in "\n", or a dict for Parquet)
REJECT = 1  # payload: (kind, reason, raw or None)
BLANK = 2  # an empty JSONL line: not a row
DROP = 3  # a row left empty by stripping, with --drop-empty: counted, not written
BAD_FILE = 4  # payload: why the rest of an input file cannot be read (not a row)

# orjson refuses JSON nested deeper than this (the stdlib reads what its recursion limit allows).
ORJSON_DEPTH = 1024

# 19 digits may not fit in 64 bits. (Digits inside strings match too: a slower parse, not a wrong one.)
_LONG_DIGITS = re.compile(rb"\d{19,}")

# A rejected row's raw text is copied into the rejects file up to this size; beyond, only its length.
RAW_LIMIT = 64 * 1024


@dataclass(frozen=True, slots=True)
class WorkOptions:
    text_field: str = "text"
    output_field: str | None = None  # None: in place
    id_field: str | None = None
    format: str = "auto"  # of the field's content: auto, html, text
    engine: str = "trafilatura"  # HTML extraction: trafilatura (the core's) or resiliparse
    keep_removals: bool = False
    removals_field: str = "stripper_removals"
    extracted_field: str | None = None  # the text the removals' spans point into (HTML: the extracted text)
    removed_chars_field: str | None = None  # {category: characters removed}
    warnings_field: str | None = None  # the row's Result.warnings (e.g. an extraction fell back)
    source_field: str | None = None  # the input file the row came from
    drop_empty: bool = False  # leave out rows that stripping left empty (counted as dropped)
    markdown: bool = False  # HTML rows come out as Markdown (stripper.outputs: the rules line by line, kept lines as written)
    max_row_bytes: int = 64 << 20  # longer JSONL lines, and longer Parquet text values, are rejected
    # Learned site templates (stripper.templates): a count file, its sha256, and the row field naming the site.
    templates: str | None = None
    templates_digest: str = ""
    site_field: str | None = None


# (status, payload, bytes_in, chars_in, chars_out, rules, warned, row_id)
# rules: stats.per_rule of the Result, (code, category label, removals, chars) per rule
Outcome = tuple[int, Any, int, int, int, tuple[tuple[str, str, int, int], ...], bool, Any]

_settings: Settings = DEFAULT
_options: WorkOptions = WorkOptions()
_sources: tuple[str, ...] = ()
_render: Render | None = None


def init(settings: Settings, options: WorkOptions, sources: tuple[str, ...] = (), render: Render | None = None) -> None:
    """Pool initializer: settings and options travel once per worker, not once per chunk; `render`
    (an output format's, stripper.outputs.ROW_FORMATS) renders each output row."""
    global _settings, _options, _sources, _render
    _settings = settings
    _options = options
    _sources = sources
    _render = render


def warm(settings: Settings, options: WorkOptions) -> None:
    """Set up the engine of `settings` in this process, so that a pool forked after it inherits it
    instead of every worker doing it again: the rules' patterns compiled (in a thread, see
    Matcher.compile_in_background) while this thread loads the page pass's tables (the stoplists)
    and numpy."""
    from ..parallel import default_start_method

    if default_start_method() == "fork":
        from .. import page
        from ..engine import prepared

        strip("Warm up.", format="text", settings=settings)
        matchers = [m for m in (prepared(settings).matcher, prepared(settings).others) if m is not None]
        if matchers:
            matchers[0].compile_in_background()
        if settings.page != "never":
            page._tables()
            page.np.zeros  # noqa: B018  (imports numpy: the page pass's arrays)
        for m in matchers:
            m.compile_all()


def init_worker(settings: Settings, options: WorkOptions, sources: tuple[str, ...] = (), render: Render | None = None) -> None:
    """Pool initializer for worker processes: `init`, and die with the parent, silently. After a
    kill -9 of the main process a worker would otherwise find its result pipe broken and print a
    traceback (or, blocked on its input, linger). PR_SET_PDEATHSIG kills it when the parent dies;
    the default SIGPIPE action ends it quietly if it writes to the dead parent's pipe first (the
    kernel closes the parent's files before it signals the children)."""
    import signal

    from ..parallel import die_with_parent

    init(settings, options, sources, render)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    die_with_parent()


def process_chunk(chunk: list[tuple[int, int, Any]]) -> list[Outcome]:
    opts, settings, sources, render = _options, _settings, _sources, _render
    if opts.source_field:
        return [process_item(payload, opts, settings, sources[src], render) for src, _, payload in chunk]
    return [process_item(payload, opts, settings, None, render) for _, _, payload in chunk]


def strip_value(value: str, opts: WorkOptions, settings: Settings) -> Result:
    """Strip one field's content with the chosen format and HTML engine (as Markdown with `markdown`)."""
    if opts.markdown:
        from ..outputs import strip_markdown

        return strip_markdown(value, opts.format, settings, opts.engine)
    return strip(value, format=opts.format, settings=settings, engine=opts.engine)  # type: ignore[arg-type]


def _raw_for_reject(payload: Any) -> Any:
    if isinstance(payload, bytes):
        if len(payload) > RAW_LIMIT:
            return None
        try:
            return payload.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            return {"base64": base64.b64encode(payload).decode("ascii")}
    if isinstance(payload, dict):  # a Parquet row: as JSON, as the README promises every reject has
        text = raw_json(payload)
        return text if len(text) <= RAW_LIMIT else None
    return None


def raw_json(row: dict[str, Any]) -> str:
    """A Parquet row as JSON text for the rejects file (its values in their JSON form, else as text)."""
    from .splice import dumps

    try:
        return orjson.dumps(row, default=_scalar_default, option=orjson.OPT_NON_STR_KEYS).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return dumps({str(k): v if isinstance(v, (str, int, float, bool, type(None))) else repr(v) for k, v in row.items()})


def _reject(kind: str, reason: str, payload: Any, row_id: Any = None) -> Outcome:
    raw = _raw_for_reject(payload)
    if isinstance(payload, bytes):
        size: int | None = len(payload)
    elif isinstance(payload, dict) and raw is None:
        size = len(raw_json(payload).encode("utf-8", "surrogatepass"))
    else:
        size = None
    return (REJECT, (kind, reason, raw, size), 0, 0, 0, (), False, row_id)


def crashed(payload: Any, how: str, opts: WorkOptions) -> Outcome:
    """The outcome of a row whose stripping killed the process doing it, twice (see runner._Pooled).
    It is read again here for its id alone: reading JSON is not what kills a process."""
    row_id = None
    if opts.id_field:
        try:
            row = orjson.loads(payload) if isinstance(payload, bytes) else payload
            row_id = row.get(opts.id_field) if isinstance(row, dict) else None
        except orjson.JSONDecodeError:
            pass
    reason = f"the worker process stripping this row died ({how}); the row is left out of the output"
    return _reject("worker-crashed", reason, payload, row_id)


def _too_large(nbytes: int, limit: int) -> Outcome:
    reason = f"row is {nbytes:,} bytes, over the {limit:,}-byte limit (--max-row-bytes)"
    return (REJECT, ("too-large", reason, None, nbytes), 0, 0, 0, (), False, None)


def added_fields(opts: WorkOptions) -> list[str]:
    """The fields a run adds to every row, beside the cleaned text (in the order they are added)."""
    return list(_added(opts))


@lru_cache(maxsize=8)
def _added(opts: WorkOptions) -> tuple[str, ...]:  # (per run, not per row)
    names = [opts.removals_field] if opts.keep_removals else []
    names += [f for f in (opts.extracted_field, opts.removed_chars_field, opts.warnings_field, opts.source_field) if f]
    return tuple(names)


def _new_values(result: Result, opts: WorkOptions, source: str | None, rules: Any) -> dict[str, Any]:
    values: dict[str, Any] = {opts.output_field or opts.text_field: result.text}
    if opts.keep_removals:
        values[opts.removals_field] = [r.to_dict() for r in result.removals]
    if opts.extracted_field:
        values[opts.extracted_field] = result.input_text
    if opts.removed_chars_field:
        chars: dict[str, int] = {}
        for _, label, _, n in rules:
            chars[label] = chars.get(label, 0) + n
        values[opts.removed_chars_field] = chars
    if opts.warnings_field:
        values[opts.warnings_field] = list(result.warnings)
    if opts.source_field:
        values[opts.source_field] = source
    return values


def _holds_float(value: Any) -> bool:
    """Whether a parsed JSON value holds a float anywhere (iterative: no recursion limit)."""
    if type(value) is dict:
        values = list(value.values())
        if not any(type(v) in (float, dict, list) for v in values):  # a flat row: one look at each value
            return False
        stack = values
    else:
        stack = [value]
    while stack:
        v = stack.pop()
        t = type(v)
        if t is float:
            return True
        if t is dict:
            stack.extend(v.values())
        elif t is list:
            stack.extend(v)
    return False


# (line or b"" for a Parquet row, the parsed row, the new values, unchanged: the row goes out as it
# came in, stdlib: the line was parsed by the stdlib) -> the output payload; raises Unrenderable.
Render = Callable[[bytes, dict[str, Any], dict[str, Any], bool, bool], Any]


def process_item(payload: Any, opts: WorkOptions, settings: Settings, source: str | None = None,
                 render: Render | None = None) -> Outcome:
    """One item's outcome: parsed, checked, stripped, and its output row rendered by `render` (an
    output format's, stripper.outputs.ROW_FORMATS; JSONL by default), which the worker knows
    nothing about beyond that call."""
    stdlib = False
    if isinstance(payload, TooLarge):
        return _too_large(payload.nbytes, payload.limit)
    if isinstance(payload, BadFile):
        return (BAD_FILE, payload.reason, 0, 0, 0, (), False, None)
    if isinstance(payload, bytes):
        line = payload.rstrip(b"\r\n")
        if not line or line.isspace():  # (as `not line.strip()`, without copying the line)
            return (BLANK, None, 0, 0, 0, (), False, None)
        try:
            row = orjson.loads(line)
            # orjson reads an integer beyond 64 bits as a float, losing digits; the stdlib keeps it.
            # Only a row that holds a float can hold such an integer: the line is searched then.
            if _holds_float(row) and _LONG_DIGITS.search(line):
                raise orjson.JSONDecodeError("long integer", "", 0)
        except orjson.JSONDecodeError as e:
            # The stdlib also reads what orjson refuses (NaN, lone surrogates): a valid row must never
            # be rejected, or changed, for one parser's limits.
            try:
                row = json.loads(line)
                stdlib = True
            except RecursionError:
                return _reject("too-deep", f"JSON nested more than {ORJSON_DEPTH:,} levels deep, past what the JSON "
                               f"parsers read (orjson's limit, and Python's recursion limit)", payload)
            except ValueError:
                return _reject("invalid-json", f"invalid JSON: {e}", payload)
    else:
        line = b""
        row = payload
    if not isinstance(row, dict):
        return _reject("not-an-object", f"not a JSON object but {type(row).__name__}", payload)
    row_id = row.get(opts.id_field) if opts.id_field else None
    if opts.text_field not in row:
        return _reject("missing-field", f"no field {opts.text_field!r}", payload, row_id)
    value = row[opts.text_field]
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return _reject("not-a-string", f"field {opts.text_field!r} is {kind}, not a string", payload, row_id)
    out_field = opts.output_field or opts.text_field
    added = _added(opts)
    for name in ((out_field,) if out_field != opts.text_field else ()) + added:
        if name in row:
            return _reject("field-collision", f"the row already has a field {name!r}, which this run would overwrite; "
                           f"choose another name for it", payload, row_id)
    if not line and len(value) > opts.max_row_bytes:  # a Parquet value (a JSONL line was bounded when read)
        nbytes = len(value.encode("utf-8", "surrogatepass"))
        if nbytes > opts.max_row_bytes:
            return (*_too_large(nbytes, opts.max_row_bytes)[:7], row_id)
    try:
        if opts.templates:
            from ..templates.hook import site_chars, strip_row

            result, site = strip_row(value, row, opts, settings)
        else:
            result = strip_value(value, opts, settings)
    except Exception as e:  # one bad document must not stop a run of millions; it goes to rejects
        return _reject("strip-failed", f"stripping failed: {type(e).__name__}: {e}"[:300], payload, row_id)
    rules = per_rule(result)
    nbytes = _utf8_length(value)  # (counted in C: encoding a 12 KB page to count it took 17 us)
    figures = (nbytes, len(result.input_text), len(result.text), rules, bool(result.warnings), row_id)
    if opts.templates:  # (site, characters its template removed): per-site figures in the stats
        figures = (*figures, site_chars(site, result))  # type: ignore[assignment]
    if opts.drop_empty and not result.text.strip():
        return (DROP, None, *figures)
    unchanged = result.text == value and out_field == opts.text_field and not added
    if render is None:
        from ..outputs import ROW_FORMATS

        render = ROW_FORMATS["jsonl"].render
    try:
        out = render(line, row, _new_values(result, opts, source, rules), unchanged, stdlib)
    except Unrenderable as e:
        return _reject("unserialisable", str(e), payload, row_id)
    return (OUT, out, *figures)
