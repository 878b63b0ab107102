"""Dates as readers of each language write them."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date


def format_day(day: datetime.date, locale: str) -> str:
    """`30 November 2026` in Indonesian, `November 30, 2026` in English."""
    return format_date(day, format="long", locale=locale)


def today_in(timezone: ZoneInfo) -> datetime.date:
    """Today where the leaflets are handed out, not where the build machine is."""
    return datetime.datetime.now(timezone).date()
