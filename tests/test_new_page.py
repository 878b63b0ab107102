"""new-page: a page in both languages, in the navigation, marked, and the site builds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_site

from sitegen import mkdocs_yml

CLI = ROOT / "scripts" / "new_page.py"


@pytest.fixture
def project(project_copy: Path) -> Path:
    """A copy of the real project: the same mkdocs.yml, pages, theme and hooks."""
    return project_copy


def new_page(project: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CLI), "--project", str(project), "--lang", lang, *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_new_page_adds_one_nav_line_and_keeps_the_rest_of_mkdocs_yml(project: Path):
    before = (project / "mkdocs.yml").read_text()
    result = new_page(project, "tentang", "mitra-kami", "Mitra kami", "Our partners")
    assert result.returncode == 0, result.stderr
    after = (project / "mkdocs.yml").read_text().splitlines(keepends=True)
    old = before.splitlines(keepends=True)
    added = [line for line in after if line not in old or after.count(line) > old.count(line)]
    assert added == ["      - tentang/mitra-kami.md\n"]
    after.remove(added[0])
    assert "".join(after) == before  # comments, !ENV and !!python/name tags kept
    config = mkdocs_yml.load(project / "mkdocs.yml")
    assert config["nav"][-1]["Tentang"][-1] == "tentang/mitra-kami.md"


def test_new_page_writes_both_languages_with_the_same_heading_id(project: Path):
    new_page(project, "kenali-tanda", "tawaran-uji", "Tawaran uji coba", "Trial offer page")
    indonesian = (project / "docs/kenali-tanda/tawaran-uji.md").read_text()
    english = (project / "docs/kenali-tanda/tawaran-uji.en.md").read_text()
    assert "\n# Tawaran uji coba { #tawaran-uji }\n" in indonesian
    assert "\n# Trial offer page { #tawaran-uji }\n" in english
    assert english.startswith('---\ndescription: "Trial offer page"\ntranslation_of_hash: ')


def test_the_new_page_is_marked_and_the_site_builds_with_it(project: Path, tmp_path: Path):
    new_page(project, "kenali-tanda", "tawaran-uji", "Tawaran uji coba", "Trial offer page")
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts/translations.py"), "--project", str(project), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0
    assert "kenali-tanda/tawaran-uji" not in check.stdout
    site = tmp_path / "site"
    build = build_site(project, site)
    assert build.returncode == 0, build.stderr
    page = (site / "kenali-tanda/tawaran-uji/index.html").read_text()
    assert 'id="tawaran-uji"' in page
    assert 'href="kenali-tanda/tawaran-uji/"' in (site / "index.html").read_text()  # in the nav
    assert "Trial offer page" in (site / "en/kenali-tanda/tawaran-uji/index.html").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["tentang", "aman", "Aman", "Safe"],
            "docs/tentang/aman.md:1: slug: docs/tentang/aman.md already exists: pick another"
            " slug\n"
            "docs/tentang/aman.en.md:1: slug: docs/tentang/aman.en.md already exists: pick"
            " another slug\n"
            "mkdocs.yml:{nav}: nav: mkdocs.yml nav already lists tentang/aman.md: pick another"
            " slug\n",
        ),
        (
            ["tidak-ada", "baru", "Baru", "New"],
            'mkdocs.yml:{nav}: nav: no navigation section "tidak-ada" (known: bantuan, blog,'
            " cegah, hak-korban, kenali-tanda, komunitas, leaflet, tentang)\n",
        ),
        (
            ["tentang", "Halaman Baru", "Baru", "New"],
            'docs/tentang/Halaman Baru.md:1: slug: "Halaman Baru" must be lowercase letters,'
            " digits and single hyphens, e.g. fake-job-offers\n",
        ),
        (
            ["tentang", "baru", "Hanya judul"],
            "docs/tentang/baru.md:1: titles: give one title per language (id, en)\n",
        ),
        (
            ["tentang", "baru", "Baru", "  "],
            "docs/tentang/baru.en.md:1: title (en): write the title on one line\n",
        ),
    ],
)
def test_refusals_are_one_line_and_write_nothing(project: Path, args: list[str], message: str):
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    result = new_page(project, *args)
    assert result.returncode == 1
    assert result.stdout == message.format(nav=nav_line(project))
    after = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    assert after == before


def test_a_slug_already_in_the_nav_is_refused(project: Path):
    (project / "docs/tentang/aman.md").unlink()
    (project / "docs/tentang/aman.en.md").unlink()
    result = new_page(project, "tentang", "aman", "Aman", "Safe")
    assert result.stdout == (
        f"mkdocs.yml:{nav_line(project)}: nav: mkdocs.yml nav already lists tentang/aman.md:"
        " pick another slug\n"
    )


def nav_line(project: Path) -> int:
    lines = (project / "mkdocs.yml").read_text().splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith("nav:"))


def test_refusals_and_placeholders_speak_each_language(project: Path):
    refused = new_page(project, "tentang", "baru", "Baru", "  ", lang="id")
    assert refused.stdout == (
        "docs/tentang/baru.en.md:1: title (en): tulis judul dalam satu baris\n"
    )
    result = new_page(project, "tentang", "baru", "Baru", "New", lang="id")
    assert result.stdout.splitlines()[0] == "docs/tentang/baru.md ditulis"
    assert "Tulis isi halaman ini di sini" in (project / "docs/tentang/baru.md").read_text()
    assert "Write this page here" in (project / "docs/tentang/baru.en.md").read_text()
