"""QR codes as inline SVG, made offline with segno."""

from __future__ import annotations

import segno


def qr_svg(url: str) -> str:
    """An inline SVG QR code for `url` that scales to its box (no fixed size).

    Error correction M survives a crease or a smudge on a printed leaflet; the quiet
    zone of 4 modules is what scanners expect.
    """
    code = segno.make_qr(url, error="m")
    return code.svg_inline(omitsize=True, border=4, dark="#000", svgclass="tppo-qr")
