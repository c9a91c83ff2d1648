"""A changed JSONL row keeps every other field exactly as it was written: the new values are spliced
into the row's original text instead of re-serialising a parsed copy.

Parsing and re-serialising rewrites what it does not understand the way the author wrote it:
`1e400` becomes `Infinity` (which strict parsers refuse), `1.0e-400` becomes `0.0`, `1E2` becomes
`100.0`, a 28-digit decimal is cut to a float, key order and spacing change. Here the row is scanned
once at its top level with the stdlib's C scanner (only to find where each value starts and ends),
and the bytes between the values that change are copied."""
from __future__ import annotations

import base64
import json
import json.decoder
import json.scanner
from decimal import Decimal
from typing import Any

import orjson

_scan_value = json.scanner.make_scanner(json.JSONDecoder())
_scan_string = json.decoder.scanstring
_WS = " \t\n\r"


def _ws(s: str, i: int) -> int:
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def top_level(s: str) -> tuple[dict[str, list[tuple[int, int]]], int] | None:
    """For a JSON object `s`: each top-level key's value spans (start, end), in order of occurrence,
    and the index of the closing brace; None when `s` is not one object (with nothing after it)."""
    try:
        i = _ws(s, 0)
        if s[i] != "{":
            return None
        i = _ws(s, i + 1)
        spans: dict[str, list[tuple[int, int]]] = {}
        if s[i] == "}":
            close = i
        else:
            while True:
                if s[i] != '"':
                    return None
                key, i = _scan_string(s, i + 1)
                i = _ws(s, i)
                if s[i] != ":":
                    return None
                start = _ws(s, i + 1)
                _, end = _scan_value(s, start)
                spans.setdefault(key, []).append((start, end))
                i = _ws(s, end)
                if s[i] == ",":
                    i = _ws(s, i + 1)
                    continue
                if s[i] != "}":
                    return None
                close = i
                break
        if _ws(s, close + 1) != len(s):
            return None
        return spans, close
    except (IndexError, ValueError, StopIteration, RecursionError):
        return None


def dumps(value: Any) -> str:
    """A value as JSON text: orjson's, or the stdlib's (ASCII escapes) for what orjson refuses, such
    as strings with lone surrogates."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value)


def dumps_bytes(value: Any) -> bytes:
    """`dumps` as UTF-8 bytes, without going through a str (orjson writes bytes; the stdlib's
    fallback escapes to ASCII)."""
    try:
        return orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value).encode("ascii")


def splice(line: bytes, values: dict[str, Any]) -> bytes | None:
    """`line` (one JSON object, UTF-8) with each field of `values` set: a field the object has is
    replaced where it stands, a new one is added at the end; every other byte is kept. None when the
    line cannot be scanned, or a field to set occurs more than once (which copy a reader takes differs).

    The line is scanned as text (the stdlib's scanner reads str) and put together as bytes: the kept
    stretches are the line's own bytes (sliced at once when the line is ASCII, where a character is a
    byte; else the scanned text's stretches encoded back, which gives the same bytes) and the new
    values orjson's bytes, so that neither the new values nor the whole line are decoded and encoded
    again (a changed row's rendering took 35 us, half of it those copies, on 4.5 KB rows)."""
    ascii_line = line.isascii()
    try:
        s = line.decode("ascii" if ascii_line else "utf-8")
    except UnicodeDecodeError:
        return None
    found = top_level(s)
    if found is None:
        return None
    spans, close = found
    edits: list[tuple[int, int, bytes]] = []
    added: list[bytes] = []
    for key, value in values.items():
        where = spans.get(key)
        if where is None:
            added.append(dumps_bytes(key) + b":" + dumps_bytes(value))
        elif len(where) > 1:
            return None
        else:
            edits.append((where[0][0], where[0][1], dumps_bytes(value)))
    if added:
        sep = b"," if spans else b""
        edits.append((close, close, sep + b",".join(added)))
    edits.sort(key=lambda e: e[0])
    out: list[bytes] = []
    pos = 0
    for start, end, data in edits:
        out.append(line[pos:start] if ascii_line else s[pos:start].encode("utf-8"))
        out.append(data)
        pos = end
    out.append(line[pos:] if ascii_line else s[pos:].encode("utf-8"))
    return b"".join(out)


def json_default(obj: Any) -> Any:
    # Parquet rows carry types JSON lacks; decimals keep their exact digits as strings.
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(obj)).decode("ascii")
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def scalar_default(obj: Any) -> Any:
    """JSON for what a Parquet row holds beside JSON's types (see readers.ArrowCell)."""
    from .readers import ArrowCell

    if isinstance(obj, ArrowCell):
        return obj.to_json()
    try:
        return json_default(obj)
    except TypeError:
        return str(obj)


def utf8_without_bom(line: bytes) -> bool:
    """Whether a line the stdlib parsed may go out as it came: json.loads also reads UTF-16 and
    UTF-32 (and a UTF-8 BOM), which have no place in a UTF-8 JSONL output."""
    if line.startswith(b"\xef\xbb\xbf"):
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
