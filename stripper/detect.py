"""Bytes -> text, and text -> "html" or "text". Decoding never guesses silently: a BOM wins, then
an HTML meta charset, then strict UTF-8, then detection; text that cannot be decoded is an error."""
from __future__ import annotations

import codecs
import re

from .errors import DecodeError

SNIFF = 4096
PREFER_CP1252_WITHIN = 0.02
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_HTML = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<(?:div|p|article|section|span|a|table|ul|li|h[1-6]|br|script|style)(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE,
)




def decode(data: bytes) -> tuple[str, str]:
    """Decode a document, returning (text, encoding used)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} after its byte-order mark at byte {e.start + len(bom)}") from None
    head = data[:SNIFF]
    if b"\x00" in head:
        raise DecodeError("binary data (NUL bytes), not text")
    utf8: str | None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    m = _META_CHARSET.search(head)
    if m:
        declared = _whatwg_label(m.group(1).decode("ascii").lower())
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = ""
        # Bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the page says
        # (crawlers re-encode pages and keep the old meta); a single-byte text almost never is.
        if declared and not (utf8 is not None and len(utf8) < len(data)):
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration is wrong more often than the bytes; detect below
    if utf8 is not None:
        return utf8, "utf-8"
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[: 1 << 20]))
    if not matches:
        raise DecodeError("not text in any encoding stripper can detect (binary data?)")
    best = matches[0]
    # Short Western texts fit several single-byte code pages about equally well; windows-1252 is the
    # web's default legacy encoding (WHATWG), so it wins when it is about as good as the best guess.
    for guess in matches:
        if guess.encoding == "cp1252" and guess.chaos <= best.chaos + PREFER_CP1252_WITHIN:
            best = guess
            break
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"not valid {best.encoding} text") from None
    if _control_share(text) > 0.02:
        raise DecodeError("binary data, not text")
    return text, best.encoding


def declared_encoding(head: bytes) -> str:
    """The encoding a page's <meta charset> declares, as browsers read it ("" when none)."""
    m = _META_CHARSET.search(head)
    return _whatwg_label(m.group(1).decode("ascii").lower()) if m else ""


def _whatwg_label(label: str) -> str:
    """What browsers decode a declared label as: a meta tag readable as ASCII cannot be UTF-16 or
    UTF-32, and Latin-1 and ASCII mean windows-1252 (WHATWG Encoding Standard)."""
    if label.startswith(("utf-16", "utf16", "utf-32", "utf32", "ucs-2", "ucs2")):
        return "utf-8"
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
                 "ibm819", "iso-ir-100", "csisolatin1"):
        return "cp1252"
    return label


def _control_share(text: str) -> float:
    sample = text[:SNIFF]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / len(sample)


def looks_like_html(text: str) -> bool:
    """True when the start of `text` has markup: a doctype, an <html> tag, or several tags."""
    head = text[:SNIFF].lstrip()
    if head.startswith("<") and _HTML.match(head):
        return True
    return len(_HTML.findall(head)) >= 3


def detect_format(text: str) -> str:
    return "html" if looks_like_html(text) else "text"
