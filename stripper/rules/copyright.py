"""CPY: copyright and footer lines."""
from ..model import Category
from .base import make, unquoted

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
        max_words=50,
    ),
    make(
        "CPY002",
        "footer-link-line",
        C,
        "A line of footer links (\"Privacy Policy | Terms of Use | Contact Us\") or a \"Powered by …\" credit.",
        """Removes a line made only of the footer's legal and site links ("Privacy Policy", "Terms of
        Service", "Contact us", "About us", "Sitemap", "Impressum", "Datenschutz", "Mentions légales",
        "Aviso legal"), one or several. Every part of the line must be such a link.""",
        min_parts=2,
        max_words=40,
    ),
    make(
        "CPY003",
        "publisher-legal-line",
        C,
        "A publisher's legal line: reproduction rights, imprint, press registration, prices incl. VAT.",
        """Removes the footer's legal lines that are not a copyright sign: "Reproduction in whole or in
        part is prohibited", "Reg. Tribunale di Roma n. 5590", "Свидетельство о регистрации СМИ",
        "掲載記事の無断転用を禁じます", "Alle Preise inkl. MwSt.", "This article first appeared on …".
        The line holds one of these legal phrases, has at most 30 words and quotes no one.""",
        templates=(unquoted("{phrase}"),),
        max_words=30,
    ),
)
