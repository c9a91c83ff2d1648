"""Line fingerprints and sites: what pass one counts and pass two looks up.

A line's fingerprint is a 64-bit BLAKE2b hash of its normalized text: case folded, every run of
punctuation and whitespace one space (so "Home | News" and "Home · News" are one line). Digits stay:
folding them would make every "11" or "2-1" line of a site one line, and stories are lost that way.
Lines that normalize to nothing (blank lines, rules of dashes) have no fingerprint. The hash is stable across processes and machines, so count
files from several shards add up."""
from __future__ import annotations

import string
import unicodedata
from hashlib import blake2b
from urllib.parse import urlsplit

# Version of the normalization and hash: count files of another version do not merge.
VERSION = 1

# Punctuation (ASCII and the typographic marks of web text) becomes a space. Other characters pass
# through; str.translate and split/join do the work at C speed, with no regex.
_TABLE: dict[int, str] = {ord(c): " " for c in string.punctuation + "•\xa0’‘“”►»«…–—©®™·|¦§¶†‡\u200b\u2022\u2023\u25aa\u25cf\u2192"}


def normalize(line: str) -> str:
    """The text a line's fingerprint is taken of ("" for a line with no word)."""
    return " ".join(line.translate(_TABLE).casefold().split())


def fingerprint(line: str) -> int | None:
    """The line's 64-bit fingerprint, or None for a line that normalizes to nothing."""
    key = normalize(line)
    if not key:
        return None
    return int.from_bytes(blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def fingerprints(lines: list[str]) -> list[int | None]:
    """`fingerprint` of each line, in order."""
    table = _TABLE
    out: list[int | None] = []
    append = out.append
    for line in lines:
        key = " ".join(line.translate(table).casefold().split())
        if key:
            append(int.from_bytes(blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little"))
        else:
            append(None)
    return out


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
