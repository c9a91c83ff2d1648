"""The learned line classifier: a small multinomial logistic regression on hashed character
n-grams (`features`; scored in C, `stripper/_lines.c`), shipped as `lines-model.json.gz` and retrained by `python -m
stripper.learn.train`. It scores lines the rules did not take; a line goes when 1 - P(story) is
above its category's threshold (calibrated on unseen families of the training part, so that at most
1 story line in 500 goes: see `train`), and above the stricter threshold of its shape when it
has one (`protected`: short plain headings and price sentences; `prose`: long sentences), as its category's rule `XXX900`
(select/ignore apply), with the score in the reason."""
from __future__ import annotations

import base64
import gzip
import json
import unicodedata
from functools import cached_property, lru_cache
from pathlib import Path

from ..native import load

_lines = load("_lines")
# Words and sentence ends as stripper.segment (and the context pass) count them, in C.
_text = load("_text")

MODEL = Path(__file__).parent / "lines-model.json.gz"
# The label of story lines (negatives).
STORY = "STORY"

# Protected shapes (`protected`): lines shaped like a story's own subheads and price news, which the
# classifier's character n-grams cannot tell from boilerplate of the same words ("Kommentare aus
# Berlin", "MediaMarkt senkt den Preis für Brot auf 1,49 €."). They have thresholds of their own,
# calibrated to lose no story line of the training part out of fold (`train.calibrate_split`).
HEADING_MAX_WORDS = 4
# Characters a plain heading may hold besides letters, marks and spaces.
_HEADING_PUNCT = frozenset(" -‐–—'’,&")
# Currency words written beside an amount (currency signs are Unicode category Sc).
_CURRENCY_WORDS = frozenset(("zł", "zl", "kr", "kč", "ft", "lei", "лв", "руб", "руб.", "грн", "eur", "euro", "euros",
                             "usd", "dollar", "dollars", "yen", "yuan", "rupees", "rs", "tl", "chf", "円", "元", "원"))
_CURRENCY_CHARS = frozenset("円元원")


def _heading_chars(s: str) -> bool:
    """Letters, marks, spaces (any of Unicode's, such as the no-break spaces web text joins words
    with) and a few punctuation marks only (`_HEADING_PUNCT`), and a letter."""
    letters = False
    for ch in set(s):
        cat = unicodedata.category(ch)
        if cat[0] == "L":
            letters = True
        elif cat[0] != "M" and cat != "Zs" and ch not in _HEADING_PUNCT:
            return False
    return letters


def _money(s: str) -> bool:
    """An amount of money: a digit, and a currency sign or word."""
    if not any(map(str.isdigit, s)):
        return False
    if "Sc" in set(map(unicodedata.category, s)) or not _CURRENCY_CHARS.isdisjoint(s):
        return True
    return any(w.strip(".,;:()") in _CURRENCY_WORDS for w in s.lower().split())




def _section_number(token: str) -> bool:
    """A section number in front of a heading: "5.", "2.1", "3.2.1.", "IV."."""
    if token[:1].isdigit():
        parts = token.rstrip(".").split(".")
        return len(token) <= 12 and all(p.isascii() and p.isdigit() and len(p) <= 2 for p in parts)
    return token.endswith(".") and 1 < len(token) <= 6 and set(token[:-1]) <= set("IVX")


# Prose: a sentence of at least this many words (as the context pass counts them: a Chinese line
# its characters), ending as a sentence of its script ends. Long sentences of a story are what a
# reader misses most, and the classifier's character n-grams, trained on few story lines of the
# languages other than English and German, read some of them as boilerplate (long Arabic news
# sentences went as AFF900). They have thresholds of their own, calibrated to lose no story line of
# the training part out of fold, as the protected shapes.
PROSE_MIN_WORDS = 10

# Long sentences, of at least this many words: the classifier never takes one alone, only next to a
# line a rule removed (`takes`, `context.next_to_removed`). The bank has few boilerplate lines so
# long (4% of them, 3% as sentences; most of a story's sentences are), so a score there rests on little
# evidence, and real pages about their own subject (a podcast's "about us", a product-test
# programme, in German) lost such sentences at scores above the prose thresholds. Measured: the
# injection benchmark's held-out recall loses 0.002 (text and HTML); no real page of the dev and
# trafeval sets loses its story that the rules alone keep.
LONG_MIN_WORDS = 15

# The shapes with thresholds of their own (`shape`), by index; 0 is an ordinary line.
SHAPES = ("ordinary", "protected", "prose")


@lru_cache(maxsize=4096)
def shape(line: str) -> int:
    """The index in SHAPES of the line's shape, with words and sentence ends as the context pass
    counts them:
    - 1, protected: a plain short heading (at most HEADING_MAX_WORDS words, no digits, symbols,
      links, sentence ends or quotes: "Leser wehren sich", "THE COPYRIGHT FIGHT"; with a section
      number, "5.  References"; a table row of such labels, "| Name | Birth Date |"), or a price
      sentence (five words or more, ending as a sentence, with an amount of money: "Эльдорадо
      снизил цены на масло до 249 ₽.", where shop buttons such as "4 499 ₽ на Ozon" are not
      sentences);
    - 2, prose: a sentence of PROSE_MIN_WORDS words or more;
    - 0 otherwise."""
    s = line.strip()
    if not s:
        return 0
    if len(s) > 2 and s[0] == "|" and s[-1] == "|":
        # A table row as extraction prints it: a row of plain labels is a table's header ("| Menge
        # | Zutat |", "| Name | Birth Date | Age |"), protected as a heading is.
        cells = [c.strip() for c in s[1:-1].split("|")]
        return 1 if any(cells) and all(not c or _heading_chars(c) for c in cells) else 0
    n = _text.word_count(s)
    if not _text.ends_sentence(s, True):
        head = s.split(None, 1)
        if len(head) == 2 and _section_number(head[0]):
            # A numbered section heading ("5. References", "2.1 Methods") is a heading.
            return 1 if _text.word_count(head[1]) <= HEADING_MAX_WORDS and _heading_chars(head[1]) else 0
        return 1 if n <= HEADING_MAX_WORDS and _heading_chars(s) else 0
    if n >= 5 and _money(s):
        return 1
    return 2 if n >= PROSE_MIN_WORDS else 0


def long_sentence(line: str) -> bool:
    """Whether `line` is a sentence of LONG_MIN_WORDS words or more (as the context pass counts
    them), which the classifier takes only next to a rule's removal."""
    return _text.word_count(line.strip()) >= LONG_MIN_WORDS and _text.ends_sentence(line.strip(), True)


def protected(line: str) -> bool:
    """Whether `line` has a protected shape: a plain short heading or a price sentence."""
    return shape(line) == 1


def prose(line: str) -> bool:
    """Whether `line` is a long sentence (and not a price sentence)."""
    return shape(line) == 2


class LineClassifier:
    def __init__(self, doc: dict):
        self.labels: list[str] = doc["labels"]
        self.bits: int = doc["bits"]
        self.scale: tuple[float, ...] = tuple(map(float, doc["scale"]))
        self.bias: tuple[float, ...] = tuple(map(float, doc["bias"]))
        self._doc = doc  # its weights are decoded on the first score (`_scorer`): the catalogue
        # needs only the labels and examples
        # A line goes when its score is above its category's threshold (`threshold_of`); `threshold`
        # is the lowest of them (models without per-category thresholds have only it).
        self.threshold: float = doc["threshold"]
        self.thresholds: dict[str, float] = doc.get("thresholds", {})
        # Lower thresholds for a line next to a removed one (none: no neighbour step).
        self.neighbour_thresholds: dict[str, float] = doc.get("neighbour_thresholds", {})
        # The thresholds of lines of a protected shape (`protected`), never below the others: alone
        # and next to a removed line. A model without them treats every line alike.
        self.protected_thresholds: dict[str, float] = doc.get("protected_thresholds", {})
        self.protected_neighbour_thresholds: dict[str, float] = doc.get("protected_neighbour_thresholds", {})
        # The same for long sentences (`prose`).
        self.prose_thresholds: dict[str, float] = doc.get("prose_thresholds", {})
        self.prose_neighbour_thresholds: dict[str, float] = doc.get("prose_neighbour_thresholds", {})
        # One line per category that the model takes with a clear margin (its rule's example).
        self.examples: dict[str, str] = doc.get("examples", {})
        self.story = self.labels.index(STORY)

    @cached_property
    def weights(self) -> bytes:
        """int8 weights, row-major (bucket, label), each label's column times its scale."""
        w = base64.b64decode(self._doc["weights"])
        if len(w) != (1 << self.bits) * len(self.labels):
            raise ValueError("the model's weights do not match its bits and labels")
        return w

    @cached_property
    def _scorer(self):
        return _lines.Scorer(self.weights, self.bits, self.scale, self.bias, tuple(self.labels), self.story)

    @classmethod
    def load(cls, path: Path = MODEL) -> LineClassifier:
        with gzip.open(path, "rb") as f:
            return cls(json.loads(f.read()))

    def threshold_of(self, label: str) -> float:
        """The score above which a line of category `label` goes."""
        return self.thresholds.get(label, self.threshold)

    def neighbour_threshold_of(self, label: str) -> float:
        """The score above which a line of category `label` next to a removed line goes."""
        return self.neighbour_thresholds.get(label, 1.0)

    def takes(self, line: str, label: str, score: float, *, neighbour: bool = False) -> bool:
        """Whether a line of category `label` and `score` goes (`neighbour`: it sits next to a
        removed line): above its category's threshold, and above its shape's when the line has a
        protected or prose shape (`shape`, checked only for lines above the first); a long
        sentence (`long_sentence`) only next to a removed line."""
        if neighbour:
            t, shaped = self.neighbour_threshold_of(label), (self.protected_neighbour_thresholds, self.prose_neighbour_thresholds)
        else:
            t, shaped = self.threshold_of(label), (self.protected_thresholds, self.prose_thresholds)
        if score <= t:
            return False
        k = shape(line)
        if k == 2 and not neighbour and long_sentence(line):
            return False
        p = shaped[k - 1].get(label) if k else None
        return p is None or score > p

    def score(self, line: str) -> tuple[str, float]:
        """(the most likely boilerplate category, 1 - P(story))."""
        return self.score_many([line])[0]

    @cached_property
    def floor(self) -> float:
        """The lowest threshold of any kind: a line scoring at most this never goes."""
        return min((self.threshold, *self.thresholds.values(), *self.neighbour_thresholds.values()))

    def candidates(self, lines: list[str]) -> list[tuple[int, str, float]]:
        """(index, category, score) of the lines scoring above `floor`, the only ones `takes` may
        take (in C: the others are scored but not returned)."""
        return self._scorer.score(lines, self.floor)

    def score_many(self, lines: list[str]) -> list[tuple[str, float]]:
        """score() of each line (in C, `stripper/_lines.c`: n-grams hashed and weights summed in
        one pass, no per-call set-up)."""
        return self._scorer.score(lines)


@lru_cache(maxsize=4)
def shipped(path: Path = MODEL) -> LineClassifier | None:
    return LineClassifier.load(path) if path.is_file() else None
