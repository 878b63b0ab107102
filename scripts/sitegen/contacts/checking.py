"""One pass over the data: every rule, and the typed objects the renderers use.

Each part of a service (names, channels, hours, verification, ...) is checked by one
method that reports problems at the field's own line and returns the part as a typed
object, or None when it broke a rule. A file with an error gives no service; data with
any error gives no directory, only its problems. Checks across files (duplicate ids, one
number on two services) run after every file has been checked on its own.

Messages are written for editors in their language (`Rules.messages`).
"""

from __future__ import annotations

import datetime
import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from babel import Locale
from babel.support import Translations
from email_validator import EmailNotValidError, validate_email

from sitegen.contacts import schema
from sitegen.contacts.model import (
    Area,
    Channel,
    Directory,
    Hours,
    Opening,
    Organization,
    Phone,
    Service,
    Source,
    SourceDate,
    Topic,
    Verification,
)
from sitegen.contacts.phones import PhoneError
from sitegen.contacts.reading import Document, FieldPath, read_document
from sitegen.contacts.schema import PHONE_KINDS, WEEKDAYS
from sitegen.contacts.settings import DirectorySettings
from sitegen.contacts.shapes import Rules, ShapeChecker, describe, one_of
from sitegen.problems import WARNING, Problem, ProblemError, errors

#: How a source without a date says so.
UNDATED = "n.d."
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TOPIC_ID = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")
_EARLIEST_YEAR = 1945
_ISO_639_1 = {code for code in Locale("en").languages if len(code) == 2}
_CHANNELS = schema.SERVICE["channels"]


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


class _Checker(ShapeChecker):
    """Checks one service file; also notes the numbers it holds."""

    def __init__(
        self, doc: Document, rules: Rules, today: datetime.date, topic_ids: set[str] | None
    ) -> None:
        super().__init__(doc, rules)
        self.today = today
        self.topic_ids = topic_ids
        #: (dialled digits, path, has notes) of each phone channel that passed its checks.
        self.numbers: list[tuple[str, FieldPath, bool]] = []

    # A service ------------------------------------------------------------------

    def service(self) -> Service | None:
        data = self.doc.data
        start = self.error_count
        if not self.fields((), data, schema.SERVICE):
            return None
        service_id = self.service_id(data["id"]) if "id" in data else None
        texts = {
            key: self.local_text((key,), data[key])
            for key in ("name", "description", "serves")
            if key in data
        }
        organization = self.organization(data["organization"]) if "organization" in data else None
        status = data.get("status")
        if "status" in data:
            self.choice(("status",), status, schema.SERVICE["status"])
        status_note = None
        if "status_note" in data:
            status_note = self.local_text(("status_note",), data["status_note"])
        elif status in schema.SERVICE["status"].choices and status != "active":
            message = self._(
                "required when the status is {status}: tell readers why, in each language"
            ).format(status=status)
            self.problems.append(
                Problem(self.doc.name, self.doc.line(("status",)), "status_note", message)
            )
            self.error_count += 1
        topics = self.topics(data["topics"]) if "topics" in data else None
        area = self.area(data["area"]) if "area" in data else None
        hours = self.hours(("hours",), data["hours"]) if "hours" in data else None
        verification, source_urls = self.verification(data.get("verification"), status)
        channels = self.channels(data["channels"], source_urls) if "channels" in data else None
        if self.failed_since(start):
            return None
        return Service(
            id=service_id,
            name=texts["name"],
            description=texts["description"],
            organization=organization,
            status=status,
            status_note=status_note,
            topics=topics,
            serves=texts["serves"],
            area=area,
            hours=hours,
            channels=channels,
            verification=verification,
            file=self.doc.path,
        )

    def service_id(self, value: Any) -> str | None:
        _ = self._
        if self.text(("id",), value) is None:
            return None
        if not _SLUG.fullmatch(value):
            message = _('"{id}" must be lowercase letters, digits and hyphens, like "{example}"')
            self.report(("id",), message.format(id=value, example="city-helpline"))
            return None
        if value != self.doc.path.stem:
            message = _(
                '"{id}" does not match the file name: rename the file to {id}.yml or change the id'
            )
            self.report(("id",), message.format(id=value))
            return None
        return value

    def organization(self, value: Any) -> Organization | None:
        path: FieldPath = ("organization",)
        group = schema.ORGANIZATION
        start = self.error_count
        if not self.fields(path, value, group):
            return None
        name = self.local_text((*path, "name"), value["name"]) if "name" in value else None
        if "type" in value:
            self.choice((*path, "type"), value["type"], group["type"])
        return None if self.failed_since(start) else Organization(name, value["type"])

    def area(self, value: Any) -> Area | None:
        path: FieldPath = ("area",)
        group = schema.AREA
        start = self.error_count
        if not self.fields(path, value, group):
            return None
        if "level" in value:
            self.choice((*path, "level"), value["level"], group["level"])
        name = self.local_text((*path, "name"), value["name"]) if "name" in value else None
        return None if self.failed_since(start) else Area(value["level"], name)

    def topics(self, value: Any) -> tuple[str, ...] | None:
        _ = self._
        seen: list[str] = []
        start = self.error_count
        for index, topic in enumerate(self.items(("topics",), value) or ()):
            path = ("topics", index)
            if self.text(path, topic) is None:
                continue
            if topic in seen:
                self.report(path, _('"{topic}" is listed twice').format(topic=topic))
            elif self.topic_ids is not None and topic not in self.topic_ids:
                message = _('"{topic}" is not a topic in {file}; use one of: {topics}')
                self.report(
                    path,
                    message.format(
                        topic=topic,
                        file=schema.TOPICS_FILE.name,
                        topics=one_of(sorted(self.topic_ids)),
                    ),
                )
            seen.append(topic)
        return None if self.failed_since(start) else tuple(seen)

    # Hours ----------------------------------------------------------------------

    def hours(self, path: FieldPath, value: Any) -> Hours | None:
        _ = self._
        start = self.error_count
        if not self.fields(path, value, schema.HOURS):
            return None
        forms = [key for key in ("always_open", "schedule", "unknown") if key in value]
        if len(forms) != 1:
            message = _("give exactly one of always_open: true, schedule: [...] or unknown: true")
            self.report(path, message)
        for flag in ("always_open", "unknown"):
            if flag in value:
                self.flag((*path, flag), value[flag])
        schedule: list[Opening | None] = []
        if "schedule" in value:
            for index, opening in enumerate(
                self.items((*path, "schedule"), value["schedule"]) or ()
            ):
                schedule.append(self.opening((*path, "schedule", index), opening))
            if "timezone" not in value:
                message = _(
                    "a schedule needs its time zone: an IANA name, like {example} (the site's own)"
                )
                self.report((*path, "timezone"), message.format(example=self.rules.facts.timezone))
        timezone = None
        if "timezone" in value:
            if "schedule" not in value:
                self.report((*path, "timezone"), _("only used with a schedule"))
            else:
                timezone = self.time_zone((*path, "timezone"), value["timezone"])
        notes = self.local_text((*path, "notes"), value["notes"]) if "notes" in value else None
        if self.failed_since(start):
            return None
        return Hours(
            always_open="always_open" in value,
            schedule=tuple(schedule),
            timezone=timezone,
            notes=notes,
        )

    def time_zone(self, path: FieldPath, value: Any) -> str | None:
        if not isinstance(value, str) or value not in _time_zones():
            message = self._("{value} is not an IANA time zone name (like {example})")
            example = self.rules.facts.timezone
            self.report(path, message.format(value=self.shown(value), example=example))
            return None
        return value

    def opening(self, path: FieldPath, value: Any) -> Opening | None:
        start = self.error_count
        group = schema.OPENING
        if not self.fields(path, value, group):
            return None
        days: list[int] = []
        if "days" in value:
            listed = self.items((*path, "days"), value["days"]) or []
            for index, day in enumerate(listed):
                valid = self.choice((*path, "days", index), day, group["days"])
                if valid and listed.index(day) != index:
                    message = self._('"{day}" is listed twice').format(day=day)
                    self.report((*path, "days", index), message)
                elif valid:
                    days.append(WEEKDAYS.index(day))
        times = {
            key: self.time((*path, key), value[key]) for key in ("opens", "closes") if key in value
        }
        if len(times) == 2 and None not in times.values() and times["closes"] <= times["opens"]:
            self.report((*path, "closes"), self._("must be later than opens"))
        if self.failed_since(start):
            return None
        return Opening(tuple(days), times["opens"], times["closes"])

    def time(self, path: FieldPath, value: Any) -> datetime.time | None:
        _ = self._
        if not isinstance(value, str):
            kind = describe(value, self.rules.messages)
            message = _('write the time in quotes, like "09:00" (found {kind})')
            self.report(path, message.format(kind=kind))
            return None
        if not _TIME.fullmatch(value):
            message = _('"{value}" is not a time of day; write it like "09:00"')
            self.report(path, message.format(value=value))
            return None
        return datetime.time.fromisoformat(value)

    # Channels -------------------------------------------------------------------

    def channels(self, value: Any, source_urls: set[str]) -> tuple[Channel, ...] | None:
        start = self.error_count
        seen: dict[tuple[str, str], int] = {}
        channels = []
        for index, data in enumerate(self.items(("channels",), value) or ()):
            path = ("channels", index)
            if not self.fields(path, data, _CHANNELS.group):
                continue
            value, channel = self.channel(path, data, source_urls)
            if value is None:
                continue
            key = (data["kind"], value)
            if key in seen:
                message = self._("the same channel is listed twice (also channels[{index}])")
                self.report((*path, "value"), message.format(index=seen[key]))
            seen.setdefault(key, index)
            if channel is not None:
                channels.append(channel)
        return None if self.failed_since(start) else tuple(channels)

    def channel(
        self, path: FieldPath, data: dict, source_urls: set[str]
    ) -> tuple[str | None, Channel | None]:
        """Check one channel: (its value in stored form when that is valid, the channel
        when all of it is)."""
        _ = self._
        group = _CHANNELS.group
        start = self.error_count
        cost = self.choice((*path, "cost"), data["cost"], group["cost"]) if "cost" in data else None
        languages = (
            self.languages((*path, "languages"), data["languages"]) if "languages" in data else ()
        )
        hours = self.hours((*path, "hours"), data["hours"]) if "hours" in data else None
        notes = self.local_text((*path, "notes"), data["notes"]) if "notes" in data else None
        source = data.get("source")
        valid_source = "source" in data and self.https_url((*path, "source"), source) is not None
        if valid_source and source not in source_urls:
            message = _('"{url}" is not one of this service\'s verification.sources')
            self.report((*path, "source"), message.format(url=source))
        short_code = data.get("short_code", False)
        if not isinstance(short_code, bool):
            kind = describe(short_code, self.rules.messages)
            message = _("must be true or false, not {kind}").format(kind=kind)
            self.report((*path, "short_code"), message)
            short_code = False
        kind = data.get("kind")
        if "kind" not in data or self.choice((*path, "kind"), kind, group["kind"]) is None:
            return None, None
        if short_code and kind != "voice":
            if kind in ("sms", "whatsapp"):
                message = _(
                    "a short code only works for voice calls ({kind} needs a mobile number)"
                )
            else:
                message = _("a short code only works for voice calls ({kind} needs no short code)")
            self.report((*path, "short_code"), message.format(kind=kind))
            return None, None
        if "value" not in data:
            return None, None
        value_path = (*path, "value")
        phone = None
        if kind in PHONE_KINDS:
            phone = self.phone(value_path, data, short_code)
            value = phone.value if phone else None
        elif self.text(value_path, data["value"]) is None:
            return None, None
        elif kind == "email":
            value = self.email(value_path, data["value"])
        else:
            value = self.https_url(value_path, data["value"])
        if value is None or self.failed_since(start):
            return value, None
        return value, Channel(
            kind=kind,
            value=value,
            phone=phone,
            cost=cost,
            languages=languages,
            hours=hours,
            notes=notes,
            source=source,
        )

    def email(self, path: FieldPath, value: str) -> str | None:
        try:
            return validate_email(value, check_deliverability=False).normalized
        except EmailNotValidError as error:
            message = self._('"{value}" is not a valid e-mail address: {reason}')
            self.report(path, message.format(value=value, reason=error))
            return None

    def phone(self, path: FieldPath, channel: dict, short_code: bool) -> Phone | None:
        _ = self._
        value, kind = channel["value"], channel["kind"]
        if isinstance(value, int | float) and not isinstance(value, bool):
            message = _('write the number in quotes, like "+{code} ..."')
            self.report(path, message.format(code=self.rules.phones.country_code))
            return None
        if self.text(path, value) is None:
            return None
        try:
            phone, mobile = self.rules.phones.phone(value, short_code)
        except PhoneError as error:
            self.report(path, str(error))
            return None
        if short_code and "source" not in channel:
            message = _(
                "a short code needs the URL of a source that lists it (one of verification.sources)"
            )
            self.report((*path[:-1], "source"), message)
        if not short_code and kind != "voice" and not mobile:
            label = "WhatsApp" if kind == "whatsapp" else "SMS"
            message = _('"{value}" is not a mobile number ({label} needs one)')
            self.report(path, message.format(value=value, label=label))
            return None
        self.numbers.append((phone.dial, path, "notes" in channel))
        return phone

    def languages(self, path: FieldPath, value: Any) -> tuple[str, ...]:
        codes = []
        for index, code in enumerate(self.items(path, value) or ()):
            if code not in _ISO_639_1:
                message = self._("{code} is not an ISO 639-1 language code (like {example})")
                example = ", ".join(self.rules.facts.languages)
                self.report((*path, index), message.format(code=self.shown(code), example=example))
            else:
                codes.append(code)
        return tuple(codes)

    # Verification ---------------------------------------------------------------

    def verification(self, value: Any, status: Any) -> tuple[Verification | None, set[str]]:
        """How the data was verified, and the source URLs it names."""
        path: FieldPath = ("verification",)
        group = schema.VERIFICATION
        if value is None and "verification" not in self.doc.data:
            return None, set()
        start = self.error_count
        if not self.fields(path, value, group):
            return None, set()
        checked = None
        if "last_checked" in value:
            checked = self.last_checked((*path, "last_checked"), value["last_checked"], status)
        if "method" in value:
            self.choice((*path, "method"), value["method"], group["method"])
        urls: set[str] = set()
        sources: list[Source] = []
        newest: datetime.date | None = None
        dated = False
        listed = self.items((*path, "sources"), value["sources"]) if "sources" in value else None
        for index, data in enumerate(listed or ()):
            source_path = (*path, "sources", index)
            if not self.fields(source_path, data, schema.SOURCE):
                continue
            url = data.get("url")
            if "url" in data and self.https_url((*source_path, "url"), url) is not None:
                if url in urls:
                    self.report((*source_path, "url"), self._("the same source is listed twice"))
                urls.add(url)
            title = self.text((*source_path, "title"), data["title"]) if "title" in data else None
            date = None
            if "date" in data:
                # A wrong date is reported on its own line, not as "no date" as well.
                dated = dated or data["date"] != UNDATED
                date = self.source_date((*source_path, "date"), data["date"])
                latest = date.latest() if date is not None else None
                if latest is not None:
                    newest = max(latest, newest) if newest else latest
            sources.append(Source(url, date, title))
        if status == "active" and listed:
            self.source_age((*path, "sources"), newest, dated)
        if self.failed_since(start):
            return None, urls
        return Verification(checked, value["method"], tuple(sources)), urls

    def source_age(self, path: FieldPath, newest: datetime.date | None, dated: bool) -> None:
        """An active service needs a recent source; else it is shown as unverified."""
        _ = self._
        limit = self.rules.limits.source_max_age_days
        if not dated:
            message = _("no source has a date: find a dated source or set status: unverified")
            self.report(path, message)
        elif newest is not None and (self.today - newest).days > limit:
            message = _(
                "the newest source is from {date}, more than {limit} days ago: find a newer "
                "source or set status: unverified"
            )
            self.report(path, message.format(date=newest.isoformat(), limit=limit))

    def last_checked(self, path: FieldPath, value: Any, status: Any) -> datetime.date | None:
        _ = self._
        if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
            message = _("{value} is not a date; write it as YYYY-MM-DD")
            self.report(path, message.format(value=self.shown(value)))
            return None
        if value > self.today:
            self.report(path, _("{date} is in the future").format(date=value.isoformat()))
            return None
        age = (self.today - value).days
        warn, error = self.rules.limits.warn_after_days, self.rules.limits.error_after_days
        if age > error and status != "unverified":
            message = _(
                "last checked {age} days ago (more than {limit}): check the service again or "
                "set status: unverified"
            )
            self.report(path, message.format(age=age, limit=error))
        elif age > warn:
            message = _("last checked {age} days ago (more than {limit}): check it again soon")
            self.report(path, message.format(age=age, limit=warn), WARNING)
        return value

    def source_date(self, path: FieldPath, value: Any) -> SourceDate | None:
        """The source's date, as precise as it is given; None if it breaks a rule."""
        _ = self._
        parsed = parse_source_date(value)
        if parsed is None:
            message = _(
                '{value} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, or "{undated}" if '
                "the source has none"
            )
            self.report(path, message.format(value=self.shown(value), undated=UNDATED))
            return None
        if parsed.undated:
            return parsed
        earliest = datetime.date(parsed.year, parsed.month or 1, parsed.day or 1)
        if earliest > self.today:
            self.report(path, _("{date} is in the future").format(date=value))
            return None
        if parsed.year < _EARLIEST_YEAR:
            self.report(path, _("{date} is not a plausible date for a source").format(date=value))
            return None
        return parsed


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


def check_topics(doc: Document, rules: Rules) -> tuple[set[str], tuple[Topic, ...] | None, list]:
    """Check the topics file: (the ids it defines, its topics or None, problems)."""
    checker = _Checker(doc, rules, datetime.date.today(), None)
    _ = checker._
    ids: set[str] = set()
    topics = []
    for index, data in enumerate(checker.items((), doc.data) or ()):
        path = (index,)
        if not checker.fields(path, data, schema.TOPIC):
            continue
        name = checker.local_text((*path, "name"), data["name"]) if "name" in data else None
        topic_id = data.get("id")
        if "id" not in data or checker.text((*path, "id"), topic_id) is None:
            continue
        if not _TOPIC_ID.fullmatch(topic_id):
            message = _('"{id}" must be lowercase words joined by _, like "{example}"')
            checker.report((*path, "id"), message.format(id=topic_id, example="children"))
        elif topic_id in ids:
            checker.report((*path, "id"), _('"{id}" is listed twice').format(id=topic_id))
        ids.add(topic_id)
        topics.append(Topic(topic_id, name))
    return ids, None if checker.error_count else tuple(topics), checker.problems


@dataclass
class _Checked:
    """What the cross-file checks need to know about one valid-enough service file."""

    doc: Document
    numbers: list[tuple[str, FieldPath, bool]]


def _same_numbers(checked: list[_Checked], messages: Translations) -> list[Problem]:
    """One number on two services must say why, in notes on each channel that has it."""
    holders: dict[str, list[tuple[_Checked, FieldPath, bool]]] = {}
    for item in checked:
        for digits, path, has_notes in item.numbers:
            holders.setdefault(digits, []).append((item, path, has_notes))
    problems = []
    message = messages.gettext(
        "{value} is also listed by {service} ({where}); add notes to this channel saying why "
        "both services carry it"
    )
    for entries in holders.values():
        if len({id(entry[0]) for entry in entries}) < 2:
            continue
        for item, path, has_notes in entries:
            if has_notes:
                continue
            other, other_path, _ = next(e for e in entries if e[0] is not item)
            value = item.doc.data["channels"][path[1]]["value"]
            where = f"{other.doc.name}:{other.doc.line(other_path)}"
            text = message.format(value=value, service=other.doc.path.stem, where=where)
            problems.append(item.doc.problem(path, text))
    return problems


def _duplicate_ids(checked: list[_Checked], messages: Translations) -> list[Problem]:
    first: dict[str, Document] = {}
    problems = []
    message = messages.gettext('"{id}" is already used by {where}')
    for item in checked:
        service_id = item.doc.data.get("id")
        if not isinstance(service_id, str):
            continue
        if service_id in first:
            other = first[service_id]
            where = f"{other.name}:{other.line(('id',))}"
            problems.append(item.doc.problem(("id",), message.format(id=service_id, where=where)))
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


@dataclass(frozen=True)
class CheckResult:
    """Every problem found and, when none of them is an error, the directory."""

    problems: list[Problem]
    directory: Directory | None
    #: How many service files were read.
    files: int

    @property
    def errors(self) -> list[Problem]:
        return errors(self.problems)

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if not problem.is_error]


def check_files(
    service_paths: Iterable[Path],
    topics_path: Path,
    rules: Rules,
    today: datetime.date | None = None,
) -> CheckResult:
    """Run every rule on the topics file and on each service file."""
    today = today or rules.facts.today()
    problems: list[Problem] = []
    topics_doc, read_problems = read_document(topics_path, rules.messages)
    problems += read_problems
    topic_ids: set[str] | None = None
    topics: tuple[Topic, ...] | None = None
    if topics_doc is not None:
        topic_ids, topics, topic_problems = check_topics(topics_doc, rules)
        problems += topic_problems
    checked: list[_Checked] = []
    services: list[Service | None] = []
    with _collector_paused():
        for path in service_paths:
            doc, read_problems = read_document(path, rules.messages)
            problems += read_problems
            if doc is None:
                services.append(None)
                continue
            checker = _Checker(doc, rules, today, topic_ids)
            services.append(checker.service())
            problems += checker.problems
            if isinstance(doc.data, dict):
                checked.append(_Checked(doc, checker.numbers))
        problems += _duplicate_ids(checked, rules.messages)
        problems += _same_numbers(checked, rules.messages)
    problems.sort(key=_order)
    directory = None
    if not errors(problems) and topics is not None:
        directory = Directory(tuple(s for s in services if s is not None), topics)
    return CheckResult(problems, directory, len(services))


def _order(problem: Problem) -> tuple[str, int, str]:
    return (problem.file, problem.line, problem.field)


def service_files(services_dir: Path) -> list[Path]:
    """The service files of a data folder, in name order."""
    return sorted([*services_dir.glob("*.yml"), *services_dir.glob("*.yaml")])


def check_data_dir(
    settings: DirectorySettings, rules: Rules, today: datetime.date | None = None
) -> CheckResult:
    """Run every rule over the data folder named in the settings."""
    return check_files(service_files(settings.services_dir), settings.topics_file, rules, today)


def load_directory(
    settings: DirectorySettings, rules: Rules, today: datetime.date | None = None
) -> Directory:
    """The checked directory; ProblemError with every error if the data breaks a rule."""
    result = check_data_dir(settings, rules, today)
    if result.directory is None:
        raise ProblemError(result.errors)
    return result.directory
