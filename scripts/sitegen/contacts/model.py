"""The hotline directory as typed objects: what the rest of the site reads.

Objects are built only from data that passed validation, so every value here is known
to be well formed: phone values are E.164 (`+62...`) or a declared short code (`129`,
`1500-630`), e-mail addresses are valid, URLs are https.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.contacts import phones

#: Text in each site language, keyed by locale ("id", "en").
LocalText = Mapping[str, str]

PHONE_KINDS = ("voice", "sms", "whatsapp")
CHANNEL_KINDS = (*PHONE_KINDS, "email", "web_form", "app")
STATUSES = ("active", "inactive", "temporarily_closed", "unverified")
COSTS = ("free", "toll_free", "paid")
METHODS = ("test_call", "official_website", "official_letter", "news_report")
AREA_LEVELS = ("national", "province", "city")
ORGANIZATION_TYPES = ("government", "nonprofit", "other")
#: The three Indonesian time zones and the abbreviations readers know them by.
TIME_ZONES = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
#: Weekday keys as in iCalendar BYDAY, Monday first (index = date.weekday()).
WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")


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
    timezone: str | None = None
    notes: LocalText | None = None

    @property
    def known(self) -> bool:
        return self.always_open or bool(self.schedule)


@dataclass(frozen=True)
class Channel:
    """One way to reach a service: a number to call or message, an address, a form."""

    kind: str
    value: str
    short_code: bool = False
    cost: str | None = None
    languages: tuple[str, ...] = ()
    hours: Hours | None = None
    notes: LocalText | None = None
    source: str | None = None

    @property
    def is_phone(self) -> bool:
        return self.kind in PHONE_KINDS

    def display(self, locale: str) -> str:
        """What a reader dials or reads: `0811-1129-129` in Indonesian, `129`, an address."""
        if self.is_phone:
            return phones.display(self.value, self.short_code, locale)
        if self.kind == "email":
            return self.value
        return self.value.removeprefix("https://").rstrip("/")

    @property
    def href(self) -> str:
        """The link that starts the call, chat, message or page."""
        if self.kind == "voice":
            return "tel:" + phones.dial_string(self.value)
        if self.kind == "sms":
            return "sms:" + phones.dial_string(self.value)
        if self.kind == "whatsapp":
            return "https://wa.me/" + phones.dial_string(self.value).lstrip("+")
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
        """The service with this id; KeyError naming the known ids if there is none."""
        for service in self.services:
            if service.id == service_id:
                return service
        known = ", ".join(sorted(s.id for s in self.services))
        raise KeyError(f"no service with id '{service_id}' (known: {known})")

    def __contains__(self, service_id: object) -> bool:
        return any(service.id == service_id for service in self.services)
