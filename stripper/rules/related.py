"""REL: related, read-more, see-also and recommended lines, and runs of other articles' headlines."""
from ..model import Category, Scope
from .base import make, unquoted

C = Category.REL

# Brackets and arrows that close a label ("【関連記事】…", "[관련기사] …", "《相关阅读》", "関連 ＞"): the
# label's end in REL001 and REL003 alike.
_CLOSERS = r"】|」|》|＞|›|\]|）"

RULES = (
    make(
        "REL001",
        "related-link-line",
        C,
        "A line that points to another article: \"Related: …\", \"Read more: …\", \"See also: …\".",
        """Removes the in-story links editors drop between paragraphs: "Related: Samsung Galaxy Note 9",
        "READ MORE: …", "See also: …", "Mehr zum Thema: …", "À lire aussi : …", "Lee también: …". The
        label followed by a colon (or a dash) marks the line as a link to another page. A sentence that
        merely starts with "Related research shows …" has no such label and stays.""",
        templates=(
            # The label's end: a colon, a dash, an arrow, a closing bracket ("【関連記事】…", "[관련기사] …")
            # or a full stop and a space ("READ MORE. …").
            r"^\W*(?:{labels})\s*(?::|：|\||–|—|-|»|>>|→|" + _CLOSERS + r"|\.\s)\s*\S",
            r"^\W*(?:{read_more})\W*(?:»|→|>)?\W*$",
        ),
        max_words=30,
    ),
    make(
        "REL002",
        "related-articles-heading",
        C,
        "A \"Related articles\" / \"More stories\" heading, with the run of headlines under it.",
        """Removes a heading that introduces other articles ("Related articles", "You may also like", "More
        from The Verge", "Most popular", "Mehr zum Thema", "Sur le même sujet") and the run of short
        headline lines under it. The run ends at the first line of prose, so a story that continues
        after a related box keeps its paragraphs.""",
        templates=(r"^\W*(?:{headings})\W*$",),
        scope=Scope.BLOCK,
        max_words=10,
    ),
    make(
        "REL003",
        "related-teaser-line",
        C,
        "A teaser for another article: a next/previous-article label, a headline with its comment count, a pointer to a buying guide.",
        """Removes the teaser lines of headline rails and in-story signposts that REL001's labels miss:
        "Nächster Artikel: Elektroauto unter 30.000 Euro", "↗ Article suivant : …", "Voriger Beitrag →
        …", "Google fixes Pixel bug that drained batteries (231 comments)"
        "Looking for TVs? Check out our guide to the best smartwatches", "Popular on Travel + Leisure".
        The line holds a teaser phrase (next or previous article, what to read next, our guide to the
        best …), or ends with a comment count, on an unquoted line of at most 20 words. A
        story line does not end in "(38 comments)", and a sentence that names an article ("The next
        article in the series appears on Monday.") has no label before a colon or an arrow.""",
        templates=(
            unquoted(r"^\W*(?:{labels})\s*(?::|：|\||–|—|-|»|>>|→|>|" + _CLOSERS + ")"),
            unquoted(r"(?:{phrase})"),
            r"[^.!?]\s*\(\d[\d,.]*k?\s*(?:{counted})\)\W*$",
        ),
        max_words=20,
    ),
)
