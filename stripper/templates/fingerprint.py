"""Line fingerprints and sites: what pass one counts and pass two looks up.

A line's fingerprint is a 64-bit BLAKE2b hash of its normalized text: ASCII letters lowercased,
ASCII punctuation and runs of whitespace (no-break and zero-width spaces too) one space, so
"Home | News" and "home  news" are one line. Other characters count as they are: a site prints its
template the same way on every page, and each pass over the bytes costs pass one speed.
Digits stay: folding them would make every "11" or "2-1" line of a site one line, and stories are
lost that way. Lines that normalize to nothing (blank lines, rules of dashes) have no fingerprint.
The hash is stable across processes and machines, so count files of several shards add up.

Pass one counts each line under its fingerprint, and again under its fingerprint and its zone
(`page_keys`): whether the line's middle comes before or after the middle of the page's text (by
characters, normalized). A site
prints its template in the same place on every page (menus before the story, footers and boxes
after it), so a line's count in its zone says how often it sits *there*; a story's headline that
a "most read" box shows after the story on other pages has its own page's zone nearly to itself.
"""
from __future__ import annotations

import string
import unicodedata
from hashlib import blake2b
from typing import Any
from urllib.parse import urlsplit

# Version of the normalization and hash: count files of another version do not merge.
VERSION = 5

# ASCII punctuation becomes a space, ASCII capitals lowercase; "\n" (the line separator) stays.
_TABLE = bytes.maketrans(
    (string.punctuation + string.ascii_uppercase).encode("ascii"),
    (" " * len(string.punctuation) + string.ascii_lowercase).encode("ascii"),
)
# Non-ASCII spaces (each a whole UTF-8 sequence: no false matches inside other characters).
_MARKS = tuple(c.encode("utf-8") for c in "\xa0\u200b")


def _normalized_lines(text: str) -> list[bytes]:
    data = text.encode("utf-8", "surrogatepass")
    for mark in _MARKS:
        if mark in data:
            data = data.replace(mark, b" ")
    return [b" ".join(line.split()) for line in data.translate(_TABLE).split(b"\n")]


def normalize(line: str) -> str:
    """The text a line's fingerprint is taken of ("" for a line with no word)."""
    return b" ".join(_normalized_lines(line)).decode("utf-8", "surrogatepass")


def _hash(key: bytes) -> int:
    return int.from_bytes(blake2b(key, digest_size=8).digest(), "little")


def fingerprint(line: str) -> int | None:
    """The line's 64-bit fingerprint, or None for a line that normalizes to nothing."""
    key = b" ".join(_normalized_lines(line))
    return _hash(key) if key else None


def fingerprints(lines: list[str]) -> list[int | None]:
    """`fingerprint` of each line, in order (the lines must not contain "\\n")."""
    return [_hash(key) if key else None for key in _normalized_lines("\n".join(lines))]


def text_fingerprints(text: str) -> list[int | None]:
    """`fingerprints` of `text.split("\\n")`, without splitting the str."""
    return [_hash(key) if key else None for key in _normalized_lines(text)]


HEAD, TAIL = 0, 1  # the zones: before and after the middle of the page's text
# A line's key in a zone: its fingerprint XOR the zone's constant (fingerprints are uniform hashes,
# so a zone key meets another line's fingerprint only by a 2^-64 chance).
_ZONE = (0x243F6A8885A308D3, 0x13198A2E03707344)


def zone_key(fp: int, zone: int) -> int:
    """The key of line `fp` in `zone` (HEAD or TAIL)."""
    return fp ^ _ZONE[zone]


def text_zones(text: str) -> tuple[list[int | None], list[int]]:
    """`text_fingerprints(text)`, and each line's zone: HEAD if the line's middle comes before the
    middle of the page's normalized text, else TAIL."""
    keys = _normalized_lines(text)
    fps = [_hash(key) if key else None for key in keys]
    half = sum(map(len, keys))  # twice the middle, compared with twice each line's middle
    zones = []
    pos = 0
    for k in keys:
        n = len(k)
        zones.append(HEAD if 2 * pos + n < half else TAIL)
        pos += n
    return fps, zones


def page_keys(text: str) -> list[int]:
    """What pass one counts for a page: each line's fingerprint, and its `zone_key` (as
    `text_zones` has them, in one loop)."""
    keys = _normalized_lines(text)
    half = sum(map(len, keys))
    zone = _ZONE
    out: list[int] = []
    zoned: list[int] = []
    pos = 0
    for k in keys:
        if k:
            fp = _hash(k)
            out.append(fp)
            zoned.append(fp ^ zone[2 * pos + len(k) >= half])
            pos += len(k)
    return out + zoned


def document_hash(site: str, text: str) -> bytes:
    """A 16-byte hash of a site's document's exact text: two copies of one page of a site count once
    (the same story on two sites counts on each)."""
    h = blake2b(site.encode("utf-8", "surrogatepass"), digest_size=16)
    h.update(b"\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.digest()


def site_of(value: object) -> str | None:
    """The site a row belongs to: the host of a URL (lowercase, without "www."), or any other
    non-empty string as it is (a field that names the site). None when there is no site."""
    if not isinstance(value, str):
        return None
    v = value.strip()
    if not v:
        return None
    if "://" in v or v.startswith("//"):
        try:
            host = urlsplit(v).hostname
        except ValueError:
            host = None
        if not host:
            return None
        host = unicodedata.normalize("NFC", host.rstrip("."))
        return host[4:] if host.startswith("www.") else host
    return v


def field_value(row: dict[str, Any], name: str) -> Any:
    """row[name], or for a dotted name not in the row, the nested value ("metadata.url")."""
    if name in row:
        return row[name]
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value
