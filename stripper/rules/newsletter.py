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
)
