"""Phone numbers through libphonenumber: parsing, short codes, display, links."""

from __future__ import annotations

import pytest

from sitegen.contacts import phones
from tests.contacts.contacts_data import ENGLISH, PHONES


@pytest.mark.parametrize(
    "written, e164",
    [
        ("0811-1129-129", "+628111129129"),
        ("08111-129-129", "+628111129129"),
        ("+62 812 9007 0027", "+6281290070027"),
        ("(021) 3903963", "+62213903963"),
        ("021-31901556", "+622131901556"),
    ],
)
def test_common_ways_of_writing_a_number_normalise_to_e164(written, e164):
    assert PHONES.normalize(written, declared_short_code=False) == e164


@pytest.mark.parametrize("written", ["129", "148", "+62811", "0-800-1000", "0811-12"])
def test_numbers_libphonenumber_rejects_need_a_short_code_declaration(written):
    with pytest.raises(phones.PhoneError, match="short_code: true"):
        PHONES.parse(written)


def test_a_foreign_number_is_not_indonesian():
    with pytest.raises(phones.PhoneError):
        PHONES.parse("+44 20 7946 0958")


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("129", "129"),
        ("1500 630", "1500-630"),
        ("0-800-1000", "0-800-1000"),
        ("1500.630", "1500-630"),
    ],
)
def test_short_codes_keep_their_groups_joined_by_hyphens(written, canonical):
    assert PHONES.normalize(written, declared_short_code=True) == canonical


@pytest.mark.parametrize("written", ["12", "123456789", "12-", "-129", "1--29", "+129"])
def test_malformed_short_codes_are_rejected(written):
    with pytest.raises(phones.PhoneError, match="is not a short code"):
        PHONES.short_code(written)


def test_mobile_and_landline_are_told_apart():
    assert PHONES.phone("0813-1761-7622", False)[1]
    assert not PHONES.phone("(021) 29681560", False)[1]


def test_national_form_for_a_language_official_in_the_country_international_else():
    phone, _ = PHONES.phone("+628111129129", False)
    assert (phone.national, phone.international) == ("0811-1129-129", "+62 811-1129-129")
    assert phones.national_form("id", "ID")
    assert not phones.national_form("en", "ID")
    assert phones.national_form("en", "SG") and phones.national_form("ms", "MY")
    short, mobile = PHONES.phone("1500 630", True)
    assert (short.value, short.national, short.international, mobile) == (
        "1500-630",
        "1500-630",
        "1500-630",
        False,
    )


def test_the_country_comes_from_the_site():
    malaysia = phones.Phones("MY", ENGLISH, "en")
    assert malaysia.normalize("03-2615 5555", False) == "+60326155555"
    with pytest.raises(phones.PhoneError, match="is not a valid phone number of Malaysia"):
        malaysia.parse("0811-1129-129")


def test_dial_string_keeps_only_digits_and_plus():
    assert phones.dial_string("0-800-1000") == "08001000"
    assert phones.dial_string("+62 21 2924 4800") == "+622129244800"


def test_find_numbers_reports_offsets_of_full_numbers_only():
    text = "Telepon 0811-1129-129, UU 21/2007, tanggal 2025-11-20."
    assert PHONES.find_numbers(text) == [(8, "0811-1129-129")]


@pytest.mark.parametrize(
    "written, short_code, stored",
    [
        ("0811.1129.129", False, "+628111129129"),
        ("+62 (21) 390-3963", False, "+62213903963"),
        (" 0811 1129 129 ", False, "+628111129129"),
        ("1500.630", True, "1500-630"),
    ],
)
def test_every_allowed_separator_still_reads_as_written(written, short_code, stored):
    PHONES.check_characters(written)
    assert PHONES.normalize(written, short_code) == stored
