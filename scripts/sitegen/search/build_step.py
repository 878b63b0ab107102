"""When in a MkDocs build to index the site: once, after the last language is built.

mkdocs-static-i18n builds the default language, then, inside its own `on_post_build`
(priority -100), every other language, each with its own `on_post_build`. A handler at a
lower priority therefore runs last in the outermost build, when the plugin is no longer
`building`; by then every language is on disk. This holds for `mkdocs build` and for each
rebuild of `mkdocs serve`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from sitegen.search import indexer

PRIORITY = -200  # below mkdocs-static-i18n's on_post_build (-100)

log = logging.getLogger("mkdocs.plugins.sitegen.search")


def all_languages_built(config: MkDocsConfig) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or not getattr(i18n, "building", False)


def index_site(config: MkDocsConfig) -> None:
    """Build the Pagefind index into the site folder, once every language is built."""
    if "material/search" in config.plugins:
        return  # Material's own search is configured instead (the benchmark does this)
    if not all_languages_built(config):
        return
    try:
        counts = indexer.build_index(Path(config.site_dir))
    except indexer.SearchIndexError as error:
        raise PluginError(f"search: {error}") from error
    summary = ", ".join(f"{count} pages in '{lang}'" for lang, count in sorted(counts.items()))
    log.info(f"Search index built by Pagefind: {summary}")
