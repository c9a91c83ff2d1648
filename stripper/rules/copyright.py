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
)
