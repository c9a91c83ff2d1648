"""CKE: cookie and consent notices."""
from ..model import Category
from .base import make

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
)
