"""Cards, the grouped directory and JSON-LD, in both languages, with data escaped, from
the package's templates or a site's own."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from sitegen import templates
from sitegen.contacts import rendering
from sitegen.contacts.model import (
    Area,
    Channel,
    Directory,
    Hours,
    Opening,
    Organization,
    Service,
    Source,
    SourceDate,
    Topic,
    Verification,
)
from sitegen.contacts.settings import Anchors, Corrections
from sitegen.contacts.words import Words
from tests.contacts.contacts_data import ENGLISH, FACTS, INDONESIAN, PHONES

# This site's anchors (the Jakarta site's); the defaults are neutral English.
ANCHORS = Anchors(
    "layanan-", "kebutuhan-", "wilayah-", "menurut-kebutuhan", "menurut-wilayah", "semua-layanan"
)
CORRECTIONS = Corrections("https://example.org/issues/new", "nomor-salah.yml")
HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'


def renderer(
    language: str,
    anchors: Anchors = ANCHORS,
    corrections: Corrections = CORRECTIONS,
    theme_dirs: tuple[Path, ...] = (),
) -> rendering.Renderer:
    """Cards in `language`; the wrong-number issue is written in the site's default, id."""
    messages = ENGLISH if language == "en" else INDONESIAN
    reports = rendering.ReportLinks(corrections, INDONESIAN.gettext("Wrong number: {name}"), "id")
    return rendering.Renderer(
        templates.environment([*theme_dirs, rendering.THEME_DIR], messages),
        Words.for_site(FACTS, language, messages),
        anchors,
        reports,
    )


def card(service: Service, language: str) -> str:
    return renderer(language).card(service)


def phone(kind: str, written: str, short_code: bool = False, **more) -> Channel:
    number, _ = PHONES.phone(written, short_code)
    return Channel(kind, number.value, phone=number, **more)


def text(value: str) -> dict[str, str]:
    return {"id": value, "en": value}


def service(**changes) -> Service:
    base = dict(
        id="svc-1",
        name={"id": "Layanan Satu", "en": "Service One"},
        description=text("Apa yang dilakukan"),
        organization=Organization(text("Organisasi"), "government"),
        status="active",
        topics=("tppo",),
        serves=text("Semua"),
        area=Area("national", {"id": "Seluruh Indonesia", "en": "All of Indonesia"}),
        hours=Hours(always_open=True),
        channels=(
            phone("voice", "129", short_code=True, cost="free"),
            phone("whatsapp", "+628111129129"),
            phone("sms", "+628111129129"),
            Channel("email", "halo@example.org"),
            Channel("web_form", "https://example.org/form"),
        ),
        verification=Verification(
            datetime.date(2026, 11, 30),
            "news_report",
            (
                Source("https://example.org/a", SourceDate(2025, 11, 20), "Berita A"),
                Source("https://example.org/b", SourceDate(2020, 3)),
                Source("https://example.org/c", SourceDate()),
            ),
        ),
    )
    return Service(**{**base, **changes})


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def test_links_for_every_kind_of_channel():
    shown = soup(card(service(), "id"))
    hrefs = [a["href"] for a in shown.select(".tppo-channel__link")]
    assert hrefs == [
        "tel:129",
        "https://wa.me/628111129129",
        "sms:+628111129129",
        "mailto:halo@example.org",
        "https://example.org/form",
    ]
    values = [v.get_text() for v in shown.select(".tppo-channel__value")]
    assert values == [
        "129",
        "0811-1129-129",
        "0811-1129-129",
        "halo@example.org",
        "example.org/form",
    ]


@pytest.mark.parametrize(
    "locale, words",
    [
        (
            "id",
            [
                "Telepon",
                "gratis",
                "24 jam, setiap hari",
                "Terakhir diperiksa: 30 November 2026 (berita).",
                "Berita A (20 November 2025)",
                "example.org (Maret 2020)",
                "example.org (tanpa tanggal)",
                "Laporkan nomor salah",
                "Nasional: Seluruh Indonesia",
            ],
        ),
        (
            "en",
            [
                "Call",
                "free",
                "24 hours, every day",
                "Last checked: 30 November 2026 (news report).",
                "Berita A (20 November 2025)",
                "example.org (March 2020)",
                "example.org (undated)",
                "Report a wrong number",
                "National: All of Indonesia",
            ],
        ),
    ],
)
def test_card_speaks_the_page_language(locale, words):
    shown = " ".join(soup(card(service(), locale)).get_text(" ").split())
    for word in words:
        assert word in shown


def test_weekly_hours_with_babel_day_names_and_zone():
    hours = Hours(
        schedule=(Opening((0, 1, 2, 3, 4), datetime.time(9), datetime.time(16)),),
        timezone="Asia/Makassar",
    )
    card_id = soup(card(service(hours=hours), "id"))
    card_en = soup(card(service(hours=hours), "en"))
    assert "Senin\u2013Jumat, 09.00\u201316.00 WITA" in card_id.get_text()
    assert "Monday\u2013Friday, 09.00\u201316.00 WITA" in card_en.get_text()


def test_report_link_prefills_the_issue_form():
    shown = soup(card(service(), "en"))
    assert shown.select_one(".tppo-card__report a")["href"] == (
        "https://example.org/issues/new?template=nomor-salah.yml&service=svc-1"
        "&title=Nomor%20salah%3A%20Layanan%20Satu"
    )


def test_unverified_card_warns_in_words():
    unverified = service(status="unverified", status_note=text("Sumber lama."))
    warning = soup(card(unverified, "id")).select_one(".tppo-warning").get_text(" ")
    assert "Belum terverifikasi" in warning and "Sumber lama." in warning


def test_every_data_value_is_escaped():
    hostile = service(
        name=text(HOSTILE),
        description=text(HOSTILE),
        serves=text(HOSTILE),
        channels=(phone("voice", "129", short_code=True, notes=text(HOSTILE)),),
        verification=Verification(
            datetime.date(2026, 11, 30),
            "news_report",
            (Source('https://example.org/"onmouseover="x', SourceDate(2025), HOSTILE),),
        ),
    )
    html = renderer("en").cards([hostile])
    page = soup(html)
    scripts = page.find_all("script")
    assert [s["type"] for s in scripts] == ["application/ld+json"]
    assert not [tag for tag in page.find_all(True) if any(a.startswith("on") for a in tag.attrs)]
    assert page.select_one("h3").get_text() == HOSTILE
    data = json.loads(scripts[0].string)
    assert data["@graph"][0]["description"] == HOSTILE
    assert "</" not in scripts[0].string


def test_json_ld_leaves_out_unverified_services():
    services = [service(), service(id="svc-2", status="unverified", status_note=text("x"))]
    words = Words.for_site(FACTS, "en", ENGLISH)
    data = json.loads(soup(rendering.json_ld(services, words)).script.string)
    (organization,) = data["@graph"]
    assert organization["@type"] == "GovernmentOrganization"
    points = organization["contactPoint"]
    assert [p.get("telephone") for p in points][:3] == ["129", "+628111129129", "+628111129129"]
    assert points[0]["hoursAvailable"][0]["dayOfWeek"][0] == "https://schema.org/Monday"
    assert points[0]["areaServed"]["name"] == "All of Indonesia"


def test_directory_groups_by_topic_and_area_with_plain_links():
    directory = Directory(
        (
            service(),
            service(id="svc-2", topics=("children",), area=Area("province", text("DKI Jakarta"))),
        ),
        (Topic("tppo", text("Perdagangan orang")), Topic("children", text("Anak {: #x } *tebal*"))),
    )
    markdown = renderer("id").directory(directory, "id")
    assert "### Perdagangan orang { #kebutuhan-tppo }" in markdown
    assert r"### Anak \{: \#x \} \*tebal\* { #kebutuhan-children }" in markdown
    assert "### DKI Jakarta { #wilayah-dki-jakarta }" in markdown
    assert '<a href="#kebutuhan-children">' in markdown
    assert markdown.count('<article class="tppo-card') == 2


def test_numbers_are_international_for_readers_of_a_language_not_official_here():
    values = [v.get_text() for v in soup(card(service(), "en")).select(".tppo-channel__value")]
    assert values[:3] == ["129", "+62 811-1129-129", "+62 811-1129-129"]


def test_a_site_without_anchors_or_corrections_gets_neutral_ids_and_no_report_link():
    directory = Directory(
        (service(area=Area("city", text("Kota Makassar"))),),
        (Topic("tppo", text("Perdagangan orang")),),
    )
    plain = renderer("en", anchors=Anchors(), corrections=Corrections())
    markdown = plain.directory(directory, "id")
    assert "## By need { #by-need }" in markdown
    assert "### Perdagangan orang { #topic-tppo }" in markdown
    assert "## By area { #by-area }" in markdown
    assert "### Kota Makassar { #area-kota-makassar }" in markdown
    assert "## All services { #all-services }" in markdown
    page = soup(markdown)
    assert page.select_one("article")["id"] == "service-svc-1"
    assert page.select_one(".tppo-index a")["href"] == "#service-svc-1"
    assert page.select(".tppo-card__report") == []


def test_the_issue_form_is_named_only_when_the_site_has_one():
    no_form = Corrections("https://example.org/issues/new")
    link = soup(renderer("en", corrections=no_form).card(service())).select_one(
        ".tppo-card__report a"
    )
    assert link["href"] == (
        "https://example.org/issues/new?service=svc-1&title=Nomor%20salah%3A%20Layanan%20Satu"
    )


def test_a_site_overrides_a_template_from_its_own_theme_folder(tmp_path):
    override = tmp_path / "sitegen" / "contacts" / "channel.html"
    override.parent.mkdir(parents=True)
    override.write_text(
        '<li class="mine">{{ words.kind(channel.kind) }}: {{ words.number(channel) }}</li>'
    )
    shown = soup(renderer("id", theme_dirs=(tmp_path,)).card(service()))
    assert [li.get_text() for li in shown.select("li.mine")][:2] == [
        "Telepon: 129",
        "WhatsApp: 0811-1129-129",
    ]
    assert shown.select_one("h3").get_text() == "Layanan Satu"
