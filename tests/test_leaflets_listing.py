"""The leaflet index: each leaflet with its page and PDF links, relative to the index."""

from __future__ import annotations

from bs4 import BeautifulSoup

from sitegen.leaflets.build import Leaflet
from sitegen.leaflets.listing import MARKER, fill_listing
from sitegen.leaflets.spec import LeafletSpec


def leaflet(page_dir: str, sizes: tuple[str, ...]) -> Leaflet:
    return Leaflet(
        spec=LeafletSpec("docs/x.md", sizes, None),
        locale="en",
        site_name="Site",
        title="Where & how",
        description="Short.",
        url="http://x/",
        page_dir=page_dir,
        content="",
        hotlines="",
        checked="",
    )


def test_marker_is_replaced_with_links_to_pages_and_pdfs() -> None:
    content = f"<p>Intro</p>{MARKER}<p>After</p>"
    leaflets = [leaflet("en/leaflet/tempat-melapor", ("A4", "A5"))]
    soup = BeautifulSoup(
        fill_listing(content, leaflets, "en/leaflet", "Download PDF"), "html.parser"
    )
    links = [(a.get_text(), a["href"]) for a in soup.select("li a")]
    assert links == [
        ("Where & how", "tempat-melapor/"),
        ("Download PDF A4", "tempat-melapor/tempat-melapor-en-a4.pdf"),
        ("Download PDF A5", "tempat-melapor/tempat-melapor-en-a5.pdf"),
    ]
    assert soup.get_text().startswith("Intro")


def test_pages_without_the_marker_are_left_alone() -> None:
    assert fill_listing("<p>x</p>", [leaflet("leaflet/a", ("A4",))], "", "PDF") == "<p>x</p>"
