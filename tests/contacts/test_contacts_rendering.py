"""Cards, the grouped directory and JSON-LD, in both languages, with data escaped."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

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
from sitegen.contacts.settings import ContactSettings

SETTINGS = ContactSettings(data_dir=Path("data"), corrections_url="https://example.org/issues/new")
HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)'


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
            Channel("voice", "129", short_code=True, cost="free"),
            Channel("whatsapp", "+628111129129"),
            Channel("sms", "+628111129129"),
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
    card = soup(rendering.card(service(), "id", SETTINGS))
    hrefs = [a["href"] for a in card.select(".tppo-channel__link")]
    assert hrefs == [
        "tel:129",
        "https://wa.me/628111129129",
        "sms:+628111129129",
        "mailto:halo@example.org",
        "https://example.org/form",
    ]
    values = [v.get_text() for v in card.select(".tppo-channel__value")]
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
    shown = " ".join(soup(rendering.card(service(), locale, SETTINGS)).get_text(" ").split())
    for word in words:
        assert word in shown


def test_weekly_hours_with_babel_day_names_and_zone():
    hours = Hours(
        schedule=(Opening((0, 1, 2, 3, 4), datetime.time(9), datetime.time(16)),),
        timezone="Asia/Makassar",
    )
    card_id = soup(rendering.card(service(hours=hours), "id", SETTINGS))
    card_en = soup(rendering.card(service(hours=hours), "en", SETTINGS))
    assert "Senin\u2013Jumat, 09.00\u201316.00 WITA" in card_id.get_text()
    assert "Monday\u2013Friday, 09.00\u201316.00 WITA" in card_en.get_text()


def test_report_link_prefills_the_issue_form():
    card = soup(rendering.card(service(), "en", SETTINGS))
    assert card.select_one(".tppo-card__report a")["href"] == (
        "https://example.org/issues/new?template=nomor-salah.yml&service=svc-1"
        "&title=Nomor%20salah%3A%20Layanan%20Satu"
    )


def test_unverified_card_warns_in_words():
    unverified = service(status="unverified", status_note=text("Sumber lama."))
    card = soup(rendering.card(unverified, "id", SETTINGS))
    warning = card.select_one(".tppo-warning").get_text(" ")
    assert "Belum terverifikasi" in warning and "Sumber lama." in warning


def test_every_data_value_is_escaped():
    hostile = service(
        name=text(HOSTILE),
        description=text(HOSTILE),
        serves=text(HOSTILE),
        channels=(Channel("voice", "129", short_code=True, notes=text(HOSTILE)),),
        verification=Verification(
            datetime.date(2026, 11, 30),
            "news_report",
            (Source('https://example.org/"onmouseover="x', SourceDate(2025), HOSTILE),),
        ),
    )
    html = rendering.cards([hostile], "en", SETTINGS)
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
    data = json.loads(soup(rendering.json_ld(services, "en")).script.string)
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
    markdown = rendering.directory(directory, "id", SETTINGS)
    assert "### Perdagangan orang { #kebutuhan-tppo }" in markdown
    assert r"### Anak \{: \#x \} \*tebal\* { #kebutuhan-children }" in markdown
    assert "### DKI Jakarta { #wilayah-dki-jakarta }" in markdown
    assert '<a href="#kebutuhan-children">' in markdown
    assert markdown.count('<article class="tppo-card') == 2
