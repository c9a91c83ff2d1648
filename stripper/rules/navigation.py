"""NAV: navigation, menus and the parts of a whole page that lie outside the story.

NAV001 and NAV002 are structural: the page pass (`stripper.page`) decides them from the shape of
the text around a line, not from its words, and reports them itself (`page.VERDICTS`). They only run
on text that looks like a whole page. Their examples are pieces of a page: tests/test_page.py puts
each into a whole page (menus, a story, a footer) and checks that the rule removes it there.
"""
from ..model import Category
from .base import make

C = Category.NAV

# Section names of news and blog menus, in the four languages the catalogue covers.
_LABELS = (
    "home", "news", "latest", "latest news", "breaking news", "top stories", "sport", "sports", "business", "world",
    "politics", "opinion", "opinions", "culture", "entertainment", "tech", "technology", "science", "health",
    "travel", "lifestyle", "style", "food", "weather", "video", "videos", "photos", "pictures", "podcasts",
    "local", "national", "us", "uk", "europe", "asia", "africa", "americas", "middle east", "markets", "economy",
    "money", "education", "environment", "climate", "arts", "books", "music", "film", "movies", "tv", "games",
    "gaming", "fashion", "beauty", "cars", "autos", "motoring", "property", "real estate", "jobs", "careers",
    "obituaries", "sections", "trending", "live", "login", "log in", "sign in", "register", "subscribe",
    "my account", "account", "archives", "archive", "categories", "tags", "blog", "blogs", "shop", "deals",
    "reviews", "guides", "features", "events", "community", "forums", "newsletters", "recipes", "puzzles",
    "crosswords", "horoscopes", "comment", "weekend", "magazine", "startseite", "nachrichten", "politik",
    "wirtschaft", "kultur", "wissen", "panorama", "reise", "digital", "meinung", "gesellschaft", "accueil",
    "actualités", "actualites", "politique", "économie", "economie", "monde", "société", "societe",
    "international", "france", "inicio", "portada", "noticias", "política", "economía", "deportes", "cultura",
    "mundo", "sociedad", "opinión",
)
# The labels a line may be on its own: a single topic ("Tech", "Music", "Reviews") is also a story's
# subhead or list item, so it goes only as a part of a menu line of two or more.
_ALONE = ("home", "latest", "latest news", "breaking news", "top stories", "sections", "login", "log in", "sign in",
          "my account", "archives", "categories", "tags", "startseite", "accueil", "inicio", "portada")

RULES = (
    make(
        "NAV001",
        "menu-or-link-run",
        C,
        "A run of short lines outside the story: menus, tag clouds, lists of other headlines.",
        """On whole-page text (a WET record, a page's full text), removes the runs of short lines that
        menus, footers, tag lists and teaser boxes become: "Home", "World", "Politics", "• Sports", …
        A short line next to story paragraphs (a heading, a dateline) stays. Only runs on text that
        looks like a whole page, so extracted article text is left alone.""",
        removes=("• Home\n• World\n• Politics\n• Business\n• Sports",
                 "Home | News | Sport | Weather | Contact us"),
        keeps=("Chapter 1\n\nIt was a bright cold day in April, and the clocks were striking thirteen. Winston Smith, his chin nuzzled into his breast in an effort to escape the vile wind, slipped quickly through the glass doors.",),
        structural=True,
    ),
    make(
        "NAV002",
        "outside-story-region",
        C,
        "Text of a whole page that lies before or after the story's main region.",
        """On whole-page text, removes what surrounds the story: the header's lines before it, and the
        footer, sidebars and teasers after it. The story region is the densest run of prose; lines
        well outside it are taken even when they are long, as long as they are not prose themselves.""",
        removes=("Posted by Jane Miller in Gardening\nFiled under spring planting\nMost viewed this week",),
        keeps=("A paragraph of the story itself, with full sentences of the kind a reporter writes, stays "
               "wherever it sits on the page, even between two menus.",),
        structural=True,
    ),
    make(
        "NAV003",
        "breadcrumb-line",
        C,
        "A breadcrumb trail (\"Home > News > World\").",
        """Removes the breadcrumb trail that shows where a page sits in the site: "Home > News > World",
        "Startseite » Politik", "Accueil / Actualités". It is navigation, not story.""",
        removes=("Home > News > World", "Home » Tech » Phones", "Startseite » Politik", "Accueil / Actualités", "Inicio > Noticias"),
        keeps=("Home sales rose 4% in May > April's figures, the agency said in a statement on Friday.",),
        patterns=(r"^\W*(?:home|start|startseite|accueil|inicio|portada)\s*(?:>|»|›|/|→|\||::)\s*[^.!?]{1,80}$",),
        keywords=("home", "start", "accueil", "inicio", "portada"),
        max_words=12,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "NAV004",
        "section-menu-line",
        C,
        "A line made only of a site's section names (\"Home News Sport Business\").",
        """Removes lines whose every word or part is a section label of a news or blog site's menu:
        "Home", "News | Sport | Business", "World Politics Opinion", "Startseite Politik Wirtschaft",
        "Accueil Actualités", "Inicio Noticias Deportes". Menus come out of text extraction as such
        lines, inside pages and in front of stories. The labels are a closed list; a line with any
        other word stays, and so does a single topic on its own ("Tech", "Music": a story's subhead
        or list item); only navigation words ("Home", "Latest", "Startseite") go alone.""",
        removes=("Home News", "News | Sport | Business | Culture", "World Politics Opinion Tech", "Latest",
                 "Startseite Politik Wirtschaft", "Accueil Actualités Sport", "Inicio Noticias Deportes"),
        keeps=("News of the deal broke on Monday.", "Home sales fell in May.", "Politics as usual", "Tech"),
        exact=_ALONE,
        parts=_LABELS,
        max_words=14,
        languages=("en", "de", "fr", "es"),
    ),
)
