"""AFF: affiliate, commission and sponsorship disclosures."""
from ..model import Category
from .base import make, pair, unquoted

C = Category.AFF

RULES = (
    make(
        "AFF001",
        "affiliate-commission-notice",
        C,
        "A notice that the site earns a commission on purchases made through its links.",
        """Removes the disclosure publishers put above or below shopping-related articles: "If you
        purchase through links on our site, we may earn a commission", "As an Amazon Associate we earn
        from qualifying purchases", "Anzeige, enthält Affiliate Links". It is legally required text about
        the page, not part of the story. The patterns need the first person ("we", "us", "our site")
        together with commission or affiliate vocabulary, so reporting about commissions stays.""",
        max_words=90,
    ),
    make(
        "AFF002",
        "sponsored-content-label",
        C,
        "A short label marking the piece or a box as paid or sponsored.",
        """Removes labels such as "Sponsored content", "Paid partnership with …", "Advertorial",
        "Anzeige" or "Contenido patrocinado" standing on their own line. They describe the page's
        commercial arrangement, not the story. Only short lines are taken, so an article about
        sponsorship deals keeps its sentences.""",
        max_words=16,
    ),
    make(
        "AFF003",
        "retailer-price-button",
        C,
        "A shop button or price line pointing to a retailer (\"$99 at Amazon\", \"Check price\").",
        """Removes the call-to-action lines that shopping widgets leave in the text: "View Deal",
        "Check price on Amazon", "£199 at Currys", "Buy now". They are links to shops, not prose. Only
        lines of a few words are taken.""",
        templates=(r"^\W*(?:{buttons})\W*$",),
        max_words=8,
    ),
    make(
        "AFF004",
        "affiliate-compensation-line",
        C,
        "A line that names the site's pay from sellers together with its links or purchases.",
        """Removes disclosures in any wording, third person or passive too: "Purchases made through links
        on this page may earn Forbes Vetted a fee", "The offers on this site are from partners from
        which we receive compensation", "Links in this post may be affiliate links". Two concepts must
        meet on one unquoted line of at most 45 words: the site's pay (commission, compensation,
        affiliate, a fee, a share of sales; Provision, commission, comisión …) and what it is paid for
        (links, purchases, retailers, partners, advertisers, this page; Links, Käufe, liens, achats,
        enlaces …). News about commissions has no links or purchases in it ("The European Commission
        fined the retailer"), or quotes someone, and stays.""",
        # `pay_from`: a whole third-person phrase that says it alone ("<Brand> receives a commission
        # from some retailers"); a bare "receives a commission" with links or purchases nearby is also
        # an official's kickback in a story, so those languages' third-person verbs live only here.
        templates=(unquoted(pair("pay", "paid_for", 100)), unquoted("{pay_from}")),
        max_words=45,
    ),
)
