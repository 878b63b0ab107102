"""Helpers for tests that look inside PDFs: text, paper size, and QR codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader

# Paper sizes in PostScript points (1/72 inch), portrait.
PAPER_POINTS = {"A4": (595.28, 841.89), "A5": (419.53, 595.28)}


def paper_size(reader: PdfReader, page: int = 0) -> str | None:
    """The ISO name of a page's size, or None if it is none of ours (to 1 point)."""
    box = reader.pages[page].mediabox
    size = (float(box.width), float(box.height))
    for name, (width, height) in PAPER_POINTS.items():
        if abs(size[0] - width) < 1 and abs(size[1] - height) < 1:
            return name
    return None


def pdf_text(reader: PdfReader) -> str:
    """All text, with runs of whitespace made single spaces."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def qr_codes(pdf: Path, work_dir: Path, dpi: int = 150) -> list[str]:
    """What every QR code on the PDF's first page says: pdftoppm to PNG, then zbarimg."""
    prefix = work_dir / pdf.stem
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
        check=True,
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", f"{prefix}.png"],
        capture_output=True,
        text=True,
        check=False,
    )
    return result.stdout.splitlines()
