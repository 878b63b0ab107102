"""What a healthy build shows its editor: log lines only, nothing that looks like a
crash; and leaflets rendered in the fonts the site is designed with."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

# A traceback, or a warning printed with its source lines (MkDocs shows Python warnings
# as `File "...", line N`): what WeasyPrint did without libharfbuzz-subset.
CRASH_LIKE = re.compile(r'^\s*(Traceback \(most recent call last\)|File ".*", line \d+)', re.M)


def test_a_healthy_build_prints_no_traceback_like_text(
    site_build: tuple[Path, subprocess.CompletedProcess],
) -> None:
    _, result = site_build
    assert CRASH_LIKE.findall(result.stderr + result.stdout) == []
    assert "DeprecationWarning" not in result.stderr


def embedded_fonts(pdf: Path) -> set[str]:
    """The fonts the PDF embeds (subset prefix dropped): the font file itself travels."""
    names = set()
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            for part in [font, *(d.get_object() for d in descendants or [])]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(part["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def test_every_leaflet_embeds_noto_sans_and_nothing_else(built_site: Path) -> None:
    pdfs = sorted(built_site.rglob("*.pdf"))
    assert len(pdfs) >= 10
    fonts = {pdf.relative_to(built_site).as_posix(): embedded_fonts(pdf) for pdf in pdfs}
    wrong = {
        name: found
        for name, found in fonts.items()
        if not found or not all(font.replace("-", "").startswith("NotoSans") for font in found)
    }
    assert wrong == {}
