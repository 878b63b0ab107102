"""The directory's settings, from `mkdocs.yml` (`extra.contacts`, languages, corrections)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class ContactSettings:
    data_dir: Path
    languages: tuple[str, ...] = ("id", "en")
    warn_after_days: int = 180
    error_after_days: int = 365
    source_max_age_days: int = 730
    key_services: tuple[str, ...] = ()
    corrections_url: str = ""

    @property
    def services_dir(self) -> Path:
        return self.data_dir / "services"

    @property
    def topics_file(self) -> Path:
        return self.data_dir / "topics.yml"


def _languages(plugins: Any) -> tuple[str, ...]:
    """The locales mkdocs-static-i18n builds, default first."""
    for plugin in plugins or []:
        if isinstance(plugin, Mapping) and "i18n" in plugin:
            languages = plugin["i18n"].get("languages", [])
            ordered = sorted(languages, key=lambda lang: not lang.get("default", False))
            return tuple(lang["locale"] for lang in ordered)
    return ContactSettings.languages


def from_extra(extra: Mapping[str, Any], languages: tuple[str, ...], project_dir: Path):
    """Settings from the `extra:` block of mkdocs.yml, paths relative to the project."""
    contacts = extra.get("contacts", {})
    defaults = ContactSettings(data_dir=Path("data"))
    return ContactSettings(
        data_dir=project_dir / contacts.get("data_dir", "data"),
        languages=languages,
        warn_after_days=int(contacts.get("warn_after_days", defaults.warn_after_days)),
        error_after_days=int(contacts.get("error_after_days", defaults.error_after_days)),
        source_max_age_days=int(contacts.get("source_max_age_days", defaults.source_max_age_days)),
        key_services=tuple(contacts.get("key_services", ())),
        corrections_url=extra.get("corrections", {}).get("issue_url", ""),
    )


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its `!ENV` and `!!python/name` tags."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def from_mkdocs_yml(path: Path) -> ContactSettings:
    """Settings as the site build would see them, for command-line tools."""
    config = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    return from_extra(config.get("extra", {}), _languages(config.get("plugins")), path.parent)
