"""Reading single documents for `clean` and `diff`, and writing their outputs safely."""
from __future__ import annotations

import os
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from .detect import SNIFF, DecodeError, decode

# A single document may not expand past this many bytes when decompressed (a gzip bomb is refused).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


class InputError(Exception):
    """A document could not be read; the message is the one line the user sees."""


@dataclass(frozen=True, slots=True)
class Document:
    name: str  # the path as given, or "-" for stdin
    text: str
    encoding: str
    warning: str = ""


def _read_bytes(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
    path = Path(name)
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot read: {e.strerror or e}") from None
    return data


def _gunzip(name: str, data: bytes) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, MAX_DOCUMENT_BYTES + 1)
    except zlib.error as e:
        raise InputError(f"{name}: corrupt gzip data ({e})") from None
    if len(out) > MAX_DOCUMENT_BYTES or d.unconsumed_tail:
        raise InputError(f"{name}: decompresses to more than {MAX_DOCUMENT_BYTES >> 20} MiB; refusing to read it")
    if not d.eof:
        raise InputError(f"{name}: truncated gzip data")
    return out


def read_document(name: str) -> Document:
    data = _read_bytes(name)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{name}: larger than {MAX_DOCUMENT_BYTES >> 20} MiB; use `stripper dataset` for big inputs")
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(name, data)
    if not data.strip():
        raise InputError(f"{name}: empty input")
    try:
        text, enc = decode(data)
    except DecodeError as e:
        raise InputError(f"{name}: {e}") from None
    # Anything but UTF-8 without a byte-order mark or a declaration was a guess: say so.
    declared = data[:3] == b"\xef\xbb\xbf" or enc.startswith("utf-") or enc.lower() in data[:SNIFF].decode("ascii", "replace").lower()
    warning = "" if enc == "utf-8" or declared else f"no declared encoding; decoded as {enc} (detected)"
    return Document(name, text, enc, warning)


def output_path(out_dir: Path, name: str) -> Path:
    """Where `name`'s output goes inside `out_dir`: its base name only, so nothing lands outside."""
    base = "stdin.txt" if name == "-" else Path(name).name
    if base.endswith(".gz"):
        base = base[:-3]
    if base in ("", ".", ".."):
        base = "document.txt"
    return out_dir / base


def write_atomic(path: Path, data: str) -> None:
    """Write via a temporary file in the same directory, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["Document", "InputError", "output_path", "read_document", "write_atomic"]
