"""Values derived from mkdocs.yml that templates need."""

from __future__ import annotations

from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig


def root_path(site_url: str) -> str:
    """The path part of site_url, always ending in a slash ("/jakarta/")."""
    path = urlsplit(site_url).path or "/"
    return path if path.endswith("/") else path + "/"


def add_derived_values(config: MkDocsConfig) -> None:
    """Store values the templates cannot compute themselves in config.extra.

    mkdocs-static-i18n rewrites site_url for each extra language (".../en/"), so the
    root is taken only once, from the first (default-language) build.
    """
    extra = config.extra
    if "site_root_path" not in extra:
        extra["site_root_path"] = root_path(config.site_url or "/")
