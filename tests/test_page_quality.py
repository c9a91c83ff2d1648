"""The safety net (#8 item 4), with script-aware counts: on already-extracted text the page pass
runs only when the text is a whole page, and a document cut to under half its prose says so, in
Chinese and Japanese as in English."""
from __future__ import annotations

import pytest

from stripper import Settings, page, pipeline, strip
from stripper.context import Decision
from stripper.engine import assemble, prepared
from stripper.learn.data import extra_pages
from stripper.segment import split_lines

ALWAYS = Settings(page="always")
GONE = Decision("NAV002", "outside the story region on a whole page")

PROSE = {
    "zh": ["国庆假期的最后一天，我在平江路附近租了一辆自行车，沿着河边慢慢骑，老城区的小巷很窄。",
           "我先去了一家开了三十多年的面馆，点了一碗焖肉面，老板说他们每天凌晨四点就开始熬汤。",
           "吃完面以后，我沿着护城河一直骑到盘门，城墙边有不少老人在下棋和打太极。",
           "傍晚的时候，我在一座石桥上停下来拍照，夕阳把河水照成金色，桥下的小店陆续亮起了灯。"],
    "ja": ["大阪市内の商店街で、長く空き店舗になっていた元和菓子店を改装した子ども食堂がオープンした。",
           "初日には小学生から高齢者まで七十人以上が訪れ、カレーライスとサラダを囲んだという。",
           "食材の多くは商店街の八百屋や精肉店から寄付されていて、店主たちも手伝いに来ている。",
           "食堂では食事のあとに宿題を見る時間も設けており、大学生が算数や英語を教えている。"],
}


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_cutting_most_of_a_cjk_story_warns(lang):
    text = "\n".join(PROSE[lang])
    lines, starts = split_lines(text)
    cut = assemble(text, lines, starts, [None, GONE, GONE, GONE], prepared(ALWAYS).by_code, fmt="text")
    warned = pipeline.safety(cut, ALWAYS)
    assert any("words of prose" in w for w in warned.warnings), warned.warnings
    assert warned.text == cut.text  # a warning, not a change
    light = assemble(text, lines, starts, [None, None, None, GONE], prepared(ALWAYS).by_code, fmt="text")
    assert pipeline.safety(light, ALWAYS).warnings == ()


@pytest.mark.parametrize("lang", sorted(PROSE))
def test_emptying_a_cjk_story_warns(lang):
    text = "\n".join(PROSE[lang])
    lines, starts = split_lines(text)
    empty = assemble(text, lines, starts, [GONE] * 4, prepared(ALWAYS).by_code, fmt="text")
    assert pipeline.safety(empty, ALWAYS).warnings == ("everything was removed",)


def test_extracted_text_is_no_whole_page_even_when_long():
    # A long extracted story, with a recipe's ingredient list and a table (runs of short lines a
    # gate counting words alone takes for a menu): the page pass does not run on it.
    story = PROSE["zh"] * 6
    ingredients = ["- 350 g Zucker", "- 500 ml Milch", "- 4 EL Milch", "- 450 g Butter", "- 5 Eier", "- 1 Pck. Backpulver"]
    table = ["| Menge | Zutat |", "|---|---|", "| 250 g | Butter |", "| 200 g | Zucker |", "| 4 | Eier |"]
    text = "\n".join(story[:12] + ingredients * 2 + story[12:] + table * 2)
    assert len(text.split("\n")) >= page.DEFAULT.page_min_lines
    assert not page.looks_like_page(text.split("\n"))
    assert strip(text, format="text").text == text
    off = page.PagePass(matter_reach=-1)
    assert page.looks_like_page(text.split("\n"), off)  # without the document kinds it would be one


@pytest.mark.parametrize("p", [p for p in extra_pages() if p.site.endswith("-held")], ids=lambda p: p.id)
def test_held_out_pages_keep_their_story_by_default(p):
    """The held-out whole pages (never fitted on), under the default settings (the gate decides):
    no story is lost and no warning is needed."""
    from stripper.evaluate import story_kept

    result = strip(p.text, format="text")
    assert story_kept(p.gold, p.text, result.text) >= 0.8, p.id
    assert result.warnings == ()
