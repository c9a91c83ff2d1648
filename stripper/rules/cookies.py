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
        removes=("This website uses cookies to improve your experience.",
                 "We use cookies to ensure that we give you the best experience on our website.",
                 "By continuing to browse the site you are agreeing to our use of cookies.",
                 "Diese Website verwendet Cookies.", "Ce site utilise des cookies.", "Este sitio web utiliza cookies."),
        keeps=("The bakery uses cookies from a family recipe dating back to 1902.",
               "Regulators fined the company for setting tracking cookies without consent, the ruling says."),
        patterns=(
            r"\b(?:this|our) (?:web ?)?(?:site|page|website|app)\b[^.!?]{0,20}\b(?:uses?|stores?|sets?|places?) (?:\w+ )?cookies\b",
            r"\bwe (?:and our partners )?(?:use|store|set|place) (?:\w+ )?cookies\b",
            r"\b(?:our|the) use of cookies\b",
            r"\bby (?:continuing|using|browsing|clicking)\b[^.!?]{0,60}\b(?:cookies|consent|agree)\b",
            r"^\W*(?:accept|allow|reject|decline|manage|customi[sz]e)(?: all)? cookies\W*$",
            r"^\W*(?:cookie|privacy|consent) (?:policy|settings|preferences|notice|banner)\W*$",
            r"^\W*(?:manage|change|update) (?:your )?(?:cookie|consent|privacy) (?:settings|preferences|choices)\W*$",
            r"\b(?:diese (?:web)?(?:seite|site)|wir) verwende[nt] cookies\b",
            r"\b(?:ce site|nous) utilis(?:e|ons) des cookies\b",
            r"\b(?:este sitio(?: web)?|esta web|utilizamos) (?:utiliza )?cookies\b",
        ),
        keywords=("cookie",),
        max_words=70,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "CKE002",
        "consent-button-label",
        C,
        "A consent banner's button (\"Accept all\", \"Reject all\", \"I agree\").",
        """Removes lines that are only a consent banner's buttons: "Accept", "Accept all", "Reject all",
        "I agree", "Got it", "Alle akzeptieren", "Tout accepter", "Aceptar". Out of their banner they are
        meaningless.""",
        removes=("Accept all", "Reject all", "I agree", "Got it!", "Alle akzeptieren", "Tout accepter", "Aceptar todo"),
        keeps=("I agree with the minister on this point, he said.",),
        exact=("accept", "accept all", "reject", "reject all", "decline", "i agree", "i accept", "agree", "got it",
               "ok got it", "allow all", "deny", "agree and close", "accept and close", "more options", "manage options",
               "manage preferences", "akzeptieren", "alle akzeptieren", "ablehnen", "alle ablehnen", "einverstanden",
               "tout accepter", "tout refuser", "accepter", "refuser", "j accepte", "aceptar", "aceptar todo",
               "rechazar", "rechazar todo"),
        max_words=5,
        languages=("en", "de", "fr", "es"),
    ),
)
