"""ALT: logo and alt-text lines, ad labels, image credits and UI chrome."""
from ..model import Category
from .base import make

C = Category.ALT

RULES = (
    make(
        "ALT001",
        "logo-alt-text",
        C,
        "The alt text of a logo image left as a line (\"Trusted Reviews Logo\").",
        """Removes a short line of capitalised words ending in "Logo" ("Trusted Reviews Logo", "The Verge
        logo", "Site logo"): the alternative text of the masthead image, which text extraction keeps as
        a line. A sentence that mentions a logo ("The company unveiled its new logo on Tuesday.") is
        not a run of capitalised words and stays.""",
        removes=("Trusted Reviews Logo", "The Verge logo", "Site logo", "Logo", "BBC News Logo", "Company Logo Image"),
        keeps=("The company unveiled its new logo on Tuesday.", "Fans hated the new logo"),
        patterns=(
            r"^\W*(?:(?:[A-Z0-9][\w&'’.!-]*|the|of|and|for|a|an|site|company|brand|header|footer|main) ){0,6}(?:logo|Logo|LOGO)(?: (?:[Ii]mage|IMAGE|[Ii]con|img|png|svg))?\W*$",
        ),
        keywords=("logo",),
        max_words=8,
        case_sensitive=True,
    ),
    make(
        "ALT002",
        "ui-chrome-label",
        C,
        "A line that is only a piece of page furniture: \"Advertisement\", \"Skip to content\", \"author icon\".",
        """Removes labels of the page's interface that text extraction leaves behind as lines:
        advertisement markers, skip links, icon alt texts, "Back to top", "Loading…", "Click to enlarge",
        "Image 1 of 12". They are the same on every page of a site and never carry story.""",
        removes=("Advertisement", "ADVERTISEMENT", "IMG_0423.jpg", "Skip to main | Skip to sidebar", "Skip to content", "Skip to main content", "author icon", "Back to top",
                 "Loading...", "Click to enlarge", "Image 1 of 12", "Close", "Menu", "Toggle navigation", "Anzeige",
                 "Werbung", "Publicité", "Publicidad"),
        keeps=("Advertisement revenue fell by 12%, the company said.", "Close to 300 people were evacuated."),
        exact=(
            "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "story continues below advertisement",
            "article continues below advertisement", "continue reading below", "article continues below",
            "story continues below", "content continues below", "scroll to continue with content",
            "skip to content", "skip to main content", "skip to navigation", "skip to main navigation", "skip to footer",
            "skip to search", "skip to main", "skip to sidebar", "jump to content", "jump to navigation", "author icon", "user icon", "close icon",
            "search icon", "menu icon", "icon", "avatar", "profile picture", "back to top", "scroll to top", "top",
            "go to top", "loading", "please wait", "click to enlarge", "enlarge", "enlarge image", "expand", "collapse",
            "zoom", "close", "close menu", "open menu", "menu", "main menu", "toggle navigation", "toggle menu",
            "navigation", "search", "search for", "submit", "go", "more", "show more", "load more", "view all", "see all",
            "view more", "previous", "next", "prev", "previous slide", "next slide", "play", "pause", "play video",
            "watch video", "video", "image", "photo", "picture", "gallery", "view gallery", "open gallery",
            "fullscreen", "full screen", "mute", "unmute", "opens in new tab", "opens in a new window",
            "open in new window", "external link", "listen to this article", "audio", "anzeige", "werbung",
            "zum inhalt springen", "nach oben", "weiterlesen", "mehr anzeigen", "schließen", "publicité", "publicite",
            "aller au contenu", "fermer", "retour en haut", "publicidad", "saltar al contenido", "cerrar",
            "volver arriba", "ir al contenido", "working", "loading comments", "bullet",
        ),
        parts=("skip to content", "skip to main content", "skip to main", "skip to sidebar", "skip to navigation",
               "skip to footer", "skip to search", "jump to content", "jump to navigation"),
        patterns=(
            r"^\W*(?:image|photo|picture|slide|bild|foto|diapositive|imagen) \d+ (?:of|/|von|sur|de) \d+\W*$",
            r"^\W*(?:advertisement|anzeige|publicité|publicidad) ?[-–—]? ?(?:scroll|continue|story|article)[\w ]{0,40}\W*$",
            r"^\W*[\w.-]{1,60}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)\W*$",
            r"^\W*(?:img|image|dsc|dscn|pict?|photo)[_ -]?(?:id)?#?\d+\W*(?:title:?)?\W*$",
            r"\bdo not follow this link or you will be banned\b",
        ),
        keywords=("image", "photo", "picture", "slide", "bild", "foto", "diapositive", "imagen", "advertisement",
                  "anzeige", "publicit", "publicidad", ".jp", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", "img",
                  "dsc", "pic", "do not follow"),
        max_words=10,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "ALT003",
        "image-credit",
        C,
        "A photo or image credit line (\"Photo: Getty Images\", \"Image credit: Reuters\").",
        """Removes credit lines for pictures: "Photo: Getty Images", "Image credit: Apple", "(Photo by Jane
        Doe/AFP via Getty Images)", "Foto: dpa", "Crédit photo : AFP". They label an image that is not
        in the text. Only short lines that start with a credit label, or that are only an agency
        name, are taken; a sentence starting "Photo by photo, …" is prose and stays.""",
        removes=("Photo: Getty Images", "Image credit: Apple", "(Photo by Jane Doe/AFP via Getty Images)", "Getty Images",
                 "Credit: Reuters", "Foto: dpa", "Crédit photo : AFP", "Foto: EFE"),
        keeps=("Photo by photo, the archive tells the story of the town's decline over fifty years.",
               "Getty Images said it would appeal the ruling, which it called a blow to photographers."),
        patterns=(
            r"^\W*(?:photo|image|picture|video|graphic|illustration|foto|bild|photographie|imagen)s?(?: credit| courtesy| source)?\s*(?::|by|courtesy of|via|©)\s*[^.!?,;]{1,60}?\W*$",
            r"^\W*(?:credit|credits|source|quelle|crédit photo|crédits photo|fuente)\s*:\s*[^.!?]{1,60}?\W*$",
            r"^\W*(?:getty images|shutterstock|reuters|ap photo|afp|alamy|istock(?:photo)?|dpa|efe|pa images|pa wire)(?:\s*(?:/|via|for)\s*[^.!?]{1,60})?\W*$",
            r"^\W*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:getty|shutterstock|reuters|ap|afp|alamy|dpa|efe|pa)\b[^.!?]{0,40}\W*$",
        ),
        keywords=("photo", "image", "picture", "video", "graphic", "illustration", "foto", "bild", "imagen", "credit",
                  "source", "quelle", "crédit", "fuente", "getty", "shutterstock", "reuters", "ap photo", "afp", "alamy",
                  "istock", "dpa", "efe", "pa images", "pa wire"),
        max_words=16,
        languages=("en", "de", "fr", "es"),
    ),
)
