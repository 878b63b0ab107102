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

from sitegen import yaml_lines
from sitegen.problems import Problem
from sitegen.search import index, pages, synonyms, terms

PRIORITY = -200  # below mkdocs-static-i18n's on_post_build (-100)

log = logging.getLogger("mkdocs.plugins.sitegen.search")


def all_languages_built(config: MkDocsConfig) -> bool:
    i18n = config.plugins.get("i18n")
    return i18n is None or not getattr(i18n, "building", False)


def index_site(config: MkDocsConfig) -> None:
    """Build the search index into the site folder, once every language is built."""
    if "material/search" in config.plugins:
        return  # Material's own search is configured instead (the benchmark does this)
    if not all_languages_built(config):
        return
    site_dir = Path(config.site_dir)
    excluded, thesauri = index_settings(config)
    options = pages.Options(repeated=repeated_blocks(config, site_dir), excluded=excluded)
    counts = index.build_index(site_dir, options, thesauri)
    summary = ", ".join(f"{count} pages in '{lang}'" for lang, count in sorted(counts.items()))
    log.info(f"Search index built: {summary}")


SETTING = ("extra", "search")
# The texts of the search box (overrides/partials/site-search.html), in every language,
# with the placeholder each must hold.
TEXTS = {"label": "", "more": "", "error": "", "corrected": "{words}"}


def repeated_blocks(config: MkDocsConfig, site_dir: Path) -> pages.RepeatedBlocks | None:
    """`extra.search.repeated_blocks` of mkdocs.yml, checked against the built site."""
    settings = config.extra.get("search", {}).get("repeated_blocks")
    if settings is None:
        return None
    path = (*SETTING, "repeated_blocks")
    if not isinstance(settings, Mapping) or not all(
        isinstance(settings.get(key), str) and settings[key] for key in ("selector", "home")
    ):
        raise _error(
            config,
            path,
            "needs 'selector' (a CSS selector such as .tppo-card) "
            "and 'home' (a page path such as bantuan/direktori/)",
        )
    _check_selector(config, (*path, "selector"), settings["selector"])
    home = settings["home"].strip("/")
    if not (site_dir / home / "index.html").is_file():
        raise _error(config, (*path, "home"), f"no page at '{home}/' in the built site")
    return pages.RepeatedBlocks(settings["selector"], home)


def index_settings(config: MkDocsConfig) -> tuple[str, dict[str, synonyms.Thesaurus]]:
    """The rest of `extra.search`, checked: the selector of the blocks never indexed
    (`exclude`), each language's synonyms as index keys (`synonyms`), and a text of the
    search box for every language (`label`, `more`, `error`, `corrected`)."""
    settings = config.extra.get("search", {})
    languages = _languages(config)
    for name, placeholder in TEXTS.items():
        texts = settings.get(name)
        for language in languages:
            text = texts.get(language) if isinstance(texts, Mapping) else None
            if not isinstance(text, str) or not text.strip():
                raise _error(config, (*SETTING, name, language), "missing text")
            if placeholder not in text:
                message = f'needs {placeholder} where the words go (in quotes: "... {placeholder}")'
                raise _error(config, (*SETTING, name, language), message)
    excluded = settings.get("exclude", "")
    _check_selector(config, (*SETTING, "exclude"), excluded)
    path = (*SETTING, "synonyms")
    try:
        groups = synonyms.read(settings.get("synonyms", {}), languages)
    except synonyms.SynonymError as error:
        raise _error(config, (*path, *error.path), error.message) from None
    thesauri = {}
    for language, listed in groups.items():
        try:
            thesauri[language] = synonyms.thesaurus(listed, terms.key_finder(language))
        except synonyms.SynonymError as error:
            raise _error(config, (*path, language, *error.path), error.message) from None
    return excluded, thesauri


def _languages(config: MkDocsConfig) -> list[str]:
    """The languages the site builds (mkdocs-static-i18n), else the theme's."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [config.theme["language"]]
    return [language.locale for language in i18n.config.languages if language.build]


def _check_selector(config: MkDocsConfig, path: tuple[str, ...], selector: object) -> None:
    if not isinstance(selector, str):
        raise _error(config, path, "needs a CSS selector, such as .tppo-sources")
    if not selector:
        return
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError:
        raise _error(config, path, f"'{selector}' is not a CSS selector") from None


def _error(config: MkDocsConfig, path: tuple[str | int, ...], message: str) -> PluginError:
    """`mkdocs.yml:LINE: extra.search...: message`, LINE where `path` is written."""
    field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    file, line = "mkdocs.yml", 1
    if config.config_file_path:
        config_file = Path(config.config_file_path)
        file = config_file.name
        line = yaml_lines.line_of(config_file.read_text("utf-8"), path)
    return PluginError(str(Problem(file, line, field.lstrip("."), message)))
