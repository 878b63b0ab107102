"""MkDocs hooks: a thin bridge from MkDocs events to the parts of the sitegen package
that are not plugins yet (the directory, the leaflets, the search).

mkdocs-static-i18n builds the site once per language, so every event here fires once
per language and every handler must be idempotent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from sitegen.contacts import build as contacts_build
from sitegen.contacts import shortcodes as contacts_shortcodes
from sitegen.leaflets import listing as leaflet_listing
from sitegen.leaflets.site import LeafletSite
from sitegen.plugins import adapter
from sitegen.search import build_step as search

# The leaflet pipeline of the current build; `mkdocs serve` makes a new one per rebuild.
_leaflets: LeafletSite | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    contacts_build.directory_for(config)  # stops the build on bad contact data
    site = adapter.site_plugin(config, "hooks")
    site.register_shortcode(
        "contacts", lambda args, page: contacts_shortcodes.render_contacts(args, page, config)
    )
    site.register_shortcode(
        "directory", lambda args, page: contacts_shortcodes.render_directory(args, page, config)
    )
    site.register_shortcode("leaflet-list", leaflet_listing.render_marker)
    adapter.add_theme_dir(config, Path(leaflet_listing.__file__).parent / "theme")
    global _leaflets
    _leaflets = LeafletSite(config)
    return config


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return _leaflets.page_content(html, page, config)


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    _leaflets.page_context(page, config, nav)
    context["tppo_print_strip"] = _leaflets.print_strip(page, config.theme["language"])
    return context


# Runs before mkdocs-static-i18n's (-100) starts the next language's build.
def _leaflets_post_build(config: MkDocsConfig) -> None:
    _leaflets.post_build(config)


# After mkdocs-static-i18n has built every language (see sitegen.search.build_step).
@event_priority(search.PRIORITY)
def _search_post_build(config: MkDocsConfig) -> None:
    with adapter.editor_errors():
        search.index_site(config)


on_post_build = CombinedEvent(_leaflets_post_build, _search_post_build)
