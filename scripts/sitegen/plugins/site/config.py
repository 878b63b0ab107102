"""Options of the `sitegen/site` plugin: the facts of one deployment."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from sitegen.plugins.options import Country, TimeZone


class QuickExitConfig(base.Config):
    # A neutral, fast site to leave for; the link works without JavaScript.
    url = c.Type(str, default="https://www.google.com/")


class SiteConfig(base.Config):
    enabled = c.Type(bool, default=True)
    # The country the site's phone numbers, dates and holidays belong to.
    country = Country(default="ID")
    # The area the site serves, in each language: {id: ..., en: ...}.
    region = c.DictOfItems(c.Type(str), default={})
    # The site's own clock: "printed on" dates, due checks.
    timezone = TimeZone(default="UTC")
    quick_exit = c.SubConfig(QuickExitConfig)
    # The page readers are sent to for help (e.g. from the 404 page), relative to the
    # home page of each language; empty for none.
    help_page = c.Type(str, default="")
    # Where the site's source lives (edit links, corrections).
    repository_url = c.Type(str, default="")
    # The site's own message catalogs (LANG/LC_MESSAGES/sitegen.po), next to mkdocs.yml.
    locale_dir = c.Type(str, default="locale")
