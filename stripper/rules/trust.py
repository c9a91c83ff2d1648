"""TRU: "why trust us", editorial standards and "how we test" blocks."""
from ..model import Category, Scope
from .base import make

C = Category.TRU

RULES = (
    make(
        "TRU001",
        "why-trust-us-heading",
        C,
        "A \"Why trust us?\" / \"How we test\" heading, with the block under it.",
        """Removes the self-promotional box that review sites append to articles: a heading such as
        "Why trust our journalism?", "How we test", "Our editorial standards" or "Warum Sie uns vertrauen
        können", and the sub-headings and paragraphs under it. The block ends where a paragraph no
        longer talks about the publication (its testing, independence, staff, standards), so the story
        that resumes after it stays. Known false positive: an article *about* a newsroom's standards that
        starts with such a heading.""",
        scope=Scope.BLOCK,
        max_words=12,
    ),
    make(
        "TRU002",
        "editorial-independence-statement",
        C,
        "A sentence assuring readers that reviews are independent and products are tested.",
        """Removes the standing statements about the publication's own process: "Every product we review is
        independently selected", "Our experts test every product", "We follow the IPSO Editors' code of
        practice", "Editorial independence means …". They are identical on every page of the site.
        The patterns need the publication speaking of itself ("we", "our").""",
        max_words=70,
    ),
)
