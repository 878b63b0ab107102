"""`<!-- md:contacts ID... -->` (cards for those services) and `<!-- md:directory -->`."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from sitegen.contacts import rendering
from sitegen.contacts.build import directory_for, settings_for
from sitegen.pages import PageRef
from sitegen.shortcodes import ShortcodeError


def render_contacts(args: list[str], page: PageRef, config: MkDocsConfig) -> str:
    """Cards for the services named by id, in the order given."""
    if not args:
        raise ShortcodeError("name at least one service id, like md:contacts sapa-129")
    directory = directory_for(config)
    try:
        services = [directory.get(service_id) for service_id in args]
    except KeyError as error:
        raise ShortcodeError(error.args[0]) from None
    return rendering.cards(services, page.language, settings_for(config))


def render_directory(args: list[str], page: PageRef, config: MkDocsConfig) -> str:
    """Every service, grouped by need and by area, with links that work without JavaScript."""
    if args:
        raise ShortcodeError("takes no arguments")
    return rendering.directory(directory_for(config), page.language, settings_for(config))
