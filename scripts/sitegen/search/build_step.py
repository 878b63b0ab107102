"""When in a MkDocs build to index the site: once, after the last language is built.

mkdocs-static-i18n builds the default language, then, inside its own `on_post_build`
(priority -100), every other language, each with its own `on_post_build`. A handler at a
lower priority therefore runs last in the outermost build, when the plugin is no longer
`building`; by then every language is on disk. This holds for `mkdocs build` and for each
rebuild of `mkdocs serve`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path

import soupsieve
from mkdocs.config.defaults import MkDocsConfig

from sitegen import messages, yaml_lines
from sitegen.plugins import adapter
from sitegen.plugins.adapter import all_languages_built
from sitegen.plugins.site.facts import languages
from sitegen.problems import Problem, ProblemError
from sitegen.search import index, pages, synonyms, terms

PRIORITY = -200  # below mkdocs-static-i18n's on_post_build (-100)

log = logging.getLogger("mkdocs.plugins.sitegen.search")


def index_site(config: MkDocsConfig) -> None:
    """Build the search index into the site folder, once every language is built; a wrong
    setting raises ProblemError."""
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
    _ = editor_messages(config)
    path = (*SETTING, "repeated_blocks")
    if not isinstance(settings, Mapping) or not all(
        isinstance(settings.get(key), str) and settings[key] for key in ("selector", "home")
    ):
        raise _error(
            config,
            path,
            _(
                "needs 'selector' (a CSS selector such as .tppo-card) "
                "and 'home' (a page path such as bantuan/direktori/)"
            ),
        )
    _check_selector(config, (*path, "selector"), settings["selector"])
    home = settings["home"].strip("/")
    if not (site_dir / home / "index.html").is_file():
        message = _("no page at '{home}/' in the built site").format(home=home)
        raise _error(config, (*path, "home"), message)
    return pages.RepeatedBlocks(settings["selector"], home)


def index_settings(config: MkDocsConfig) -> tuple[str, dict[str, synonyms.Thesaurus]]:
    """The rest of `extra.search`, checked: the selector of the blocks never indexed
    (`exclude`), each language's synonyms as index keys (`synonyms`), and a text of the
    search box for every language (`label`, `more`, `error`, `corrected`)."""
    settings = config.extra.get("search", {})
    built = languages(config)
    _ = editor_messages(config)
    for name, placeholder in TEXTS.items():
        texts = settings.get(name)
        for language in built:
            text = texts.get(language) if isinstance(texts, Mapping) else None
            if not isinstance(text, str) or not text.strip():
                raise _error(config, (*SETTING, name, language), _("missing text"))
            if placeholder not in text:
                message = _(
                    'needs {placeholder} where the words go, in quotes: "... {placeholder}"'
                )
                raise _error(
                    config, (*SETTING, name, language), message.format(placeholder=placeholder)
                )
    excluded = settings.get("exclude", "")
    _check_selector(config, (*SETTING, "exclude"), excluded)
    path = (*SETTING, "synonyms")
    try:
        groups = synonyms.read(settings.get("synonyms", {}), built, _)
        thesauri = {
            language: synonyms.thesaurus(listed, terms.key_finder(language), _, (language,))
            for language, listed in groups.items()
        }
    except synonyms.SynonymError as error:
        raise _error(config, (*path, *error.path), error.message) from None
    return excluded, thesauri


def editor_messages(config: MkDocsConfig) -> Callable[[str], str]:
    """`gettext` for messages to editors: in the site's first language, from the site
    plugin's catalogs (the package's English msgids without it)."""
    site = config.plugins.get(adapter.SITE_PLUGIN)
    if site is None:
        return messages.translations(messages.SOURCE_LANGUAGE).gettext
    return site.messages(languages(config)[0]).gettext


def _check_selector(config: MkDocsConfig, path: tuple[str, ...], selector: object) -> None:
    _ = editor_messages(config)
    if not isinstance(selector, str):
        raise _error(config, path, _("needs a CSS selector, such as .tppo-sources"))
    if not selector:
        return
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError:
        message = _("'{selector}' is not a CSS selector").format(selector=selector)
        raise _error(config, path, message) from None


def _error(config: MkDocsConfig, path: tuple[str | int, ...], message: str) -> ProblemError:
    """`mkdocs.yml:LINE: extra.search...: message`, LINE where `path` is written."""
    field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)
    file, line = "mkdocs.yml", 1
    if config.config_file_path:
        config_file = Path(config.config_file_path)
        file = config_file.name
        line = yaml_lines.line_of(config_file.read_text("utf-8"), path)
    return ProblemError([Problem(file, line, field.lstrip("."), message)])
