"""ERR: stray test, error and placeholder strings."""
from ..model import Category
from .base import make, pair, unquoted

C = Category.ERR

RULES = (
    make(
        "ERR001",
        "test-string",
        C,
        "A developer's test string left in the page (\"This is a test error message …\").",
        """Removes strings that exist only to test a template: "This is a test error message with some
        extra words", "Test post", "Testing 123", "asdf". They escaped a staging build and carry
        nothing. A sentence reporting on tests ("Engineers traced the outage to an error message left
        in a test build.") does not start with the test phrase and stays.""",
        max_words=20,
    ),
    make(
        "ERR002",
        "error-widget-message",
        C,
        "An error or status message from a page widget (\"An error has occurred, please try again later.\").",
        """Removes messages a page's scripts print whether or not anything went wrong: "An error has
        occurred, please try again later.", "Something went wrong.", "Failed to load comments", "This
        video is not available", "Page not found". They describe the page's machinery. Only short,
        whole-line messages are taken.""",
        max_words=20,
    ),
    make(
        "ERR003",
        "javascript-or-browser-required",
        C,
        "A notice that JavaScript, cookies or a newer browser is needed.",
        """Removes "Please enable JavaScript to view the comments", "Your browser does not support the
        video tag", "You need to enable JavaScript to run this app". They are fallback texts of the
        page's scripts and media players, shown to the crawler instead of the widget.""",
        max_words=30,
    ),
    make(
        "ERR004",
        "template-placeholder",
        C,
        "A template placeholder or a leaked programming value (\"undefined\", \"[object Object]\", \"{{title}}\").",
        """Removes lines that are only a value a template failed to fill: "undefined", "null", "NaN",
        "[object Object]", "{{ article.title }}", "${name}", "%%TITLE%%". They are rendering bugs, not
        text.""",
        max_words=8,
    ),
    make(
        "ERR005",
        "lorem-ipsum",
        C,
        "Lorem ipsum filler text.",
        """Removes lines of the "Lorem ipsum dolor sit amet" filler that designers put in templates. It
        is never meant to be read; a line that discusses "lorem ipsum" as a subject stays.""",
        max_words=400,
    ),
    make(
        "ERR006",
        "error-retry-line",
        C,
        "A short widget or loading error with its remedy or its object, in any wording.",
        """Removes "An error occurred while loading this content. Please refresh the page.", "Impossible
        de charger ce contenu", "Errore nel caricamento del video", "This content is unavailable in
        your region": an error word (error, failed, unable to, could not, unavailable, went wrong;
        Fehler, erreur, impossible de, errore, не удалось, エラー, 无法 …) and a remedy or a page
        element (try again, refresh, reload, this video, the content, the page, your browser …) on an
        unquoted line of at most 16 words; or a line that opens with the error ("Error 404.",
        "Oops!"). A story sentence about an error is longer, quotes someone or names no page
        element, and stays.""",
        templates=(unquoted(pair("error", "remedy", 60)), unquoted(r"^\W*(?:{lead})")),
        max_words=16,
    ),
)
