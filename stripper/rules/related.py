"""REL: related, read-more, see-also and recommended lines, and runs of other articles' headlines."""
from ..model import Category, Scope
from .base import make

C = Category.REL

RULES = (
    make(
        "REL001",
        "related-link-line",
        C,
        "A line that points to another article: \"Related: …\", \"Read more: …\", \"See also: …\".",
        """Removes the in-story links editors drop between paragraphs: "Related: Samsung Galaxy Note 9",
        "READ MORE: …", "See also: …", "Mehr zum Thema: …", "À lire aussi : …", "Lee también: …". The
        label followed by a colon (or a dash) marks the line as a link to another page. A sentence that
        merely starts with "Related research shows …" has no such label and stays.""",
        removes=(
            "Related: Samsung Galaxy Note 9",
            "READ MORE: The best phones of 2024",
            "See also: How to back up your iPhone",
            "Recommended: Two car bombs rip through public square in Baghdad",
            "Mehr zum Thema: Die besten Smartphones",
            "À lire aussi : Les meilleurs smartphones",
            "Lee también: Los mejores móviles",
        ),
        keeps=(
            "Related research has shown that sleep improves memory.",
            "More than 2,000 people attended the rally, organisers said.",
            "Read more carefully, the contract tells a different story.",
        ),
        patterns=(
            r"^\W*(?:related(?: (?:articles?|stories|story|posts?|content|reading|coverage|links?|news|video|topics?))?|"
            r"(?:read|see|watch|listen|find out|learn) more(?: (?:here|about this))?|see also|also read|read also|also see|"
            r"recommended(?: (?:reading|for you|articles?|stories|videos?))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"don['’]t miss|must read|editor['’]s picks?|trending(?: now)?|most (?:read|popular|viewed|shared)|popular now|up next|"
            r"more from [\w .&'’-]{1,30}|more on (?:this|that) (?:story|topic)|further reading|previously|next up|more news|"
            r"more stories|top stories|latest(?: news| stories)?|explore more|keep reading|continue reading|click here|"
            r"mehr zum thema|lesen sie auch|auch interessant|das könnte sie (?:auch )?interessieren|weitere artikel|"
            r"à lire aussi|a lire aussi|lire aussi|voir aussi|sur le même sujet|à voir aussi|"
            r"lee también|lea también|te puede interesar|noticias relacionadas|más información|relacionado)"
            r"\s*(?::|\||–|—|-|»|>>|→)\s*\S",
            r"^\W*(?:read more|continue reading|read the full (?:story|article)|click here to read more|keep reading|weiterlesen|lire la suite|leer más|seguir leyendo)\W*(?:»|→|>)?\W*$",
        ),
        keywords=("related", "read more", "see more", "watch more", "listen more", "find out more", "learn more",
                  "more from", "more on", "more news", "more stories", "explore more", "see also", "also read",
                  "read also", "also see", "recommended", "you may", "you might", "miss", "must read", "pick", "trending",
                  "most read", "most popular", "most viewed", "most shared", "popular now", "up next", "further reading",
                  "previously", "next up", "top stories", "latest", "continue reading", "click here", "thema", "lesen sie", "interessant",
                  "interessieren", "weitere", "lire", "voir aussi", "même sujet", "también", "te puede", "relacionad",
                  "información", "weiterlesen", "leer más", "seguir leyendo"),
        max_words=30,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "REL002",
        "related-articles-heading",
        C,
        "A \"Related articles\" / \"More stories\" heading, with the run of headlines under it.",
        """Removes a heading that introduces other articles ("Related articles", "You may also like", "More
        from The Verge", "Most popular", "Mehr zum Thema", "Sur le même sujet") and the run of short
        headline lines under it. The run ends at the first line of prose, so a story that continues
        after a related box keeps its paragraphs.""",
        removes=("Related articles", "You may also like", "More from The Verge", "Most popular", "Recommended for you",
                 "Mehr zum Thema", "Sur le même sujet", "Noticias relacionadas"),
        keeps=("Related articles in the journal drew on the same data, the authors wrote.",
               "Most popular among voters was the pledge to cut rail fares."),
        patterns=(
            r"^\W*(?:related(?: (?:articles?|stories|posts?|content|reading|coverage|links?|news|videos?|topics?|guides?|reviews?))?|"
            r"recommended(?: (?:reading|for you|articles?|stories|videos?))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
            r"(?:more|latest|other|popular|top|recent) (?:stories|articles|news|posts|videos|reviews|guides|headlines)(?: (?:from|on|in) [\w .&'’-]{1,30})?|"
            r"more from [\w .&'’-]{1,30}|more (?:on|in|about) this (?:story|topic)|most (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|today|this week))?|"
            r"editor['’]?s? picks?|trending(?: now| stories| articles)?|what to read next|read next|up next|in case you missed it|don['’]t miss|"
            r"around the web|from (?:around )?the web|sponsored stories|promoted stories|recommended by|elsewhere on [\w .&'’-]{1,30}|"
            r"mehr zum thema|das könnte sie (?:auch )?interessieren|weitere artikel|meistgelesen|"
            r"sur le même sujet|à lire aussi|les plus lus|articles similaires|"
            r"noticias relacionadas|te puede interesar|lo más leído|artículos relacionados)\W*$",
        ),
        keywords=("related", "recommended", "you may", "you might", "stories", "articles", "news", "posts", "videos",
                  "reviews", "guides", "headlines", "more from", "more on", "more in", "more about", "most read",
                  "most popular", "most viewed", "most shared", "most commented", "pick", "trending", "read next",
                  "up next", "miss", "web", "sponsored",
                  "promoted", "elsewhere", "thema", "interessieren", "weitere", "meistgelesen", "même sujet", "lire",
                  "plus lus", "similaires", "relacionad", "te puede", "más leído"),
        scope=Scope.BLOCK,
        max_words=10,
        languages=("en", "de", "fr", "es"),
    ),
)
