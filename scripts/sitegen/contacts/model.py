"""The hotline directory as typed objects: what the checker returns and the rest of the
site reads.

Only the checker (`sitegen.contacts.checking`) makes them, from data that passed every
rule, so every value here is known to be well formed: a phone number is parsed once and
kept in each form the site shows or dials, e-mail addresses are valid, addresses are
https, dates are dates. Nothing downstream parses a number or a date again.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat

from sitegen.contacts.schema import PHONE_KINDS

#: Text in each site language, keyed by language code ("id", "en").
LocalText = Mapping[str, str]


def dial_string(value: str) -> str:
    """Only the digits and `+` of a number: what is dialled, however it was written."""
    return re.sub(r"[^\d+]", "", value, flags=re.ASCII)


@dataclass(frozen=True)
class Opening:
    """Open from `opens` to `closes` on each of `days` (0 = Monday)."""

    days: tuple[int, ...]
    opens: datetime.time
    closes: datetime.time


@dataclass(frozen=True)
class Hours:
    """When a service or channel answers: always, on a weekly schedule, or not known."""

    always_open: bool = False
    schedule: tuple[Opening, ...] = ()
    #: The IANA time zone of the schedule ("Asia/Makassar").
    timezone: str | None = None
    notes: LocalText | None = None

    @property
    def known(self) -> bool:
        return self.always_open or bool(self.schedule)


@dataclass(frozen=True)
class Phone:
    """A checked number, in every form the site stores, shows or dials."""

    #: E.164 ("+628111129129"), or a short code's digit groups ("1500-630").
    value: str
    #: libphonenumber's reading of a full number (None for a short code): the national
    #: and international forms are written from it when first asked for, so a check of
    #: thousands of files pays for no formatting it does not show. The value says which
    #: number it is: equality and hashing go by the value (PhoneNumber is unhashable).
    number: phonenumbers.PhoneNumber | None = field(default=None, compare=False)

    @property
    def short_code(self) -> bool:
        return self.number is None

    @cached_property
    def national(self) -> str:
        """As dialled inside the country ("0811-1129-129")."""
        return self._formatted(PhoneNumberFormat.NATIONAL)

    @cached_property
    def international(self) -> str:
        """As dialled from anywhere ("+62 811-1129-129")."""
        return self._formatted(PhoneNumberFormat.INTERNATIONAL)

    def _formatted(self, style: int) -> str:
        if self.number is None:
            return self.value
        return phonenumbers.format_number(self.number, style)

    @property
    def dial(self) -> str:
        """What a `tel:` link holds."""
        return dial_string(self.value)


@dataclass(frozen=True)
class Channel:
    """One way to reach a service: a number to call or message, an address, a form."""

    kind: str
    #: As stored: the phone's value, an e-mail address, an https:// address.
    value: str
    #: The number, for voice, SMS and WhatsApp channels.
    phone: Phone | None = None
    cost: str | None = None
    languages: tuple[str, ...] = ()
    hours: Hours | None = None
    notes: LocalText | None = None
    source: str | None = None

    @property
    def is_phone(self) -> bool:
        return self.kind in PHONE_KINDS

    @property
    def short_code(self) -> bool:
        return self.phone is not None and self.phone.short_code

    def display(self, national: bool) -> str:
        """What a reader dials or reads: the number in the national or international form,
        the e-mail address, the web address without its scheme."""
        if self.phone is not None:
            return self.phone.national if national else self.phone.international
        if self.kind == "email":
            return self.value
        return self.value.removeprefix("https://").rstrip("/")

    @property
    def href(self) -> str:
        """The link that starts the call, chat, message or page."""
        if self.phone is not None:
            if self.kind == "whatsapp":
                return "https://wa.me/" + self.phone.dial.lstrip("+")
            return ("tel:" if self.kind == "voice" else "sms:") + self.phone.dial
        if self.kind == "email":
            return "mailto:" + self.value
        return self.value


@dataclass(frozen=True)
class SourceDate:
    """A source's publication date, as precise as the source gives it (None = undated)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def undated(self) -> bool:
        return self.year is None

    def latest(self) -> datetime.date | None:
        """The last day the source could have been published on (for age checks)."""
        if self.year is None:
            return None
        if self.month is None:
            return datetime.date(self.year, 12, 31)
        if self.day is None:
            next_month = datetime.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return next_month - datetime.timedelta(days=1)
        return datetime.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Source:
    url: str
    date: SourceDate
    title: str | None = None


@dataclass(frozen=True)
class Verification:
    last_checked: datetime.date
    method: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Organization:
    name: LocalText
    type: str


@dataclass(frozen=True)
class Area:
    level: str
    name: LocalText


@dataclass(frozen=True)
class Topic:
    id: str
    name: LocalText


@dataclass(frozen=True)
class Service:
    id: str
    name: LocalText
    description: LocalText
    organization: Organization
    status: str
    topics: tuple[str, ...]
    serves: LocalText
    area: Area
    hours: Hours
    channels: tuple[Channel, ...]
    verification: Verification
    status_note: LocalText | None = None
    file: Path | None = field(default=None, compare=False)

    @property
    def current(self) -> bool:
        """True when readers may rely on it as it stands (status `active`)."""
        return self.status == "active"


@dataclass(frozen=True)
class Directory:
    """Every service and the topics they are grouped by, in the data's order."""

    services: tuple[Service, ...]
    topics: tuple[Topic, ...] = ()

    def get(self, service_id: str) -> Service:
        """The service with this id; KeyError if there is none."""
        for service in self.services:
            if service.id == service_id:
                return service
        raise KeyError(service_id)

    def __contains__(self, service_id: object) -> bool:
        return any(service.id == service_id for service in self.services)

    @property
    def ids(self) -> list[str]:
        return sorted(service.id for service in self.services)
