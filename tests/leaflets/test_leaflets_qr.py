"""QR codes: inline SVG, made offline, that scanners read back as the URL."""

from __future__ import annotations

from pathlib import Path

import weasyprint
from leaflet_pdfs import qr_codes

from sitegen.leaflets.qr import qr_svg

URL = "http://127.0.0.1/tppo-test/en/leaflet/tempat-melapor/"


def test_svg_is_inline_and_scales_to_its_box() -> None:
    svg = qr_svg(URL)
    assert svg.startswith("<svg")
    assert 'class="tppo-qr"' in svg
    assert "width=" not in svg.split(">", 1)[0]


def test_the_printed_code_decodes_to_the_url(tmp_path: Path) -> None:
    pdf = tmp_path / "qr.pdf"
    html = f'<div style="width: 40mm">{qr_svg(URL)}</div>'
    weasyprint.HTML(string=html).write_pdf(pdf)
    assert qr_codes(pdf, tmp_path) == [URL]
