"""Which services a leaflet or the print strip shows, and from when their details are.

Numbers come from the checked contact data only; the box on a leaflet and the strip
under every printed page show the same thing (`theme/sitegen/leaflets/hotlines.html`).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from babel.support import Translations

from sitegen.contacts.lookup import UnknownService, select
from sitegen.contacts.model import Channel, Directory, Service
from sitegen.leaflets.spec import LeafletSpec

# Channels a reader can use from any phone; forms and e-mail are on the site.
PRINTED_KINDS = ("voice", "whatsapp", "sms")


def select_services(
    directory: Directory,
    spec: LeafletSpec | None,
    key_services: Sequence[Service],
    messages: Translations,
) -> list[Service]:
    """The leaflet's own services, or the site's key services; an unknown id is a problem
    at its line."""
    if spec is None or spec.service_ids is None:
        return list(key_services)
    try:
        return select(directory, spec.service_ids, messages)
    except UnknownService as unknown:
        raise spec.error(("services", unknown.index), unknown.message) from None


def printed_channels(service: Service) -> list[Channel]:
    return [channel for channel in service.channels if channel.kind in PRINTED_KINDS]


def last_checked(services: Sequence[Service]) -> datetime.date:
    """The oldest check among the services shown: what a reader may rely on."""
    return min(service.verification.last_checked for service in services)
