"""The rules every data file must pass, as a list of Problems (never an exception).

One function per part of a service (names, channels, hours, verification, ...), each
reporting problems at the field's own line. Checks across files (duplicate ids, one
number on two services) run after every file has been checked on its own.
"""

from __future__ import annotations

import datetime
import gc
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from babel import Locale
from email_validator import EmailNotValidError, validate_email

from sitegen.contacts import phones
from sitegen.contacts.loading import Document, FieldPath, read_document
from sitegen.contacts.model import (
    AREA_LEVELS,
    CHANNEL_KINDS,
    COSTS,
    METHODS,
    ORGANIZATION_TYPES,
    PHONE_KINDS,
    STATUSES,
    TIME_ZONES,
    WEEKDAYS,
    SourceDate,
)
from sitegen.contacts.settings import ContactSettings
from sitegen.problems import WARNING, Problem

SERVICE_FIELDS = {
    "id": True,
    "name": True,
    "description": True,
    "organization": True,
    "status": True,
    "status_note": False,
    "topics": True,
    "serves": True,
    "area": True,
    "hours": True,
    "channels": True,
    "verification": True,
}
CHANNEL_FIELDS = {
    "kind": True,
    "value": True,
    "short_code": False,
    "cost": False,
    "languages": False,
    "hours": False,
    "notes": False,
    "source": False,
}
HOURS_FIELDS = {
    "always_open": False,
    "schedule": False,
    "timezone": False,
    "unknown": False,
    "notes": False,
}
OPENING_FIELDS = {"days": True, "opens": True, "closes": True}
VERIFICATION_FIELDS = {"last_checked": True, "method": True, "sources": True}
SOURCE_FIELDS = {"url": True, "date": True, "title": False}
ORGANIZATION_FIELDS = {"name": True, "type": True}
AREA_FIELDS = {"level": True, "name": True}
TOPIC_FIELDS = {"id": True, "name": True}

LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}
UNDATED = "n.d."
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOPIC_ID = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_EARLIEST_YEAR = 1945
_ISO_639_1 = {code for code in Locale("en").languages if len(code) == 2}


def describe(value: Any) -> str:
    """How an editor would name a YAML value's kind."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, datetime.date):
        return "a date"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of fields"
    return "text"


def one_of(values: Iterable[str]) -> str:
    return ", ".join(values)


@dataclass
class _Checker:
    """Checks one document, collecting problems; also notes the numbers it holds."""

    doc: Document
    settings: ContactSettings
    today: datetime.date
    topic_ids: set[str] | None
    problems: list[Problem] = field(default_factory=list)
    #: (dialled digits, path, has notes) of each phone channel that passed its checks.
    numbers: list[tuple[str, FieldPath, bool]] = field(default_factory=list)

    def report(self, path: FieldPath, message: str, severity: str = "error") -> None:
        self.problems.append(self.doc.problem(path, message, severity))

    # Generic shapes -------------------------------------------------------------

    def fields(self, path: FieldPath, value: Any, spec: Mapping[str, bool]) -> bool:
        """Is `value` a group with only the fields in `spec`, and every required one?"""
        if not isinstance(value, dict):
            self.report(path, f"must be a group of fields, not {describe(value)}")
            return False
        for key in value:
            if key not in spec:
                self.report((*path, key), f"unknown field (allowed here: {one_of(spec)})")
        for key, required in spec.items():
            if required and key not in value:
                self.report((*path, key), "required field is missing")
        return True

    def text(self, path: FieldPath, value: Any) -> bool:
        if not isinstance(value, str):
            self.report(path, f"must be text, not {describe(value)}")
            return False
        if not value.strip():
            self.report(path, "is empty")
            return False
        return True

    def local_text(self, path: FieldPath, value: Any) -> None:
        """Text in every site language: `{id: ..., en: ...}`."""
        languages = self.settings.languages
        example = ", ".join(f"{lang}: ..." for lang in languages)
        if not isinstance(value, dict):
            self.report(
                path, f"must give the text in each language ({example}), not {describe(value)}"
            )
            return
        for key in value:
            if key not in languages:
                self.report((*path, key), f"unknown language (use: {one_of(languages)})")
        for lang in languages:
            if lang not in value:
                language = LANGUAGE_NAMES.get(lang, lang)
                self.report((*path, lang), f"the {language} text is missing")
            else:
                self.text((*path, lang), value[lang])

    def choice(self, path: FieldPath, value: Any, allowed: Iterable[str], what: str) -> bool:
        allowed = tuple(allowed)
        if value not in allowed:
            shown = f'"{value}"' if isinstance(value, str) else describe(value)
            self.report(path, f"{shown} is not {what}; use one of: {one_of(allowed)}")
            return False
        return True

    def items(self, path: FieldPath, value: Any, *, allow_empty: bool = False) -> list:
        if not isinstance(value, list):
            self.report(path, f"must be a list (lines starting with '- '), not {describe(value)}")
            return []
        if not value and not allow_empty:
            self.report(path, "the list is empty")
        return value

    def https_url(self, path: FieldPath, value: Any) -> bool:
        if not self.text(path, value):
            return False
        if not value.startswith("https://"):
            self.report(path, f'"{value}" must be a secure address starting with https://')
            return False
        parts = urlsplit(value)
        if not parts.hostname or "." not in parts.hostname or re.search(r"\s", value):
            self.report(path, f'"{value}" is not a valid web address')
            return False
        return True

    # A service ------------------------------------------------------------------

    def service(self) -> None:
        data = self.doc.data
        if not self.fields((), data, SERVICE_FIELDS):
            return
        if "id" in data:
            self.service_id(data["id"])
        for key in ("name", "description", "serves"):
            if key in data:
                self.local_text((key,), data[key])
        if "organization" in data and self.fields(
            ("organization",), data["organization"], ORGANIZATION_FIELDS
        ):
            organization = data["organization"]
            if "name" in organization:
                self.local_text(("organization", "name"), organization["name"])
            if "type" in organization:
                self.choice(
                    ("organization", "type"),
                    organization["type"],
                    ORGANIZATION_TYPES,
                    "an organisation type",
                )
        status = data.get("status")
        if "status" in data:
            self.choice(("status",), status, STATUSES, "a status")
        if "status_note" in data:
            self.local_text(("status_note",), data["status_note"])
        elif status in STATUSES and status != "active":
            message = f"required when the status is {status}: tell readers why, in each language"
            self.problems.append(
                Problem(self.doc.name, self.doc.line(("status",)), "status_note", message)
            )
        if "topics" in data:
            self.topics(data["topics"])
        if "area" in data and self.fields(("area",), data["area"], AREA_FIELDS):
            area = data["area"]
            if "level" in area:
                self.choice(("area", "level"), area["level"], AREA_LEVELS, "an area level")
            if "name" in area:
                self.local_text(("area", "name"), area["name"])
        if "hours" in data:
            self.hours(("hours",), data["hours"])
        source_urls = self.verification(data.get("verification"), status)
        if "channels" in data:
            self.channels(data["channels"], source_urls)

    def service_id(self, value: Any) -> None:
        if not self.text(("id",), value):
            return
        if not _SLUG.fullmatch(value):
            self.report(
                ("id",), f'"{value}" must be lowercase letters, digits and hyphens, like "sapa-129"'
            )
        elif value != self.doc.path.stem:
            self.report(
                ("id",),
                f'"{value}" does not match the file name: rename the file to {value}.yml '
                "or change the id",
            )

    def topics(self, value: Any) -> None:
        seen: set[str] = set()
        for index, topic in enumerate(self.items(("topics",), value)):
            path = ("topics", index)
            if not self.text(path, topic):
                continue
            if topic in seen:
                self.report(path, f'"{topic}" is listed twice')
            elif self.topic_ids is not None and topic not in self.topic_ids:
                self.report(
                    path,
                    f'"{topic}" is not a topic in {self.settings.topics_file.name}; '
                    f"use one of: {one_of(sorted(self.topic_ids))}",
                )
            seen.add(topic)

    # Hours ----------------------------------------------------------------------

    def hours(self, path: FieldPath, value: Any) -> None:
        if not self.fields(path, value, HOURS_FIELDS):
            return
        forms = [key for key in ("always_open", "schedule", "unknown") if key in value]
        if len(forms) != 1:
            self.report(
                path,
                "give exactly one of always_open: true, schedule: [...] or unknown: true",
            )
        for flag in ("always_open", "unknown"):
            if flag in value and value[flag] is not True:
                self.report((*path, flag), "must be true (leave the field out otherwise)")
        if "schedule" in value:
            for index, opening in enumerate(self.items((*path, "schedule"), value["schedule"])):
                self.opening((*path, "schedule", index), opening)
            if "timezone" not in value:
                self.report(
                    (*path, "timezone"),
                    "a schedule needs its time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) "
                    "or Asia/Jayapura (WIT)",
                )
        if "timezone" in value:
            if "schedule" not in value:
                self.report((*path, "timezone"), "only used with a schedule")
            else:
                self.choice((*path, "timezone"), value["timezone"], TIME_ZONES, "a time zone")
        if "notes" in value:
            self.local_text((*path, "notes"), value["notes"])

    def opening(self, path: FieldPath, value: Any) -> None:
        if not self.fields(path, value, OPENING_FIELDS):
            return
        if "days" in value:
            days = self.items((*path, "days"), value["days"])
            for index, day in enumerate(days):
                valid = self.choice((*path, "days", index), day, WEEKDAYS, "a day")
                if valid and days.index(day) != index:
                    self.report((*path, "days", index), f'"{day}" is listed twice')
        times = {
            key: self.time((*path, key), value[key]) for key in ("opens", "closes") if key in value
        }
        if len(times) == 2 and None not in times.values() and times["closes"] <= times["opens"]:
            self.report((*path, "closes"), "must be later than opens")

    def time(self, path: FieldPath, value: Any) -> str | None:
        if not isinstance(value, str):
            self.report(path, f'write the time in quotes, like "09:00" (found {describe(value)})')
            return None
        if not _TIME.fullmatch(value):
            self.report(path, f'"{value}" is not a time of day; write it like "09:00"')
            return None
        return value

    # Channels -------------------------------------------------------------------

    def channels(self, value: Any, source_urls: set[str]) -> None:
        seen: dict[tuple[str, str], int] = {}
        for index, channel in enumerate(self.items(("channels",), value)):
            path = ("channels", index)
            if not self.fields(path, channel, CHANNEL_FIELDS):
                continue
            normal = self.channel(path, channel, source_urls)
            if normal is None:
                continue
            key = (channel["kind"], normal)
            if key in seen:
                self.report(
                    (*path, "value"),
                    f"the same channel is listed twice (also channels[{seen[key]}])",
                )
            seen.setdefault(key, index)

    def channel(self, path: FieldPath, channel: dict, source_urls: set[str]) -> str | None:
        """Check one channel; return its normalised value when it is valid."""
        for key, check in (("cost", self.cost), ("languages", self.languages)):
            if key in channel:
                check((*path, key), channel[key])
        if "hours" in channel:
            self.hours((*path, "hours"), channel["hours"])
        if "notes" in channel:
            self.local_text((*path, "notes"), channel["notes"])
        source = channel.get("source")
        valid_source = "source" in channel and self.https_url((*path, "source"), source)
        if valid_source and source not in source_urls:
            self.report(
                (*path, "source"),
                f'"{source}" is not one of this service\'s verification.sources',
            )
        short_code = channel.get("short_code", False)
        if not isinstance(short_code, bool):
            self.report((*path, "short_code"), f"must be true or false, not {describe(short_code)}")
            short_code = False
        kind, value = channel.get("kind"), channel.get("value")
        if "kind" not in channel or not self.choice(
            (*path, "kind"), kind, CHANNEL_KINDS, "a channel kind"
        ):
            return None
        if short_code and kind != "voice":
            needs = "a mobile number" if kind in ("sms", "whatsapp") else "no short code"
            self.report(
                (*path, "short_code"),
                f"a short code only works for voice calls ({kind} needs {needs})",
            )
            return None
        if "value" not in channel:
            return None
        value_path = (*path, "value")
        if kind in PHONE_KINDS:
            return self.phone(value_path, channel, short_code, source_urls)
        if not self.text(value_path, value):
            return None
        if kind == "email":
            try:
                return validate_email(value, check_deliverability=False).normalized
            except EmailNotValidError as error:
                self.report(value_path, f'"{value}" is not a valid e-mail address: {error}')
                return None
        return value if self.https_url(value_path, value) else None

    def phone(
        self, path: FieldPath, channel: dict, short_code: bool, source_urls: set[str]
    ) -> str | None:
        value, kind = channel["value"], channel["kind"]
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.report(path, 'write the number in quotes, like "+628111129129"')
            return None
        if not self.text(path, value):
            return None
        try:
            if short_code:
                normal = phones.short_code(value)
                if "source" not in channel:
                    self.report(
                        (*path[:-1], "source"),
                        "a short code needs the URL of a source that lists it "
                        "(one of verification.sources)",
                    )
            else:
                number = phones.parse(value)
                if kind != "voice" and not phones.is_mobile(number):
                    label = "WhatsApp" if kind == "whatsapp" else "SMS"
                    self.report(path, f'"{value}" is not a mobile number ({label} needs one)')
                    return None
                normal = phones.e164(number)
        except phones.PhoneError as error:
            self.report(path, str(error))
            return None
        self.numbers.append((phones.dial_string(normal), path, "notes" in channel))
        return normal

    def cost(self, path: FieldPath, value: Any) -> None:
        self.choice(path, value, COSTS, "a cost")

    def languages(self, path: FieldPath, value: Any) -> None:
        for index, code in enumerate(self.items(path, value)):
            if code not in _ISO_639_1:
                shown = f'"{code}"' if isinstance(code, str) else describe(code)
                self.report(
                    (*path, index), f"{shown} is not an ISO 639-1 language code (like id, en)"
                )

    # Verification ---------------------------------------------------------------

    def verification(self, value: Any, status: Any) -> set[str]:
        """Check how the data was verified; return the source URLs it names."""
        path: FieldPath = ("verification",)
        if value is None and "verification" not in self.doc.data:
            return set()
        if not self.fields(path, value, VERIFICATION_FIELDS):
            return set()
        if "last_checked" in value:
            self.last_checked((*path, "last_checked"), value["last_checked"], status)
        if "method" in value:
            self.choice((*path, "method"), value["method"], METHODS, "a verification method")
        urls: set[str] = set()
        newest: datetime.date | None = None
        dated = False
        sources = (
            self.items((*path, "sources"), value.get("sources", [])) if "sources" in value else []
        )
        for index, source in enumerate(sources):
            source_path = (*path, "sources", index)
            if not self.fields(source_path, source, SOURCE_FIELDS):
                continue
            url = source.get("url")
            if "url" in source and self.https_url((*source_path, "url"), url):
                if url in urls:
                    self.report((*source_path, "url"), "the same source is listed twice")
                urls.add(url)
            if "title" in source:
                self.text((*source_path, "title"), source["title"])
            if "date" in source:
                # A wrong date is reported on its own line, not as "no date" as well.
                dated = dated or source["date"] != UNDATED
                date = self.source_date((*source_path, "date"), source["date"])
                if date is not None:
                    newest = max(date, newest) if newest else date
        if status == "active" and sources and "sources" in value:
            self.source_age((*path, "sources"), newest, dated)
        return urls

    def source_age(self, path: FieldPath, newest: datetime.date | None, dated: bool) -> None:
        """An active service needs a recent source; else it is shown as unverified."""
        limit = self.settings.source_max_age_days
        if not dated:
            self.report(path, "no source has a date: find a dated source or set status: unverified")
        elif newest is not None and (self.today - newest).days > limit:
            self.report(
                path,
                f"the newest source is from {newest.isoformat()}, more than {limit} days ago: "
                "find a newer source or set status: unverified",
            )

    def last_checked(self, path: FieldPath, value: Any, status: Any) -> None:
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            shown = f'"{value}"' if isinstance(value, str) else describe(value)
            self.report(path, f"{shown} is not a date; write it as YYYY-MM-DD")
            return
        if value > self.today:
            self.report(path, f"{value.isoformat()} is in the future")
            return
        age = (self.today - value).days
        warn, error = self.settings.warn_after_days, self.settings.error_after_days
        if age > error and status != "unverified":
            self.report(
                path,
                f"last checked {age} days ago (more than {error}): check the service again "
                "or set status: unverified",
            )
        elif age > warn:
            self.report(
                path,
                f"last checked {age} days ago (more than {warn}): check it again soon",
                WARNING,
            )

    def source_date(self, path: FieldPath, value: Any) -> datetime.date | None:
        """The latest day a source date can stand for; None if undated or invalid."""
        parsed = parse_source_date(value)
        if parsed is None:
            shown = f'"{value}"' if isinstance(value, str) else describe(value)
            self.report(
                path,
                f"{shown} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, "
                f'or "{UNDATED}" if the source has none',
            )
            return None
        if parsed == SourceDate():
            return None
        latest = parsed.latest()
        earliest = datetime.date(parsed.year, parsed.month or 1, parsed.day or 1)
        if earliest > self.today:
            self.report(path, f"{value} is in the future")
            return None
        if parsed.year < _EARLIEST_YEAR:
            self.report(path, f"{value} is not a plausible date for a source")
            return None
        return latest


def parse_source_date(value: Any) -> SourceDate | None:
    """`2025-11-20` (a YAML date), `"2020-03"`, `2025`, or `"n.d."` → SourceDate, else None."""
    if isinstance(value, datetime.datetime):
        return None
    if isinstance(value, datetime.date):
        return SourceDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        return SourceDate(value) if 1 <= value <= 9999 else None
    if value == UNDATED:
        return SourceDate()
    match = _PARTIAL_DATE.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month = int(match[1]), match[2]
    if month is None:
        return SourceDate(year)
    return SourceDate(year, int(month)) if 1 <= int(month) <= 12 and year >= 1 else None


def check_topics(doc: Document, settings: ContactSettings) -> tuple[set[str], list[Problem]]:
    """Check the topics file; return the topic ids it defines."""
    checker = _Checker(doc, settings, datetime.date.today(), None)
    ids: set[str] = set()
    for index, topic in enumerate(checker.items((), doc.data)):
        path = (index,)
        if not checker.fields(path, topic, TOPIC_FIELDS):
            continue
        if "name" in topic:
            checker.local_text((*path, "name"), topic["name"])
        topic_id = topic.get("id")
        if "id" not in topic or not checker.text((*path, "id"), topic_id):
            continue
        if not _TOPIC_ID.fullmatch(topic_id):
            checker.report(
                (*path, "id"), f'"{topic_id}" must be lowercase words joined by _, like "tppo"'
            )
        elif topic_id in ids:
            checker.report((*path, "id"), f'"{topic_id}" is listed twice')
        ids.add(topic_id)
    return ids, checker.problems


@dataclass
class _Checked:
    """What the cross-file checks need to know about one valid-enough service file."""

    doc: Document
    numbers: list[tuple[str, FieldPath, bool]]


def _same_numbers(checked: list[_Checked]) -> list[Problem]:
    """One number on two services must say why, in notes on each channel that has it."""
    holders: dict[str, list[tuple[_Checked, FieldPath, bool]]] = {}
    for item in checked:
        for digits, path, has_notes in item.numbers:
            holders.setdefault(digits, []).append((item, path, has_notes))
    problems = []
    for entries in holders.values():
        if len({id(entry[0]) for entry in entries}) < 2:
            continue
        for item, path, has_notes in entries:
            if has_notes:
                continue
            other, other_path, _ = next(e for e in entries if e[0] is not item)
            problems.append(
                item.doc.problem(
                    path,
                    f"{item.doc.data['channels'][path[1]]['value']} is also listed by "
                    f"{other.doc.path.stem} ({other.doc.name}:{other.doc.line(other_path)}); "
                    "add notes to this channel saying why both services carry it",
                )
            )
    return problems


def _duplicate_ids(checked: list[_Checked]) -> list[Problem]:
    first: dict[str, Document] = {}
    problems = []
    for item in checked:
        service_id = item.doc.data.get("id")
        if not isinstance(service_id, str):
            continue
        if service_id in first:
            other = first[service_id]
            problems.append(
                item.doc.problem(
                    ("id",), f'"{service_id}" is already used by {other.name}:{other.line(("id",))}'
                )
            )
        else:
            first[service_id] = item.doc
    return problems


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector: parsed files are acyclic, and with thousands of them
    kept alive its repeated full passes cost about a quarter of the check's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class CheckResult:
    """Every problem found, and the parsed documents (for building the model)."""

    problems: list[Problem]
    services: list[Document]
    topics: Document | None


def check_files(
    service_paths: Iterable[Path],
    topics_path: Path,
    settings: ContactSettings,
    today: datetime.date | None = None,
) -> CheckResult:
    """Run every rule on the topics file and on each service file."""
    today = today or datetime.date.today()
    problems: list[Problem] = []
    topics_doc, read_problems = read_document(topics_path)
    problems += read_problems
    topic_ids: set[str] | None = None
    if topics_doc is not None:
        topic_ids, topic_problems = check_topics(topics_doc, settings)
        problems += topic_problems
    checked: list[_Checked] = []
    services: list[Document] = []
    with _collector_paused():
        for path in service_paths:
            doc, read_problems = read_document(path)
            problems += read_problems
            if doc is None:
                continue
            checker = _Checker(doc, settings, today, topic_ids)
            checker.service()
            problems += checker.problems
            services.append(doc)
            if isinstance(doc.data, dict):
                checked.append(_Checked(doc, checker.numbers))
    problems += _duplicate_ids(checked) + _same_numbers(checked)
    return CheckResult(sorted(problems, key=_order), services, topics_doc)


def _order(problem: Problem) -> tuple[str, int, str]:
    return (problem.file, problem.line, problem.field)
