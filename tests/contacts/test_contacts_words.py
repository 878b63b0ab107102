"""The words of a card in a page's language: labels from the catalogs for every value the
schema allows, dates, hours and time zones from CLDR."""

from __future__ import annotations

import datetime

import pytest

from sitegen.contacts import schema, words
from sitegen.contacts.model import Hours, Opening, SourceDate
from sitegen.contacts.words import Words
from sitegen.site import SiteFacts
from tests.contacts.contacts_data import ENGLISH, FACTS, INDONESIAN

LABELS = [
    (words.KINDS, schema.CHANNEL["kind"]),
    (words.COSTS, schema.CHANNEL["cost"]),
    (words.STATUSES, schema.SERVICE["status"]),
    (words.METHODS, schema.VERIFICATION["method"]),
    (words.AREA_LEVELS, schema.AREA["level"]),
]


@pytest.mark.parametrize(("table", "field"), LABELS, ids=lambda x: getattr(x, "name", ""))
def test_every_allowed_value_has_a_label_in_each_language(table, field):
    assert set(table) == set(field.choices)
    indonesian = {INDONESIAN.pgettext(*table[value]) for value in field.choices}
    assert len(indonesian) == len(field.choices)  # no label shared by two values


def test_indonesian_labels_are_the_ones_readers_know():
    id_words = Words.for_site(FACTS, "id", INDONESIAN)
    assert [id_words.kind(k) for k in ("voice", "web_form")] == ["Telepon", "Formulir daring"]
    assert (id_words.cost("toll_free"), id_words.status("unverified")) == (
        "bebas pulsa",
        "Belum terverifikasi",
    )
    assert (id_words.method("news_report"), id_words.area_level("province")) == (
        "berita",
        "Provinsi",
    )


def test_dates_as_precise_as_the_source_in_each_language():
    id_words = Words.for_site(FACTS, "id", INDONESIAN)
    en_words = Words.for_site(FACTS, "en", ENGLISH)
    dates = [SourceDate(2025, 11, 20), SourceDate(2020, 3), SourceDate(2025), SourceDate()]
    assert [id_words.source_date(d) for d in dates] == [
        "20 November 2025",
        "Maret 2020",
        "2025",
        "tanpa tanggal",
    ]
    assert [en_words.source_date(d) for d in dates] == [
        "20 November 2025",
        "March 2020",
        "2025",
        "undated",
    ]


def test_hours_name_their_zone_as_readers_there_know_it():
    weekdays = Opening((0, 1, 2, 3, 4), datetime.time(9), datetime.time(16))
    saturday = Opening((5,), datetime.time(8, 30), datetime.time(12))
    hours = Hours(
        schedule=(weekdays, saturday),
        timezone="Asia/Jayapura",
        notes={"id": "Libur nasional tutup", "en": "Closed on holidays"},
    )
    assert Words.for_site(FACTS, "id", INDONESIAN).hours(hours) == (
        "Senin\u2013Jumat, 09.00\u201316.00 WIT; Sabtu, 08.30\u201312.00 WIT. Libur nasional tutup"
    )
    assert Words.for_site(FACTS, "en", ENGLISH).hours(Hours(always_open=True)) == (
        "24 hours, every day"
    )
    assert Words.for_site(FACTS, "en", ENGLISH).hours(Hours()) == "Hours not known"


def test_a_site_elsewhere_gets_its_own_zone_names_and_number_forms():
    singapore = SiteFacts(("en",), "SG", "Asia/Singapore", "https://example.org/")
    english = Words.for_site(singapore, "en", ENGLISH)
    assert english.national_numbers  # English is official in Singapore
    opening = Opening((0,), datetime.time(9), datetime.time(17))
    assert english.opening(opening, "Asia/Singapore").endswith(" SGT")
