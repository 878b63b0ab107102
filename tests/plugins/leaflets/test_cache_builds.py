"""Leaflet PDFs inside real builds of a project copy: cached by their inputs, and a
leaflet that does not fit its page stops the build naming the leaflet."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import LEAFLET_CACHE, build_site

REPORT = re.compile(r"Leaflets \((\w+)\): (\d+) PDFs, (\d+) rendered, (\d+) from cache")


def rendered_counts(stderr: str) -> dict[str, tuple[int, int]]:
    """{language: (rendered, from cache)} from the build log."""
    return {m[1]: (int(m[3]), int(m[4])) for m in REPORT.finditer(stderr)}


def pdfs(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.pdf")}


def test_a_rebuild_renders_nothing_and_a_change_renders_only_that_leaflet(
    built_site: Path, project_copy: Path, tmp_path: Path
) -> None:
    # The session's build has just filled the shared cache; start from a copy of it.
    shutil.copytree(LEAFLET_CACHE, tmp_path / "cache")
    cache = {"TPPO_LEAFLET_CACHE": str(tmp_path / "cache")}
    again = build_site(project_copy, tmp_path / "again", extra_env=cache)
    assert again.returncode == 0, again.stderr
    counts = rendered_counts(again.stderr)
    assert set(counts) == {"id", "en"}
    assert all(rendered == 0 and cached > 0 for rendered, cached in counts.values())
    assert pdfs(tmp_path / "again") == pdfs(built_site)

    page = project_copy / "docs" / "leaflet" / "rt-rw-pkk.en.md"
    page.write_text(page.read_text("utf-8").replace("You are closest", "You live closest"))
    changed = build_site(project_copy, tmp_path / "changed", extra_env=cache)
    assert changed.returncode == 0, changed.stderr
    counts = rendered_counts(changed.stderr)
    assert (counts["id"][0], counts["en"][0]) == (0, 1)
    changed_pdfs = pdfs(tmp_path / "changed")
    different = {name for name, pdf in changed_pdfs.items() if pdf != pdfs(built_site)[name]}
    assert different == {"en/leaflet/rt-rw-pkk/rt-rw-pkk-en-a4.pdf"}


def test_a_leaflet_that_overflows_its_page_fails_the_build_naming_it(
    project_copy: Path, tmp_path: Path
) -> None:
    page = project_copy / "docs" / "leaflet" / "anak-aman-daring.md"
    filler = (
        "\n\nKalimat tambahan yang membuat leaflet ini terlalu panjang untuk satu halaman." * 60
    )
    page.write_text(page.read_text("utf-8").replace("## Jika terjadi", filler + "\n\n## Jika", 1))
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "docs/leaflet/anak-aman-daring.md:4: leaflet.sizes: leaflet A4 tidak muat dalam satu "
        "halaman: persingkat teksnya" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_an_unknown_service_in_front_matter_names_file_line_and_field(
    project_copy: Path, tmp_path: Path
) -> None:
    page = project_copy / "docs" / "leaflet" / "tempat-melapor.en.md"
    text = page.read_text("utf-8")
    page.write_text(text.replace("services: [polri-110,", "services: [polri-111,", 1))
    result = build_site(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(
        r"docs/leaflet/tempat-melapor\.en\.md:5: leaflet\.services\[0\]: "
        r"tidak ada layanan dengan id 'polri-111' \(yang ada: .*polri-110",
        result.stderr,
    ), result.stderr
    assert "Traceback" not in result.stderr
