"""Services → the contexts of the card, list and directory templates, and JSON-LD.

The markup is in the templates (`theme/sitegen/contacts/`, which a site may override
from its own `overrides/`), autoescaped: every value from the data is escaped there.
JSON-LD is data, so it is built here, escaped for a `<script>` element. `tel:` and
`wa.me` links hold digits and `+` only (see `Channel.href`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from markupsafe import Markup

from sitegen.contacts.model import Channel, Directory, Hours, Service
from sitegen.contacts.settings import Anchors, Corrections
from sitegen.contacts.words import Words

#: The folder to put in the template search path (after a site's overrides).
THEME_DIR = Path(__file__).with_name("theme")
TEMPLATES = "sitegen/contacts/"
_SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_AREA_ORDER = ("national", "province", "city")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def markdown_heading(text: str) -> Markup:
    """Data text made safe as a Markdown heading: Markdown syntax and HTML escaped."""
    escaped = re.sub(r"([\\`*_{}\[\]()#+!|<>-])", r"\\\1", text)
    return Markup(escaped.replace("\\<", "&lt;").replace("\\>", "&gt;"))


def hostname(url: str) -> str:
    return urlsplit(url).hostname or url


def ordered(services: Iterable[Service], key_services: Sequence[str]) -> list[Service]:
    """Current services first, then the key services in their configured order."""

    def rank(service: Service) -> tuple[bool, int, str]:
        key = key_services.index(service.id) if service.id in key_services else len(key_services)
        return (not service.current, key, service.id)

    return sorted(services, key=rank)


@dataclass(frozen=True)
class ReportLinks:
    """The prefilled "wrong number" issue of each card."""

    corrections: Corrections
    #: The issue's title, with `{name}` for the service's name, in `language`.
    title: str
    #: The language the issue is written in: the site's default (its editors').
    language: str

    def url(self, service: Service) -> str:
        """The address of a new issue about `service`; empty when the site has none."""
        if not self.corrections.issue_url:
            return ""
        query = {
            "service": service.id,
            "title": self.title.format(name=service.name[self.language]),
        }
        if self.corrections.issue_form:
            query = {"template": self.corrections.issue_form, **query}
        return f"{self.corrections.issue_url}?{urlencode(query, quote_via=quote)}"


@dataclass(frozen=True)
class Group:
    """A heading of the directory and the services under it."""

    anchor: str
    name: str
    services: list[Service]


class Renderer:
    """Cards, lists and the directory in one page language, from the theme's templates."""

    def __init__(
        self,
        env: jinja2.Environment,
        words: Words,
        anchors: Anchors,
        reports: ReportLinks,
        key_services: Sequence[str] = (),
    ) -> None:
        env.filters.setdefault("markdown_heading", markdown_heading)
        env.filters.setdefault("hostname", hostname)
        self.env = env
        self.words = words
        self.anchors = anchors
        self.reports = reports
        self.key_services = tuple(key_services)

    def _render(self, name: str, **context: object) -> str:
        template = self.env.get_template(TEMPLATES + name)
        return template.render(
            words=self.words, anchors=self.anchors, report_url=self.reports.url, **context
        )

    def card(self, service: Service) -> str:
        """One service as an `<article>`: status, how to reach it, hours, checks, sources."""
        return self._render("card.html", service=service)

    def cards(self, services: Iterable[Service]) -> str:
        """Cards for `services` plus their JSON-LD, as one raw-HTML block for Markdown."""
        services = list(services)
        body = self._render("cards.html", services=services)
        return f"\n\n{body}\n{json_ld(services, self.words)}\n\n"

    def topic_groups(self, directory: Directory, services: list[Service]) -> list[Group]:
        groups = [
            Group(
                self.anchors.topic + slug(topic.id),
                self.words.text(topic.name),
                [service for service in services if topic.id in service.topics],
            )
            for topic in directory.topics
        ]
        return [group for group in groups if group.services]

    def area_groups(self, services: list[Service], default_language: str) -> list[Group]:
        """A group per area, national first; anchors from the default language's names,
        so that they are the same in every language."""
        groups: dict[str, Group] = {}
        for service in sorted(services, key=lambda s: _AREA_ORDER.index(s.area.level)):
            anchor = self.anchors.area + slug(service.area.name[default_language])
            name = self.words.text(service.area.name)
            groups.setdefault(anchor, Group(anchor, name, [])).services.append(service)
        return list(groups.values())

    def directory(self, directory: Directory, default_language: str) -> str:
        """The whole directory as Markdown: jump links, groups by need and area, all cards.

        Markdown, not HTML, so that its headings are the page's own (in its table of
        contents, with permalinks).
        """
        services = ordered(directory.services, self.key_services)
        return self._render(
            "directory.md",
            topics=self.topic_groups(directory, services),
            areas=self.area_groups(services, default_language),
            cards=Markup(self.cards(services)),
        )


# JSON-LD -----------------------------------------------------------------------


def _hours_spec(hours: Hours) -> list[dict]:
    if hours.always_open:
        return [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": [f"https://schema.org/{day}" for day in _SCHEMA_DAYS],
                "opens": "00:00",
                "closes": "23:59",
            }
        ]
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{_SCHEMA_DAYS[day]}" for day in item.days],
            "opens": item.opens.strftime("%H:%M"),
            "closes": item.closes.strftime("%H:%M"),
        }
        for item in hours.schedule
    ]


def _contact_point(service: Service, channel: Channel, words: Words) -> dict:
    point: dict = {"@type": "ContactPoint", "contactType": words.text(service.name)}
    if channel.is_phone:
        point["telephone"] = channel.value
    elif channel.kind == "email":
        point["email"] = channel.value
    else:
        point["url"] = channel.value
    point["areaServed"] = {"@type": "AdministrativeArea", "name": words.text(service.area.name)}
    if channel.languages:
        point["availableLanguage"] = list(channel.languages)
    hours = _hours_spec(channel.hours or service.hours)
    if hours:
        point["hoursAvailable"] = hours
    return point


def organization(service: Service, words: Words) -> dict:
    """schema.org (Government)Organization with a ContactPoint per channel."""
    kind = "GovernmentOrganization" if service.organization.type == "government" else "Organization"
    return {
        "@type": kind,
        "name": words.text(service.organization.name),
        "description": words.text(service.description),
        "contactPoint": [_contact_point(service, channel, words) for channel in service.channels],
    }


def json_ld(services: Iterable[Service], words: Words) -> str:
    """A `<script type="application/ld+json">` for the current services among `services`.

    Unverified services are left out: a search result could not carry their warning.
    """
    current = [service for service in services if service.current]
    if not current:
        return ""
    data = {"@context": "https://schema.org", "@graph": [organization(s, words) for s in current]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" or "<!--" would end or confuse the element: escape < > &.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'
