"""TRU: "why trust us", editorial standards and "how we test" blocks."""
from ..model import Category, Scope
from .base import make, unquoted

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
    make(
        "TRU003",
        "editorial-process-line",
        C,
        "A short line in which the publication describes its own reviewing, testing or fact-checking.",
        """Removes the standing lines of "how we work" boxes whatever their wording: "Our testers try every
        product we recommend", "Medically reviewed by Dr Jane Smith", "Every article is fact-checked for
        accuracy", "Our corrections policy explains how we correct mistakes", "Scores are never
        influenced by commercial partners". The line must hold one of the publication's process
        phrases (our reviewers/editors/testers, we test/review, medically or expertly reviewed,
        fact-checked, corrections or sourcing policy, not medical advice …; Unsere Redaktion testet,
        nos experts testent …), have at most 30 words and quote no one: a story sentence that quotes a
        company ("“We test every batch,” the owner said.") stays.""",
        templates=(unquoted("{process}"),),
        max_words=30,
    ),
)
