"""The HTML document WeasyPrint turns into a leaflet: template, styles, content, data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

TEMPLATE = "sitegen/leaflets/pdf.html"
STYLESHEET = "sitegen/leaflets/pdf.css"
# The id of the leaflet's last element: if WeasyPrint laid it out, nothing was cut off.
END_MARKER = "tppo-leaflet-end"


@dataclass(frozen=True)
class LeafletDocument:
    """Everything one PDF shows, already in the leaflet's language."""

    locale: str
    size: str
    site_name: str
    title: str
    content: str
    hotlines: str
    qr: str
    url: str
    printed: str
    checked: str


class LeafletTemplate:
    """The print template and stylesheet of one language, found in the theme folders
    (a site's overrides/ first)."""

    def __init__(self, env: jinja2.Environment) -> None:
        self.template = env.get_template(TEMPLATE)
        self.css = Path(env.get_template(STYLESHEET).filename).read_text("utf-8")
        self.source = Path(self.template.filename).read_text("utf-8")

    def render(self, document: LeafletDocument) -> str:
        return self.template.render(
            locale=document.locale,
            size=document.size,
            site_name=document.site_name,
            title=document.title,
            css=Markup(self.css),
            content=Markup(document.content),
            hotlines=Markup(document.hotlines),
            qr=Markup(document.qr),
            url_display=display_url(document.url),
            printed=document.printed,
            checked=document.checked,
            end_marker=END_MARKER,
        )


def display_url(url: str) -> str:
    """The URL as a reader types it: no scheme, no trailing slash."""
    return url.split("://", 1)[-1].rstrip("/")
