"""The extension points, as a newcomer meets them: a new extraction engine, output format or rule
source is one registration, and everything downstream (strip, strip_many, the CLI, the catalogue)
picks it up. A new category is one line of `model.CATEGORIES` (checked here as data: every place
that knows categories reads them from there)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from stripper import Settings, extract, outputs, rules, strip
from stripper.cli import app
from stripper.extract import Engine, Extraction
from stripper.model import CATEGORIES, Category
from stripper.parallel import strip_many
from stripper.rules.base import make

STORY = "The council voted on Tuesday to approve the new flood defences after a long debate."
PAGE = f"<html><body><p>{STORY}</p><p>Zorp banner text</p></body></html>"


@pytest.fixture
def dummy_engine():
    def extract_text(html: str, settings: Settings) -> Extraction:
        return Extraction(text=f"{STORY}\nSign up for our newsletter\n", fallback=False)

    engine = extract.register(Engine("dummy", extract_text, "a test engine"))
    yield engine
    extract.ENGINES.pop("dummy")


def test_an_engine_is_one_register_call(dummy_engine):
    assert strip(PAGE, engine="dummy").text == f"{STORY}\n"
    assert [r.text for r in strip_many([PAGE, PAGE], engine="dummy", workers=1)] == [f"{STORY}\n"] * 2
    r = CliRunner().invoke(app, ["clean", "--engine", "dummy", "-f", "html"], input=PAGE)
    assert r.exit_code == 0 and r.stdout == f"{STORY}\n", r.output
    with pytest.raises(Exception, match="unknown engine"):
        strip(PAGE, engine="nope")


def test_an_output_format_is_one_entry(monkeypatch):
    upper = outputs.OutputFormat("upper", "the story in capitals", ".txt", outputs.OUTPUTS["text"].strip,
                                 lambda name, result: result.text.upper())
    monkeypatch.setitem(outputs.OUTPUTS, "upper", upper)
    r = CliRunner().invoke(app, ["clean", "-O", "upper", "-f", "text"], input=f"{STORY}\nAdvertisement\n")
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{STORY.upper()}\n"


def test_a_rule_source_is_one_register_call(monkeypatch):
    rule = make("ALT950", "zorp-banner", Category.ALT, "A test source's banner.",
                "A rule from a source registered at run time, to show that one call is enough for a "
                "source's rules to be matched, selected and listed like the built-in ones.",
                removes=("Zorp banner text",), keeps=("The zorp banner text was a story of its own, she said.",),
                patterns=(r"^zorp banner text$",), keywords=("zorp",), max_words=6, phrases=False)
    monkeypatch.setitem(rules.SOURCES, "scratch", lambda settings: (rule,))
    text = f"{STORY}\nZorp banner text\n"
    result = strip(text, format="text")
    assert result.text == f"{STORY}\n" and [r.code for r in result.removals] == ["ALT950"]
    assert strip(text, format="text", settings=Settings(ignore=("ALT950",))).text == text
    assert "ALT950" in {r.code for r in rules.catalogue()}
    r = CliRunner().invoke(app, ["clean", "-f", "text", "--select", "ALT950", "--isolated"], input=text)
    assert r.exit_code == 0 and r.stdout == f"{STORY}\n", r.output
    r = CliRunner().invoke(app, ["rule", "ALT950", "--isolated"])
    assert r.exit_code == 0 and "zorp-banner" in r.stdout, r.output


def test_categories_are_read_from_one_table():
    from stripper.render import COLORS

    assert [c.value for c in Category] == [c.prefix for c in CATEGORIES]
    assert {c: c.colour for c in Category} == COLORS
    assert all(c.label and c.description for c in Category)
