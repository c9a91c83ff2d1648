"""REL: related, read-more, see-also and recommended lines, and runs of other articles' headlines."""
from ..model import Category, Scope
from .base import make

C = Category.REL

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
            r"^\W*(?:{labels})\s*(?::|：|\||–|—|-|»|>>|→)\s*\S",
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
)
