"""AFF: affiliate, commission and sponsorship disclosures."""
from ..model import Category
from .base import make

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
        removes=(
            "Trusted Reviews is supported by its audience. If you purchase through links on our site, we may earn a commission. Learn more.",
            "When you buy through links on our site, we may earn an affiliate commission. Here's how it works.",
            "As an Amazon Associate I earn from qualifying purchases.",
            "This post contains affiliate links, which means we may receive a small commission at no extra cost to you.",
            "Anzeige, enthält Affiliate Links",
            "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision.",
            "Cet article contient des liens d'affiliation.",
            "Este artículo contiene enlaces de afiliados.",
        ),
        keeps=(
            "The firm earned a commission of 2% on every sale, the court heard.",
            "The European Commission said the merger could go ahead.",
            "Sales staff earn a commission on each car they sell, the union said.",
        ),
        patterns=(
            r"\b(?:we|i)\b[^.!?]{0,40}\b(?:may|might|could|will|do)?\s*(?:earn|receive|get|make)\s+(?:a|an|small|some)?\s*(?:small\s+|affiliate\s+)*(?:commission|fee|share of (?:the )?(?:sales?|revenue))",
            r"\b(?:supported|funded) by (?:its|our) (?:audience|readers)\b",
            r"\bamazon associate\b",
            r"\bearn from qualifying purchases\b",
            r"\b(?:contains?|includes?|uses?|may contain) (?:some )?affiliate links?\b",
            r"\baffiliate (?:links?|partnerships?|disclosure|commission)\b[^.!?]{0,80}\b(?:we|us|our)\b",
            r"\b(?:we|us|our)\b[^.!?]{0,80}\baffiliate (?:links?|partnerships?|programs?)\b",
            r"\bat no (?:extra|additional) cost to you\b",
            r"^\W*(?:affiliate (?:links?|disclosure)|advertiser disclosure)\W*$",
            r"\banzeige\b\W{0,3}\s*enth(?:ä|ae)lt affiliate[- ]links?",
            r"\b(?:wir|ich) (?:erhalten|bekommen|verdienen)\b[^.!?]{0,40}\bprovision\b",
            r"\b(?:erhalten|bekommen|verdienen) (?:wir|ich)\b[^.!?]{0,40}\bprovision\b",
            r"\b(?:affiliate|provisions)[- ]links?\b[^.!?]{0,60}\b(?:wir|uns)\b",
            r"^\W*\*?\s*(?:affiliate[- ]link|werbelink|provisionslink)\W*$",
            r"\bliens? (?:d'|d’)affiliation\b",
            r"\bliens? affiliés?\b",
            r"\b(?:nous|on) (?:pouvons |peut |pourrions )?(?:percevoir|toucher|recevoir|gagner) une (?:petite )?commission\b",
            r"\benlaces? de afiliad[oa]s?\b",
            r"\b(?:podemos|podríamos) (?:recibir|ganar|obtener|cobrar) una (?:pequeña )?comisión\b",
        ),
        keywords=("commission", "audience", "readers", "associate", "qualifying purchases", "affiliate", "no extra cost",
                  "no additional cost", "advertiser disclosure", "provision", "werbelink", "affiliation", "affilié",
                  "afiliad", "comisión"),
        max_words=90,
        languages=("en", "de", "fr", "es"),
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
        removes=(
            "Sponsored content",
            "Paid partnership with Acme",
            "This article is sponsored by Acme Corp.",
            "Advertorial",
            "Gesponserter Beitrag",
            "Contenu sponsorisé",
            "Contenido patrocinado",
        ),
        keeps=(
            "The club signed a sponsored content deal worth £2m a year with a betting firm, the report said.",
            "Sponsorship revenue fell by 12% in the second quarter.",
        ),
        patterns=(
            r"^\W*(?:sponsored|promoted)(?: (?:content|post|story|article|feature|links?))?(?: (?:by|from) [^.]{1,60})?\W*$",
            r"^\W*(?:paid (?:partnership|post|content|promotion)|advertorial|partner content|brought to you by)\b[^.]{0,60}\W*$",
            r"^\W*this (?:article|post|story|content|feature) (?:is|was) (?:sponsored|paid for|produced in partnership with|brought to you by)\b[^.]{0,80}\W*$",
            r"^\W*(?:gesponserter? (?:beitrag|inhalt)|werbung|anzeige|sponsored post)\W*$",
            r"^\W*(?:contenu sponsorisé|publi-?rédactionnel|article sponsorisé|en partenariat avec [^.]{1,60})\W*$",
            r"^\W*(?:contenido patrocinado|publirreportaje|patrocinado por [^.]{1,60})\W*$",
        ),
        keywords=("sponsor", "gesponsert", "promoted", "paid ", "advertorial", "partner content", "brought to you by", "werbung",
                  "anzeige", "publi", "partenariat", "patrocinad"),
        max_words=16,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "AFF003",
        "retailer-price-button",
        C,
        "A shop button or price line pointing to a retailer (\"$99 at Amazon\", \"Check price\").",
        """Removes the call-to-action lines that shopping widgets leave in the text: "View Deal",
        "Check price on Amazon", "£199 at Currys", "Buy now". They are links to shops, not prose. Only
        lines of a few words are taken.""",
        removes=("View Deal", "Check price on Amazon", "$99.99 at Best Buy", "£199 at Currys", "Buy now", "Shop now at Walmart",
                 "Jetzt kaufen", "Voir l'offre", "Ver oferta"),
        keeps=("Prices start at $99 at launch, the company said, with a premium model to follow.",
               "Shoppers queued to buy now-scarce consoles before Christmas."),
        patterns=(
            r"^\W*(?:view|see|check|get|shop|compare) (?:the )?(?:deal|deals|price|prices|offer|offers|lowest price)(?: (?:at|on) [\w .&'-]{1,30})?\W*$",
            r"^\W*(?:buy|shop|order) (?:it )?now(?: (?:at|on|from) [\w .&'-]{1,30})?\W*$",
            r"^\W*(?:[$£€]\s?\d[\d.,]*|\d[\d.,]*\s?[$£€])(?: \w+)? (?:at|@|from|bei|chez|en) [\w .&'-]{1,30}\W*$",
            r"^\W*(?:jetzt kaufen|zum angebot|preis prüfen|voir l'offre|voir le prix|acheter maintenant|ver oferta|comprar ahora)\W*$",
        ),
        keywords=("deal", "price", "offer", "buy", "shop", "order", "$", "£", "€", "kaufen", "angebot", "preis", "offre", "prix", "acheter", "oferta", "comprar"),
        max_words=8,
        languages=("en", "de", "fr", "es"),
    ),
)
