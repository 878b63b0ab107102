"""Printing any page from the browser (Chromium print emulation): no navigation, search
or quick exit; external link addresses printed; no break inside a box; the hotline strip."""

from __future__ import annotations

import io
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from pypdf import PdfReader

CHROME = {
    "header": ".md-header",
    "navigation": ".md-sidebar--primary",
    "table of contents": ".md-sidebar--secondary",
    "search": ".md-search",
    "quick exit": ".tppo-exit",
    "footer": ".md-footer",
}
VISIBLE = "el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)"


@pytest.fixture
def page(browser, site_url: str) -> Iterator:
    """A browser tab that can reach only the local test server."""
    local = urlsplit(site_url).netloc
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    tab.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc == local else route.abort()
        ),
    )
    yield tab
    context.close()


def visible(tab, selector: str) -> bool:
    element = tab.query_selector(selector)
    return element is not None and tab.evaluate(VISIBLE, element)


def test_print_hides_navigation_search_and_quick_exit(page, site_url: str) -> None:
    page.goto(site_url + "tentang/aman/")
    assert all(visible(page, s) for s in (".md-header", ".tppo-exit")), "screen sanity check"
    assert not visible(page, ".tppo-print-strip")
    page.emulate_media(media="print")
    shown = [name for name, selector in CHROME.items() if visible(page, selector)]
    assert shown == []
    assert visible(page, ".tppo-print-strip")
    assert visible(page, "article h1")


def test_printed_pdf_has_the_text_and_strip_but_no_quick_exit(page, site_url: str) -> None:
    page.goto(site_url + "en/cegah/")
    numbers = [
        n.text_content()
        for n in page.query_selector_all(".tppo-print-strip .tppo-hotlines__number")
    ]
    exit_label = page.inner_text(".tppo-exit__label")
    assert exit_label not in page.inner_text("article"), "pick a page that does not name it"
    page.emulate_media(media="print")
    printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(" ".join(p.extract_text() for p in printed.pages).split())
    assert exit_label not in text
    assert page.inner_text("article h1").strip() in text
    assert numbers
    assert [number for number in numbers if number not in text] == []


def test_external_links_print_their_address(page, site_url: str) -> None:
    page.goto(site_url + "tentang/sumber/")
    link = page.query_selector("article a[href^='https://']")
    href = link.get_attribute("href")
    after = "el => getComputedStyle(el, '::after').content"
    assert href not in page.evaluate(after, link)
    page.emulate_media(media="print")
    assert href in page.evaluate(after, link)
    internal = page.query_selector("article a[href^='../']")
    assert page.evaluate(after, internal) in ("none", "normal")


def test_boxes_and_checklist_items_are_never_split(page, site_url: str) -> None:
    page.goto(site_url + "leaflet/rt-rw-pkk/")
    page.emulate_media(media="print")
    for selector in (".admonition", ".task-list-item", ".tppo-hotlines"):
        element = page.query_selector(f"article {selector}")
        assert element is not None, selector
        assert page.evaluate("el => getComputedStyle(el).breakInside", element) == "avoid"
