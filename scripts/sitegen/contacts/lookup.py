"""Services named by id in pages, leaflets and settings, and the message when one of the
ids names no service."""

from __future__ import annotations

from collections.abc import Sequence

from babel.support import Translations

from sitegen.contacts.model import Directory, Service


class UnknownService(LookupError):
    """`ids[index]` names no service; `message` says so and lists the known ids."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index
        self.message = message


def select(directory: Directory, ids: Sequence[str], messages: Translations) -> list[Service]:
    """The services with these ids, in this order; UnknownService for the first unknown."""
    services = []
    for index, service_id in enumerate(ids):
        if service_id not in directory:
            message = messages.gettext("no service with id '{id}' (known: {known})")
            known = ", ".join(directory.ids)
            raise UnknownService(index, message.format(id=service_id, known=known))
        services.append(directory.get(service_id))
    return services
