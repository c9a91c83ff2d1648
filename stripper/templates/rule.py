"""TPL001: the rule whose removals come from a site's learned template (see stripper.templates).

Structural, like NAV001: it is decided from line counts across a site's pages, not from a line's
words, so it has no patterns. Its entry in the catalogue documents it (`stripper rule TPL001`) and
lets `--select` and `--ignore` turn it on and off."""
from ..model import Category
from ..rules.base import make

RULES = (
    make(
        "TPL001",
        "repeated-site-line",
        Category.TPL,
        "A line that recurs on many pages of the same site: its template (menus, footers, house prompts).",
        """In dataset mode with `--learn-templates` (or `--templates FILE`), removes a line whose
        normalized text (case folded, punctuation and digits evened out) appears on enough of its
        site's distinct pages: at least `template_min_pages` pages, and at least
        `template_edge_share` of the site's pages at the head and tail of a page, or
        `template_region_share` inside the story's region (between the first and the last line that
        is not template), where a recurring quote or a column's standing intro must stay. At the
        head a line must also be on `template_min_pages` pages in the same half of the page: a
        story's headline that a "most read" box shows after the story on other pages stays where
        it opens its own story, and where that story repeats it. After the story, beyond the
        template's closing block (two template lines in a row), a box of two or more lines (a
        rolling "most read" box) goes by its place: its lines on `template_box_min_pages` of the
        site's pages in the page's second half, one of them on `template_min_pages`. Counts
        are per site, never across sites, so a story syndicated on many sites stays; a page is
        counted once per distinct content, so print and AMP copies of a story do not make it
        recur. The reason says on how many of the site's pages the line appears. Sites with fewer
        pages than `template_min_pages` keep every line.""",
        removes=("Get the Harbor Times briefing every morning",),
        keeps=("The council voted 7-2 on Tuesday to close the harbor road for the summer.",),
        structural=True,
    ),
)
