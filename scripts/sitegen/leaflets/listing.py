"""`<!-- md:leaflet-list -->`: the list of leaflets with their PDFs, on the leaflet index.

The shortcode is expanded while pages are read, before the leaflets themselves have been
rendered; it leaves a marker that `fill_listing` replaces once every leaflet is known.
"""

from __future__ import annotations

from sitegen.pages import PageRef

MARKER = "<div data-tppo-leaflet-list></div>"


def render_marker(args: list[str], page: PageRef) -> str:
    return f"\n\n{MARKER}\n\n"


def fill_listing(content: str, listing: str) -> str:
    """`content` with the marker replaced by the rendered `listing`."""
    return content.replace(MARKER, listing) if MARKER in content else content
