"""NWS: newsletter, subscription and paywall prompts, and the messages their widgets print."""
from ..model import Category
from .base import make

C = Category.NWS

RULES = (
    make(
        "NWS001",
        "newsletter-signup-prompt",
        C,
        "An invitation to sign up to a newsletter or mailing list, with its strapline.",
        """Removes "Sign up to our newsletter", "Get the best of X delivered right to your inbox", "Enter
        your email address", "Newsletter abonnieren", "Inscrivez-vous à notre newsletter". The widget
        is the same on every page and says nothing about the story. Sentences that report on
        newsletters ("Subscribers to the paper's newsletter rose by a third.") lack the imperative or the
        inbox promise and stay.""",
        removes=(
            "Sign up to our newsletter",
            "Get the best of Trusted Reviews delivered right to your inbox.",
            "Subscribe to our weekly newsletter for the latest deals.",
            "Enter your email address",
            "Newsletter",
            "Newsletter abonnieren",
            "Jetzt zum Newsletter anmelden",
            "Inscrivez-vous à notre newsletter",
            "Suscríbete a nuestro boletín",
        ),
        keeps=(
            "Subscribers to the paper's newsletter rose by a third.",
            "The newsletter, founded in 1998, became the campaign's main voice.",
            "She signed up for the army at eighteen.",
        ),
        patterns=(
            r"\b(?:sign(?:ing)? up|subscribe|register|join|opt in|sign me up)\b[^.!?]{0,40}\b(?:newsletters?|mailing list|e-?mail list|daily briefing|morning briefing|weekly digest|our emails?|e-?mail updates|alerts)\b",
            r"\b(?:delivered|sent|straight|right|directly)\b[^.!?]{0,20}\b(?:to|in|into) your (?:inbox|email|e-mail|mailbox)\b",
            r"\b(?:get|receive|have)\b[^.!?]{0,60}\b(?:in|to) your inbox\b",
            r"^\W*(?:enter|type|your) (?:your )?e-?mail(?: address)?(?: here| below)?\W*$",
            r"^\W*(?:(?:free|daily|weekly|our) )?(?:newsletters?|e-?mail newsletters?|mailing list)\W*$",
            r"^\W*(?:sign up|subscribe)(?: now| today| for free| here)?\W*$",
            r"\bnewsletter (?:abonnieren|bestellen)\b",
            r"\b(?:zum|für den|unseren?) newsletter\b[^.!?]{0,20}\banmelden\b",
            r"\b(?:abonnez|inscrivez)[- ]vous\b[^.!?]{0,30}\b(?:newsletter|lettre d'information|infolettre)\b",
            r"\bs'inscrire à (?:la|notre) (?:newsletter|lettre)\b",
            r"\b(?:suscríbete|suscribirse|suscribete|apúntate)\b[^.!?]{0,30}\b(?:boletín|newsletter|lista de correo)\b",
        ),
        keywords=("newsletter", "mailing list", "mail list", "briefing", "digest", "our email", "mail updates", "alerts",
                  "inbox", "mailbox", "email", "e-mail", "sign up", "subscribe", "lettre", "infolettre", "boletín",
                  "lista de correo"),
        max_words=40,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "NWS002",
        "subscription-widget-message",
        C,
        "A status message from a sign-up widget (\"Thanks for signing up!\", \"There was an error …\").",
        """Removes the strings a subscription form prints into the page whether or not anyone used it:
        "Thanks for signing up!", "There was an error processing your subscription.", "Please enter a
        valid email address", "You can unsubscribe at any time", "By signing up you agree to our Terms".
        They are UI text, never story.""",
        removes=(
            "Thanks for signing up!",
            "Thank you for subscribing.",
            "There was an error processing your subscription.",
            "Please enter a valid email address.",
            "You can unsubscribe at any time.",
            "By signing up, you agree to our Terms of Use and Privacy Policy.",
            "Check your inbox to confirm your subscription.",
            "Vielen Dank für Ihre Anmeldung!",
        ),
        keeps=(
            "Thanks for signing up to the scheme, the minister told farmers, but more is needed.",
            "Customers complained that they could not unsubscribe from the service for months.",
        ),
        patterns=(
            r"^\W*thanks?(?: you)?(?: so much)? for (?:signing up|subscribing|joining|registering)(?: (?:to|for) (?:our|the) [\w -]{1,30})?\W*$",
            r"\bthere was (?:an|a) (?:error|problem) (?:processing|with) your (?:subscription|sign-?up|request)\b",
            r"\b(?:please )?(?:enter|provide|use) a valid e-?mail(?: address)?\b",
            r"^\W*(?:invalid|your) e-?mail(?: address)?(?: is)? (?:invalid|required|not valid)\W*$",
            r"\byou can (?:unsubscribe|opt out|cancel)(?: at any time| anytime)\b",
            r"\bby (?:signing up|subscribing|clicking|registering|entering your email)\b[^.!?]{0,60}\b(?:agree|consent|accept)\b",
            r"\bcheck your (?:inbox|email)\b[^.!?]{0,30}\bconfirm\b",
            r"^\W*you(?:'re|’re| are) (?:now |all )?(?:subscribed|signed up|on the list|in)\W*$",
            r"^\W*(?:vielen )?dank für (?:ihre|deine) anmeldung\W*$",
            r"^\W*merci (?:pour|de) votre inscription\W*$",
            r"^\W*gracias por (?:suscribirte|tu suscripción|registrarte)\W*$",
        ),
        keywords=("thank", "subscription", "sign-up", "signup", "valid email", "valid e-mail", "email", "e-mail",
                  "unsubscribe", "opt out", "cancel", "by signing", "by subscribing", "by clicking", "by registering",
                  "by entering", "check your", "subscribed", "signed up", "on the list", "you're in", "you are in",
                  "anmeldung", "inscription", "suscri", "registrarte"),
        max_words=40,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "NWS003",
        "paywall-subscribe-prompt",
        C,
        "A paywall or membership prompt (\"Subscribe to continue reading\", \"Already a subscriber?\").",
        """Removes the paywall and membership furniture: "Subscribe to continue reading", "Already a
        subscriber? Log in", "Support independent journalism", "You have reached your limit of free
        articles". These prompts sit in the middle of the story in extracted text; they are not part
        of it.""",
        removes=(
            "Subscribe to continue reading",
            "Already a subscriber? Log in",
            "Support independent journalism",
            "You have reached your limit of free articles this month.",
            "This article is for subscribers only.",
            "Become a member today",
            "Jetzt weiterlesen mit Abo",
        ),
        keeps=(
            "The paper said it would support independent journalism through a new foundation, funded by a tax on platforms.",
            "Already a subscriber for ten years, she cancelled when the price doubled.",
        ),
        patterns=(
            r"^\W*(?:subscribe|sign up|register|log in|sign in)\b[^.!?]{0,30}\b(?:to (?:continue|keep) reading|to read (?:more|the full|this)|for (?:full|unlimited) access|to unlock)\b[^.!?]{0,40}\W*$",
            r"^\W*already (?:a subscriber|a member|have an account|registered)\??(?:\s*(?:log|sign) ?in(?: here)?)?\W*$",
            r"^\W*(?:please )?support (?:our|independent|quality|local) journalism\W*(?:today)?\W*$",
            r"\byou(?:'ve|’ve| have) (?:reached|read|used)\b[^.!?]{0,30}\b(?:limit|free articles?|free stories)\b",
            r"^\W*this (?:article|story|content|post) is (?:for|only for|available to|exclusive to) (?:subscribers|members|premium)\b[^.!?]{0,30}\W*$",
            r"^\W*(?:become|be) a (?:member|subscriber|supporter|patron)(?: today| now)?\W*$",
            r"^\W*(?:get|start) (?:full|unlimited|digital|instant) access\b[^.!?]{0,40}\W*$",
            r"^\W*(?:jetzt )?weiterlesen mit (?:abo|plus|\w+\+)\W*$",
            r"^\W*(?:réservé aux abonnés|article réservé aux abonnés)\W*$",
            r"^\W*(?:contenido exclusivo para suscriptores)\W*$",
        ),
        keywords=("continue reading", "keep reading", "read more", "read the full", "read this", "access", "unlock",
                  "already", "journalism", "limit", "free article", "free stor", "subscriber", "member", "premium",
                  "supporter", "patron", "weiterlesen", "abonnés", "suscriptores"),
        max_words=30,
        languages=("en", "de", "fr", "es"),
    ),
)
