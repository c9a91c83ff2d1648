"""ERR: stray test, error and placeholder strings."""
from ..model import Category
from .base import make

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
        removes=("This is a test error message with some extra words", "This is a test.", "Test post", "Testing 123",
                 "test test test", "asdf"),
        keeps=("Engineers traced the outage to an error message left in a test build.",
               "This is a test of the government's resolve, the opposition leader said."),
        patterns=(
            r"^\W*this is (?:a|an|just a|only a) test(?: (?:error|warning|success|info|notification))?(?: (?:message|post|string|text|page|article|comment))?(?: with (?:some )?(?:extra|more|additional) (?:words|text))?\W*$",
            r"^\W*this is (?:a|an) (?:test|dummy|sample|placeholder) (?:error |warning )?(?:message|post|string|text|comment)\b[^.!?]{0,60}\W*$",
            r"^\W*(?:test(?:ing)?(?: (?:post|message|page|article|error|string|\d+))*|test test(?: test)*|asdf\w*|qwerty)\W*$",
        ),
        keywords=("test", "asdf", "qwerty", "this is a", "this is an"),
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
        removes=("An error has occurred, please try again later.", "Something went wrong. Please try again.",
                 "Failed to load comments.", "This video is no longer available.", "Sorry, this content is not available in your region.",
                 "404 - Page not found", "Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.",
                 "Une erreur s'est produite.", "Se ha producido un error."),
        keeps=("Something went wrong at the plant, the inspector said, and nobody reported it for a week.",
               "An error has occurred in the council's accounts for the third year running, auditors found."),
        patterns=(
            r"^\W*(?:an? )?(?:unexpected |unknown )?error (?:has )?(?:occurred|occured)\b[^.!?]{0,10}\W*(?:please (?:try again|refresh|reload)[^.!?]{0,30})?\W*$",
            r"^\W*(?:oops[!,.]*\s*)?(?:sorry,?\s*)?something went wrong\W*(?:please (?:try again|refresh|reload)[^.!?]{0,30})?\W*$",
            r"^\W*(?:failed|unable) to load\b[^.!?]{0,40}\W*$",
            r"^\W*(?:sorry,? )?(?:this|the) (?:video|content|media|page|embed|post|tweet|audio)(?: you requested)? (?:is|was) (?:not|no longer|currently (?:not|un)) ?(?:available|found|supported)\b[^.!?]{0,40}\W*$",
            r"^\W*(?:error )?(?:404|500|403)\b[^.!?]{0,10}\b(?:not found|error|forbidden)\W*$",
            r"^\W*(?:page|article|content) not found\W*$",
            r"^\W*please try again(?: later)?\W*$",
            r"^\W*ein fehler ist aufgetreten\b.{0,80}$",
            r"^\W*une erreur (?:s'est produite|est survenue)\b.{0,80}$",
            r"^\W*(?:se ha producido|ha ocurrido) un error\b.{0,80}$",
        ),
        keywords=("error", "went wrong", "load", "available", "not found", "404", "500", "403", "try again", "fehler",
                  "erreur", "ha ocurrido"),
        max_words=20,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "ERR003",
        "javascript-or-browser-required",
        C,
        "A notice that JavaScript, cookies or a newer browser is needed.",
        """Removes "Please enable JavaScript to view the comments", "Your browser does not support the
        video tag", "You need to enable JavaScript to run this app". They are fallback texts of the
        page's scripts and media players, shown to the crawler instead of the widget.""",
        removes=("Please enable JavaScript to view the comments powered by Disqus.",
                 "Your browser does not support the video tag.", "You need to enable JavaScript to run this app.",
                 "JavaScript is disabled in your browser.", "Bitte aktivieren Sie JavaScript."),
        keeps=("JavaScript remains the most widely used programming language, the survey found.",
               "The browser does not support extensions on mobile yet, the company admitted in a blog post."),
        patterns=(
            r"\b(?:please |you (?:need|must|have) to |you should )?(?:enable|turn on|activate|allow) (?:javascript|js|cookies)\b",
            r"\b(?:javascript|js) (?:is|seems to be|appears to be) (?:disabled|turned off|not enabled|required)\b",
            r"\byour (?:web )?browser (?:does not|doesn't|doesn’t|cannot|can't) (?:support|play|display)\b",
            r"\b(?:upgrade|update) (?:to a|your) (?:newer |modern |supported )?browser\b",
            r"\bbitte aktivieren sie javascript\b",
            r"\b(?:veuillez )?activer javascript\b",
            r"\b(?:habilita|activa) javascript\b",
        ),
        keywords=("javascript", "js", "cookies", "browser"),
        max_words=30,
        languages=("en", "de", "fr", "es"),
    ),
    make(
        "ERR004",
        "template-placeholder",
        C,
        "A template placeholder or a leaked programming value (\"undefined\", \"[object Object]\", \"{{title}}\").",
        """Removes lines that are only a value a template failed to fill: "undefined", "null", "NaN",
        "[object Object]", "{{ article.title }}", "${name}", "%%TITLE%%". They are rendering bugs, not
        text.""",
        removes=("undefined", "null", "NaN", "[object Object]", "{{ article.title }}", "${author}", "%%TITLE%%"),
        keeps=("The result was undefined, the mathematician said.", "Null hypothesis testing is widely criticised."),
        exact=("undefined", "null", "nan", "none", "object object", "true", "false"),
        patterns=(
            r"^\W*\[object \w+\]\W*$",
            r"^\s*\{\{[^{}]{1,60}\}\}\s*$",
            r"^\s*\$\{[^{}]{1,60}\}\s*$",
            r"^\s*%%?\w{1,40}%%?\s*$",
            r"^\s*<%=?[^%]{0,60}%>\s*$",
        ),
        keywords=("[object", "{{", "${", "%", "<%"),
        max_words=8,
    ),
    make(
        "ERR005",
        "lorem-ipsum",
        C,
        "Lorem ipsum filler text.",
        """Removes lines of the "Lorem ipsum dolor sit amet" filler that designers put in templates. It
        is never meant to be read; a line that discusses "lorem ipsum" as a subject stays.""",
        removes=("Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                 "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."),
        keeps=("Designers have used lorem ipsum as placeholder text since the 1960s, when Letraset sheets made it popular.",),
        patterns=(r"^\W*lorem ipsum dolor sit amet\b", r"\bconsectetur adipiscing elit\b", r"\bsed do eiusmod tempor\b"),
        keywords=("lorem ipsum", "consectetur", "eiusmod"),
        max_words=400,
    ),
)
