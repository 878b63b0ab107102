"""The leaflet index: each leaflet with its page and PDF links, relative to the index."""

from __future__ import annotations

from bs4 import BeautifulSoup

from sitegen.leaflets.build import Leaflet
from sitegen.leaflets.listing import MARKER, fill_listing
from sitegen.leaflets.spec import LeafletSpec
from tests.leaflets.test_leaflets_hotlines import components


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
        checked="1 Mei 2026",
    )


def test_marker_is_replaced_with_links_to_pages_and_pdfs() -> None:
    content = f"<p>Intro</p>{MARKER}<p>After</p>"
    leaflets = [leaflet("en/leaflet/tempat-melapor", ("A4", "A5"))]
    listing = components("en").listing(leaflets, "en/leaflet")
    soup = BeautifulSoup(fill_listing(content, listing), "html.parser")
    links = [(a.get_text(), a["href"]) for a in soup.select("li a")]
    assert links == [
        ("Where & how", "tempat-melapor/"),
        ("Download PDF A4", "tempat-melapor/tempat-melapor-en-a4.pdf"),
        ("Download PDF A5", "tempat-melapor/tempat-melapor-en-a5.pdf"),
    ]
    assert soup.get_text().startswith("Intro")


def test_pages_without_the_marker_are_left_alone() -> None:
    listing = components("id").listing([leaflet("leaflet/a", ("A4",))], "")
    assert fill_listing("<p>x</p>", listing) == "<p>x</p>"


def test_indonesian_links_and_a_leaflet_page_gets_downloads_under_its_title() -> None:
    parts = components("id")
    listing = BeautifulSoup(parts.listing([leaflet("leaflet/a", ("A4",))], ""), "html.parser")
    assert [a.get_text() for a in listing.select("a")] == ["Where & how", "Unduh PDF A4"]
    page = leaflet("leaflet/a", ("A4", "A5"))
    html = parts.leaflet_page("<h1>Judul</h1><p>Isi</p>", page)
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.contents] == ["h1", "p", "p", "p"]
    assert [a["href"] for a in soup.select(".tppo-leaflet-downloads a[download]")] == [
        "a-en-a4.pdf",
        "a-en-a5.pdf",
    ]
    assert soup.select_one(".tppo-leaflet-checked").get_text() == "Data nomor per 1 Mei 2026"
