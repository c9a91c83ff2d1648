"""Reading single documents for `clean` and `diff` (plain, gzip or zstd), and writing their outputs safely."""
from __future__ import annotations

import codecs
import os
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .detect import SNIFF, declared_encoding, decode
from .errors import DecodeError, InputError

# A single document may not expand past this many bytes when decompressed (a gzip bomb is refused).
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
# ...nor past this many times its compressed size, checked once EXPANSION_FLOOR bytes have come out.
MAX_EXPANSION = 100
EXPANSION_FLOOR = 64 * 1024 * 1024


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


def _too_big(name: str) -> InputError:
    return InputError(f"{name}: decompresses to more than {MAX_DOCUMENT_BYTES >> 20} MiB; refusing to read it")


GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _decompress(name: str, data: bytes, kind: str) -> bytes:
    """Every member (gzip) or frame (zstd) of `data`: `cat a.gz b.gz` is one valid file. Fed in
    small pieces, so no single call expands without bound; refused past MAX_DOCUMENT_BYTES, or past
    MAX_EXPANSION times the compressed bytes read once EXPANSION_FLOOR bytes have come out (a bomb is
    refused before it is read into memory)."""
    if kind == "gzip":
        new: Callable[[], Any] = lambda: zlib.decompressobj(16 + zlib.MAX_WBITS)  # noqa: E731
        errors: tuple[type[BaseException], ...] = (zlib.error,)
        step = 16 << 10  # deflate expands at most ~1,032x
    else:
        try:
            import zstandard
        except ImportError:
            raise InputError(f"{name}: zstd-compressed; install zstandard to read it: pip install 'stripper[zstd]'") from None
        new = zstandard.ZstdDecompressor().decompressobj
        errors = (zstandard.ZstdError,)
        step = 4 << 10  # zstd expands up to ~32,000x
    magic = GZIP_MAGIC if kind == "gzip" else ZSTD_MAGIC
    d = new()
    fed = False
    out: list[bytes] = []
    size = pos = 0
    carry = b""  # input left over after a member or frame ended
    while carry or pos < len(data):
        if carry:
            piece, carry = carry, b""
        else:
            piece, pos = data[pos : pos + step], pos + step
        if not fed:  # at the start of a member or frame
            rest = piece + data[pos : pos + 4]
            if out and not rest.startswith(magic):
                if not rest.strip(b"\x00") and not data[pos:].strip(b"\x00"):
                    break  # zero padding after the last member
                raise InputError(f"{name}: trailing garbage after {kind} data")
        fed = True
        try:
            chunk = d.decompress(piece)
        except errors as e:
            raise InputError(f"{name}: corrupt {kind} data ({e})") from None
        size += len(chunk)
        out.append(chunk)
        if size > MAX_DOCUMENT_BYTES:
            raise _too_big(name)
        if size > EXPANSION_FLOOR and size > MAX_EXPANSION * min(pos, len(data)):
            raise InputError(
                f"{name}: expands more than {MAX_EXPANSION}x its compressed size; refusing it as a likely decompression bomb"
            )
        if d.eof:
            carry, d, fed = d.unused_data, new(), False
    if fed:
        raise InputError(f"{name}: truncated {kind} data")
    return b"".join(out)


def read_document(name: str) -> Document:
    data = _read_bytes(name)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{name}: larger than {MAX_DOCUMENT_BYTES >> 20} MiB; use `stripper dataset` for big inputs")
    if data[:2] == GZIP_MAGIC:
        data = _decompress(name, data, "gzip")
    elif data[:4] == ZSTD_MAGIC:
        data = _decompress(name, data, "zstd")
    if not data.strip():
        raise InputError(f"{name}: empty input")
    try:
        text, enc = decode(data)
    except DecodeError as e:
        raise InputError(f"{name}: {e}") from None
    # Anything but UTF-8 without a byte-order mark or a declaration was a guess: say so.
    declared = data[:3] == b"\xef\xbb\xbf" or enc.startswith("utf-") or _declares(data[:SNIFF], enc)
    warning = "" if enc == "utf-8" or declared else f"no declared encoding; decoded as {enc} (detected)"
    return Document(name, text, enc, warning)


def _declares(head: bytes, enc: str) -> bool:
    """Whether the page's own declaration names the encoding it was decoded with."""
    label = declared_encoding(head)
    if not label:
        return False
    try:
        return codecs.lookup(label).name == codecs.lookup(enc).name
    except LookupError:
        return False


def output_path(out_dir: Path, name: str) -> Path:
    """Where `name`'s output goes inside `out_dir`: its base name only, so nothing lands outside."""
    base = "stdin.txt" if name == "-" else Path(name).name
    for ext in (".gz", ".zst"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    if base in ("", ".", ".."):
        base = "document.txt"
    return out_dir / base


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: str) -> None:
    """Write via a temporary file in the same directory, then rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an output gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["Document", "InputError", "output_path", "read_document", "write_atomic"]
