"""CPY: copyright and footer lines."""
from ..model import Category
from .base import make

C = Category.CPY

RULES = (
    make(
        "CPY001",
        "copyright-notice",
        C,
        "A copyright or \"all rights reserved\" line.",
        """Removes the footer's rights line: "© 2024 Future plc. All rights reserved.", "Copyright 2019
        The Associated Press. This material may not be published, broadcast, rewritten or
        redistributed.", "Alle Rechte vorbehalten", "Tous droits réservés". A sentence that reports on
        copyright ("The lawsuit claims copyright in the photographs was never transferred.") stays.""",
        removes=("© 2024 Future plc. All rights reserved.",
                 "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                 "Copyright © 2012 NBCNews.com", "(c) 2008 Example Inc.", "Alle Rechte vorbehalten.", "Tous droits réservés.",
                 "Todos los derechos reservados."),
        keeps=("The lawsuit claims copyright in the photographs was never transferred.",
               "All rights reserved to the crown were abolished in 1832, the historian notes in her book."),
        patterns=(
            r"^\W*(?:copyright|©|\(c\)|&copy;)\s*(?:©\s*)?(?:\d{4}|[A-Z]|by\b)",
            r"\ball rights reserved\W*(?:$|[^.!?]{0,120}(?:published|broadcast|redistributed|reproduced)\b)",
            r"\bthis material may not be (?:published|reproduced)\b",
            r"\balle rechte vorbehalten\b",
            r"\btous droits réservés\b",
            r"\btodos los derechos reservados\b",
        ),
        keywords=("copyright", "©", "(c)", "&copy;", "rights reserved", "this material", "rechte vorbehalten",
                  "droits réservés", "derechos reservados"),
        max_words=50,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "CPY002",
        "footer-link-line",
        C,
        "A line of footer links (\"Privacy Policy | Terms of Use | Contact Us\") or a \"Powered by …\" credit.",
        """Removes a line made only of the footer's legal and site links ("Privacy Policy", "Terms of
        Service", "Contact us", "About us", "Sitemap", "Impressum", "Datenschutz", "Mentions légales",
        "Aviso legal"), one or several. Every part of the line must be such a link.""",
        removes=("Powered by Blogger", "Delivered by FeedBurner", "Privacy Policy | Terms of Use | Contact Us", "About Us · Careers · Advertise", "Impressum Datenschutz AGB",
                 "Terms and Conditions", "Mentions légales", "Aviso legal"),
        keeps=("The privacy policy was changed in May, the company said.",
               "Powered by a new engine, the car reaches 60mph in four seconds."),
        exact=("privacy policy", "terms of use", "terms of service", "terms and conditions", "terms conditions",
               "cookie policy", "contact us", "about us", "sitemap", "site map", "accessibility", "advertise with us",
               "impressum", "datenschutz", "datenschutzerklärung", "agb", "mentions légales", "politique de confidentialité",
               "aviso legal", "política de privacidad", "privacy notice", "do not sell my personal information",
               "do not sell or share my personal information", "your privacy choices", "ad choices", "adchoices"),
        parts=("privacy", "privacy policy", "privacy notice", "terms", "terms of use", "terms of service",
               "terms and conditions", "terms conditions", "cookie policy", "cookies", "cookie settings", "contact",
               "contact us", "about", "about us", "sitemap", "site map", "accessibility", "advertise", "advertise with us",
               "advertising", "careers", "jobs", "help", "faq", "faqs", "rss", "feedback", "press", "legal",
               "imprint", "impressum", "datenschutz", "datenschutzerklärung", "agb", "kontakt", "über uns",
               "mentions légales", "politique de confidentialité", "contactez nous", "nous contacter", "aviso legal",
               "política de privacidad", "contacto", "quiénes somos", "adchoices", "ad choices", "copyright",
               "corrections", "newsletters", "subscribe", "store", "shop", "home", "blog", "partners", "support",
               "community guidelines", "code of conduct", "ethics", "standards", "archive", "archives", "events",
               "masthead", "site index", "licensing", "syndication", "reprints", "permissions", "subscriptions",
               "manage preferences", "your privacy choices", "do not sell my personal information"),
        patterns=(r"^\W*(?:powered|delivered|hosted|designed|built|proudly powered) by [\w .&'’-]{1,40}\W*$",),
        keywords=("powered by", "delivered by", "hosted by", "designed by", "built by"),
        min_parts=2,
        max_words=40,
        languages=("en", "de", "fr", "es"),
    ),
)
