"""The `sitegen/site` plugin: the theme layer every sitegen site has (quick exit, skip
link, no-referrer, a bilingual 404 page), the site's facts and message catalogs, the
shortcode registry the other sitegen plugins fill, and the fix that lets Material's blog
work per language under mkdocs-static-i18n.

mkdocs-static-i18n builds the site once per language and calls every event again for
each, `on_config` included: every handler here is idempotent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.support import Translations
from jinja2 import Environment
from markupsafe import Markup, escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from sitegen import checklists, messages, slim
from sitegen.plugins import adapter
from sitegen.plugins.site import blog
from sitegen.plugins.site.config import SiteConfig
from sitegen.plugins.site.facts import languages, read_facts
from sitegen.shortcodes import Registry, extra_value
from sitegen.site import SiteFacts

THEME_DIR = Path(__file__).resolve().parents[2] / "theme"
STYLESHEETS = ("assets/stylesheets/site.css", "assets/stylesheets/print.css")
SCRIPTS = ("assets/javascripts/quick-exit.js", "assets/javascripts/menu-button.js")


class SitePlugin(BasePlugin[SiteConfig]):
    def __init__(self) -> None:
        self.facts: SiteFacts | None = None
        self.shortcodes: Registry | None = None
        self.project_dir = Path()

    # The site ------------------------------------------------------------------

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.facts is None:  # the first (default-language) build: site_url is the root
            self.project_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
            editor_messages = self.messages(languages(config)[0])
            with adapter.editor_errors():
                self.facts = read_facts(config, self.config, editor_messages)
            self.shortcodes = Registry(editor_messages)
            self.shortcodes.register("extra", extra_value(config.extra, editor_messages))
        adapter.add_theme_dir(config, THEME_DIR)
        adapter.add_assets(config, STYLESHEETS, SCRIPTS)
        return config

    def site_facts(self) -> SiteFacts:
        if self.facts is None:
            raise PluginError("sitegen/site: the site's facts are read in on_config")
        return self.facts

    def messages(self, language: str) -> Translations:
        """The catalog of `language`: the package's words, then the site's own."""
        with adapter.editor_errors():
            return messages.translations(language, [self.project_dir / self.config.locale_dir])

    def register_shortcode(self, name: str, renderer: Any) -> None:
        if self.shortcodes is None:
            raise PluginError("sitegen/site: shortcodes are registered in on_config")
        self.shortcodes.register(name, renderer)

    # Pages ----------------------------------------------------------------------

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files):
        with adapter.editor_errors():
            return self.shortcodes.expand(markdown, adapter.page_ref(page, config))

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files):
        return checklists.hide_disabled_boxes(html)

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """The theme's templates speak the page's language through the catalogs."""
        language = config.theme["language"]
        if "jinja2.ext.InternationalizationExtension" not in env.extensions:
            env.add_extension("jinja2.ext.i18n")
        env.install_gettext_translations(self.messages(language), newstyle=True)  # type: ignore[attr-defined]
        env.filters["drop_hreflang_links"] = slim.drop_hreflang_links
        env.globals["sitegen"] = {
            "quick_exit_url": self.config.quick_exit.url,
            "not_found": self.not_found_texts(),
        }
        return env

    def not_found_texts(self) -> list[dict[str, Any]]:
        """The 404 page in every language: mkdocs-static-i18n writes only one 404.html."""
        facts = self.site_facts()
        texts = []
        for language in facts.languages:
            _ = self.messages(language).gettext
            home = facts.root_path + ("" if language == facts.default_language else f"{language}/")
            links = Markup('<a href="{url}">{label}</a>').format(
                url=home, label=_("Go to the home page")
            )
            if self.config.help_page:
                help_link = Markup('<a href="{url}">{label}</a>').format(
                    url=home + self.config.help_page.strip("/") + "/", label=_("get help")
                )
                links = escape(_("{home} or {help}.")).format(home=links, help=help_link)
            texts.append(
                {
                    "language": language,
                    "title": _("Page not found"),
                    "text": _("This address does not exist or has moved."),
                    "links": links,
                }
            )
        return texts

    # Material's blog per language ----------------------------------------------

    # The blog reads the files at priority -50 and mkdocs-static-i18n at -100.
    @event_priority(-40)
    def _before_blog(self, files: Files, config: MkDocsConfig) -> Files:
        if not blog.applies(config):
            return files
        return blog.hide_other_language_posts(files, config)

    @event_priority(-110)
    def _after_i18n(self, files: Files, config: MkDocsConfig) -> Files:
        if not blog.applies(config):
            return files
        return blog.reattach_blog_files(files, config)

    on_files = CombinedEvent(_before_blog, _after_i18n)

    # mkdocs-static-i18n rebuilds the blog's navigation at priority -100.
    @event_priority(-110)
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        if blog.applies(config):
            blog.link_blog_alternates(config)
        return nav
