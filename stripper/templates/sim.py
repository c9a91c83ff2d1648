"""A simulated crawl for the templates' benchmark and tests: sites × pages, every line labelled.

Each site has its own template (masthead, menu, search box, house prompts, footer) written in its
own phrasing of the boilerplate categories, drawn from one of two phrasing families: family 0 is
for tuning, family 1 is held out (other words for the same things). Stories are gold story texts
from the development pages (even-numbered ones for tuning, odd-numbered ones held out) or, for the
tests, synthetic prose. The crawl holds what a real one does and the templates must survive:

- syndicated stories: one story on several sites, each in its own template;
- duplicated stories: one story again on one site, at second URLs: a print copy (its own small
  template: "Printed from" and the URL, so not byte-identical) and an AMP copy with a lighter
  template; its story lines are then on three of the site's pages;
- story lines that recur on some of a site's pages: a columnist's standing intro (on about a third
  of a small site's pages, up to 40 pages of a large one), a quote (on 2–3 pages);
- template parts that show on only some pages (a newsletter box on about 70% of them, a "most read"
  box of 4 of 6 headlines). The box shows the site's own stories, printed in the same crawl (for a
  site of up to 24 pages 6 of its stories, each then in the box of about half its pages; a larger
  site's box shows its recent stories), so a story's headline is also a line of the site's template
  on other pages, and must stay on its own page.

Pages are whole-page text, one block a line, as a WET record has them."""
from __future__ import annotations

import gzip
import random
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

_ADJ = ("Harbor", "Valley", "Northern", "Capital", "Coastal", "Prairie", "Summit", "Riverside", "Metro", "Lakeside",
        "Granite", "Pioneer", "Evening", "Morning", "Union", "Liberty", "Cedar", "Redwood", "Highland", "Bay",
        "Frontier", "Central", "Golden", "Silver", "Maple", "Ironwood", "Eastern", "Western", "Southern", "Atlantic")
_NOUN = ("Times", "Ledger", "Gazette", "Courier", "Herald", "Tribune", "Post", "Dispatch", "Sentinel", "Chronicle",
         "Observer", "Register", "Review", "Journal", "Examiner", "Bulletin", "Monitor", "Beacon", "Star", "Record")
_SECTIONS = ("News", "Local", "World", "Politics", "Business", "Sports", "Opinion", "Arts", "Travel", "Food", "Science",
             "Health", "Tech", "Weather", "Obituaries", "Real Estate", "Autos", "Jobs", "Education", "Environment",
             "Culture", "Books", "Music", "Film", "Style", "Money", "Crime", "Courts", "Schools", "Events")

# Two phrasing families per template part: [family 0 (tuning), family 1 (held out)], each a list of
# phrasings. {s} is the site's name.
_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "skip": (("Skip to main content", "Jump to navigation", "Skip to content"),
             ("Go to the story", "Bypass the menu", "Straight to the article")),
    "search": (("Search {s}", "Search the site", "Search this site"),
               ("Find on {s}", "Look something up", "Type to search {s}")),
    "login": (("Sign in | Register", "Log in or create an account", "My account"),
              ("Members: enter here", "Your {s} profile", "Join {s} today or sign in")),
    "newsletter": (("Get the {s} briefing every morning", "Sign up for the {s} daily newsletter", "Subscribe to our newsletter for the latest news"),
                   ("The day's stories from {s}, in your inbox at 6 a.m.", "Want {s} delivered? Leave your email address here", "Our editors pick five stories for you each evening: join the list")),
    "ad": (("Advertisement", "ADVERTISEMENT", "Sponsored"),
           ("Story continues below this message from our partners", "A word from our supporters", "Partner content")),
    "share": (("Share this story on Facebook and Twitter", "Share this article", "Share: Facebook | Twitter | Email"),
              ("Pass this one along to a friend who would like it", "Found this useful? Send it on", "Tell your neighbours about this piece")),
    "comments": (("Comments are closed for this story.", "Leave a comment", "Join the conversation below"),
                 ("Readers' thoughts on this piece appear after moderation", "What do you make of it? Write to the editor", "Have your say in the {s} forum")),
    "affiliate": (("{s} may earn a commission when you buy through links on this page.", "We may receive a commission if you purchase through our links.", "This post contains affiliate links."),
                  ("When you shop through the links here, {s} gets a small cut, at no cost to you.", "Buying from a retailer we link to sends a little money our way.", "Some products mentioned pay us a referral fee.")),
    "mostread": (("Most Read", "Most Popular", "Trending Now"),
                 ("What readers are opening today", "Everyone is talking about", "Climbing the charts on {s}")),
    "cookie": (("We use cookies to improve your experience on our site. By continuing you agree to our use of cookies.", "This site uses cookies. Accept all | Manage preferences", "We use cookies to personalise content and ads."),
               ("{s} keeps small files on your device so the pages load the way you left them; carry on reading if that suits you.", "Little data crumbs help us count visitors. Fine by you? Okay | Tell me more", "Our pages remember you with tiny text files; browsing on means you are happy with that.")),
    "copyright": (("© 2012 {s}. All rights reserved.", "Copyright 2011 {s}", "© {s} 2012, all rights reserved"),
                  ("Everything on this site belongs to {s} and its writers, 2012", "{s} is a registered publication of {s} Media Group", "Published by {s} Media since 1921")),
    "footer": (("Privacy Policy | Terms of Use | Contact Us", "About Us | Advertise | Careers | Contact", "Terms | Privacy | Cookies | Sitemap"),
               ("Who we are · Work with us · Reach the newsroom", "The small print · Your data · Write to us", "Our people · Our standards · Our partners")),
    "tagline": (("{s}: news for the whole region", "Your source for local news", "Independent journalism since 1921"),
                ("{s}, read by your neighbours", "The paper on your porch, now on your screen", "Stories from where you live")),
}
_COLUMN = ("{c} answers your questions about money every week.", "This is {c}'s weekly column on the garden.",
           "Every Sunday {c} looks back at a week in the city's history.")
_QUOTE = ('"We will not rest until the job is done," the mayor has said since the campaign began.',
          '"A city is its people, not its buildings," as the founder liked to say.')
_NAMES = ("Ana Ruiz", "Tom Becker", "Lena Park", "Omar Haddad", "Grace Liu", "Piet de Vries", "Maya Cohen", "Sam Okafor")


@dataclass(frozen=True, slots=True)
class Page:
    site: str  # the host
    url: str
    lines: tuple[tuple[str, bool], ...]  # (line, is boilerplate)

    @property
    def text(self) -> str:
        return "\n".join(line for line, _ in self.lines)


def dev_stories(path: Path, held_out: bool) -> list[list[str]]:
    """Gold stories of the development pages (odd-numbered if `held_out`, else even-numbered), as
    their non-blank lines; pages whose gold is not prose (binary junk, a few words) are skipped."""
    out: list[list[str]] = []
    seen: dict[str, int] = {}
    with gzip.open(path, "rb") as f:
        for i, raw in enumerate(f):
            if i % 2 != int(held_out):
                continue
            gold = orjson.loads(raw).get("gold") or ""
            lines = list(dict.fromkeys(ln.strip() for ln in gold.split("\n") if ln.strip()))
            text = " ".join(lines)
            printable = sum(c.isalpha() or c.isspace() or c in ".,'\"-;:!?()0123456789$%" for c in text)
            if len(lines) < 3 or len(text.split()) < 80 or printable < 0.97 * len(text):
                continue
            out.append(lines[:40])
            for ln in lines:
                seen[ln] = seen.get(ln, 0) + 1
    # A line in the gold of several pages is their source site's own boilerplate that the gold
    # kept ("!@#$%^&*() COMMENTS"), not story: it is left out of the story bodies.
    stories = [[ln for ln in s if seen[ln] == 1] for s in out]
    stories = [s for s in stories if len(s) >= 3]
    random.Random(len(stories)).shuffle(stories)  # the dev pages come grouped by source site
    return stories


def synthetic_stories(n: int, seed: int = 0) -> list[list[str]]:
    """Stories of random prose (no data needed): 4–12 lines of 12–40 random words each."""
    rnd = random.Random(seed)
    words = ["".join(rnd.choice(string.ascii_lowercase) for _ in range(rnd.randint(2, 9))) for _ in range(3000)]
    out = []
    for _ in range(n):
        story = []
        for _ in range(rnd.randint(4, 12)):
            w = rnd.sample(words, rnd.randint(12, 40))
            story.append(" ".join(w).capitalize() + ".")
        out.append(story)
    return out


@dataclass
class _Site:
    name: str
    host: str
    phr: dict[str, str]
    menu: list[str]
    menu_inline: bool
    mostread: list[str]
    columnist: str
    affiliate: bool


def _site(k: int, family: int, rnd: random.Random) -> _Site:
    adj, noun = _ADJ[k % len(_ADJ)], _NOUN[(k // len(_ADJ) + k * 7) % len(_NOUN)]
    name = f"The {adj} {noun}" if k < len(_ADJ) * len(_NOUN) else f"The {adj} {noun} {k}"
    host = f"www.{adj.lower()}{noun.lower()}{'' if k < 600 else k}.com"
    short = name.removeprefix("The ")
    phr = {part: rnd.choice(fams[family]).format(s=short) for part, fams in _PHRASES.items()}
    menu = rnd.sample(_SECTIONS, rnd.randint(6, 10))
    return _Site(name, host.replace("www.", ""), phr, menu, rnd.random() < 0.4, [], rnd.choice(_NAMES), rnd.random() < 0.3)


def _page(site: _Site, story: list[str], rnd: random.Random, *, amp: bool = False, intro: str | None = None,
          quote: str | None = None, mostread: list[str] | None = None, printed: str | None = None) -> list[tuple[str, bool]]:
    p, bp = site.phr, True
    out: list[tuple[str, bool]] = []
    if printed is not None:  # a print copy: its own small template, the story, the copyright
        return [(site.name, bp), (f"Printed from {printed}", bp), *((line, False) for line in story), (p["copyright"], bp)]
    if not amp:
        out += [(p["skip"], bp), (site.name, bp), (p["tagline"], bp), (p["login"], bp), (p["search"], bp)]
        if site.menu_inline:
            out.append((" | ".join(site.menu), bp))
        else:
            out += [(m, bp) for m in site.menu]
        if rnd.random() < 0.85:
            out.append((p["cookie"], bp))
    else:
        out += [(site.name, bp)]
    body = [(line, False) for line in story]
    if intro:
        body.insert(1, (intro, False))
    if quote:
        body.insert(min(len(body), 3), (quote, False))
    if site.affiliate:
        body.insert(1, (p["affiliate"], bp))
    if len(body) > 4:
        body.insert(3, (p["ad"], bp))
    if len(body) > 6 and rnd.random() < 0.7:
        body.insert(6, (p["newsletter"], bp))
    out += body
    out += [(p["share"], bp)]
    if not amp:
        out += [(p["comments"], bp), (p["mostread"], bp)]
        box = mostread if mostread is not None else site.mostread
        out += [(h, bp) for h in rnd.sample(box, min(4, len(box)))]
        out += [(p["footer"], bp)]
    out += [(p["copyright"], bp)]
    return out


def simulate(sizes: list[int], stories: list[list[str]], *, family: int = 0, seed: int = 0,
             syndicated: float = 0.1, duplicated: float = 0.05) -> Iterator[Page]:
    """Pages of `len(sizes)` sites, site k with `sizes[k]` pages (copies at second URLs come on top).
    Stories are used in turn (a crawl larger than the stories reuses them, each site its own)."""
    rnd = random.Random(seed * 1_000_003 + family)
    sites = [_site(k, family, rnd) for k in range(len(sizes))]
    nxt = 0
    shared: list[tuple[list[str], set[int]]] = []  # syndicated stories, and the sites that ran them
    for k, (site, n) in enumerate(zip(sites, sizes)):
        # The site's stories first (its "most read" box shows their headlines).
        own: list[list[str]] = []
        for _ in range(n):
            others = [j for j, (_, owner) in enumerate(shared) if k not in owner]
            if others and rnd.random() < syndicated:
                j = others[rnd.randrange(len(others))]
                own.append(shared[j][0])
                shared[j][1].add(k)  # a syndicated story runs once on each site that takes it
            else:
                own.append(stories[nxt % len(stories)])
                nxt += 1
                if rnd.random() < syndicated and len(shared) < 50:
                    shared.append((own[-1], {k}))
        heads = [i for i, s in enumerate(own) if len(s[0].split()) <= 16]
        site.mostread = [own[i][0] for i in rnd.sample(heads, min(6, len(heads)))]
        column_pages = set(rnd.sample(range(n), min(40, max(3, round(n / 3))))) if n >= 6 else set()
        quote_pages = set(rnd.sample(range(n), rnd.randint(2, 3))) if n >= 6 else set()
        intro = rnd.choice(_COLUMN).format(c=site.columnist)
        quote = rnd.choice(_QUOTE)
        for i, story in enumerate(own):
            if n > 24:  # a large site's box: the headlines of its recent stories
                recent = [own[j][0] for j in heads if i - 12 <= j < i] or site.mostread
                mostread = recent[-6:]
            else:
                mostread = site.mostread
            lines = _page(site, story, rnd, intro=intro if i in column_pages else None,
                          quote=quote if i in quote_pages else None, mostread=mostread)
            url = f"https://www.{site.host}/{k}/story-{i}.html"
            yield Page(site.host, url, tuple(lines))
            if rnd.random() < duplicated:
                yield Page(site.host, url.replace(".html", "-print.html"), tuple(_page(site, story, rnd, printed=url)))
                amp = _page(site, story, rnd, amp=True)
                yield Page(site.host, url.replace(".html", ".amp.html"), tuple(amp))


def write_jsonl(pages: Iterator[Page], path: Path) -> int:
    """The pages as JSONL rows {"url", "text"}; returns the bytes written."""
    n = 0
    with open(path, "wb") as f:
        for p in pages:
            b = orjson.dumps({"url": p.url, "text": p.text}, option=orjson.OPT_APPEND_NEWLINE)
            f.write(b)
            n += len(b)
    return n
