"""ALT: logo and alt-text lines, ad labels, image credits and UI chrome."""
from ..model import Category
from .base import make, unquoted

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
        max_words=10,
    ),
    make(
        "ALT003",
        "image-credit",
        C,
        "A photo or image credit line (\"Photo: Getty Images\", \"Image credit: Reuters\").",
        """Removes credit lines for pictures: "Photo: Getty Images", "Image credit: Apple", "(Photo by Jane
        Doe/AFP via Getty Images)", "Foto: dpa", "Crédit photo : AFP". They label an image that is not
        in the text. Only short lines that start with a credit label, or that are only an agency
        name, are taken; a sentence starting "Photo by photo, …" is prose and stays. After a colon
        the credit must be a name (one or two words, or capitalised words with name particles and
        agencies), so a gallery's headline ("Photos: Halloween in Hong Kong looks awesome") stays.""",
        max_words=16,
    ),
    make(
        "ALT004",
        "reader-widget-label",
        C,
        "A reading-time, gallery-counter, audio-player or scroll label (\"Reading time: 6 min\", \"Photo 3 of 38\").",
        """Removes the labels of the reader's widgets: "Reading time: 6 min", "Foto 8 di 20",
        "Zdjęcie 3 z 38", "Listen to this article", "Scroll to continue reading", "Continua a leggere
        dopo la pubblicità". They are the page's furniture. The line is a reading-time or a counter
        label with its numbers, or holds a widget phrase, on at most 10 words.""",
        templates=(
            r"^\W*(?:{reading_time})\s*[:：]?\s*\d+\s*(?:{minutes})\W*$",
            r"^\W*(?:{counter})\s*\d+\s*(?:{of}|/)\s*\d+\W*$",
            unquoted("{phrase}"),
        ),
        max_words=10,
    ),
)
