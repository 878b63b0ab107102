"""Shortcodes: `<!-- md:NAME ARGS -->` comments in Markdown, expanded at build time.

Pages never carry data by hand (a phone number, say); they name it with a shortcode and
the renderer registered for NAME writes it from validated data. An unknown NAME stops
the build with the file and line, so a typo never ships as a silent empty spot.

A `Registry` belongs to one build (the site plugin holds it); each part of the generator
registers its shortcodes there.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping

from babel.support import Translations

from sitegen.pages import PageRef
from sitegen.problems import Problem, ProblemError

Renderer = Callable[[list[str], PageRef], str]

SHORTCODE = re.compile(r"<!--\s*md:(?P<name>[\w-]+)(?P<args>[^>]*?)-->")


class ShortcodeError(Exception):
    """Raised by a renderer for bad arguments; reported with the page and line."""


class Registry:
    def __init__(self, messages: Translations) -> None:
        self._renderers: dict[str, Renderer] = {}
        self._ = messages.gettext

    def register(self, name: str, renderer: Renderer) -> None:
        """Make `renderer` answer `<!-- md:name ... -->` (again on every rebuild)."""
        self._renderers[name] = renderer

    def names(self) -> list[str]:
        return sorted(self._renderers)

    def expand(self, markdown: str, page: PageRef) -> str:
        """Replace every shortcode in `markdown` with its rendering."""

        def render(match: re.Match[str]) -> str:
            name = match.group("name")
            renderer = self._renderers.get(name)
            line = page.body_line + markdown.count("\n", 0, match.start())
            if renderer is None:
                message = self._("unknown shortcode (known: {names})").format(
                    names=", ".join(self.names()) or "-"
                )
                raise ProblemError([Problem(page.path, line, f"md:{name}", message)])
            try:
                return renderer(match.group("args").split(), page)
            except ShortcodeError as error:
                raise ProblemError([Problem(page.path, line, f"md:{name}", str(error))]) from None

        return SHORTCODE.sub(render, markdown)


def extra_value(extra: Mapping[str, object], messages: Translations) -> Renderer:
    """`<!-- md:extra KEY.KEY -->`: a value from mkdocs.yml `extra:`, escaped."""
    _ = messages.gettext

    def render(args: list[str], page: PageRef) -> str:
        if len(args) != 1:
            raise ShortcodeError(_("takes one dotted key, like md:extra contact.email"))
        value: object = extra
        for key in args[0].split("."):
            if not isinstance(value, Mapping) or key not in value:
                raise ShortcodeError(_("no key '{key}' in mkdocs.yml extra:").format(key=args[0]))
            value = value[key]
        return html.escape(str(value))

    return render
