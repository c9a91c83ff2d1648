"""SOC: social, follow, share and comment prompts."""
from ..model import Category
from .base import make, unquoted

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
    make(
        "SOC004",
        "follow-on-platform-line",
        C,
        "A short prompt to follow, share or find the publication on a named platform or by an @handle.",
        """Removes "Follow The Verge on Google News", "Obserwuj Antyweb na YouTube", "Retrouvez-nous sur
        Bluesky", "Telegramでシェア", "→ Folge t3n bei WhatsApp!": a follow or share verb (follow,
        share, find us, join, folgen, suivez, síguenos, segui, следите, フォロー, 关注 …) and a platform
        (Facebook, X, Instagram, TikTok, YouTube, WhatsApp, Telegram, Google News, RSS …) on an
        unquoted line of at most 14 words. The verb must open the line, or follow the platform in the
        languages that put the verb last. Reports on social networks ("Protesters used Twitter to
        organise the march.") have no such verb at the start and stay.""",
        templates=(
            unquoted(r"^\W*(?:{verb}).{0,80}(?:{platform})"),
            unquoted(r"(?:{platform}).{0,30}(?:{verb_last})"),
        ),
        max_words=14,
    ),
    make(
        "SOC005",
        "comment-prompt-line",
        C,
        "A short prompt to comment or say what one thinks, in any wording.",
        """Removes conversation prompts that no fixed phrasing lists: "Have your say in the comments",
        "Participa en el debate en los comentarios", "感想をコメントで教えてください", "Понравилась
        статья?", "What do you think? Let us know". The line holds a prompt phrase (in the comments,
        have your say, join the conversation, tell us what you think, let us know …), has at most
        16 words and quotes no one; a story line that mentions comments ("Comments from the minister
        drew criticism.") holds no such phrase.""",
        templates=(unquoted("{prompt}"),),
        max_words=16,
    ),
)
