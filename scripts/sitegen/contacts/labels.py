"""The words around the data on a card, and dates and hours in the page's language.

Dates, day names and times come from Babel (CLDR) in the language as used in
Indonesia (`id_ID`, `en_ID`): "30 November 2026", "Senin", "09.00" on Indonesian pages and
"30 November 2026", "Monday", "09.00" on English ones.
"""

from __future__ import annotations

import datetime
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, format_time, get_day_names

from sitegen.contacts.model import TIME_ZONES, Hours, Opening, SourceDate
from sitegen.contacts.phones import REGION

#: Joins the ends of a range of days or times.
RANGE = "\u2013"

TEXT: dict[str, dict[str, str]] = {
    "id": {
        "voice": "Telepon",
        "sms": "SMS",
        "whatsapp": "WhatsApp",
        "email": "Email",
        "web_form": "Formulir daring",
        "app": "Aplikasi",
        "free": "gratis",
        "toll_free": "bebas pulsa",
        "paid": "berbayar",
        "active": "Aktif",
        "inactive": "Tidak aktif lagi",
        "temporarily_closed": "Sementara tutup",
        "unverified": "Belum terverifikasi",
        "unverified_hint": "Nomor belum bisa dipastikan masih benar. Coba juga layanan lain.",
        "test_call": "panggilan uji",
        "official_website": "situs resmi",
        "official_letter": "surat resmi",
        "news_report": "berita",
        "national": "Nasional",
        "province": "Provinsi",
        "city": "Kota",
        "hours": "Jam layanan",
        "always_open": "24 jam, setiap hari",
        "hours_unknown": "Jam layanan belum diketahui",
        "serves": "Untuk",
        "area": "Wilayah",
        "channels": "Cara menghubungi",
        "last_checked": "Terakhir diperiksa",
        "sources": "Sumber",
        "undated": "tanpa tanggal",
        "report_wrong": "Laporkan nomor salah",
        "by_topic": "Menurut kebutuhan",
        "by_area": "Menurut wilayah",
        "all_services": "Semua layanan",
        "see_card": "detail",
        "opens_new": "situs luar",
    },
    "en": {
        "voice": "Call",
        "sms": "SMS",
        "whatsapp": "WhatsApp",
        "email": "E-mail",
        "web_form": "Online form",
        "app": "App",
        "free": "free",
        "toll_free": "toll-free",
        "paid": "charged",
        "active": "Active",
        "inactive": "No longer in service",
        "temporarily_closed": "Temporarily closed",
        "unverified": "Not verified",
        "unverified_hint": (
            "We cannot confirm these details are still correct. Try another service too."
        ),
        "test_call": "test call",
        "official_website": "official website",
        "official_letter": "official letter",
        "news_report": "news report",
        "national": "National",
        "province": "Province",
        "city": "City",
        "hours": "Hours",
        "always_open": "24 hours, every day",
        "hours_unknown": "Hours not known",
        "serves": "For",
        "area": "Area",
        "channels": "How to reach them",
        "last_checked": "Last checked",
        "sources": "Sources",
        "undated": "undated",
        "report_wrong": "Report a wrong number",
        "by_topic": "By need",
        "by_area": "By area",
        "all_services": "All services",
        "see_card": "details",
        "opens_new": "external site",
    },
}


def text(locale: str, key: str) -> str:
    return TEXT[locale][key]


@cache
def regional(locale: str) -> Locale:
    """The page language as used in the data's country (`en` → `en_ID`), if CLDR has it."""
    try:
        return Locale.parse(f"{locale}_{REGION}")
    except UnknownLocaleError:
        return Locale.parse(locale)


def long_date(date: datetime.date, locale: str) -> str:
    return format_date(date, "long", locale=regional(locale))


def source_date(date: SourceDate, locale: str) -> str:
    """As precise as the source: "20 November 2025", "Maret 2020", "2025", "tanpa tanggal"."""
    if date.year is None:
        return text(locale, "undated")
    if date.month is None:
        return str(date.year)
    if date.day is None:
        return format_skeleton(
            "yMMMM", datetime.date(date.year, date.month, 1), locale=regional(locale)
        )
    return long_date(datetime.date(date.year, date.month, date.day), locale)


def _day_ranges(days: tuple[int, ...]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for day in sorted(days):
        if ranges and ranges[-1][1] == day - 1:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def opening(item: Opening, timezone: str, locale: str) -> str:
    """Days and times with their zone, like "Senin-Jumat, 09.00-16.00 WIB" (with en dashes)."""
    names = get_day_names("wide", locale=regional(locale))
    days = ", ".join(
        names[first] if first == last else f"{names[first]}{RANGE}{names[last]}"
        for first, last in _day_ranges(item.days)
    )
    opens = format_time(item.opens, "short", locale=regional(locale))
    closes = format_time(item.closes, "short", locale=regional(locale))
    return f"{days}, {opens}{RANGE}{closes} {TIME_ZONES[timezone]}"


def hours(value: Hours, locale: str) -> str:
    """The hours in one line, with their notes."""
    if value.always_open:
        parts = [text(locale, "always_open")]
    elif value.schedule:
        parts = ["; ".join(opening(item, value.timezone, locale) for item in value.schedule)]
    else:
        parts = [text(locale, "hours_unknown")]
    if value.notes:
        parts.append(value.notes[locale])
    return ". ".join(parts)
