"""The date a leaflet is printed on."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo


def today_in(timezone: ZoneInfo) -> datetime.date:
    """Today where the leaflets are handed out, not where the build machine is."""
    return datetime.datetime.now(timezone).date()
