"""Services → HTML cards, the grouped directory, and schema.org JSON-LD.

Every value that comes from the data passes through `esc` (or `json_ld`'s escaping);
`tel:` and `wa.me` links are built from digits and `+` only (see `Channel.href`).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from urllib.parse import quote, urlencode, urlsplit

from sitegen.contacts import labels
from sitegen.contacts.model import Channel, Directory, Hours, Service
from sitegen.contacts.settings import ContactSettings

_SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ISSUE_TITLE = "Nomor salah: {name}"
_AREA_ORDER = ("national", "province", "city")


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def card_id(service: Service) -> str:
    return f"layanan-{service.id}"


def ordered(services: Iterable[Service], settings: ContactSettings) -> list[Service]:
    """Current services first, then the key services in their configured order."""
    keys = settings.key_services

    def rank(service: Service) -> tuple[bool, int, str]:
        key = keys.index(service.id) if service.id in keys else len(keys)
        return (not service.current, key, service.id)

    return sorted(services, key=rank)


def report_url(service: Service, settings: ContactSettings) -> str:
    """The prefilled "wrong number" issue for this service."""
    query = urlencode(
        {
            "template": "nomor-salah.yml",
            "service": service.id,
            "title": _ISSUE_TITLE.format(name=service.name["id"]),
        },
        quote_via=quote,
    )
    return f"{settings.corrections_url}?{query}"


def _external(href: str) -> str:
    return ' rel="noopener noreferrer"' if href.startswith("https://") else ""


def channel_item(channel: Channel, locale: str) -> str:
    href = channel.href
    parts = [
        f'<a class="tppo-channel__link" href="{esc(href)}"{_external(href)}>'
        f'<span class="tppo-channel__kind">{esc(labels.text(locale, channel.kind))}</span> '
        f'<span class="tppo-channel__value">{esc(channel.display(locale))}</span></a>'
    ]
    if channel.cost:
        parts.append(
            f'<span class="tppo-channel__cost">{esc(labels.text(locale, channel.cost))}</span>'
        )
    if channel.hours:
        parts.append(
            f'<span class="tppo-channel__hours">{esc(labels.hours(channel.hours, locale))}</span>'
        )
    if channel.notes:
        parts.append(f'<span class="tppo-channel__note">{esc(channel.notes[locale])}</span>')
    return f'<li class="tppo-channel tppo-channel--{esc(channel.kind)}">{" ".join(parts)}</li>'


def _status(service: Service, locale: str) -> str:
    label = esc(labels.text(locale, service.status))
    if service.current:
        return f'<p class="tppo-card__status"><span class="tppo-badge">{label}</span></p>'
    note = esc(service.status_note[locale]) if service.status_note else ""
    hint = esc(labels.text(locale, "unverified_hint")) if service.status == "unverified" else ""
    return (
        f'<p class="tppo-card__status tppo-warning" role="note">'
        f'<strong class="tppo-badge tppo-badge--{esc(service.status)}">⚠ {label}.</strong> '
        f"{note} {hint}</p>"
    )


def _sources(service: Service, locale: str) -> str:
    links = []
    for source in service.verification.sources:
        title = source.title or urlsplit(source.url).hostname or source.url
        links.append(
            f'<a href="{esc(source.url)}" rel="noopener noreferrer">{esc(title)}</a> '
            f"({esc(labels.source_date(source.date, locale))})"
        )
    return ", ".join(links)


def card(service: Service, locale: str, settings: ContactSettings) -> str:
    """One service as an `<article>`: status, how to reach it, hours, checks, sources."""
    t = labels.text
    checked = service.verification.last_checked
    area = f"{t(locale, service.area.level)}: {service.area.name[locale]}"
    classes = f"tppo-card tppo-card--{esc(service.status)}"
    return "".join(
        [
            f'<article class="{classes}" id="{esc(card_id(service))}">',
            f'<h3 class="tppo-card__name">{esc(service.name[locale])}</h3>',
            f'<p class="tppo-card__org">{esc(service.organization.name[locale])}</p>',
            _status(service, locale),
            f'<p class="tppo-card__description">{esc(service.description[locale])}</p>',
            f'<ul class="tppo-channels" aria-label="{esc(t(locale, "channels"))}">',
            *(channel_item(channel, locale) for channel in service.channels),
            "</ul>",
            '<dl class="tppo-card__facts">',
            f"<dt>{esc(t(locale, 'serves'))}</dt><dd>{esc(service.serves[locale])}</dd>",
            f"<dt>{esc(t(locale, 'area'))}</dt><dd>{esc(area)}</dd>",
            f"<dt>{esc(t(locale, 'hours'))}</dt>",
            f"<dd>{esc(labels.hours(service.hours, locale))}</dd>",
            "</dl>",
            '<p class="tppo-card__checked">',
            f"{esc(t(locale, 'last_checked'))}: ",
            f'<time datetime="{checked.isoformat()}">',
            f"{esc(labels.long_date(checked, locale))}</time>",
            f" ({esc(t(locale, service.verification.method))}). ",
            f"{esc(t(locale, 'sources'))}: {_sources(service, locale)}.</p>",
            '<p class="tppo-card__report">',
            f'<a href="{esc(report_url(service, settings))}" rel="noopener noreferrer">',
            f"{esc(t(locale, 'report_wrong'))}</a></p>",
            "</article>",
        ]
    )


def cards(services: Iterable[Service], locale: str, settings: ContactSettings) -> str:
    """Cards for `services` plus their JSON-LD, as one raw-HTML block for Markdown."""
    services = list(services)
    body = "".join(card(service, locale, settings) for service in services)
    return f'\n\n<div class="tppo-cards">{body}</div>\n{json_ld(services, locale)}\n\n'


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


def _contact_point(service: Service, channel: Channel, locale: str) -> dict:
    point: dict = {"@type": "ContactPoint", "contactType": service.name[locale]}
    if channel.is_phone:
        point["telephone"] = channel.value
    elif channel.kind == "email":
        point["email"] = channel.value
    else:
        point["url"] = channel.value
    point["areaServed"] = {"@type": "AdministrativeArea", "name": service.area.name[locale]}
    if channel.languages:
        point["availableLanguage"] = list(channel.languages)
    hours = _hours_spec(channel.hours or service.hours)
    if hours:
        point["hoursAvailable"] = hours
    return point


def organization(service: Service, locale: str) -> dict:
    """schema.org (Government)Organization with a ContactPoint per channel."""
    kind = "GovernmentOrganization" if service.organization.type == "government" else "Organization"
    return {
        "@type": kind,
        "name": service.organization.name[locale],
        "description": service.description[locale],
        "contactPoint": [_contact_point(service, channel, locale) for channel in service.channels],
    }


def json_ld(services: Iterable[Service], locale: str) -> str:
    """A `<script type="application/ld+json">` for the current services among `services`.

    Unverified services are left out: a search result could not carry their warning.
    """
    current = [service for service in services if service.current]
    if not current:
        return ""
    data = {"@context": "https://schema.org", "@graph": [organization(s, locale) for s in current]}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" or "<!--" would end or confuse the element: escape < > &.
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>'


# The whole directory -----------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _md_heading(text: str) -> str:
    """Data text made safe as a Markdown heading: HTML-escaped, Markdown syntax escaped."""
    return (
        re.sub(r"([\\`*_{}\[\]()#+!|<>-])", r"\\\1", html.unescape(esc(text)))
        .replace("\\<", "&lt;")
        .replace("\\>", "&gt;")
    )


def _warning_badge(service: Service, locale: str) -> str:
    label = esc(labels.text(locale, service.status))
    return f'<span class="tppo-badge tppo-badge--{esc(service.status)}">⚠ {label}</span>'


def _index_item(service: Service, locale: str) -> str:
    """One line of a group: the name (to its card), the first number, any warning."""
    parts = [f'<a href="#{esc(card_id(service))}">{esc(service.name[locale])}</a>']
    phone = next((channel for channel in service.channels if channel.is_phone), None)
    if phone:
        parts.append(
            f'<a class="tppo-index__call" href="{esc(phone.href)}"{_external(phone.href)}>'
            f"{esc(phone.display(locale))}</a>"
        )
    if not service.current:
        parts.append(_warning_badge(service, locale))
    return f"<li>{' '.join(parts)}</li>"


def _index(services: list[Service], locale: str) -> str:
    items = "".join(_index_item(service, locale) for service in services)
    return f'\n\n<ul class="tppo-index">{items}</ul>\n\n'


def area_groups(services: list[Service]) -> list[tuple[str, list[Service]]]:
    """(anchor, services) per area, national first."""
    groups: dict[str, list[Service]] = {}
    for service in sorted(services, key=lambda s: _AREA_ORDER.index(s.area.level)):
        groups.setdefault(f"wilayah-{_slug(service.area.name['id'])}", []).append(service)
    return list(groups.items())


def directory(directory: Directory, locale: str, settings: ContactSettings) -> str:
    """The whole directory as Markdown: jump links, groups by need and area, all cards."""
    t = labels.text
    services = ordered(directory.services, settings)
    topics = [(topic, [s for s in services if topic.id in s.topics]) for topic in directory.topics]
    topics = [(topic, members) for topic, members in topics if members]
    areas = area_groups(services)
    topic_links = " · ".join(
        f'<a href="#kebutuhan-{esc(_slug(topic.id))}">{esc(topic.name[locale])}</a>'
        for topic, _ in topics
    )
    area_links = " · ".join(
        f'<a href="#{esc(anchor)}">{esc(members[0].area.name[locale])}</a>'
        for anchor, members in areas
    )
    parts = [
        f'\n\n<nav class="tppo-jump" aria-label="{esc(t(locale, "by_topic"))}">',
        f"<p><strong>{esc(t(locale, 'by_topic'))}:</strong> {topic_links}</p>",
        f"<p><strong>{esc(t(locale, 'by_area'))}:</strong> {area_links}</p></nav>\n\n",
        f"## {_md_heading(t(locale, 'by_topic'))} {{ #menurut-kebutuhan }}\n\n",
    ]
    for topic, members in topics:
        parts.append(f"### {_md_heading(topic.name[locale])} {{ #kebutuhan-{_slug(topic.id)} }}")
        parts.append(_index(members, locale))
    parts.append(f"## {_md_heading(t(locale, 'by_area'))} {{ #menurut-wilayah }}\n\n")
    for anchor, members in areas:
        parts.append(f"### {_md_heading(members[0].area.name[locale])} {{ #{anchor} }}")
        parts.append(_index(members, locale))
    parts.append(f"## {_md_heading(t(locale, 'all_services'))} {{ #semua-layanan }}")
    parts.append(cards(services, locale, settings))
    return "".join(parts)
