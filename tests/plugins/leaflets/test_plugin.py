"""The sitegen/leaflets plugin on a minimal site: a leaflet in each language with the
numbers of the directory, its cache folder, the listing and the print strip, a template
of the site's own, and what it needs."""

from __future__ import annotations

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from babel.dates import format_date
from bs4 import BeautifulSoup
from pypdf import PdfReader

from tests.contacts.contacts_data import write_data
from tests.leaflet_pdfs import pdf_text
from tests.plugins.directory.test_plugin import FRESH
from tests.plugins.minimal_site import build, write_site

LEAFLET = """---
description: {description}
leaflet:
  services: [svc-1]
---

# {title}

{text}
"""


def leaflet_site(root: Path, leaflets: dict | None = None) -> Path:
    """A site in Makassar's time zone with one service, a leaflet and a listing page."""
    plugins = [
        {"sitegen/site": {"timezone": "Asia/Makassar"}},
        {"sitegen/directory": {"key_services": ["svc-1"]}},
        {"sitegen/leaflets": leaflets if leaflets is not None else {"cache_dir": "cache/pdf"}},
    ]
    site = write_site(root, plugins)
    config = yaml.safe_load((site / "mkdocs.yml").read_text())
    config["markdown_extensions"] = ["attr_list"]
    config["theme"]["custom_dir"] = "overrides"
    (site / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    (site / "overrides").mkdir()
    write_data(site / "data", {"svc-1.yml": FRESH})
    docs = site / "docs"
    (docs / "flyer.md").write_text(
        LEAFLET.format(description="Singkat.", title="Waspada", text="Kenali tandanya.")
    )
    (docs / "flyer.en.md").write_text(
        LEAFLET.format(description="Short.", title="Be aware", text="Know the signs.")
    )
    (docs / "index.md").write_text("# Beranda\n\n<!-- md:leaflet-list -->\n")
    (docs / "index.en.md").write_text("# Home\n\n<!-- md:leaflet-list -->\n")
    return site


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_a_leaflet_in_each_language_with_the_directorys_numbers(tmp_path: Path) -> None:
    site = leaflet_site(tmp_path)
    override = site / "overrides" / "sitegen" / "leaflets" / "checked.html"
    override.parent.mkdir(parents=True)
    override.write_text('<p class="mine">{{ _("Numbers as of") }}: {{ checked }}</p>')
    result = build(site)
    assert result.returncode == 0, result.stderr
    today = datetime.datetime.now(ZoneInfo("Asia/Makassar")).date()
    for language, number, printed in (
        ("id", "0811-1129-129", "Dicetak"),
        ("en", "+62 811-1129-129", "Printed"),
    ):
        prefix = "" if language == "id" else "en/"
        pdf = site / "site" / prefix / "flyer" / f"flyer-{language}-a4.pdf"
        text = pdf_text(PdfReader(pdf))
        assert number in text
        assert f"{printed} {format_date(today, 'long', locale=f'{language}_ID')}" in text
        page = soup(site / "site" / prefix / "flyer" / "index.html")
        assert [a["href"] for a in page.select(".tppo-leaflet-downloads a")] == [pdf.name]
        numbers = page.select(".tppo-hotlines--leaflet .tppo-hotlines__number")
        assert [tag.get_text() for tag in numbers] == ["129", number]
        assert page.select(".tppo-print-strip") == []
        home = soup(site / "site" / prefix / "index.html")
        listed = [a["href"] for a in home.select(".tppo-leaflet-list a")]
        assert listed == ["flyer/", f"flyer/{pdf.name}"]
        assert number in home.select_one(".tppo-print-strip").get_text()
    checked = soup(site / "site/flyer/index.html").select_one("p.mine").get_text()
    assert checked.startswith("Data nomor per: ")
    # The cache is where the option says, relative to mkdocs.yml; the print stylesheet
    # goes into the PDFs, not into the site.
    assert len(list((site / "cache" / "pdf").glob("*.pdf"))) == 2
    assert not list((site / "site").rglob("pdf.css"))


def test_with_the_plugin_disabled_there_is_no_leaflet_and_no_strip(tmp_path: Path) -> None:
    site = leaflet_site(tmp_path, {"enabled": False})
    for index in (site / "docs").glob("index*.md"):
        index.write_text("# Home\n")
    result = build(site)
    assert result.returncode == 0, result.stderr
    assert not list((site / "site").rglob("*.pdf"))
    assert soup(site / "site/index.html").select(".tppo-print-strip") == []


def test_leaflets_need_the_directory(tmp_path: Path) -> None:
    site = write_site(tmp_path, ["sitegen/site", "sitegen/leaflets"])
    (site / "docs" / "index.md").write_text("---\nleaflet:\n---\n\n# Beranda\n")
    result = build(site)
    assert result.returncode == 1
    assert "the sitegen/leaflets plugin needs the sitegen/directory plugin" in result.stderr
    assert "Traceback" not in result.stderr
