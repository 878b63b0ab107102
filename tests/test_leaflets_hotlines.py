"""The hotline box and strip: phone channels only, escaped, in the reader's language."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup

from sitegen.contacts.model import Channel, Directory, Verification
from sitegen.leaflets.errors import LeafletError
from sitegen.leaflets.hotlines import last_checked, render_hotlines, select_services
from sitegen.leaflets.spec import LeafletSpec


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
        Channel(kind="voice", value="129", short_code=True),
        Channel(kind="whatsapp", value="+628111129129"),
        Channel(kind="email", value="x@example.org"),
    ],
    datetime.date(2026, 11, 1),
)
POLICE = FakeService(
    "polri-110",
    "Polri",
    [Channel(kind="voice", value="110", short_code=True)],
    datetime.date(2026, 10, 5),
)


def test_box_lists_phone_channels_with_labels_in_the_language() -> None:
    soup = BeautifulSoup(render_hotlines([SAPA], "id", "Hubungi", "leaflet"), "html.parser")
    section = soup.select_one("div.tppo-hotlines.tppo-hotlines--leaflet")
    assert section.select_one(".tppo-hotlines__title").get_text() == "Hubungi"
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
    html = render_hotlines([POLICE, mail_only], "en", "Contact", "strip")
    soup = BeautifulSoup(html, "html.parser")
    assert [li.select_one(".tppo-hotlines__name").get_text() for li in soup.select("li")] == [
        "Polri"
    ]
    assert soup.select_one(".tppo-hotlines__kind").get_text() == "Call"


def test_last_checked_is_the_oldest_check() -> None:
    assert last_checked([SAPA, POLICE]) == datetime.date(2026, 10, 5)


def test_front_matter_services_are_chosen_and_an_unknown_one_is_named() -> None:
    directory = Directory(services=(SAPA, POLICE))
    assert select_services(directory, None, ["polri-110"]) == [POLICE]
    spec = LeafletSpec(
        "docs/leaflet/x.md",
        ("A4",),
        ("sapa-129", "kp2mi"),
        "leaflet:\n  services: [sapa-129, kp2mi]",
    )
    with pytest.raises(
        LeafletError,
        match=r"^docs/leaflet/x\.md:3: leaflet\.services\[1\]: no service with id 'kp2mi'",
    ):
        select_services(directory, spec, [])
