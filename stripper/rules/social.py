"""SOC: social, follow, share and comment prompts."""
from ..model import Category
from .base import make

C = Category.SOC

RULES = (
    make(
        "SOC001",
        "contact-us-social-prompt",
        C,
        "An invitation to tell the publication something on social media or in the comments.",
        """Removes the sign-off prompts: "Drop us a line @TrustedReviews on Twitter", "Let us know in the
        comments", "Follow us on Facebook", "Tweet us your thoughts", "Folgen Sie uns auf Instagram".
        A question to the reader that ends in such a prompt goes with it, since the whole line is the
        prompt; so does one short sentence before it ("That's all for this week. In the meantime,
        follow us on Instagram."). The prompt must open the line or follow that one question or
        sentence: a paragraph of several that ends in a prompt, a sentence that mentions following
        someone ("Now if you follow me on Twitter then you know who I like.") and reporting on social
        networks ("Protesters used Twitter to organise the march") stay.""",
        max_words=35,
    ),
    make(
        "SOC002",
        "share-button-labels",
        C,
        "Share, follow and comment button labels left as lines of text.",
        """Removes lines made only of button labels: "Share", "Tweet", "Share on Facebook", "Email |
        Print | WhatsApp", "12 Comments", "Teilen", "Partager". They are the page's buttons, not prose;
        the rule takes a line only when every part of it is such a label.""",
        templates=(r"^\W*\d[\d,.]*k?\s+(?:{counted})\W*$",),
        max_words=12,
    ),
    make(
        "SOC003",
        "comment-system-chrome",
        C,
        "The text of a comment system's form and widgets (\"Login or register to post comments\").",
        """Removes what blog and news comment systems print around the comments: "Login or register to
        post comments", "Your comment has been posted", "Comments are moderated, and will not appear
        until the author has approved them", "Your email address will not be published", "Having
        trouble reading this image?", "Trackback URL for this entry", "You can use these HTML tags".
        The comments themselves are left alone; only the machinery's sentences go.""",
        max_words=40,
    ),
)
