"""The leaflet pipeline as the MkDocs hooks see it: one object per build."""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitegen.leaflets.build import Leaflet, LeafletBuild, downloads_html
from sitegen.leaflets.cache import PdfCache
from sitegen.leaflets.dates import format_day, today_in
from sitegen.leaflets.document import LeafletTemplate
from sitegen.leaflets.hotlines import last_checked, render_hotlines, select_services
from sitegen.leaflets.listing import fill_listing
from sitegen.leaflets.settings import PrintSettings, read_settings
from sitegen.leaflets.spec import read_spec

if TYPE_CHECKING:
    from sitegen.contacts import Directory, Service

log = logging.getLogger("mkdocs.plugins.sitegen.leaflets")


class LeafletSite:
    def __init__(
        self, config: MkDocsConfig, directory: Directory, key_services: Sequence[str]
    ) -> None:
        self.settings: PrintSettings = read_settings(config)
        self.project_dir = Path(config.config_file_path).parent
        self.directory = directory
        self.key_services = list(key_services)
        self.build = LeafletBuild(
            LeafletTemplate(list(config.theme.dirs)),
            PdfCache(self.settings.cache_dir),
            self.settings.texts,
        )
        self._strips: dict[str, str] = {}

    def _current(self, services: Sequence[Service]) -> list[Service]:
        """Only services readers may rely on as they stand reach paper."""
        return [service for service in services if service.current]

    def print_strip(self, locale: str) -> str:
        """The key hotlines, shown at the end of every printed page (hidden on screen)."""
        if locale not in self._strips:
            services = self._current(select_services(self.directory, None, self.key_services))
            title = self.settings.text(locale, "strip")
            self._strips[locale] = render_hotlines(services, locale, title, "strip")
        return self._strips[locale]

    def page_content(self, html: str, page: Page, config: MkDocsConfig) -> str:
        """For a leaflet page: keep its HTML for the PDFs; add the downloads and hotlines."""
        source_path = Path(page.file.abs_src_path)
        path = source_path.relative_to(self.project_dir).as_posix()
        spec = read_spec(page.meta, source_path.read_text("utf-8"), path)
        if spec is None:
            return html
        locale = config.theme["language"]
        services = self._current(select_services(self.directory, spec, self.key_services))
        if not services:
            raise spec.error(("services",), "none of these services is current: no number to print")
        text = self.settings.texts[locale]
        hotlines = render_hotlines(services, locale, text["hotlines"], "leaflet")
        leaflet = Leaflet(
            spec=spec,
            locale=locale,
            site_name=config.site_name,
            title=page.title or "",
            description=str(page.meta.get("description", "")),
            url=page.canonical_url,
            page_dir=page.file.dest_uri.rsplit("/", 1)[0],
            content=html,
            hotlines=hotlines,
            checked=format_day(last_checked(services), locale),
        )
        self.build.add(leaflet)
        downloads = downloads_html(leaflet, text["download"])
        checked = f'<p class="tppo-leaflet-checked">{text["checked"]} {leaflet.checked}</p>'
        head, h1_end, body = html.partition("</h1>")
        with_downloads = head + h1_end + downloads + body if h1_end else downloads + html
        return with_downloads + hotlines + checked

    def page_context(self, page: Page, config: MkDocsConfig) -> None:
        """Fill the leaflet list (md:leaflet-list): every leaflet page is rendered by now."""
        page.content = fill_listing(
            page.content or "",
            self.build.leaflets,
            posixpath.dirname(page.file.dest_uri),
            self.settings.text(config.theme["language"], "download"),
        )

    def post_build(self, config: MkDocsConfig) -> None:
        """Write this language's PDFs next to their pages."""
        report = self.build.write(Path(config.site_dir), today_in(self.settings.timezone))
        total = len(report.rendered) + len(report.from_cache)
        if total:
            log.info(
                "Leaflets (%s): %d PDFs, %d rendered, %d from cache",
                config.theme["language"],
                total,
                len(report.rendered),
                len(report.from_cache),
            )
