"""The hotline box and strip: phone channels only, escaped, in the reader's language;
the services a leaflet shows."""

from __future__ import annotations

import datetime

import phonenumbers
import pytest
from babel.support import Translations
from bs4 import BeautifulSoup

from sitegen import messages, templates
from sitegen.contacts.model import Channel, Directory, Phone, Verification
from sitegen.contacts.words import Words
from sitegen.leaflets.components import THEME_DIR, Components
from sitegen.leaflets.hotlines import last_checked, select_services
from sitegen.leaflets.spec import LeafletSpec
from sitegen.problems import ProblemError
from sitegen.site import SiteFacts

FACTS = SiteFacts(("id", "en"), "ID", "Asia/Jakarta", "https://example.org/")
ENGLISH = Translations()


def components(language: str) -> Components:
    catalog = ENGLISH if language == "en" else messages.translations(language)
    return Components(
        templates.environment([THEME_DIR], catalog), Words.for_site(FACTS, language, catalog)
    )


def render_hotlines(services, language: str, modifier: str) -> str:
    return components(language).hotlines(services, modifier)


class FakeService:
    """Only what the hotline box reads from a Service."""

    def __init__(self, id: str, name: str, channels: list[Channel], checked: datetime.date):
        self.id = id
        self.name = {"id": name, "en": name}
        self.channels = tuple(channels)
        self.verification = Verification(last_checked=checked, method="test_call", sources=())


SAPA = FakeService(
    "sapa-129",
    "SAPA <129>",
    [
        Channel(kind="voice", value="129", phone=Phone("129")),
        Channel(
            kind="whatsapp",
            value="+628111129129",
            phone=Phone("+628111129129", phonenumbers.parse("+628111129129")),
        ),
        Channel(kind="email", value="x@example.org"),
    ],
    datetime.date(2026, 11, 1),
)
POLICE = FakeService(
    "polri-110",
    "Polri",
    [Channel(kind="voice", value="110", phone=Phone("110"))],
    datetime.date(2026, 10, 5),
)


def test_box_lists_phone_channels_with_labels_in_the_language() -> None:
    soup = BeautifulSoup(render_hotlines([SAPA], "id", "leaflet"), "html.parser")
    section = soup.select_one("div.tppo-hotlines.tppo-hotlines--leaflet")
    assert section.select_one(".tppo-hotlines__title").get_text() == "Butuh bantuan? Hubungi"
    assert section.select_one(".tppo-hotlines__name").get_text() == "SAPA <129>"
    channels = [
        (a.select_one(".tppo-hotlines__kind").get_text(), a.get_text(" ", strip=True), a["href"])
        for a in section.select("a")
    ]
    assert channels == [
        ("Telepon", "Telepon 129", "tel:129"),
        ("WhatsApp", "WhatsApp 0811-1129-129", "https://wa.me/628111129129"),
    ]


def test_english_labels_and_a_service_without_phone_is_left_out() -> None:
    mail_only = FakeService(
        "m", "Mail", [Channel(kind="email", value="a@b.org")], SAPA.verification.last_checked
    )
    html = render_hotlines([POLICE, mail_only], "en", "strip")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".tppo-hotlines__title").get_text() == "Help services"
    assert [li.select_one(".tppo-hotlines__name").get_text() for li in soup.select("li")] == [
        "Polri"
    ]
    assert soup.select_one(".tppo-hotlines__kind").get_text() == "Call"


def test_last_checked_is_the_oldest_check() -> None:
    assert last_checked([SAPA, POLICE]) == datetime.date(2026, 10, 5)


def test_front_matter_services_are_chosen_and_an_unknown_one_is_named() -> None:
    directory = Directory(services=(SAPA, POLICE))
    assert select_services(directory, None, [POLICE], ENGLISH) == [POLICE]
    spec = LeafletSpec(
        "docs/leaflet/x.md",
        ("A4",),
        ("sapa-129", "kp2mi"),
        "leaflet:\n  services: [sapa-129, kp2mi]",
    )
    assert select_services(
        directory, LeafletSpec(spec.path, ("A4",), ("polri-110",)), [], ENGLISH
    ) == [POLICE]
    with pytest.raises(
        ProblemError,
        match=r"^docs/leaflet/x\.md:3: leaflet\.services\[1\]: no service with id 'kp2mi'",
    ):
        select_services(directory, spec, [], ENGLISH)
