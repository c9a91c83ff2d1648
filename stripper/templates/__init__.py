"""Site templates learned from a corpus: the lines a site prints on many of its pages.

Per-document rules cannot see that "Get the Harbor Times briefing every morning" is on every page of
harbortimes.com; counting a crawl's lines per site can. Two passes:

1. count (`counts.TemplateCounts`, `learn.count_inputs`): per site, how many of its distinct
   pages hold each normalized line (`fingerprint`), in bounded memory, mergeable with `+`;
2. apply (`apply.strip_with_templates`): remove the lines on enough of their site's pages (TPL001),
   then clean the rest with the usual rules.

From the command line: `stripper dataset ... --site-field url --learn-templates` (both passes), or
`stripper templates learn`, `stripper templates merge` and `stripper dataset ... --templates FILE`;
in datatrove: `stripper.integrations.datatrove` (a counting step, a merge and a filtering step)."""
from __future__ import annotations

from .counts import CountsError, SiteCounts, TemplateCounts, merge_files
from .fingerprint import document_hash, fingerprint, fingerprints, normalize, page_keys, site_of, text_fingerprints

__all__ = [
    "CountsError",
    "SiteCounts",
    "TemplateCounts",
    "document_hash",
    "fingerprint",
    "fingerprints",
    "merge_files",
    "normalize",
    "page_keys",
    "site_of",
    "text_fingerprints",
]
