"""The leaflets in the real build: one-page PDFs of the right size, with the title, the
numbers as they are in the contact data, both dates, and a QR code back to the page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
import yaml
from babel.dates import format_date
from bs4 import BeautifulSoup
from conftest import ROOT, TEST_SITE_URL
from leaflet_pdfs import paper_size, pdf_text, qr_codes
from pypdf import PdfReader

from sitegen.cli.project import load_project
from sitegen.contacts import Rules, Service, load_directory
from sitegen.contacts.phones import national_form

LEAFLET_DIR = ROOT / "docs" / "leaflet"
PROJECT = load_project(ROOT)
SETTINGS = PROJECT.plugin_options("sitegen/directory").settings(ROOT)
DIRECTORY = load_directory(SETTINGS, Rules(PROJECT.facts, PROJECT.messages(), PROJECT.language))
KEY_SERVICES = SETTINGS.key_services
PHONE_KINDS = ("voice", "whatsapp", "sms")
LABELS = {"id": ("Dicetak", "Data nomor per"), "en": ("Printed", "Numbers as of")}


@dataclass(frozen=True)
class Expected:
    """A leaflet as its Markdown file describes it."""

    slug: str
    locale: str
    sizes: tuple[str, ...]
    services: tuple[Service, ...]

    @property
    def page_dir(self) -> str:
        prefix = "" if self.locale == "id" else f"{self.locale}/"
        return f"{prefix}leaflet/{self.slug}"

    @property
    def url(self) -> str:
        return urljoin(TEST_SITE_URL, f"{self.page_dir}/")

    def pdf(self, site: Path, size: str) -> Path:
        return site / self.page_dir / f"{self.slug}-{self.locale}-{size.lower()}.pdf"

    def numbers(self) -> list[str]:
        return [
            channel.display(national_form(self.locale, PROJECT.facts.country))
            for service in self.services
            for channel in service.channels
            if channel.kind in PHONE_KINDS
        ]


def expected_leaflets() -> list[Expected]:
    leaflets = []
    for path in sorted(LEAFLET_DIR.glob("*.md")):
        stem, _, suffix = path.name.removesuffix(".md").partition(".")
        if stem == "index":
            continue
        front_matter = yaml.safe_load(path.read_text("utf-8").split("---")[1])["leaflet"]
        ids = front_matter.get("services", KEY_SERVICES)
        services = tuple(s for s in (DIRECTORY.get(i) for i in ids) if s.status == "active")
        leaflets.append(Expected(stem, suffix or "id", tuple(front_matter["sizes"]), services))
    return leaflets


LEAFLETS = expected_leaflets()
PDFS = [(leaflet, size) for leaflet in LEAFLETS for size in leaflet.sizes]


def pdf_id(value: object) -> str:
    return f"{value.slug}-{value.locale}" if isinstance(value, Expected) else str(value)


def page_title(site: Path, leaflet: Expected) -> str:
    soup = BeautifulSoup((site / leaflet.page_dir / "index.html").read_text("utf-8"), "html.parser")
    heading = soup.select_one("article h1")
    for permalink in heading.select(".headerlink"):
        permalink.decompose()
    return " ".join(heading.get_text().split())


def test_at_least_five_leaflets_in_each_language_with_a5_where_it_suits() -> None:
    for locale in ("id", "en"):
        assert len([leaflet for leaflet in LEAFLETS if leaflet.locale == locale]) >= 5
    assert any("A5" in leaflet.sizes for leaflet in LEAFLETS)


@pytest.mark.parametrize(("leaflet", "size"), PDFS, ids=pdf_id)
def test_each_pdf_is_one_page_of_its_paper_size(
    built_site: Path, leaflet: Expected, size: str
) -> None:
    reader = PdfReader(leaflet.pdf(built_site, size))
    assert len(reader.pages) == 1
    assert paper_size(reader) == size


@pytest.mark.parametrize(("leaflet", "size"), PDFS, ids=pdf_id)
def test_pdf_text_has_the_title_and_the_numbers_as_in_the_data(
    built_site: Path, leaflet: Expected, size: str
) -> None:
    text = pdf_text(PdfReader(leaflet.pdf(built_site, size)))
    assert page_title(built_site, leaflet) in text
    assert leaflet.numbers(), "a leaflet without a number to call"
    missing = [number for number in leaflet.numbers() if number not in text]
    assert missing == []


@pytest.mark.parametrize(("leaflet", "size"), PDFS, ids=pdf_id)
def test_pdf_shows_the_date_printed_and_the_date_the_numbers_were_checked(
    built_site: Path, leaflet: Expected, size: str
) -> None:
    text = pdf_text(PdfReader(leaflet.pdf(built_site, size)))
    today = datetime.datetime.now(ZoneInfo("Asia/Jakarta")).date()
    checked = min(service.verification.last_checked for service in leaflet.services)
    printed_label, checked_label = LABELS[leaflet.locale]
    assert f"{printed_label} {format_date(today, 'long', locale=f'{leaflet.locale}_ID')}" in text
    assert f"{checked_label} {format_date(checked, 'long', locale=f'{leaflet.locale}_ID')}" in text


@pytest.mark.parametrize(("leaflet", "size"), PDFS, ids=pdf_id)
def test_qr_code_opens_the_leaflets_own_page(
    built_site: Path, tmp_path: Path, leaflet: Expected, size: str
) -> None:
    assert qr_codes(leaflet.pdf(built_site, size), tmp_path) == [leaflet.url]


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=pdf_id)
def test_leaflet_page_links_each_of_its_pdfs(built_site: Path, leaflet: Expected) -> None:
    page = built_site / leaflet.page_dir / "index.html"
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    links = soup.select(".tppo-leaflet-downloads a[download]")
    label = "Unduh PDF" if leaflet.locale == "id" else "Download PDF"
    assert [link.get_text() for link in links] == [f"{label} ({s})" for s in leaflet.sizes]
    targets = [(page.parent / link["href"]).resolve() for link in links]
    assert targets == [leaflet.pdf(built_site, size).resolve() for size in leaflet.sizes]


@pytest.mark.parametrize("locale", ["id", "en"])
def test_leaflet_index_links_every_leaflet_and_pdf(built_site: Path, locale: str) -> None:
    index = built_site / ("" if locale == "id" else "en/") / "leaflet" / "index.html"
    soup = BeautifulSoup(index.read_text("utf-8"), "html.parser")
    hrefs = {(index.parent / a["href"]).resolve() for a in soup.select(".tppo-leaflet-list a")}
    for leaflet in (x for x in LEAFLETS if x.locale == locale):
        assert (built_site / leaflet.page_dir).resolve() in hrefs
        for size in leaflet.sizes:
            assert leaflet.pdf(built_site, size).resolve() in hrefs


def test_every_other_page_carries_the_print_strip_with_the_key_numbers(built_site: Path) -> None:
    key = [DIRECTORY.get(service_id) for service_id in KEY_SERVICES]
    missing = []
    for page in built_site.rglob("index.html"):
        relative = page.relative_to(built_site).as_posix()
        if any(relative == f"{leaflet.page_dir}/index.html" for leaflet in LEAFLETS):
            continue
        locale = "en" if relative.startswith("en/") else "id"
        soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
        strip = soup.select_one(".tppo-print-strip")
        text = " ".join(strip.get_text().split()) if strip else ""
        for service in key:
            if service.status != "active":
                continue
            for channel in service.channels:
                shown = channel.display(national_form(locale, PROJECT.facts.country))
                if channel.kind in PHONE_KINDS and shown not in text:
                    missing.append(f"{relative}: {shown}")
    assert missing == []
