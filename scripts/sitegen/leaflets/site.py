"""The leaflet pipeline as the MkDocs hooks see it: one object per build."""

from __future__ import annotations

import html
import logging
import posixpath
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from sitegen.contacts import Service
from sitegen.contacts.build import directory_for, settings_for
from sitegen.contacts.labels import long_date
from sitegen.leaflets.build import Leaflet, LeafletBuild, downloads_html
from sitegen.leaflets.cache import PdfCache
from sitegen.leaflets.dates import today_in
from sitegen.leaflets.document import LeafletTemplate
from sitegen.leaflets.hotlines import last_checked, render_hotlines, select_services
from sitegen.leaflets.listing import fill_listing
from sitegen.leaflets.settings import read_settings
from sitegen.leaflets.spec import LeafletSpec, read_spec

log = logging.getLogger("mkdocs.plugins.sitegen.leaflets")


class LeafletSite:
    def __init__(self, config: MkDocsConfig) -> None:
        self.settings = read_settings(config)
        self.project_dir = Path(config.config_file_path).parent
        self.directory = directory_for(config)
        self.key_services = settings_for(config).key_services
        self.build = LeafletBuild(
            LeafletTemplate(list(config.theme.dirs)),
            PdfCache(self.settings.cache_dir),
            self.settings.texts,
        )
        self._strips: dict[str, str] = {}

    def _printable(self, spec: LeafletSpec | None) -> list[Service]:
        """The services to print: only those readers may rely on as they stand."""
        services = select_services(self.directory, spec, self.key_services)
        for service in services:
            if not service.current:
                where = spec.path if spec else "extra.contacts.key_services"
                log.info("%s: %s is %s, so it is left off paper", where, service.id, service.status)
        return [service for service in services if service.current]

    def print_strip(self, page: Page, locale: str) -> str:
        """The key hotlines, shown at the end of every printed page (hidden on screen).

        Leaflet pages carry their own hotline box, so they get no strip.
        """
        page_dir = posixpath.dirname(page.file.dest_uri)
        if any(leaflet.page_dir == page_dir for leaflet in self.build.leaflets):
            return ""
        if locale not in self._strips:
            title = self.settings.text(locale, "strip")
            self._strips[locale] = render_hotlines(self._printable(None), locale, title, "strip")
        return self._strips[locale]

    def page_content(self, content: str, page: Page, config: MkDocsConfig) -> str:
        """For a leaflet page: keep its HTML for the PDFs; add the downloads and hotlines."""
        source_path = Path(page.file.abs_src_path)
        path = source_path.relative_to(self.project_dir).as_posix()
        spec = read_spec(page.meta, source_path.read_text("utf-8"), path)
        if spec is None:
            return content
        locale = config.theme["language"]
        services = self._printable(spec)
        if not services:
            raise spec.error(("services",), "none of these services is active: nothing to print")
        text = self.settings.texts[locale]
        leaflet = Leaflet(
            spec=spec,
            locale=locale,
            site_name=config.site_name,
            title=page.title or "",
            description=str(page.meta.get("description", "")),
            url=page.canonical_url,
            page_dir=posixpath.dirname(page.file.dest_uri),
            content=content,
            hotlines=render_hotlines(services, locale, text["hotlines"], "leaflet"),
            checked=long_date(last_checked(services), locale),
        )
        self.build.add(leaflet)
        downloads = downloads_html(leaflet, text["download"])
        checked = html.escape(f"{text['checked']} {leaflet.checked}")
        head, h1_end, body = content.partition("</h1>")
        with_downloads = head + h1_end + downloads + body if h1_end else downloads + content
        return f'{with_downloads}{leaflet.hotlines}<p class="tppo-leaflet-checked">{checked}</p>'

    def page_context(self, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
        """Fill the leaflet list (md:leaflet-list): every leaflet page is rendered by now.

        Pages render in file-name order; the list follows the navigation instead.
        """
        order = {posixpath.dirname(p.file.dest_uri): i for i, p in enumerate(nav.pages)}
        leaflets = sorted(self.build.leaflets, key=lambda leaflet: order.get(leaflet.page_dir, 0))
        page.content = fill_listing(
            page.content or "",
            leaflets,
            posixpath.dirname(page.file.dest_uri),
            self.settings.text(config.theme["language"], "download"),
        )

    def post_build(self, config: MkDocsConfig) -> None:
        """Write this language's PDFs next to their pages."""
        report = self.build.write(Path(config.site_dir), today_in(self.settings.timezone))
        self.build.cache.prune()
        total = len(report.rendered) + len(report.from_cache)
        if total:
            log.info(
                "Leaflets (%s): %d PDFs, %d rendered, %d from cache",
                config.theme["language"],
                total,
                len(report.rendered),
                len(report.from_cache),
            )
