"""Trim what Material puts in every page that costs readers data and does them no good.

Material's script fetches `sitemap.xml` below every `<link rel="alternate" hreflang>` in
a page's head, to keep a reader on the same page when switching versions. On this site
the language switcher already links each page to its counterpart, so those fetches only
download the whole sitemap on the home page (9 KB compressed for 30 pages, growing with
every page) and two "not found" pages on every other page. Search engines find the same
hreflang alternates in the sitemap that mkdocs-static-i18n writes.

`overrides/main.html` applies the filter to Material's `site_meta` block.
"""

from __future__ import annotations

import re

from markupsafe import Markup

_HREFLANG_LINK = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def drop_hreflang_links(html: str) -> Markup:
    """Remove `<link rel="alternate" hreflang>` tags; keep every other link."""
    return Markup(_HREFLANG_LINK.sub("", str(html)))
