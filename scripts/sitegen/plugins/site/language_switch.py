"""The language switcher's links, by one rule: relative on every page, so a built site
works wherever it is served; root-absolute (from site_url) on the 404 page only, which
the server answers at any depth.

mkdocs-static-i18n leaves the home page's links root-absolute (`/jakarta/en/`) and, on
the 404 page, whatever page was rendered last. Its `on_page_context` (priority 50)
resets `extra.alternate` for each page; these run after it.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitegen.site import SiteFacts


def switcher_links(config: MkDocsConfig) -> list[MutableMapping[str, Any]]:
    """The switcher's entries as the templates read them (`config.extra.alternate`):
    mkdocs-static-i18n sets them as an attribute of `extra`, which Jinja reads before the
    `extra["alternate"]` item."""
    links = getattr(config.extra, "alternate", None)
    if links is None:
        links = config.extra.get("alternate")
    return list(links or [])


def link_page(alternates: Sequence[MutableMapping[str, Any]], page: Page, facts: SiteFacts) -> None:
    """Each language's link: the page's own translation, else that language's home,
    as a path from the site's root that Material's `url` filter makes relative."""
    files = getattr(page.file, "alternates", {})
    for alternate in alternates:
        translation = files.get(alternate["lang"])
        alternate["link"] = (
            translation.url if translation is not None else facts.home(alternate["lang"])
        )


def link_not_found_page(alternates: Sequence[MutableMapping[str, Any]], facts: SiteFacts) -> None:
    """The 404 page leads to each language's home page, root-absolute."""
    for alternate in alternates:
        alternate["link"] = facts.root_path + facts.home(alternate["lang"])
