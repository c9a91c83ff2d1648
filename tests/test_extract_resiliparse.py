"""The fast engine (engine="resiliparse"): resiliparse's main content without the containers
extract.BOILERPLATE_NAMES names, or the page's full text when the main content holds under
Settings.resiliparse_main_share of it; the page pass runs on either."""
from __future__ import annotations

import pytest

pytest.importorskip("resiliparse")

from stripper import extract as ex
from stripper import strip

STORY = ("The council voted on Tuesday to rebuild the old bridge over the river, after a decade of "
         "arguments about its cost and about who should pay for it. ")


def _page(body: str, body_class: str = "") -> str:
    return f"<html><head><title>t</title></head><body class='{body_class}'>{body}</body></html>"


def test_boilerplate_containers_go_and_the_story_stays() -> None:
    html = _page(f"<article><h1>Bridge vote</h1><p>{STORY * 4}</p>"
                 "<div class='post-author-bio'>Jane Doe writes about towns and their bridges for us.</div>"
                 "<div class='yarpp-related'><h3>Related posts</h3><p>Another bridge, another vote</p></div>"
                 "<div id='comments'><p>Great article, thanks for writing it up!</p></div>"
                 "<div class='share-bar'>Share this story with your friends</div></article>")
    got = ex.extract_with(html, "resiliparse")
    assert got.fallback and not got.warning  # the page pass runs on main content too
    assert STORY.strip() in got.text and "Bridge vote" in got.text
    for gone in ("Jane Doe", "Another bridge", "Great article", "Share this story"):
        assert gone not in got.text


def test_a_container_named_like_boilerplate_is_kept_when_it_is_the_page_s_article() -> None:
    """<body class="single-author"> or <article class="has-related"> is the page, not a box on it."""
    html = _page(f"<article class='post has-related-posts'><p>{STORY * 4}</p></article>", body_class="single-author")
    got = ex.extract_with(html, "resiliparse")
    assert STORY.strip() in got.text


def test_captions_tag_lists_and_boxes_inside_the_article_go() -> None:
    html = _page(f"<article><h1>Bridge vote</h1><p>{STORY * 4}</p>"
                 "<figure><img src='b.jpg'><div class='image-caption'>The old bridge at dawn, seen from the east bank</div></figure>"
                 "<div class='article-tags'><a href='/t/1'>Bridges</a> <a href='/t/2'>Council</a></div>"
                 "<div class='infobox-teaser'>Read our whole series on the town's bridges here</div></article>")
    got = ex.extract_with(html, "resiliparse")
    assert STORY.strip() in got.text
    for gone in ("old bridge at dawn", "Council", "whole series"):
        assert gone not in got.text


def test_the_page_pass_runs_on_main_content() -> None:
    """Teasers inside the story's container (a linked headline and a line of blurb, again and again)
    are what resiliparse's main content keeps and the page pass removes."""
    teasers = "".join(f"<h2><a href='/{i}'>Another story number {i}</a></h2><p>Read more</p>" for i in range(12))
    html = _page(f"<article><h1>Bridge vote</h1><p>{STORY * 6}</p>{teasers}</article>")
    res = strip(html, format="html", engine="resiliparse")
    assert STORY.strip() in res.text
    assert "Another story number 7" in res.input_text and "Another story number 7" not in res.text


def test_a_small_main_content_gives_way_to_the_page_s_full_text() -> None:
    menu = "".join(f"<li><a href='/{i}'>Section {i} of the site, with its own long name</a></li>" for i in range(300))
    html = _page(f"<div class='menu'><ul>{menu}</ul></div><main><p>Short.</p></main>")
    got = ex.extract_with(html, "resiliparse")
    assert got.fallback and "Section 299" in got.text and "Short." in got.text
    # the share is a setting: at 0 any main content is taken
    from stripper.settings import DEFAULT

    assert "Section 299" not in ex.extract_with(html, "resiliparse", DEFAULT.with_(resiliparse_main_share=0.0)).text
    # the page pass runs on the full text
    assert any(r.code.startswith("NAV") for r in strip(html, format="html", engine="resiliparse").removals)


def test_an_empty_page_says_so() -> None:
    got = ex.extract_with("<html><body></body></html>", "resiliparse")
    assert got.text == "" and got.fallback and "no visible text" in got.warning


def test_kept_text_is_the_extraction_s_own() -> None:
    """HTML mode's input_text is the engine's text, and kept lines are in it byte for byte."""
    html = _page(f"<article><p>{STORY * 3}</p><p>Subscribe to our newsletter for more.</p></article>")
    res = strip(html, format="html", engine="resiliparse")
    assert all(line in res.input_text for line in res.text.splitlines())


def test_the_share_is_a_checked_setting(tmp_path) -> None:
    from stripper.errors import ConfigError
    from stripper.settings import Settings, load

    with pytest.raises(ConfigError, match="resiliparse-main-share"):
        Settings(resiliparse_main_share=1.5)
    p = tmp_path / "pyproject.toml"
    p.write_text("[tool.stripper]\nresiliparse-main-share = 0.25\n", encoding="utf-8")
    assert load(p).resiliparse_main_share == 0.25


MORE = ("Engineers say the new span will carry twice the traffic and open in three years, if the money "
        "from the region arrives on time. ")


def _boxed_story_page(after: str = "") -> str:
    """A story whose second half sits in a container BOILERPLATE_NAMES names ("story-box"), so the
    main content holds under half of the page's text, between a long menu and a teaser list."""
    menu = "".join(f"<li><a href='/s{i}'>Section number {i} of our site</a></li>" for i in range(40))
    teasers = "".join(f"<li><a href='/t{i}'>Another teaser headline number {i} here</a></li>" for i in range(40))
    return _page(f"<ul class='menu'>{menu}</ul><article><h1>Bridge vote</h1><p>{STORY * 3}</p>"
                 f"<div class='story-box'><p>{MORE * 4}</p><p>{MORE * 3}</p></div></article>"
                 f"<ul class='menu'>{teasers}</ul>{after}")


def test_a_fallback_is_cut_to_the_span_of_the_story_s_container() -> None:
    from stripper.settings import DEFAULT

    html = _boxed_story_page()
    full = ex.extract_with(html, "resiliparse", DEFAULT.with_(resiliparse_span_min_chars=10**9))
    assert "Section number 5 of" in full.text  # without the span: the whole page, menu and all
    got = ex.extract_with(html, "resiliparse")
    assert got.fallback and "Bridge vote" in got.text and STORY.strip() in got.text and MORE.strip() in got.text
    assert "Section number 5 of" not in got.text and "headline number 30 " not in got.text
    assert got.text in full.text  # a slice of the full text: nothing rewritten
    # the margin is a setting: lines on either side of the span
    wide = ex.extract_with(html, "resiliparse", DEFAULT.with_(resiliparse_span_margin_lines=30))
    assert "Section number 30 of" in wide.text and "Section number 5 of" not in wide.text
    res = strip(html, format="html", engine="resiliparse")
    assert MORE.strip() in res.text and "Section number 5 of" not in res.input_text


def test_the_span_is_not_taken_when_the_page_s_prose_lies_outside_it() -> None:
    """Where resiliparse's main content is a box beside the story, most of the prose is elsewhere:
    the page pass gets the full text."""
    elsewhere = "".join(f"<p>{MORE * 3} Paragraph {i}.</p>" for i in range(12))
    html = _boxed_story_page(f"<div class='menu'>{elsewhere}</div>")
    got = ex.extract_with(html, "resiliparse")
    assert "Paragraph 11." in got.text and "Section number 5 of" in got.text


def test_the_span_settings_are_checked(tmp_path) -> None:
    from stripper.errors import ConfigError
    from stripper.settings import Settings, load

    with pytest.raises(ConfigError, match="resiliparse-span-prose-share"):
        Settings(resiliparse_span_prose_share=2.0)
    for name in ("resiliparse_span_min_chars", "resiliparse_span_margin_lines", "resiliparse_prose_line_chars"):
        with pytest.raises(ConfigError, match=name.replace("_", "-")):
            Settings(**{name: -1})
    p = tmp_path / "pyproject.toml"
    p.write_text("[tool.stripper]\nresiliparse-span-margin-lines = 5\n", encoding="utf-8")
    assert load(p).resiliparse_span_margin_lines == 5
