"""Dates, times and day names in a reader's language, from Babel (CLDR).

Every function takes the Babel `Locale` of the page's language as used in the site's
country (`SiteFacts.locale`): `id_ID` writes "30 November 2026", "Senin" and "09.00",
`en_ID` writes "30 November 2026", "Monday" and "09.00".
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from babel import Locale, UnknownLocaleError
from babel.dates import (
    format_date,
    format_skeleton,
    format_time,
    get_day_names,
    get_timezone,
    get_timezone_name,
)

#: Joins the ends of a range of days or times (an en dash, as typesetters do).
RANGE = "\u2013"


def long_date(date: datetime.date, locale: Locale) -> str:
    return format_date(date, "long", locale=locale)


def month_and_year(year: int, month: int, locale: Locale) -> str:
    """ "Maret 2020" / "March 2020"."""
    return format_skeleton("yMMMM", datetime.date(year, month, 1), locale=locale)


def short_time(time: datetime.time, locale: Locale) -> str:
    return format_time(time, "short", locale=locale)


def day_names(locale: Locale) -> Sequence[str]:
    """The names of the days, Monday first (index = `date.weekday()`)."""
    names = get_day_names("wide", locale=locale)
    return [names[day] for day in range(7)]


def zone_abbreviation(timezone: str, locale: Locale) -> str:
    """How readers of `locale` name a time zone: "WIB", "WITA", "WIT" in Indonesia.

    CLDR's short standard name, where the locale has one; its long name otherwise.
    """
    zone = get_timezone(timezone)
    return get_timezone_name(zone, "short", locale=locale, zone_variant="standard")


def language_name(language: str, in_language: str) -> str:
    """How `in_language` names `language`: "Inggris" for `en` in Indonesian."""
    try:
        return Locale.parse(language).get_display_name(in_language) or language
    except (UnknownLocaleError, ValueError):
        return language
