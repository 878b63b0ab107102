"""Print settings from mkdocs.yml `extra.print`: texts per language, cache, time zone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mkdocs.config.defaults import MkDocsConfig

from sitegen.leaflets.errors import LeafletError
from sitegen.yaml_lines import line_of

# Every text the print output needs, in every language the site builds.
TEXT_KEYS = ("download", "hotlines", "scan", "printed", "checked", "strip")


@dataclass(frozen=True)
class PrintSettings:
    cache_dir: Path
    timezone: ZoneInfo
    texts: Mapping[str, Mapping[str, str]]

    def text(self, locale: str, key: str) -> str:
        return self.texts[locale][key]


def _fail(config: MkDocsConfig, path: tuple[str, ...], message: str) -> LeafletError:
    config_file = Path(config.config_file_path)
    line = line_of(config_file.read_text("utf-8"), ("extra", *path))
    return LeafletError(config_file.name, line, "extra." + ".".join(path), message)


def build_locales(config: MkDocsConfig) -> list[str]:
    """The languages mkdocs-static-i18n builds."""
    return [lang.locale for lang in config.plugins["i18n"].config.languages if lang.build]


def read_settings(config: MkDocsConfig) -> PrintSettings:
    """Read and check `extra.print`; a missing text names its key and language."""
    raw = config.extra.get("print")
    if not isinstance(raw, Mapping):
        raise _fail(config, ("print",), "missing: add the print settings block")
    try:
        timezone = ZoneInfo(str(raw.get("timezone")))
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise _fail(
            config, ("print", "timezone"), f"{raw.get('timezone')!r} is not a time zone name"
        ) from error
    texts = raw.get("text")
    if not isinstance(texts, Mapping):
        raise _fail(config, ("print", "text"), "missing: add the texts for each language")
    for locale in build_locales(config):
        locale_texts = texts.get(locale)
        for key in TEXT_KEYS:
            value = locale_texts.get(key) if isinstance(locale_texts, Mapping) else None
            if not isinstance(value, str) or not value.strip():
                raise _fail(config, ("print", "text", locale, key), "missing text")
    cache_dir = Path(config.config_file_path).parent / str(raw.get("cache_dir", ".cache/leaflets"))
    return PrintSettings(cache_dir=cache_dir, timezone=timezone, texts=texts)
