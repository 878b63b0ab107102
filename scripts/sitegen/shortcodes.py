"""Shortcodes: `<!-- md:NAME ARGS -->` comments in Markdown, expanded at build time.

Pages never carry data by hand (a phone number, say); they name it with a shortcode and
the renderer registered for NAME writes it from validated data. An unknown NAME stops
the build with the file and line, so a typo never ships as a silent empty spot.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

Renderer = Callable[[list[str], Page, MkDocsConfig], str]

SHORTCODE = re.compile(r"<!--\s*md:(?P<name>[\w-]+)(?P<args>[^>]*?)-->")

_renderers: dict[str, Renderer] = {}


class ShortcodeError(Exception):
    """Raised by a renderer for bad arguments; reported with the page and line."""


def register(name: str) -> Callable[[Renderer], Renderer]:
    """Decorator: make `renderer` answer `<!-- md:name ... -->`."""

    def add(renderer: Renderer) -> Renderer:
        _renderers[name] = renderer
        return renderer

    return add


def registered_names() -> list[str]:
    return sorted(_renderers)


def expand(markdown: str, page: Page, config: MkDocsConfig) -> str:
    """Replace every shortcode in `markdown` with its rendering."""

    def render(match: re.Match[str]) -> str:
        name = match.group("name")
        renderer = _renderers.get(name)
        line = markdown.count("\n", 0, match.start()) + 1
        if renderer is None:
            known = ", ".join(registered_names()) or "none"
            raise PluginError(
                f"docs/{page.file.src_uri}:{line}: unknown shortcode 'md:{name}' (known: {known})"
            )
        try:
            return renderer(match.group("args").split(), page, config)
        except ShortcodeError as error:
            raise PluginError(f"docs/{page.file.src_uri}:{line}: md:{name}: {error}") from None

    return SHORTCODE.sub(render, markdown)


@register("extra")
def render_extra_value(args: list[str], page: Page, config: MkDocsConfig) -> str:
    """`<!-- md:extra corrections.issue_url -->`: a value from mkdocs.yml `extra:`."""
    if len(args) != 1:
        raise PluginError(f"docs/{page.file.src_uri}: md:extra takes one dotted key")
    value: object = config.extra
    for key in args[0].split("."):
        if not isinstance(value, Mapping) or key not in value:
            raise PluginError(
                f"docs/{page.file.src_uri}: md:extra: no key '{args[0]}' in mkdocs.yml extra:"
            )
        value = value[key]
    return html.escape(str(value))
