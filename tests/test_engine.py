"""Engine invariants: removes, never rewrites; spans reproduce the output; idempotent; no pile of
blank lines; never raises. Property tests with hypothesis, plus the context pass's cases."""
from __future__ import annotations

import re

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import sample_inputs
from stripper import Settings, strip
from stripper.rules import BUILTIN

BOILER = [ex for r in BUILTIN if not r.structural for ex in r.removes] + ["Home", "News", "Sport", "• World"]
STORY = [
    "The council voted on Tuesday to approve the plan, ending a dispute that began in 2019.",
    "Residents said the new road would flood the lower streets every winter, as it did in 2014.",
    "The firm earned a commission of 2% on every sale, the court heard.",
    "Subscribers to the paper's newsletter rose by a third.",
]
lines = st.lists(st.one_of(st.sampled_from(BOILER), st.sampled_from(STORY), st.just(""), st.text(max_size=40)), max_size=40)
newline = st.sampled_from(["\n", "\r\n"])


def _lines(text: str) -> list[str]:
    """Lines with their newlines (only "\n" ends a line, as in the engine)."""
    return re.findall(r"[^\n]*\n|[^\n]+$", text)


def check_invariants(text: str, result) -> None:
    # input minus the removed spans is exactly the output
    pieces, pos = [], 0
    for r in result.removals:
        assert pos <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.text
        pieces.append(text[pos : r.start])
        pos = r.end
    pieces.append(text[pos:])
    assert "".join(pieces) == result.text
    # kept lines are a subsequence of the input lines, byte-identical
    src = iter(_lines(text))
    for line in _lines(result.text):
        assert any(line == s for s in src)
    # no pile of blank lines where a block went
    assert "\n\n\n" not in result.text or "\n\n\n" in text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, newline)
def test_strip_invariants_on_mixed_documents(ls, nl):
    text = nl.join(ls)
    result = strip(text, format="text")
    check_invariants(text, result)
    assert strip(result.text, format="text").text == result.text, "idempotent"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_strip_never_raises_on_any_string(text):
    for fmt in ("text", "auto"):
        result = strip(text, format=fmt)
        assert isinstance(result.text, str)
        if result.format == "text":
            check_invariants(text, result)


@settings(max_examples=100, deadline=None)
@given(lines)
def test_json_report_round_trips(ls):
    result = strip("\n".join(ls), format="text")
    data = orjson.loads(orjson.dumps(result.to_dict()))
    assert data == result.to_dict()
    assert [(r["start"], r["end"], r["code"]) for r in data["removals"]] == [(r.start, r.end, r.code) for r in result.removals]


def test_samples_are_idempotent_and_consistent():
    for path in sample_inputs():
        text = path.read_text(encoding="utf-8")
        result = strip(text)
        if result.format == "text":
            check_invariants(text, result)
        assert strip(result.text, format="text").text == result.text, path.name


def test_crlf_lines_come_out_byte_identical():
    text = "Sign up to our newsletter\r\nThe council voted on Tuesday to approve the plan after years of argument.\r\n"
    assert strip(text, format="text").text == "The council voted on Tuesday to approve the plan after years of argument.\r\n"


def test_blank_lines_stay_natural_where_a_block_went():
    text = "First paragraph of the story is here.\n\nAdvertisement\n\nSecond paragraph of the story is here.\n"
    assert strip(text, format="text").text == "First paragraph of the story is here.\n\nSecond paragraph of the story is here.\n"


def test_nothing_to_remove_returns_the_input_unchanged():
    text = "  Indented line.\n\n\n\nTrailing spaces   \n"
    result = strip(text, format="text")
    assert result.text == text and result.removals == ()


def test_trust_block_takes_subheadings_and_stops_where_the_story_resumes():
    text = (
        "Why trust our journalism?\n\nFounded in 2003, we give readers independent advice.\n\nEditorial independence\n\n"
        "Our reviewers never accept payment for coverage and test every product themselves.\n\n"
        "The minister said the plan would go ahead next year despite objections from residents.\n"
    )
    out = strip(text, format="text", settings=Settings(page="never")).text
    assert out == "The minister said the plan would go ahead next year despite objections from residents.\n"


def test_orphan_between_removed_lines_goes_with_them():
    text = ("The minister said the plan would go ahead next year despite objections from residents.\n"
            "Sign up to our newsletter\nWeekly\nThanks for signing up!\n"
            "The council will vote on the final budget in March, officials confirmed on Friday.\n")
    result = strip(text, format="text", settings=Settings(page="never"))
    assert "Weekly" not in result.text
    assert any(r.reason == "short line between removed lines" for r in result.removals)


def test_extracted_article_text_is_left_to_the_rules():
    """The page pass does not run on article text, even with short headings between paragraphs."""
    story = "\n\n".join(f"Heading {i}\n\n" + " ".join(["The council discussed the budget at length."] * 4) for i in range(12))
    assert strip(story, format="text").text == story


def test_whole_page_menus_go():
    # Labels no rule knows: only the page pass can tell these are menus.
    menu = "\n".join(["Allotments", "Bus times", "Parish council", "Bin days", "Ferries", "Tide tables"] * 3)
    story = "\n".join(" ".join([f"Paragraph {i} says the council discussed the budget at length and voted."] * 3) for i in range(6))
    footer = "\n".join(["Our town", "Twinning", "Rotary", "Scouts", "Choir", "Bowls club"] * 3)
    result = strip(f"{menu}\n{story}\n{footer}\n", format="text")
    assert result.text == story + "\n"
    assert {r.code for r in result.removals} <= {"NAV001", "NAV002", "NAV004", "CPY002", "ALT002", "SOC002"}
    assert strip(f"{menu}\n{story}\n{footer}\n", format="text", settings=Settings(page="never")).text != result.text


def test_page_pass_runs_again_when_the_rules_reveal_a_page():
    """Rules first remove enough that the rest looks like a page: the page pass then runs on it,
    so that a second strip changes nothing."""
    from stripper.pipeline import MAX_ROUNDS

    assert MAX_ROUNDS >= 2
    prose = " ".join(["The council discussed the budget at length and voted for the plan in the end."] * 3)
    menu = ["Allotments", "Bus times", "Parish council", "Bin days", "Ferries", "Tide tables"]
    boiler = [ex for r in BUILTIN if r.code in ("NWS002", "CKE001", "SOC003") for ex in r.removes]
    body = "\n".join(boiler * 4 + menu * 5 + [prose] * 6 + menu * 3) + "\n"
    once = strip(body, format="text")
    assert strip(once.text, format="text").text == once.text
    check_invariants(body, once)


def test_a_short_document_is_never_emptied_by_its_edges():
    """A short review next to one boilerplate line is all story: the edge rules need a story."""
    for text in ("Great product, works well.\nAdvertisement\n", "Thanks, that fixed it!\nShare this:\n"):
        assert strip(text, format="text").text == text.split("\n")[0] + "\n"


def test_removals_are_built_in_their_slots_as_removal_itself_builds_them():
    """engine's Removals are made by stripper/_text.c's Maker (the slots filled directly, without
    the frozen dataclass's __init__): the same values as Removal(...) gives, frozen, hashable,
    picklable; a name that is no object slot of the class is refused."""
    import pickle

    from stripper import _text
    from stripper.engine import _removal
    from stripper.model import Category, Removal

    assert isinstance(_removal, _text.Maker)
    args = (3, 9, "Share\n", "SOC001", Category.SOC, "share prompt")
    a, b = _removal(*args), Removal(*args)
    assert type(a) is Removal and a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert pickle.loads(pickle.dumps(a)) == b and a.to_dict() == b.to_dict()
    with pytest.raises(AttributeError):
        a.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError):
        _removal(*args[:5])
    with pytest.raises((TypeError, AttributeError)):
        _text.Maker(Removal, ("start", "changed"))
    res = strip("Story line one is here.\nShare this on Facebook\nStory line two is here.", format="text")
    assert res.removals and all(type(r) is Removal for r in res.removals)
    assert [Removal(r.start, r.end, r.text, r.code, r.category, r.reason) for r in res.removals] == list(res.removals)
