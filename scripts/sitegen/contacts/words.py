"""The words around the data on a card, and numbers, dates and hours, in a page's
language.

Labels come from the message catalogs; dates, day names, times and time-zone names from
Babel (CLDR) in the language as used in the site's country ("30 November 2026",
"Senin", "09.00", "WITA" on Indonesian pages of an Indonesian site); numbers in the
national form for readers of a language official in the country, else international.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from babel import Locale
from babel.support import Translations

from sitegen import formats
from sitegen.contacts.model import Channel, Hours, LocalText, Opening, SourceDate
from sitegen.contacts.phones import national_form
from sitegen.messages import NP_
from sitegen.site import SiteFacts

#: How readers see each value of the data's choices.
KINDS = {
    "voice": NP_("channel kind", "Call"),
    "sms": NP_("channel kind", "SMS"),
    "whatsapp": NP_("channel kind", "WhatsApp"),
    "email": NP_("channel kind", "E-mail"),
    "web_form": NP_("channel kind", "Online form"),
    "app": NP_("channel kind", "App"),
}
COSTS = {
    "free": NP_("cost of a call", "free"),
    "toll_free": NP_("cost of a call", "toll-free"),
    "paid": NP_("cost of a call", "charged"),
}
STATUSES = {
    "active": NP_("service status", "Active"),
    "inactive": NP_("service status", "No longer in service"),
    "temporarily_closed": NP_("service status", "Temporarily closed"),
    "unverified": NP_("service status", "Not verified"),
}
METHODS = {
    "test_call": NP_("verification method", "test call"),
    "official_website": NP_("verification method", "official website"),
    "official_letter": NP_("verification method", "official letter"),
    "news_report": NP_("verification method", "news report"),
}
AREA_LEVELS = {
    "national": NP_("area level", "National"),
    "province": NP_("area level", "Province"),
    "city": NP_("area level", "City"),
}


@dataclass(frozen=True)
class Words:
    language: str
    #: The language as used in the site's country (`en_ID`), for Babel.
    locale: Locale
    messages: Translations
    #: Whether numbers are shown as dialled inside the country.
    national_numbers: bool

    @classmethod
    def for_site(cls, facts: SiteFacts, language: str, messages: Translations) -> Words:
        return cls(
            language, facts.locale(language), messages, national_form(language, facts.country)
        )

    def text(self, value: LocalText) -> str:
        """The page language's text of a value given in each language."""
        return value[self.language]

    def _label(self, table: dict[str, tuple[str, str]], key: str) -> str:
        return self.messages.pgettext(*table[key])

    def kind(self, kind: str) -> str:
        return self._label(KINDS, kind)

    def cost(self, cost: str) -> str:
        return self._label(COSTS, cost)

    def status(self, status: str) -> str:
        return self._label(STATUSES, status)

    def method(self, method: str) -> str:
        return self._label(METHODS, method)

    def area_level(self, level: str) -> str:
        return self._label(AREA_LEVELS, level)

    def number(self, channel: Channel) -> str:
        """What a reader dials or reads for `channel`."""
        return channel.display(self.national_numbers)

    def long_date(self, date: datetime.date) -> str:
        return formats.long_date(date, self.locale)

    def source_date(self, date: SourceDate) -> str:
        """As precise as the source: "20 November 2025", "Maret 2020", "2025", "tanpa
        tanggal"."""
        if date.year is None:
            return self.messages.pgettext("date of a source", "undated")
        if date.month is None:
            return str(date.year)
        if date.day is None:
            return formats.month_and_year(date.year, date.month, self.locale)
        return self.long_date(datetime.date(date.year, date.month, date.day))

    def opening(self, item: Opening, timezone: str) -> str:
        """Days and times with their zone, like "Senin-Jumat, 09.00-16.00 WIB" (en dashes)."""
        names = formats.day_names(self.locale)
        days = ", ".join(
            names[first] if first == last else f"{names[first]}{formats.RANGE}{names[last]}"
            for first, last in _day_ranges(item.days)
        )
        opens = formats.short_time(item.opens, self.locale)
        closes = formats.short_time(item.closes, self.locale)
        zone = formats.zone_abbreviation(timezone, self.locale)
        return f"{days}, {opens}{formats.RANGE}{closes} {zone}"

    def hours(self, value: Hours) -> str:
        """The hours in one line, with their notes."""
        _ = self.messages.gettext
        if value.always_open:
            parts = [_("24 hours, every day")]
        elif value.schedule and value.timezone:
            parts = ["; ".join(self.opening(item, value.timezone) for item in value.schedule)]
        else:
            parts = [_("Hours not known")]
        if value.notes:
            parts.append(self.text(value.notes))
        return ". ".join(parts)


def _day_ranges(days: tuple[int, ...]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for day in sorted(days):
        if ranges and ranges[-1][1] == day - 1:
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges
