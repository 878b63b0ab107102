"""`<!-- md:leaflet-list -->`: the list of leaflets with their PDFs, on the leaflet index.

The shortcode is expanded while pages are read, before the leaflets themselves have been
rendered; it leaves a marker that `fill_listing` replaces once every leaflet is known.
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Sequence

from sitegen.leaflets.build import Leaflet
from sitegen.pages import PageRef

MARKER = "<div data-tppo-leaflet-list></div>"


def render_marker(args: list[str], page: PageRef) -> str:
    return f"\n\n{MARKER}\n\n"


def listing_html(leaflets: Sequence[Leaflet], from_dir: str, download: str) -> str:
    """Each leaflet's title (linked), description and PDF links, relative to `from_dir`."""
    items = []
    for leaflet in leaflets:
        target = posixpath.relpath(leaflet.page_dir, from_dir)
        pdfs = " · ".join(
            f'<a href="{html.escape(target)}/{leaflet.pdf_name(size)}" download>'
            f"{html.escape(download)} {size}</a>"
            for size in leaflet.spec.sizes
        )
        items.append(
            f'<li><a class="tppo-leaflet-list__title" href="{html.escape(target)}/">'
            f"{html.escape(leaflet.title)}</a><br>{html.escape(leaflet.description)}"
            f'<br><span class="tppo-leaflet-list__pdfs">{pdfs}</span></li>'
        )
    return f'<ul class="tppo-leaflet-list">{"".join(items)}</ul>'


def fill_listing(content: str, leaflets: Sequence[Leaflet], from_dir: str, download: str) -> str:
    if MARKER not in content:
        return content
    return content.replace(MARKER, listing_html(leaflets, from_dir, download))
