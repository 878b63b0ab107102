"""When in a MkDocs build to index the site: once, after the last language is built.

mkdocs-static-i18n builds the default language, then, inside its own `on_post_build`
(priority -100), every other language, each with its own `on_post_build`. A handler at a
lower priority therefore runs last in the outermost build, when the plugin is no longer
`building`; by then every language is on disk. This holds for `mkdocs build` and for each
rebuild of `mkdocs serve`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import soupsieve
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from sitegen.plugins.adapter import all_languages_built
from sitegen.search import index, pages

PRIORITY = -200  # below mkdocs-static-i18n's on_post_build (-100)

log = logging.getLogger("mkdocs.plugins.sitegen.search")


def index_site(config: MkDocsConfig) -> None:
    """Build the search index into the site folder, once every language is built."""
    if "material/search" in config.plugins:
        return  # Material's own search is configured instead (the benchmark does this)
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    options = pages.Options(repeated=repeated_blocks(config, site_dir))
    counts = index.build_index(site_dir, options)
    summary = ", ".join(f"{count} pages in '{lang}'" for lang, count in sorted(counts.items()))
    log.info(f"Search index built: {summary}")


SETTING = "extra.search.repeated_blocks"


def repeated_blocks(config: MkDocsConfig, site_dir: Path) -> pages.RepeatedBlocks | None:
    """`extra.search.repeated_blocks` of mkdocs.yml, checked against the built site."""
    settings = config.extra.get("search", {}).get("repeated_blocks")
    if settings is None:
        return None
    where = _where(config.config_file_path, "repeated_blocks")
    if not isinstance(settings, Mapping) or not all(
        isinstance(settings.get(key), str) and settings[key] for key in ("selector", "home")
    ):
        raise PluginError(
            f"{where}: {SETTING}: needs 'selector' (a CSS selector such as .tppo-card) "
            "and 'home' (a page path such as bantuan/direktori/)"
        )
    try:
        soupsieve.compile(settings["selector"])
    except soupsieve.SelectorSyntaxError:
        raise PluginError(
            f"{where}: {SETTING}.selector: '{settings['selector']}' is not a CSS selector"
        ) from None
    home = settings["home"].strip("/")
    if not (site_dir / home / "index.html").is_file():
        raise PluginError(f"{where}: {SETTING}.home: no page at '{home}/' in the built site")
    return pages.RepeatedBlocks(settings["selector"], home)


def _where(config_file: str | None, key: str) -> str:
    """`mkdocs.yml:LINE`, the line where `key:` is first written."""
    if not config_file:
        return "mkdocs.yml"
    path = Path(config_file)
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if line.strip().startswith(f"{key}:"):
            return f"{path.name}:{number}"
    return path.name
