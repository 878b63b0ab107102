"""Option types the sitegen plugins share, validated by MkDocs with its own messages."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError

_TERRITORIES = frozenset(code for code in Locale("en").territories if code.isalpha())


class TimeZone(c.Type):
    """An IANA time zone name ("Asia/Makassar")."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        name = super().run_validation(value)
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(
                f"'{name}' is not an IANA time zone name (like Asia/Jakarta, Asia/Makassar, "
                "Asia/Jayapura)"
            ) from None
        return name


class Country(c.Type):
    """An ISO 3166-1 alpha-2 country code ("ID")."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        code = super().run_validation(value)
        if code not in _TERRITORIES:
            raise ValidationError(f"'{code}' is not an ISO 3166-1 country code (like ID)")
        return code
