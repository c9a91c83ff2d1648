"""NWS: newsletter, subscription and paywall prompts, and the messages their widgets print."""
from ..model import Category
from .base import make, unquoted

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
        max_words=40,
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
        max_words=40,
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
        max_words=30,
    ),
    make(
        "NWS004",
        "newsletter-inbox-line",
        C,
        "A short line that offers a newsletter or mail to the reader's inbox, in any wording.",
        """Removes sign-up lines that the fixed phrasings miss: "Our Sport dispatch — every weekday in your
        inbox", "Ricevi i nostri migliori articoli nella tua casella di posta", "ABONNEZ-VOUS À NOS
        NEWSLETTERS", "De Cultuur-nieuwsbrief". Either a sign-up verb (sign up, subscribe, get,
        receive, delivered, abonnieren, inscrivez-vous, ricevi …) meets a mail noun (newsletter,
        inbox, mailing list, Postfach, boîte mail …) on an unquoted line of at most 20 words, the verb
        opening the line or a sentence of it, or after the noun, or the noun being "our" or "your"
        newsletter or inbox ("The commission said residents could subscribe to the council's
        newsletter …" reports, and stays), or the
        line is a newsletter's name or label: at most 8 words, with no sentence end before its last
        word. Reports on newsletters are longer sentences ("Subscribers to the paper's newsletter rose
        by a third.") and stay.""",
        # The verb opens the line or a sentence of it (within 30 characters: an imperative, a
        # strapline), or follows the mail noun, or the noun is the reader's or the publisher's ("our
        # newsletter", "dein Postfach"): "The commission said residents could subscribe to the
        # council's newsletter" reports on a newsletter and stays.
        templates=(unquoted(r"(?:^|[.!?:…|–—]\s*)[^.!?]{0,30}(?:{verb}).{0,60}(?:{noun})|(?:{noun}).{0,60}(?:{verb})"
                            r"|(?:{verb}).{0,60}\b(?:our|your|unser\w*|ihr\w*|dein\w*|votre|vos|notre|nos|tu|tus|nuestr\w*|"
                            r"il tuo|la tua|i nostri|nostr\w*|seu|sua|nosso|nossa|jouw|onze|tw[oó]j\w*|nasz\w*|ваш\w*|наш\w*)"
                            r"\W+(?:\w+\W+){0,3}(?:{noun})"),
                   r"^[^.!?\n'’]{0,40}(?:{label})[^.!?\n]{0,40}$"),
        max_words=20,
    ),
    make(
        "NWS005",
        "paywall-app-alert-line",
        C,
        "A paywall meter, member, app-download or push-alert prompt, in any wording.",
        """Removes the prompts around a paywall and the publisher's app: "You have 2 free articles left this
        month", "Register for free to continue reading", "Already a member? Log in", "Get the
        Wirecutter app for iPhone", "Enable breaking news notifications", "Support independent
        journalism". The line holds one of the prompts' phrases (continue reading, free articles,
        subscribers only, download the app, turn on notifications, become a member …; weiterlesen mit
        Abo, téléchargez l'application, activa las notificaciones …), has at most 16 words and
        quotes no one. A story about an app ("Users could download the app for free until May, the
        company said.") does not open with the prompt or is longer, and stays.""",
        templates=(unquoted("{prompt}"),),
        max_words=16,
    ),
)
