"""The site a command works on: its mkdocs.yml read once, the way a build reads it.

MkDocs' own loader validates every plugin option exactly as `mkdocs build` does, so a
command never accepts a setting the build would refuse, or reads it differently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import click
from babel.support import Translations
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from sitegen import messages
from sitegen.formats import language_name
from sitegen.plugins.adapter import SITE_PLUGIN
from sitegen.plugins.site.config import SiteConfig
from sitegen.plugins.site.facts import languages, read_facts
from sitegen.problems import ProblemError
from sitegen.site import SiteFacts
from sitegen.translations import Languages, Speech


class ProjectError(click.ClickException):
    """The site's mkdocs.yml cannot be used: one line per problem, exit status 2."""

    exit_code = 2

    def show(self, file: object = None) -> None:
        # The lines alone, without click's English "Error: " before the first.
        click.echo(self.format_message(), err=True)


def fallback_messages(language: str | None) -> Translations:
    """The words for errors met before a site's configuration is read: --lang's, else
    English (no site, so no default language yet)."""
    try:
        return messages.translations(language or messages.SOURCE_LANGUAGE)
    except messages.CatalogError:
        return messages.translations(messages.SOURCE_LANGUAGE)


@dataclass(frozen=True)
class Project:
    root: Path
    config: MkDocsConfig
    facts: SiteFacts
    #: The language editors read messages in (the site's default, or --lang).
    language: str

    @property
    def config_file(self) -> Path:
        return self.root / "mkdocs.yml"

    @property
    def docs_dir(self) -> Path:
        return Path(self.config.docs_dir)

    @property
    def languages(self) -> Languages:
        return Languages(self.facts.languages[0], self.facts.languages[1:])

    def messages(self) -> Translations:
        """The editor's words (the site's default language, or --lang)."""
        return self.messages_in(self.language)

    def messages_in(self, language: str) -> Translations:
        return messages.translations(language, [self.root / self.site_options.locale_dir])

    def speech(self) -> Speech:
        """How checks talk to the editor: their catalog and the languages' names in it."""
        names = {lang: language_name(lang, self.language) for lang in self.facts.languages}
        return Speech(self.messages(), names)

    def relative(self, path: Path) -> str:
        """`path` as editors name it, from the site's folder ("docs/x.md")."""
        path = path.resolve()
        return (
            path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)
        )

    @property
    def site_options(self) -> SiteConfig:
        plugin = self.config.plugins.get(SITE_PLUGIN)
        return plugin.config if plugin is not None else SiteConfig()

    def plugin_options(self, name: str):  # type: ignore[no-untyped-def]
        """The validated options of plugin `name`, or None when the site does not use it."""
        plugin = self.config.plugins.get(name)
        return plugin.config if plugin is not None else None


def _validated_config(config_file: Path) -> MkDocsConfig:
    """mkdocs.yml validated as `mkdocs build` validates it; each error on its own line."""
    config = MkDocsConfig(config_file_path=str(config_file))
    try:
        with config_file.open("rb") as file:
            config.load_file(file)
    except ConfigurationError as error:
        raise ProjectError(f"{config_file.name}: {' '.join(str(error).split())}") from None
    errors, _ = config.validate()
    if errors:
        lines = [f"{config_file.name}: {name}: {' '.join(str(e).split())}" for name, e in errors]
        raise ProjectError("\n".join(lines))
    return config


def load_project(root: Path, language: str | None = None) -> Project:
    """Read `root`/mkdocs.yml; a one-line click error (exit 2) if it cannot be used."""
    config_file = root / "mkdocs.yml"
    if not config_file.is_file():
        _ = fallback_messages(language).gettext
        message = _("{file}: no mkdocs.yml here (use --project DIR)")
        raise ProjectError(message.format(file=config_file))
    config = _validated_config(config_file)
    plugin = config.plugins.get(SITE_PLUGIN)
    options = plugin.config if plugin is not None else SiteConfig()
    editor_language = language or languages(config)[0]
    try:
        editor_messages = messages.translations(editor_language, [root / options.locale_dir])
        facts = read_facts(config, options, editor_messages)
    except (ProblemError, messages.CatalogError) as error:
        raise ProjectError(str(error)) from None
    if editor_language not in facts.languages:
        message = editor_messages.gettext(
            "--lang {language}: not a language of this site ({languages})"
        )
        raise ProjectError(
            message.format(language=editor_language, languages=", ".join(facts.languages))
        )
    return Project(root.resolve(), config, facts, editor_language)
