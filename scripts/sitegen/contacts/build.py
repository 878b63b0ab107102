"""The directory inside an MkDocs build: settings from the config, checked data, cached.

mkdocs-static-i18n runs the build once per language, and `mkdocs serve` rebuilds on
every change: the data is checked again only when a data file changed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from sitegen.contacts import settings as contact_settings
from sitegen.contacts.directory import build_directory, check_data_dir
from sitegen.contacts.model import Directory
from sitegen.contacts.settings import ContactSettings
from sitegen.problems import errors

log = logging.getLogger("mkdocs.plugins.sitegen.contacts")

_cache: dict[tuple, Directory] = {}


def settings_for(config: MkDocsConfig) -> ContactSettings:
    i18n = config.plugins.get("i18n")
    languages = ContactSettings.languages
    if i18n:
        ordered = sorted(i18n.config.languages, key=lambda language: not language.default)
        languages = tuple(language.locale for language in ordered)
    project_dir = Path(config.config_file_path).parent
    return contact_settings.from_extra(config.extra, languages, project_dir)


def _fingerprint(settings: ContactSettings) -> tuple:
    files = sorted(settings.data_dir.rglob("*.y*ml"))
    return (settings, *((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))


def directory_for(config: MkDocsConfig) -> Directory:
    """The checked directory; the build stops with every error line if the data is wrong."""
    settings = settings_for(config)
    key = _fingerprint(settings)
    if key not in _cache:
        result = check_data_dir(settings)
        problems = errors(result.problems)
        for problem in result.problems:
            if problem not in problems:
                log.info(str(problem))
        if problems:
            lines = "\n".join(str(problem) for problem in problems)
            raise PluginError(f"the contact data has errors:\n{lines}")
        _cache.clear()
        _cache[key] = build_directory(result)
    return _cache[key]
