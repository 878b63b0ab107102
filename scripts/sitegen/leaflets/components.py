"""The leaflets' parts of the site's pages, in one language, from the theme's templates
(`theme/sitegen/leaflets/`, which a site may override from its own `overrides/`): the
hotline box and the print strip, a leaflet page's download links and the date of its
numbers, and the list of leaflets.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from sitegen.contacts.model import Service
from sitegen.contacts.words import Words
from sitegen.leaflets.build import Leaflet
from sitegen.leaflets.hotlines import printed_channels

#: The folder to put in the template search path (after a site's overrides).
THEME_DIR = Path(__file__).with_name("theme")
TEMPLATES = "sitegen/leaflets/"


@dataclass(frozen=True)
class ListedLeaflet:
    leaflet: Leaflet
    #: The leaflet's folder, relative to the page that lists it.
    target: str


class Components:
    def __init__(self, env: jinja2.Environment, words: Words) -> None:
        self.env = env
        self.words = words

    def _render(self, name: str, **context: object) -> str:
        return self.env.get_template(TEMPLATES + name).render(words=self.words, **context)

    def hotlines(self, services: Sequence[Service], modifier: str) -> str:
        """The numbers of `services` to call or message, `modifier` "leaflet" or "strip"."""
        entries = [(service, printed_channels(service)) for service in services]
        entries = [(service, channels) for service, channels in entries if channels]
        return self._render("hotlines.html", entries=entries, modifier=modifier)

    def leaflet_page(self, content: str, leaflet: Leaflet) -> str:
        """A leaflet page's HTML: download links under its title, then its hotline box
        and the date its numbers were checked."""
        downloads = self._render("downloads.html", leaflet=leaflet)
        checked = self._render("checked.html", checked=leaflet.checked)
        head, h1_end, body = content.partition("</h1>")
        with_downloads = head + h1_end + downloads + body if h1_end else downloads + content
        return f"{with_downloads}{leaflet.hotlines}{checked}"

    def listing(self, leaflets: Sequence[Leaflet], from_dir: str) -> str:
        """Each leaflet's title (linked), description and PDF links, relative to `from_dir`."""
        listed = [
            ListedLeaflet(leaflet, posixpath.relpath(leaflet.page_dir, from_dir))
            for leaflet in leaflets
        ]
        return self._render("listing.html", leaflets=listed)
