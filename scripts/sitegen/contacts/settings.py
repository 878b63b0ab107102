"""What one site chose for its directory: where the data is, how old a check may be, the
services it leads with, where readers report a wrong number, and its anchors.

Plain values: the `sitegen/directory` plugin fills them from its options in mkdocs.yml
(whose defaults are the defaults written here), tests and other builders directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Limits:
    #: A check older than this many days is a warning ...
    warn_after_days: int = 180
    #: ... and older than this an error, unless the service is marked unverified.
    error_after_days: int = 365
    #: An active service needs a source at most this many days old.
    source_max_age_days: int = 730


@dataclass(frozen=True)
class Anchors:
    """The ids the directory gives its parts, so that links to them stay stable."""

    #: Prefix of a service card's id, before the service's id ("service-sapa-129").
    service: str = "service-"
    #: Prefix of a topic group's id, before the topic's id.
    topic: str = "topic-"
    #: Prefix of an area group's id, before the area's name in the default language.
    area: str = "area-"
    #: The heading over the groups by topic, by area, and over all the cards.
    by_topic: str = "by-need"
    by_area: str = "by-area"
    all_services: str = "all-services"


@dataclass(frozen=True)
class Corrections:
    """Where readers report a wrong number: an issue form, prefilled from the card."""

    #: The address that opens a new issue ("https://github.com/OWNER/REPO/issues/new");
    #: empty: cards offer no report link.
    issue_url: str = ""
    #: The issue form's file name in .github/ISSUE_TEMPLATE/; empty: GitHub's default.
    issue_form: str = ""


@dataclass(frozen=True)
class DirectorySettings:
    data_dir: Path
    limits: Limits = field(default_factory=Limits)
    #: The services leaflets and the print strip lead with, in this order.
    key_services: tuple[str, ...] = ()
    corrections: Corrections = field(default_factory=Corrections)
    anchors: Anchors = field(default_factory=Anchors)

    @property
    def services_dir(self) -> Path:
        return self.data_dir / "services"

    @property
    def topics_file(self) -> Path:
        return self.data_dir / "topics.yml"
