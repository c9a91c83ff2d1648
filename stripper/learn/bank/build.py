"""Build the labelled line bank from the phrase templates in ``src/``.

    python stripper/learn/bank/build.py            # rewrite every <LABEL>.<lang>.jsonl here
    python stripper/learn/bank/build.py --check    # rebuild in memory, fail if a file differs

Each ``src/<label>.py`` module defines ``FAMILIES = {lang: {family: spec}}``. A spec is either a list
of templates or a dict with keys ``t`` (templates), ``lit`` (lines taken verbatim), ``hard`` (bool,
for STORY negatives that use boilerplate's words), ``n`` (how many lines to draw) and ``style``
(False to keep lines exactly as templated). In a template, ``{a|b|c}`` picks one alternative
(``{|x}`` makes x optional), and ``{slot}`` draws from ``src/slots.py`` for the line's language.
Braces nest. Generation is seeded per family, so the output depends only on the sources.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
LABELS = ("AFF", "TRU", "NWS", "SOC", "REL", "ALT", "ERR", "CKE", "CPY", "STORY")
SEED = 9
DEFAULT_N = {"en": 56, "de": 42}
OTHER_N = 40
ATTEMPTS = 30
SPACELESS = ("ja", "zh")

CONFLICTS: list[str] = []
STICKY = ("brand",)  # a line names one publication, however often its template says {brand}
_INNER = re.compile(r"\{([^{}]*)\}")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bank_{name}", SRC / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def expand(template: str, slots: dict, rng: random.Random) -> str:
    memo: dict[str, str] = {}
    text = template.replace("\\|", "\x00")
    while True:
        m = _INNER.search(text)
        if m is None:
            break
        body = m.group(1)
        if "|" in body:
            pick = rng.choice(body.split("|"))
        elif body in STICKY and body in memo:
            pick = memo[body]
        elif body in slots:
            pick = rng.choice(slots[body])
            memo[body] = pick
        elif not re.fullmatch(r"\w+", body):
            pick = body
        else:
            raise KeyError(f"unknown slot {{{body}}} in {template!r}")
        text = text[: m.start()] + pick + text[m.end():]
    text = re.sub(r"[ \t]+", " ", text.replace("\x00", "|")).strip()
    text = re.sub(r" ([,.])(?=\s|$)", r"\1", text)
    text = re.sub(r"([?？!！])[.。,，](?=[\s»”“’—–-]|$)", r"\1", text)  # "Why?," and "为什么？。" as printed: "Why?"
    return text


# Decorations publishers' widgets put on UI-ish lines. Applied only to families whose category allows them.
DECOR = {
    "AFF": ("→ ", "» ", "🛒 ", "▶ ", "> ", "* "),
    "NWS": ("📩 ", "✉️ ", "→ ", "» ", "📬 ", "▶ ", "✔ "),
    "SOC": ("👉 ", "→ ", "📣 ", "💬 ", "» ", "• "),
    "REL": ("→ ", "» ", "▶ ", "• ", "► ", "↗ ", "➤ ", "📌 ", "- "),
    "ALT": ("", "• ", "| "),
    "ERR": ("⚠ ", "⚠️ ", "❌ ", "[!] "),
    "CKE": ("🍪 ", ""),
    "CPY": ("", "| ", "• "),
    "TRU": ("", "✔ ", "• "),
}


def restyle(line: str, label: str, lang: str, rng: random.Random) -> str:
    """Small surface variation: trailing punctuation dropped, upper/title case, a bullet or arrow."""
    r = rng.random()
    words = line.split()
    latin = lang not in ("ja", "zh", "ko", "ar", "hi")
    if r < 0.10 and line[-1:] in ".!。！" and len(line) > 3:
        line = line[:-1].rstrip()
    elif r < 0.15 and latin and len(words) <= 7:
        line = line.upper()
    elif r < 0.22 and lang == "en" and len(words) <= 10 and not line.endswith((".", "!", "?")):
        line = " ".join(w[:1].upper() + w[1:] if len(w) > 3 or i == 0 else w for i, w in enumerate(words))
    if rng.random() < 0.10 and label in DECOR:
        deco = rng.choice(DECOR[label])
        if not deco.strip() or not line.startswith(deco.strip()):
            line = deco + line
    return line


# Story lines as pages and extractors print list items and table rows. Boilerplate lines get
# bullets and bars in front (DECOR); story lines had none, so the classifier learnt that a line
# starting with "• " or "| " is boilerplate and took story list items and table rows of real pages.
STORY_MARKS = ("• ", "- ", "* ", "· ", "– ", "▪ ", "| ")
STORY_MARK_SHARE = 0.12


def story_marks(lines: list[str], family: str) -> list[str]:
    """Copies of STORY_MARK_SHARE of a STORY family's lines with a list mark in front, or as a table
    row ("| line |"), added after the family's lines (its own lines stay as they were). Only for
    families of the training part: the held-out part stays as it was."""
    from stripper.learn.linedata import held_out

    if held_out(family):
        return []
    rng = random.Random(zlib.crc32(f"{SEED}:{family}:marks".encode()))
    out = []
    for line in lines:
        if rng.random() < STORY_MARK_SHARE:
            mark = rng.choice(STORY_MARKS)
            out.append(f"| {line} |" if mark == "| " else mark + line)
    return out


def restyle_heading(line: str, lang: str, rng: random.Random) -> str:
    """Headings as sites print them: Title Case (en), sometimes capitals on short ones."""
    r = rng.random()
    words = line.split()
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "at", "by", "or", "with"}
    if lang == "en" and r < 0.3:
        return " ".join(w if (w in small and i) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if r > 0.95 and len(words) <= 5 and lang not in ("ja", "zh", "ko", "ar", "hi"):
        return line.upper()
    return line


def build_label(label: str) -> dict[str, list[dict]]:
    slots_mod = _load("slots")
    mod = _load(label)
    out: dict[str, list[dict]] = {}
    for lang, families in mod.FAMILIES.items():
        slots = slots_mod.for_lang(lang)
        rows: list[dict] = []
        for fam, spec in families.items():
            if isinstance(spec, list):
                spec = {"t": spec}
            hard = bool(spec.get("hard", False))
            n = spec.get("n", getattr(mod, "N", {}).get(lang, DEFAULT_N.get(lang, OTHER_N)))
            style = spec.get("style", label != "STORY")
            family = f"{label}-{lang}-{fam}"
            rng = random.Random(zlib.crc32(f"{SEED}:{family}".encode()))
            seen: dict[str, None] = {}
            for line in spec.get("lit", ()):
                seen.setdefault(line, None)
            templates = spec.get("t", ())
            tries = 0
            # No template may fill more than twice its share of the family, so that one template
            # with many fillers does not crowd out the others once they run out of new lines.
            cap = max(3, 2 * n // max(1, len(templates)))
            used = [0] * len(templates)
            while templates and len(seen) < n and tries < n * ATTEMPTS:
                tries += 1
                i = rng.randrange(len(templates))
                if used[i] >= cap:
                    continue
                line = expand(templates[i], slots, rng)
                if style == "heading":
                    line = restyle_heading(line, lang, rng)
                elif style:
                    line = restyle(line, label, lang, rng)
                if line and line not in seen:
                    seen[line] = None
                    used[i] += 1
            for line in seen:
                rows.append({"text": line, "label": label, "lang": lang, "family": family, "hard": hard})
            if label == "STORY":
                rows.extend({"text": line, "label": label, "lang": lang, "family": family, "hard": hard}
                            for line in story_marks(list(seen), family))
        out[lang] = rows
    return out


def build_all() -> dict[Path, str]:
    files: dict[Path, str] = {}
    owner: dict[str, str] = {}
    for label in LABELS:
        if not (SRC / f"{label}.py").exists():
            continue
        for lang, rows in build_label(label).items():
            kept = []
            for row in rows:
                key = row["text"].casefold()
                prev = owner.setdefault(key, label)
                if prev != label:
                    CONFLICTS.append(f"{row['text']!r} is {prev} and {label}; kept as {prev}")
                    continue
                kept.append(row)
            body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept)
            files[HERE / f"{label}.{lang}.jsonl"] = body
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the files on disk differ from a rebuild")
    ap.add_argument("--stats", action="store_true", help="print lines and families per label and language")
    args = ap.parse_args(argv)
    files = build_all()
    if args.check:
        stale = [p.name for p, body in files.items() if not p.exists() or p.read_text(encoding="utf-8") != body]
        extra = sorted(p.name for p in HERE.glob("*.jsonl") if p not in files)
        for name in stale + extra:
            print(f"stale: {name}", file=sys.stderr)
        return 1 if stale or extra else 0
    for p in HERE.glob("*.jsonl"):
        if p not in files:
            p.unlink()
    for p, body in files.items():
        tmp = p.with_suffix(".tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(p)
    if args.stats:
        stats(files)
        print(f"{len(CONFLICTS)} lines dropped: same text (casefolded) already under another label", file=sys.stderr)
        for c in CONFLICTS:
            print("  " + c, file=sys.stderr)
    return 0


def stats(files: dict[Path, str]) -> None:
    table: dict[str, dict[str, tuple[int, int, int]]] = {}
    for p, body in sorted(files.items()):
        label, lang, _ = p.name.split(".")
        rows = [json.loads(x) for x in body.splitlines()]
        fams = {r["family"] for r in rows}
        hard = sum(r["hard"] for r in rows)
        table.setdefault(label, {})[lang] = (len(rows), len(fams), hard)
    for label, langs in table.items():
        total = sum(v[0] for v in langs.values())
        hard = sum(v[2] for v in langs.values())
        cells = " ".join(f"{lg}:{v[0]}/{v[1]}f" for lg, v in langs.items())
        print(f"{label:5} {total:6} hard={hard:5}  {cells}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
