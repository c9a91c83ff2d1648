"""The learned rules: one per category the line classifier knows (`AFF900`, `NWS900`, …). They
match no text themselves; the engine asks the classifier about the lines no other rule took."""
from __future__ import annotations

from ..model import Category
from .base import Rule, make

_KEEP = "The council said on Tuesday that the plan would go ahead despite the objections of residents."


def rules() -> tuple[Rule, ...]:
    from ..learn.classifier import shipped

    model = shipped()
    if model is None:
        return ()
    out = []
    for label in model.labels:
        example = model.examples.get(label)
        if label not in Category.__members__ or not example:
            continue
        cat = Category(label)
        out.append(make(
            f"{label}900",
            f"learned-{cat.label}-line",
            cat,
            f"A line the learned classifier reads as {cat.label} boilerplate.",
            f"""The line classifier (character n-grams, trained on the bank of labelled boilerplate lines and
            on story lines of the dev pages) scores each line the rules did not take. A line goes as
            {label}900 when its score (1 - the probability that it is story) is above the category's
            threshold, or above its lower neighbour threshold when the line is next to a removed line
            of the same category (boilerplate comes in blocks of one kind). Short plain headings and
            sentences with an amount of money have stricter thresholds of their own: a story's
            subheads and price news read like boilerplate to the classifier. The thresholds are
            calibrated by cross-validation over whole phrasing families, so that at most 1 story line
            in 500 goes on families the thresholds were not set on (1 in 100 of those next to
            boilerplate); the score is in the removal's reason. Only a rule's removal starts such a run:
            a line the classifier took alone does not lower the bar for the next, and a sentence of 15
            words or more goes only in such a run, never alone. It finds phrasings no
            rule was written for. On by default (`--ignore LEARNED` for the rules alone, `--ignore
            {label}900` for this one): with it on, no page of the dev and trafeval sets loses its story
            that the rules alone keep. Known false positives: its story negatives are mostly English and
            German, and it still takes some short story lines that use boilerplate's words (a table
            row of labels, a "Tweet" or "12 comments" line that a gold story kept).""",
            removes=(example,),
            keeps=(_KEEP,),
            learned=True,
            max_words=40,
            phrases=False,
        ))
    return tuple(out)
