"""The hotline box of a leaflet and the hotline strip under every printed page.

Both show the same thing, numbers from the validated contact data, so one function
renders both; only the CSS class differs.
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitegen.contacts import labels
from sitegen.leaflets.spec import LeafletSpec

if TYPE_CHECKING:
    from sitegen.contacts import Directory, Service

# Channels a reader can use from any phone; forms and e-mail are on the site.
PRINTED_KINDS = ("voice", "whatsapp", "sms")


def select_services(
    directory: Directory, spec: LeafletSpec | None, key_services: Sequence[str]
) -> list[Service]:
    """The leaflet's own services, or the site's key services; unknown ids are errors."""
    if spec is None or spec.service_ids is None:
        return [directory.get(service_id) for service_id in key_services]
    services = []
    for index, service_id in enumerate(spec.service_ids):
        try:
            services.append(directory.get(service_id))
        except KeyError as error:
            raise spec.error(("services", index), error.args[0]) from None
    return services


def last_checked(services: Sequence[Service]) -> datetime.date:
    """The oldest check among the services shown: what a reader may rely on."""
    return min(service.verification.last_checked for service in services)


def render_hotlines(services: Sequence[Service], locale: str, title: str, modifier: str) -> str:
    """A `<div class="tppo-hotlines tppo-hotlines--MODIFIER">` listing the numbers.

    A div, not a section: its title is a line of text, not a heading of the page (the
    strip ends every page, and a heading there would be in every page's outline)."""
    items = []
    for service in services:
        channels = [c for c in service.channels if c.kind in PRINTED_KINDS]
        if not channels:
            continue
        links = '<span class="tppo-hotlines__sep" aria-hidden="true"> · </span>'.join(
            f'<a class="tppo-hotlines__channel" href="{html.escape(c.href)}">'
            f'<span class="tppo-hotlines__kind">{html.escape(labels.text(locale, c.kind))}</span> '
            f'<span class="tppo-hotlines__number">{html.escape(c.display(locale))}</span></a>'
            for c in channels
        )
        items.append(
            '<li class="tppo-hotlines__service">'
            f'<span class="tppo-hotlines__name">{html.escape(service.name[locale])}</span> '
            f'<span class="tppo-hotlines__channels">{links}</span></li>'
        )
    return (
        f'<div class="tppo-hotlines tppo-hotlines--{modifier}">'
        f'<p class="tppo-hotlines__title">{html.escape(title)}</p>'
        f'<ul class="tppo-hotlines__list">{"".join(items)}</ul></div>'
    )
