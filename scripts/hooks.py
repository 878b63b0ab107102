"""MkDocs hooks: a thin bridge from MkDocs events to the sitegen package.

mkdocs-static-i18n builds the site once per language, so every event here fires once
per language and every handler must be idempotent.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from sitegen import checklists, i18n_blog, shortcodes, site_config, slim
from sitegen.contacts import build as contacts_build
from sitegen.contacts import shortcodes as contacts_shortcodes  # noqa: F401 (registers md:contacts)
from sitegen.leaflets import listing as leaflet_listing  # noqa: F401 (registers md:leaflet-list)
from sitegen.leaflets.site import LeafletSite
from sitegen.search import build_step as search

# The leaflet pipeline of the current build; `mkdocs serve` makes a new one per rebuild.
_leaflets: LeafletSite | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    site_config.add_derived_values(config)
    contacts_build.directory_for(config)  # stops the build on bad contact data
    global _leaflets
    _leaflets = LeafletSite(config)
    return config


# The blog reads the files at priority -50 and mkdocs-static-i18n at -100.
@event_priority(-40)
def _before_blog(files: Files, config: MkDocsConfig) -> Files:
    return i18n_blog.hide_other_language_posts(files, config)


@event_priority(-110)
def _after_i18n(files: Files, config: MkDocsConfig) -> Files:
    return i18n_blog.reattach_blog_files(files, config)


on_files = CombinedEvent(_before_blog, _after_i18n)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return shortcodes.expand(markdown, page, config)


# mkdocs-static-i18n rebuilds the blog's navigation at priority -100.
@event_priority(-110)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    i18n_blog.link_blog_alternates(config)
    return nav


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return checklists.hide_disabled_boxes(_leaflets.page_content(html, page, config))


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
    search.index_site(config)


on_post_build = CombinedEvent(_leaflets_post_build, _search_post_build)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    env.filters["drop_hreflang_links"] = slim.drop_hreflang_links
    return env
