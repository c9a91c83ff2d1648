"""SOC: social, follow, share and comment prompts."""
from ..model import Category
from .base import make

C = Category.SOC

NETWORKS = r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|mastodon|bluesky|pinterest|reddit|whatsapp|telegram|snapchat|flipboard|google news|social media)"

# A prompt opens its sentence: "Tell us in the comments", not "asked her to tell us about …".
_START = r"(?:^|[.!?:]\s+|\s[-–—]\s)\W*(?:so,?\s+|please,?\s+|and\s+|or\s+|then\s+)?"

RULES = (
    make(
        "SOC001",
        "contact-us-social-prompt",
        C,
        "An invitation to tell the publication something on social media or in the comments.",
        """Removes the sign-off prompts: "Drop us a line @TrustedReviews on Twitter", "Let us know in the
        comments", "Follow us on Facebook", "Tweet us your thoughts", "Folgen Sie uns auf Instagram".
        A question to the reader that ends in such a prompt goes with it, since the whole line is the
        prompt. Reporting on social networks ("Protesters used Twitter to organise the march") stays.""",
        removes=(
            "Do you think the online giants are doing enough to combat the abuse of children online? Drop us a line @TrustedReviews on Twitter.",
            "Let us know what you think in the comments below.",
            "Follow us on Twitter and Facebook for the latest news.",
            "Tweet us @verge with your thoughts.",
            "Folgen Sie uns auf Instagram",
            "Suivez-nous sur Twitter",
            "Síguenos en Facebook",
        ),
        keeps=(
            "Protesters used Twitter to organise the march, police said.",
            "The company said it would follow the regulator's guidance on comments.",
            "Let us know, the letter said, if the payment does not arrive.",
        ),
        patterns=(
            r"\bdrop us a (?:line|note|message|comment)\b",
            _START + r"(?:let us know|tell us|share your thoughts|sound off|get in touch)\b[^.!?]{0,60}\b(?:comments?|below|twitter|facebook|@\w+|social media|email us)\b",
            r"\b(?:follow|find|join|like|connect with|friend) (?:us|me) (?:on|at|via)\b[^.!?]{0,20}\b" + NETWORKS + r"\b",
            r"^\W*follow (?:us|me)\W{0,3}@\w+\W*$",
            _START + r"(?:tweet|message|dm|email|e-mail|write to) us\b",
            r"\b(?:head over to|visit|check out|like) our " + NETWORKS + r" (?:page|account|feed|profile)\b",
            _START + r"(?:leave|post|add|share|drop) (?:a|your) (?:comment|thoughts|reply)\b[^.!?]{0,30}(?:below|section|\W*$)",
            _START + r"join the (?:conversation|discussion|debate)\b",
            r"\bfolge?n? (?:sie )?uns auf\b",
            r"\bsuivez-nous sur\b",
            r"\bs[ií]guenos en\b",
            r"\bteilen sie (?:diesen|den) artikel\b",
        ),
        # Every match holds one of these; the bare network names would send every line that
        # mentions Twitter to the regexes.
        keywords=("drop us", "let us know", "tell us", "share your thoughts", "sound off", "get in touch", "us on",
                  "us at", "us via", "me on", "me at", "me via", "follow", "tweet us", "message us", "dm us",
                  "email us", "e-mail us", "write to us", "a comment", "your comment", "a thoughts", "your thoughts",
                  "a reply", "your reply", "join the ", "our twitter", "our x ", "our facebook", "our instagram",
                  "our linkedin", "our youtube", "our tiktok", "our threads", "our mastodon", "our bluesky",
                  "our pinterest", "our reddit", "our whatsapp", "our telegram", "our snapchat", "our flipboard",
                  "our google news", "our social media", "uns auf", "suivez-nous", "guenos", "teilen sie"),
        max_words=35,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "SOC002",
        "share-button-labels",
        C,
        "Share, follow and comment button labels left as lines of text.",
        """Removes lines made only of button labels: "Share", "Tweet", "Share on Facebook", "Email |
        Print | WhatsApp", "12 Comments", "Teilen", "Partager". They are the page's buttons, not prose;
        the rule takes a line only when every part of it is such a label.""",
        removes=("Share", "Share this article", "Tweet", "Share on Facebook", "Facebook Twitter LinkedIn Email",
                 "Email | Print | WhatsApp", "12 Comments", "Comments", "Teilen", "Partager", "Compartir"),
        keeps=("Share prices fell sharply on Monday.", "Facebook said it would appeal."),
        exact=(
            "share", "share this", "share this article", "share this story", "share this post", "share this page",
            "share article", "share story", "share on facebook", "share on twitter", "share on x", "share on linkedin",
            "share on whatsapp", "share on pinterest", "share on reddit", "share via email", "share via e mail",
            "tweet", "tweet this", "pin it", "pin", "email", "e mail", "print", "print this", "print this article",
            "whatsapp", "facebook", "twitter", "linkedin", "reddit", "pinterest", "flipboard", "messenger", "copy link",
            "copy url", "link copied", "comments", "comment", "view comments", "show comments", "add comment",
            "leave a comment", "post a comment", "no comments", "follow", "follow us", "like", "likes", "reply", "report",
            "reply to this", "reply to this comment", "replydelete", "delete", "edit", "quote", "flag",
            "flag as inappropriate", "report abuse", "report comment", "report post", "report this", "permalink",
            "trackback", "trackbacks", "trackback url", "print friendly", "printer friendly", "print this page",
            "email this", "email this article", "email to a friend", "bookmark", "bookmark this",
            "teilen", "artikel teilen", "kommentare", "drucken", "partager", "partager cet article", "commentaires",
            "imprimer", "compartir", "comentarios", "imprimir",
        ),
        parts=(
            "share", "tweet", "email", "e mail", "print", "whatsapp", "facebook", "twitter", "x", "linkedin", "reddit",
            "pinterest", "flipboard", "messenger", "copy link", "instagram", "youtube", "tiktok", "telegram", "comments",
            "save", "gift article", "rss", "mail", "teilen", "drucken", "partager", "compartir", "share on facebook",
            "share on twitter", "share on linkedin", "share via email", "sms", "text", "copy", "more", "reply",
            "reply to this", "report", "report post", "report abuse", "flag", "flag as inappropriate", "permalink",
            "trackback", "trackbacks", "digg", "digg this", "delicious", "save to del icio us", "stumbleupon",
            "google", "share on google", "parent", "recommend", "recs", "like", "tweet this", "log in to reply",
            "login to reply", "print friendly", "email this", "on", "to", "this", "via", "us",
        ),
        patterns=(
            r"^\W*\d[\d,.]*k?\s+(?:comments?|shares?|replies|responses|kommentare|commentaires|comentarios)\W*$",
            r"^\W*(?:email this\s*)?blogthis!",
        ),
        keywords=("comment", "share", "repl", "respons", "kommentar", "commentaire", "comentario", "blogthis"),
        max_words=12,
        languages=("en", "de", "fr", "es"),
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
        removes=(
            "Login or register to post comments",
            "This is only a preview. Your comment has not yet been posted.",
            "Comments are moderated, and will not appear until the author has approved them.",
            "Your email address will not be published. Required fields are marked *",
            "Having trouble reading this image? View an alternate.",
            "Trackback URL for this entry:",
            "You can use these HTML tags and attributes: <a href=\"\" title=\"\">",
            "Posted by Jamie K at 3:15 PM | Permalink | Comments (4) | TrackBack",
            "You are currently signed in as (nobody). Sign Out",
        ),
        keeps=(
            "The paper said comments are moderated by a team of six in Manila, working in shifts.",
            "Posted by courier, the letter arrived a week after the election.",
        ),
        patterns=(
            r"^\W*(?:log ?in|sign ?in|register)(?: or (?:log ?in|sign ?in|register|sign up))? to (?:post|leave|add|write|reply|comment)\b[^.!?]{0,30}\W*$",
            r"\byour (?:comment|reply|response) (?:has been|could not be|was|will be|has not (?:yet )?been|is awaiting)\b",
            r"\bcomments (?:to this (?:entry|post|article) |on this (?:entry|post|article) )?are (?:now )?closed\b",
            r"\bread them below or add one\b",
            r"\bsign in with (?:typepad|facebook|twitter|google|disqus|openid)\b",
            r"\bthis is only a preview\b",
            r"^\W*comments are moderated\b",
            r"\be-?mail (?:address )?(?:is required|will (?:not|never) be (?:published|displayed|shown|shared))\b",
            r"\brequired fields are marked\b",
            r"\b(?:the letters and numbers you entered|enter the letters and numbers|having trouble reading this image)\b",
            r"\byou are (?:currently )?(?:signed|logged) in as\b",
            r"^\W*trackback url\b",
            r"\(urls automatically linked\.?\)",
            r"\byou (?:can|may) use (?:these|the following) html tags\b",
            r"^\W*click here to cancel reply\W*$",
            r"\bfollow this conversation by subscribing\b",
            r"^\W*(?:posted|written|submitted) by\b[^|]{1,80}\|\s*(?:permalink|comments?|trackback|reply)\b",
            r"^\W*(?:post|leave|add|write|submit) (?:a|your|new) (?:comment|reply|response)\W*$",
            r"^\W*(?:previewing|verify|preview) your comment\W*$",
            r"^\W*(?:show|view|load|hide)(?: all)?(?: \d+)? (?:comments|replies)\W*$",
        ),
        # Literals every pattern holds; the bare "comment" or "email" would send half a page's lines
        # to the regexes.
        keywords=(" to post", " to leave", " to add", " to write", " to reply", " to comment", "your comment",
                  "your reply", "your response", "closed", "add one", "sign in with", "only a preview",
                  "moderated", "required", "will not be", "will never be", "letters and numbers",
                  "trouble reading", "signed in as", "logged in as", "trackback", "urls automatically", "html tags",
                  "cancel reply", "this conversation", "posted by", "written by", "submitted by", "a comment",
                  "new comment", "a reply", "new reply", "a response", "new response", "comments", "replies"),
        max_words=40,
    ),
)
