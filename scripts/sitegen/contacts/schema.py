"""The shape of the contact data, written once: every group of fields, and for each field
its name, whether it is required, its type, its allowed values and a line of help.

The checker's shape checks (unknown and missing fields, allowed values), `fmt`'s field
order and the field list in data/SCHEMA.md (`sitegen schema-doc`) are all read from
here; the rules between fields (a schedule needs a time zone, ...) are the checker's.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from sitegen.messages import N_


class Kind(enum.Enum):
    """What a field's value is; each value is how SCHEMA.md names the type."""

    TEXT = N_("text")
    LOCAL_TEXT = N_("text in each language")
    SERVICE_ID = N_("lowercase letters, digits and hyphens")
    TOPIC_ID = N_("lowercase words joined by _")
    CHOICE = N_("one of the values")
    FLAG = N_("true")
    YES_NO = N_("true or false")
    DATE = N_("date, YYYY-MM-DD")
    SOURCE_DATE = N_("YYYY-MM-DD, YYYY-MM, YYYY or n.d.")
    TIME = N_('time in quotes, "HH:MM"')
    TIME_ZONE = N_("IANA time zone name")
    URL = N_("https:// address")
    CHANNEL_VALUE = N_("number in quotes, e-mail address or https:// address")
    LANGUAGE_CODE = N_("ISO 639-1 language code")
    GROUP = N_("group of fields")
    LIST = N_("list")


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    #: What the field holds, for editors (a catalog message).
    help: str
    required: bool = False
    #: The allowed values of a CHOICE (or of a list of them) ...
    choices: tuple[str, ...] = ()
    #: ... and how messages name one of them ("a status").
    noun: str = ""
    #: The fields of a GROUP, or of each item of a LIST of groups.
    group: Group | None = None
    #: What each item of a LIST is.
    items: Kind | None = None


@dataclass(frozen=True)
class Group:
    #: How SCHEMA.md and messages name the group ("channel").
    name: str
    fields: tuple[Field, ...] = field(default=())

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        # The checker asks for every field of every file: a scan each time would show.
        return {item.name: item for item in self.fields}

    def __getitem__(self, name: str) -> Field:
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def names(self) -> tuple[str, ...]:
        """The field names, in the order `fmt` writes them."""
        return tuple(item.name for item in self.fields)

    def groups(self) -> Iterator[Group]:
        """This group, then every group inside it, each once, in the order they appear."""
        seen: list[Group] = []

        def walk(group: Group) -> Iterator[Group]:
            if any(group is other for other in seen):
                return
            seen.append(group)
            yield group
            for item in group.fields:
                if item.group is not None:
                    yield from walk(item.group)

        yield from walk(self)


#: The ways to reach a service that are phone numbers.
PHONE_KINDS = ("voice", "sms", "whatsapp")
#: Weekdays as iCalendar's BYDAY writes them, Monday first (index = date.weekday()).
WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")

HOURS = Group(
    "hours",
    (
        Field("always_open", Kind.FLAG, N_("open around the clock, every day")),
        Field(
            "schedule",
            Kind.LIST,
            N_("the weekly opening times"),
            items=Kind.GROUP,
            group=Group(
                "schedule",
                (
                    Field(
                        "days",
                        Kind.LIST,
                        N_("the days these times apply to"),
                        required=True,
                        items=Kind.CHOICE,
                        choices=WEEKDAYS,
                        noun=N_("a day"),
                    ),
                    Field("opens", Kind.TIME, N_("opening time, 24-hour clock"), required=True),
                    Field("closes", Kind.TIME, N_("closing time, later than opens"), required=True),
                ),
            ),
        ),
        Field("timezone", Kind.TIME_ZONE, N_("the time zone of the schedule (with it only)")),
        Field("unknown", Kind.FLAG, N_("no source gives the hours")),
        Field("notes", Kind.LOCAL_TEXT, N_("shown after the hours")),
    ),
)
OPENING = HOURS["schedule"].group

CHANNEL = Group(
    "channel",
    (
        Field(
            "kind",
            Kind.CHOICE,
            N_("how the service is reached"),
            required=True,
            choices=(*PHONE_KINDS, "email", "web_form", "app"),
            noun=N_("a channel kind"),
        ),
        Field(
            "value",
            Kind.CHANNEL_VALUE,
            N_("what a reader dials, writes to or opens"),
            required=True,
        ),
        Field(
            "short_code",
            Kind.YES_NO,
            N_("true for a national short code the phone-number library does not know"),
        ),
        Field(
            "cost",
            Kind.CHOICE,
            N_("what a call costs (leave out if no source says)"),
            choices=("free", "toll_free", "paid"),
            noun=N_("a cost"),
        ),
        Field(
            "languages",
            Kind.LIST,
            N_("the languages it answers in (leave out if no source says)"),
            items=Kind.LANGUAGE_CODE,
        ),
        Field("hours", Kind.GROUP, N_("only when this channel's hours differ"), group=HOURS),
        Field("notes", Kind.LOCAL_TEXT, N_("shown under the link")),
        Field(
            "source",
            Kind.URL,
            N_("the source that lists this channel, one of verification.sources"),
        ),
    ),
)

SOURCE = Group(
    "source",
    (
        Field("url", Kind.URL, N_("where the details were read"), required=True),
        Field("date", Kind.SOURCE_DATE, N_("when the source was published"), required=True),
        Field(
            "title", Kind.TEXT, N_("the link text on the card (default: the address's host name)")
        ),
    ),
)

VERIFICATION = Group(
    "verification",
    (
        Field(
            "last_checked",
            Kind.DATE,
            N_("when someone last checked the details against the sources"),
            required=True,
        ),
        Field(
            "method",
            Kind.CHOICE,
            N_("how they were checked"),
            required=True,
            choices=("test_call", "official_website", "official_letter", "news_report"),
            noun=N_("a verification method"),
        ),
        Field(
            "sources",
            Kind.LIST,
            N_("where the details come from, at least one"),
            required=True,
            items=Kind.GROUP,
            group=SOURCE,
        ),
    ),
)

SERVICE = Group(
    "service",
    (
        Field(
            "id", Kind.SERVICE_ID, N_("the service's name in links; the file's name"), required=True
        ),
        Field("name", Kind.LOCAL_TEXT, N_("the name readers know it by"), required=True),
        Field("description", Kind.LOCAL_TEXT, N_("what it does, in readers' words"), required=True),
        Field(
            "organization",
            Kind.GROUP,
            N_("who runs it"),
            required=True,
            group=Group(
                "organization",
                (
                    Field("name", Kind.LOCAL_TEXT, N_("the organisation's name"), required=True),
                    Field(
                        "type",
                        Kind.CHOICE,
                        N_("what kind of organisation it is"),
                        required=True,
                        choices=("government", "nonprofit", "other"),
                        noun=N_("an organisation type"),
                    ),
                ),
            ),
        ),
        Field(
            "status",
            Kind.CHOICE,
            N_("whether readers may rely on it as it stands"),
            required=True,
            choices=("active", "inactive", "temporarily_closed", "unverified"),
            noun=N_("a status"),
        ),
        Field(
            "status_note",
            Kind.LOCAL_TEXT,
            N_("why it is not active, shown on its card; required unless active"),
        ),
        Field(
            "topics",
            Kind.LIST,
            N_("the needs it is listed under, ids from topics.yml"),
            required=True,
            items=Kind.TOPIC_ID,
        ),
        Field("serves", Kind.LOCAL_TEXT, N_("who it is for"), required=True),
        Field(
            "area",
            Kind.GROUP,
            N_("where it serves"),
            required=True,
            group=Group(
                "area",
                (
                    Field(
                        "level",
                        Kind.CHOICE,
                        N_("how wide the area is"),
                        required=True,
                        choices=("national", "province", "city"),
                        noun=N_("an area level"),
                    ),
                    Field("name", Kind.LOCAL_TEXT, N_("the area's name"), required=True),
                ),
            ),
        ),
        Field(
            "hours",
            Kind.GROUP,
            N_("when it answers: exactly one of always_open, schedule or unknown"),
            required=True,
            group=HOURS,
        ),
        Field(
            "channels",
            Kind.LIST,
            N_("the ways to reach it, at least one"),
            required=True,
            items=Kind.GROUP,
            group=CHANNEL,
        ),
        Field(
            "verification",
            Kind.GROUP,
            N_("how the details are known"),
            required=True,
            group=VERIFICATION,
        ),
    ),
)
ORGANIZATION = SERVICE["organization"].group
AREA = SERVICE["area"].group

TOPIC = Group(
    "topic",
    (
        Field(
            "id",
            Kind.TOPIC_ID,
            N_("the topic's name in links and in services' topics"),
            required=True,
        ),
        Field("name", Kind.LOCAL_TEXT, N_("the heading readers see"), required=True),
    ),
)
#: topics.yml: a list of topics, in the order readers see them.
TOPICS_FILE = Field(
    "topics.yml", Kind.LIST, N_("the needs readers browse by"), items=Kind.GROUP, group=TOPIC
)
