"""Load the data folder into a Directory: check every file, then build typed objects."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sitegen.contacts import phones
from sitegen.contacts.errors import ContactDataError
from sitegen.contacts.loading import Document
from sitegen.contacts.model import (
    WEEKDAYS,
    Area,
    Channel,
    Directory,
    Hours,
    Opening,
    Organization,
    Service,
    Source,
    Topic,
    Verification,
)
from sitegen.contacts.settings import ContactSettings
from sitegen.contacts.validation import CheckResult, check_files, parse_source_date
from sitegen.problems import errors


def service_files(services_dir: Path) -> list[Path]:
    """The service files of a data folder, in name order."""
    return sorted([*services_dir.glob("*.yml"), *services_dir.glob("*.yaml")])


def check_data_dir(settings: ContactSettings, today: datetime.date | None = None) -> CheckResult:
    """Run every rule over the data folder named in the settings."""
    return check_files(service_files(settings.services_dir), settings.topics_file, settings, today)


def load_directory(
    data_dir: Path,
    settings: ContactSettings | None = None,
    today: datetime.date | None = None,
) -> Directory:
    """The checked directory in `data_dir`; ContactDataError (with `.problems`) if invalid."""
    settings = settings or ContactSettings(data_dir=Path(data_dir))
    if settings.data_dir != Path(data_dir):
        settings = dataclasses.replace(settings, data_dir=Path(data_dir))
    result = check_data_dir(settings, today)
    problems = errors(result.problems)
    if problems:
        raise ContactDataError(problems)
    return build_directory(result)


def build_directory(result: CheckResult) -> Directory:
    """Typed objects from documents that passed every check."""
    topics = tuple(Topic(item["id"], item["name"]) for item in result.topics.data)
    return Directory(tuple(_service(doc) for doc in result.services), topics)


def _hours(data: Mapping[str, Any]) -> Hours:
    schedule = tuple(
        Opening(
            days=tuple(WEEKDAYS.index(day) for day in opening["days"]),
            opens=datetime.time.fromisoformat(opening["opens"]),
            closes=datetime.time.fromisoformat(opening["closes"]),
        )
        for opening in data.get("schedule", ())
    )
    return Hours(
        always_open=data.get("always_open", False),
        schedule=schedule,
        timezone=data.get("timezone"),
        notes=data.get("notes"),
    )


def _channel(data: Mapping[str, Any]) -> Channel:
    short_code = data.get("short_code", False)
    value = data["value"]
    if data["kind"] in ("voice", "sms", "whatsapp"):
        value = phones.normalize(value, short_code)
    return Channel(
        kind=data["kind"],
        value=value,
        short_code=short_code,
        cost=data.get("cost"),
        languages=tuple(data.get("languages", ())),
        hours=_hours(data["hours"]) if "hours" in data else None,
        notes=data.get("notes"),
        source=data.get("source"),
    )


def _service(doc: Document) -> Service:
    data = doc.data
    verification = data["verification"]
    return Service(
        id=data["id"],
        name=data["name"],
        description=data["description"],
        organization=Organization(data["organization"]["name"], data["organization"]["type"]),
        status=data["status"],
        status_note=data.get("status_note"),
        topics=tuple(data["topics"]),
        serves=data["serves"],
        area=Area(data["area"]["level"], data["area"]["name"]),
        hours=_hours(data["hours"]),
        channels=tuple(_channel(channel) for channel in data["channels"]),
        verification=Verification(
            last_checked=verification["last_checked"],
            method=verification["method"],
            sources=tuple(
                Source(source["url"], parse_source_date(source["date"]), source.get("title"))
                for source in verification["sources"]
            ),
        ),
        file=doc.path,
    )
