"""The Jinja environment that renders the generator's components (cards, hotline lists,
leaflets, listings).

Templates are found in the theme folders in MkDocs' order: the site's `overrides/`
first, then the package's theme folders, so a site changes a component by putting a file
of the same name in its overrides. Everything is escaped unless a template says
otherwise, an undefined name is an error, and `_()` / `pgettext()` / `ngettext()` come
from the language's message catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import jinja2
from babel.support import Translations


def environment(search_path: Sequence[str | Path], messages: Translations) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(path) for path in search_path]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(messages, newstyle=True)  # type: ignore[attr-defined]
    return env
