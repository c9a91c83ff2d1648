"""TRU: "why trust us", editorial standards and "how we test" blocks."""
from ..model import Category, Scope
from .base import make

C = Category.TRU

# Words that keep a trust block going: the block's paragraphs talk about the publication itself.
TRUST_VOCAB = (
    r"\b(?:trust|independen\w*|unbiased|impartial|editorial|editors?|journalis\w+|reviews?|reviewers?|test(?:s|ed|ing)?|"
    r"experts?|standards?|ethic\w*|code of (?:conduct|practice)|readers|users|products|accura\w+|honest\w*|"
    r"conflicts? of interest|advertis\w+|commission|founded|staff|ipso|methodolog\w+|verdict|buy|recommend\w*|"
    r"unabhängig\w*|redaktion\w*|indépendan\w*|rédaction|independien\w*|redacción)\b"
)

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
        removes=(
            "Why trust our journalism?",
            "Why you can trust TechRadar",
            "How we test",
            "How we tested the best laptops",
            "Our editorial standards",
            "Warum Sie uns vertrauen können",
            "Pourquoi nous faire confiance ?",
            "¿Por qué confiar en nosotros?",
        ),
        keeps=(
            "Why trust matters in a crisis, according to new research",
            "How we tested the limits of the new law is a question for the courts, the judge said.",
        ),
        patterns=(
            r"^\W*why (?:you )?(?:can |should )?trust (?:us|our [\w ]{1,30}|[\w .&'’-]{1,40})\W*$",
            r"^\W*how we (?:test|tested|review|reviewed|rate|rated|score|choose|chose|pick|picked)\b[\w ,'’-]{0,50}\W*$",
            r"^\W*(?:our|about our|read our) (?:editorial )?(?:standards|process|policy|ethics|methodology|review (?:process|policy|guidelines)|testing (?:process|methodology))\W*$",
            r"^\W*(?:editorial (?:standards|policy|guidelines|process)|review methodology|testing methodology)\W*$",
            r"^\W*warum (?:sie )?(?:uns|\w+) vertrauen(?: können)?\W*$",
            r"^\W*so (?:testen|bewerten) wir\W*$",
            r"^\W*pourquoi (?:nous )?faire confiance(?: à [\w ]{1,30})?\W*$",
            r"^\W*(?:comment nous testons|notre méthodologie)\W*$",
            r"^\W*¿?\s*por qué confiar en (?:nosotros|[\w ]{1,30})\W*$",
            r"^\W*(?:cómo probamos|nuestra metodología)\W*$",
        ),
        keywords=("trust", "how we", "standards", "process", "policy", "ethics", "guidelines", "editorial", "methodology", "vertrauen", "so testen", "so bewerten",
                  "confiance", "comment nous", "méthodologie", "confiar", "cómo probamos", "metodología"),
        scope=Scope.BLOCK,
        block_vocab=TRUST_VOCAB,
        max_words=12,
        languages=("en", "de", "fr", "es"),
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
        removes=(
            "Every product we review is independently selected by our editors.",
            "We follow the IPSO Editors’ code of practice to underpin these standards.",
            "Our experts test and review every product we recommend.",
            "Editorial independence means being able to give an unbiased verdict about a product or company, with the avoidance of conflicts of interest.",
            "Unsere Redaktion arbeitet unabhängig.",
        ),
        keeps=(
            "The regulator found that the paper had breached the Editors' Code by naming the boy.",
            "Independent experts tested the water at twelve sites along the river.",
        ),
        patterns=(
            r"\b(?:every|each|all) (?:product|item|thing)s? (?:we|you see here|on this page|featured)\b[^.!?]{0,40}\b(?:independently|hand-?picked|selected|chosen|tested|reviewed|vetted)\b",
            r"\b(?:our|the) (?:editors|experts|reviewers|journalists|writers|team)\b[^.!?]{0,30}\b(?:independently )?(?:test|research|review|select|choose|pick|vet)s? (?:and (?:test|review|recommend) )?(?:every|each|all|the (?:best )?)?\s*(?:products?|items?|things?)\b",
            r"\bipso\b[^.!?]{0,30}\bcode\b",
            r"\b(?:we|our (?:staff|journalists|editors|team))\b[^.!?]{0,30}\b(?:follow|adhere to|abide by)\b[^.!?]{0,30}\b(?:code of (?:conduct|practice)|editorial (?:guidelines|standards|policy|code))\b",
            r"^\W*editorial independence (?:means|is)\b",
            r"\b(?:thorough|unbiased|impartial),? (?:unbiased,? )?(?:and )?independent (?:advice|reviews|testing|journalism)\b",
            r"^\W*unsere redaktion (?:arbeitet|ist) unabhängig\b",
        ),
        keywords=("product", "item", "editors", "experts", "reviewers", "journalists", "writers", "team", "staff",
                  "ipso", "code of", "editorial", "independent", "redaktion"),
        max_words=70,
        languages=("en", "de"),
    ),
)
