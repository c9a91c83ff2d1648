"""CKE: cookie and consent notices."""
from ..model import Category
from .base import make, pair, unquoted

C = Category.CKE

RULES = (
    make(
        "CKE001",
        "cookie-consent-notice",
        C,
        "A cookie or consent banner's text.",
        """Removes the consent banner every European page carries: "This website uses cookies to improve
        your experience", "By continuing to browse the site you are agreeing to our use of cookies",
        "Diese Website verwendet Cookies", "Ce site utilise des cookies". The patterns need the site
        talking about its own cookies, so a story about a bakery's cookies stays.""",
        max_words=70,
    ),
    make(
        "CKE002",
        "consent-button-label",
        C,
        "A consent banner's button (\"Accept all\", \"Reject all\", \"I agree\").",
        """Removes lines that are only a consent banner's buttons: "Accept", "Accept all", "Reject all",
        "I agree", "Got it", "Alle akzeptieren", "Tout accepter", "Aceptar". Out of their banner they are
        meaningless.""",
        max_words=5,
    ),
    make(
        "CKE003",
        "cookie-concept-line",
        C,
        "A line of a cookie or consent dialog, in any wording: cookies or consent with the site's use of them.",
        """Removes the many lines of consent dialogs that no fixed phrasing lists: "Golem.de verwendet
        Cookies", "Funktionale Cookies", "Manage your consent preferences", "Some partners do not ask
        for your consent to process your data", "Personalised ads and content, audience research and
        product development". A cookie or consent word (cookies, consent, tracking, privacy settings;
        Cookies, Einwilligung, consentement, consenso …) meets a word of the dialog (use, accept,
        settings, partners, personalised, functional, marketing …) on an unquoted line of at most 30
        words. A bakery's cookies never meet the dialog's words on one line and stay.""",
        templates=(unquoted(pair("cookie", "dialog", 100)), unquoted("{phrase}")),
        max_words=30,
    ),
)
