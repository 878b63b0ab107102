"""HTML to PDF with WeasyPrint, offline, counting the pages."""

from __future__ import annotations

from dataclasses import dataclass

import weasyprint
from weasyprint.urls import FatalURLFetchingError, URLFetcher

# A leaflet may use the built site's own files and inline data, never the network.
OFFLINE_PROTOCOLS = {"file", "data"}


class UnreachableResource(Exception):
    """The document refers to something that is not on this machine."""


@dataclass(frozen=True)
class RenderedPdf:
    pdf: bytes
    pages: int
    # Whether the element with the end marker id was laid out on the last page. WeasyPrint
    # drops what a full page box cannot hold (a flex column does not spill over), so a
    # missing marker means text was cut off even when there is only one page.
    complete: bool

    @property
    def fits_one_page(self) -> bool:
        return self.pages == 1 and self.complete


def render_pdf(html: str, base_url: str, end_marker: str) -> RenderedPdf:
    """Lay out `html` (relative URLs resolved against `base_url`) and write the PDF.

    `end_marker` is the id of the document's last element.
    """
    fetcher = URLFetcher(allowed_protocols=OFFLINE_PROTOCOLS, fail_on_errors=True)
    try:
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).render()
    except FatalURLFetchingError as error:
        raise UnreachableResource(str(error.__cause__ or error)) from None
    return RenderedPdf(
        pdf=document.write_pdf(),
        pages=len(document.pages),
        complete=end_marker in document.pages[-1].anchors,
    )


def engine_version() -> str:
    """Part of every cache key: a new WeasyPrint may lay the same page out differently."""
    return weasyprint.__version__
