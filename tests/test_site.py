"""The site's facts and the formats that follow from them."""

from __future__ import annotations

import datetime

import pytest

from sitegen import formats
from sitegen.site import SiteFacts


def facts(**changes: object) -> SiteFacts:
    values: dict = {
        "languages": ("id", "en"),
        "country": "ID",
        "timezone": "Asia/Makassar",
        "site_url": "https://example.org/bali/",
        "region": {"id": "Bali", "en": "Bali"},
    }
    return SiteFacts(**{**values, **changes})


@pytest.mark.parametrize(
    ("site_url", "root"),
    [("https://example.org/bali/", "/bali/"), ("https://example.org", "/"), ("/", "/")],
)
def test_root_path_always_ends_in_a_slash(site_url: str, root: str) -> None:
    assert facts(site_url=site_url).root_path == root


def test_each_language_has_its_home_page() -> None:
    assert facts().language_url("id") == "https://example.org/bali/"
    assert facts().language_url("en") == "https://example.org/bali/en/"


def test_languages_are_read_as_used_in_the_country() -> None:
    assert str(facts().locale("en")) == "en_ID"
    assert str(facts(country="AU").locale("en")) == "en_AU"
    # CLDR knows no Javanese of Australia: the language alone.
    assert str(facts(country="AU").locale("jv")) == "jv"


def test_today_is_the_sites_own_date() -> None:
    zone = facts(timezone="Pacific/Kiritimati").zone
    assert facts(timezone="Pacific/Kiritimati").today() == datetime.datetime.now(zone).date()


@pytest.mark.parametrize(
    ("timezone", "abbreviation"),
    [("Asia/Jakarta", "WIB"), ("Asia/Makassar", "WITA"), ("Asia/Jayapura", "WIT")],
)
def test_indonesian_time_zones_have_the_names_readers_know(
    timezone: str, abbreviation: str
) -> None:
    for language in ("id", "en"):
        assert formats.zone_abbreviation(timezone, facts().locale(language)) == abbreviation


def test_dates_and_days_in_the_readers_language() -> None:
    indonesian, english = facts().locale("id"), facts().locale("en")
    assert formats.long_date(datetime.date(2026, 11, 30), indonesian) == "30 November 2026"
    assert formats.month_and_year(2020, 3, indonesian) == "Maret 2020"
    assert formats.month_and_year(2020, 3, english) == "March 2020"
    assert formats.day_names(indonesian)[0] == "Senin"
    assert formats.short_time(datetime.time(9, 0), indonesian) == "09.00"
