"""Decoding and format detection: a BOM wins, then a meta charset, then UTF-8, then detection;
binary data is refused, never mangled."""
from __future__ import annotations

import codecs

import pytest

from stripper import strip
from stripper.detect import DecodeError, decode, detect_format

FRENCH = "Le café était fermé à cause de la grève, a déclaré le propriétaire à la presse locale vendredi."


@pytest.mark.parametrize("bom, enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_wins(bom, enc):
    text, used = decode(bom + FRENCH.encode(enc))
    assert text == FRENCH and used == enc


def test_meta_charset_is_honoured():
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>{FRENCH}</p></body></html>'
    text, used = decode(html.encode("cp1252"))
    assert FRENCH in text and used == "windows-1252"


def test_wrong_meta_charset_falls_back_to_the_bytes():
    html = f'<html><head><meta charset="us-ascii"></head><body><p>{FRENCH}</p></body></html>'
    text, _ = decode(html.encode("utf-8"))
    assert FRENCH in text


def test_undeclared_legacy_encoding_is_detected():
    text, used = decode(((FRENCH + "\n") * 20).encode("cp1252"))
    assert FRENCH in text and used == "cp1252"


@pytest.mark.parametrize("data", [b"\x00" * 10 + b"abc", bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10])
def test_binary_is_refused(data):
    with pytest.raises(DecodeError):
        decode(data)


@pytest.mark.parametrize(
    "text, fmt",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<div><p>Story</p><p>More</p><span>x</span></div>", "html"),
        ("Plain text with a < sign and a > sign, and <b> once.", "text"),
        ("Just a story.\n\nTwo paragraphs.", "text"),
    ],
)
def test_format_detected_from_content(text, fmt):
    assert detect_format(text) == fmt


STORY = "The council voted to approve the plan after a long debate about costs. " * 20


def test_story_under_10000_nested_elements_is_not_lost():
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{STORY}</p>" + "</div>" * 10_000 + "</body></html>"
    result = strip(html, format="html")
    assert STORY.strip() in result.text
    assert "falling back" in result.warnings[0]


def test_a_10mb_paragraph_is_not_lost():
    para = "word " * 2_000_000
    result = strip(f"<html><body><article><p>{para}</p></article></body></html>", format="html")
    assert len(result.text) >= len(para.strip())
    assert "falling back" in result.warnings[0]


def test_page_with_no_text_says_so():
    result = strip("<html><head><script>var a = 1;</script></head><body><img src='x.png'></body></html>", format="html")
    assert result.text == "" and "no visible text" in result.warnings[0]


def test_utf8_bytes_win_over_a_latin1_declaration():
    html = f'<html><head><meta charset="iso-8859-1"></head><body><p>{FRENCH}</p></body></html>'
    text, used = decode(html.encode("utf-8"))
    assert FRENCH in text and used == "utf-8"


def test_a_utf16_declaration_on_ascii_bytes_is_read_as_utf8():
    html = '<html><head><meta charset="utf-16"></head><body><p>Plain story text.</p></body></html>'
    for extra in ("", " "):
        text, _ = decode((html + extra).encode("ascii"))
        assert "Plain story text." in text
