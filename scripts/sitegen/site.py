"""What every part of the generator may know about the site it builds.

One place for the facts of a deployment: its languages (the default first), the country
its phone numbers and dates belong to, the area it serves, its clock and its address.
The MkDocs adapter (`sitegen.plugins.site`) and the command-line tools read them from
mkdocs.yml; nothing else does.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

_TERRITORIES = frozenset(code for code in Locale("en").territories if code.isalpha())


def is_time_zone(name: str) -> bool:
    """An IANA time zone name ("Asia/Makassar")."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def is_country(code: str) -> bool:
    """An ISO 3166-1 alpha-2 country code ("ID")."""
    return code in _TERRITORIES


@dataclass(frozen=True)
class SiteFacts:
    #: Language codes as mkdocs-static-i18n builds them, the default (source) one first.
    languages: tuple[str, ...]
    #: ISO 3166-1 alpha-2 code of the country the site serves ("ID").
    country: str
    #: IANA time zone of the site's own clock ("Asia/Jakarta").
    timezone: str
    #: The address of the default language's home page.
    site_url: str
    #: The area the site serves, in each language.
    region: Mapping[str, str] = field(default_factory=dict)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def root_path(self) -> str:
        """The path part of site_url, always ending in a slash ("/jakarta/")."""
        path = urlsplit(self.site_url).path or "/"
        return path if path.endswith("/") else path + "/"

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def today(self) -> datetime.date:
        """Today's date on the site's clock (what "printed on" and due dates use)."""
        return datetime.datetime.now(self.zone).date()

    def locale(self, language: str) -> Locale:
        """The language as used in the site's country (`en` → `en_ID`), if CLDR has it."""
        try:
            return Locale.parse(f"{language}_{self.country}")
        except (UnknownLocaleError, ValueError):
            return Locale.parse(language)

    def home(self, language: str) -> str:
        """The home page of `language`, relative to the site's root ("" or "en/")."""
        return "" if language == self.default_language else f"{language}/"

    def language_url(self, language: str) -> str:
        """The home page of `language` ("https://…/jakarta/en/")."""
        base = self.site_url if self.site_url.endswith("/") else self.site_url + "/"
        return base if language == self.default_language else f"{base}{language}/"
