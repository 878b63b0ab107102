"""`<!-- md:contacts ID... -->` (cards for those services) and `<!-- md:directory -->`."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from sitegen import shortcodes
from sitegen.contacts import rendering
from sitegen.contacts.build import directory_for, settings_for


@shortcodes.register("contacts")
def render_contacts(args: list[str], page: Page, config: MkDocsConfig) -> str:
    """Cards for the services named by id, in the order given."""
    if not args:
        raise shortcodes.ShortcodeError("name at least one service id, like md:contacts sapa-129")
    directory = directory_for(config)
    try:
        services = [directory.get(service_id) for service_id in args]
    except KeyError as error:
        raise shortcodes.ShortcodeError(error.args[0]) from None
    return rendering.cards(services, config.theme["language"], settings_for(config))


@shortcodes.register("directory")
def render_directory(args: list[str], page: Page, config: MkDocsConfig) -> str:
    """Every service, grouped by need and by area, with links that work without JavaScript."""
    if args:
        raise shortcodes.ShortcodeError("takes no arguments")
    return rendering.directory(
        directory_for(config), config.theme["language"], settings_for(config)
    )
