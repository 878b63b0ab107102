"""MkDocs hooks: a thin bridge from MkDocs events to the part of the sitegen package that
is not a plugin yet (the search).

mkdocs-static-i18n builds the site once per language, so every event here fires once
per language and every handler must be idempotent.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from sitegen.plugins import adapter
from sitegen.search import build_step as search


# After mkdocs-static-i18n has built every language (see sitegen.search.build_step).
@event_priority(search.PRIORITY)
def on_post_build(config: MkDocsConfig) -> None:
    with adapter.editor_errors():
        search.index_site(config)
