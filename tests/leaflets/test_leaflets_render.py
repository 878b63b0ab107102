"""Rendering with WeasyPrint: pages counted, cut-off text caught, nothing fetched online."""

from __future__ import annotations

import pytest

from sitegen.leaflets.render import UnreachableResource, render_pdf

END = "end"
# A leaflet-like page: a flex column as tall as the page, the last element marked.
PAGE = """<style>@page {{ size: A5; margin: 10mm }} html, body {{ height: 100% }}
.sheet {{ display: flex; flex-direction: column; min-height: 100% }}
.main {{ flex: 1 1 auto }}</style>
<div class="sheet"><div class="main">{body}</div><p id="end">footer</p></div>"""


def test_short_text_fits_one_page() -> None:
    rendered = render_pdf(PAGE.format(body="<p>Pendek.</p>"), "file:///tmp/", END)
    assert rendered.pdf.startswith(b"%PDF")
    assert (rendered.pages, rendered.complete, rendered.fits_one_page) == (1, True, True)


def test_text_cut_off_by_the_flex_column_is_caught() -> None:
    body = "<p>Baris yang terlalu panjang untuk satu halaman.</p>" * 80
    rendered = render_pdf(PAGE.format(body=body), "file:///tmp/", END)
    assert not rendered.fits_one_page
    assert not rendered.complete


def test_text_that_flows_onto_a_second_page_is_caught() -> None:
    body = "<p>Baris.</p>" * 120
    rendered = render_pdf(f"{body}<p id='end'>x</p>", "file:///tmp/", END)
    assert rendered.pages > 1
    assert not rendered.fits_one_page


def test_resources_on_other_machines_are_refused() -> None:
    html = '<img src="https://example.org/logo.png">'
    with pytest.raises(UnreachableResource, match=r"example\.org"):
        render_pdf(html, "file:///tmp/", END)
