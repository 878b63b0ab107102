"""The `sitegen/leaflets` plugin: every page with `leaflet:` front matter becomes a
one-page PDF per paper size (WeasyPrint), with the numbers of its services from the
checked directory and a QR code back to the page; `<!-- md:leaflet-list -->` lists them,
and every other page gets the strip of key numbers that shows on paper only.

It needs the `sitegen/site` plugin (facts, catalogs, shortcodes) and the
`sitegen/directory` plugin (the numbers). The PDFs of a language are written when that
language's build ends, before mkdocs-static-i18n (priority -100) starts the next one.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from sitegen import templates
from sitegen.contacts.model import Service
from sitegen.contacts.words import Words
from sitegen.leaflets.build import Leaflet, LeafletBuild
from sitegen.leaflets.cache import PdfCache
from sitegen.leaflets.components import THEME_DIR, Components
from sitegen.leaflets.document import STYLESHEET, LeafletTemplate
from sitegen.leaflets.hotlines import last_checked, select_services
from sitegen.leaflets.listing import MARKER, fill_listing, render_marker
from sitegen.leaflets.spec import LeafletSpec, read_spec
from sitegen.plugins import adapter
from sitegen.plugins.directory.plugin import NAME as DIRECTORY
from sitegen.plugins.directory.plugin import directory_plugin
from sitegen.plugins.leaflets.config import LeafletsConfig

NAME = "sitegen/leaflets"

log = get_plugin_logger("sitegen.leaflets")


class LeafletsPlugin(BasePlugin[LeafletsConfig]):
    def __init__(self) -> None:
        self._config: MkDocsConfig | None = None
        self._build: LeafletBuild | None = None
        self._components: dict[str, Components] = {}
        self._templates: dict[str, LeafletTemplate] = {}
        self._strips: dict[str, str] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        site = adapter.site_plugin(config, NAME)
        self._config = config
        adapter.add_theme_dir(config, THEME_DIR)
        site.register_shortcode("leaflet-list", render_marker)
        if self._build is None:
            project_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
            self._build = LeafletBuild(
                self._template,
                self._words,
                PdfCache(project_dir / self.config.cache_dir),
                self._editor_messages(),
            )
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        """The print stylesheet goes into each PDF, not into the site."""
        if self.config.enabled:
            stylesheet = files.get_file_from_path(STYLESHEET)
            if stylesheet is not None:
                files.remove(stylesheet)
        return files

    # Languages ------------------------------------------------------------------

    def _site(self):  # type: ignore[no-untyped-def]
        return adapter.site_plugin(self._config, NAME)

    def _editor_messages(self):  # type: ignore[no-untyped-def]
        site = self._site()
        return site.messages(site.site_facts().default_language)

    def _words(self, language: str) -> Words:
        return self._parts(language).words

    def _parts(self, language: str) -> Components:
        if language not in self._components:
            messages = self._site().messages(language)
            env = templates.environment(self._config.theme.dirs, messages)
            words = Words.for_site(self._site().site_facts(), language, messages)
            self._components[language] = Components(env, words)
        return self._components[language]

    def _template(self, language: str) -> LeafletTemplate:
        if language not in self._templates:
            self._templates[language] = LeafletTemplate(self._parts(language).env)
        return self._templates[language]

    # Pages ----------------------------------------------------------------------

    def _printable(self, spec: LeafletSpec | None) -> list[Service]:
        """The services to print: only those readers may rely on as they stand."""
        directory = directory_plugin(self._config, NAME)
        messages = self._editor_messages()
        services = select_services(directory.directory(), spec, directory.key_services(), messages)
        for service in services:
            if not service.current:
                where = spec.path if spec else f"plugins.{DIRECTORY}.key_services"
                message = messages.gettext(
                    "{where}: {service} is {status}, so it is left off paper"
                )
                log.info(message.format(where=where, service=service.id, status=service.status))
        return [service for service in services if service.current]

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """For a leaflet page: keep its HTML for the PDFs; add the downloads and hotlines."""
        if not self.config.enabled:
            return html
        with adapter.editor_errors():
            return self._leaflet_page(html, page, config)

    def _leaflet_page(self, html: str, page: Page, config: MkDocsConfig) -> str:
        if "leaflet" not in page.meta:
            return html
        ref = adapter.page_ref(page, config)
        source = Path(page.file.abs_src_path).read_text("utf-8")
        spec = read_spec(page.meta, source, ref.path, self._editor_messages())
        if spec is None:
            return html
        services = self._printable(spec)
        if not services:
            message = self._editor_messages().gettext(
                "none of these services is active: nothing to print"
            )
            raise spec.error(("services",), message)
        parts = self._parts(ref.language)
        leaflet = Leaflet(
            spec=spec,
            locale=ref.language,
            site_name=config.site_name,
            title=page.title or "",
            description=str(page.meta.get("description", "")),
            url=page.canonical_url,
            page_dir=posixpath.dirname(page.file.dest_uri),
            content=html,
            hotlines=parts.hotlines(services, "leaflet"),
            checked=parts.words.long_date(last_checked(services)),
        )
        self._build.add(leaflet)
        return parts.leaflet_page(html, leaflet)

    def on_page_context(
        self, context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        """Fill the leaflet list (every leaflet page is rendered by now) and give the page
        its print strip."""
        if not self.config.enabled:
            return context
        language = config.theme["language"]
        # Pages render in file-name order; the list follows the navigation instead.
        order = {posixpath.dirname(p.file.dest_uri): i for i, p in enumerate(nav.pages)}
        leaflets = sorted(self._build.leaflets, key=lambda leaflet: order.get(leaflet.page_dir, 0))
        page_dir = posixpath.dirname(page.file.dest_uri)
        if page.content and MARKER in page.content:
            page.content = fill_listing(
                page.content, self._parts(language).listing(leaflets, page_dir)
            )
        with adapter.editor_errors():
            context["tppo_print_strip"] = self._print_strip(page_dir, language)
        return context

    def _print_strip(self, page_dir: str, language: str) -> Markup:
        """The key hotlines, at the end of every printed page (hidden on screen). Leaflet
        pages carry their own hotline box, so they get no strip."""
        if any(leaflet.page_dir == page_dir for leaflet in self._build.leaflets):
            return Markup("")
        if language not in self._strips:
            self._strips[language] = self._parts(language).hotlines(self._printable(None), "strip")
        return Markup(self._strips[language])

    def on_post_build(self, config: MkDocsConfig) -> None:
        """Write this language's PDFs next to their pages."""
        if not self.config.enabled:
            return
        today = self._site().site_facts().today()
        with adapter.editor_errors():
            report = self._build.write(Path(config.site_dir), today)
        self._build.cache.prune()
        total = len(report.rendered) + len(report.from_cache)
        if total:
            log.info(
                "Leaflets (%s): %d PDFs, %d rendered, %d from cache",
                config.theme["language"],
                total,
                len(report.rendered),
                len(report.from_cache),
            )
