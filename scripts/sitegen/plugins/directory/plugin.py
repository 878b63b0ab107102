"""The `sitegen/directory` plugin: checks the contact data when the build starts and
shows it where pages ask for it.

- `<!-- md:contacts ID... -->`: cards for those services, in that order;
- `<!-- md:directory -->`: every service, grouped by need and by area, then every card;
- `<!-- md:corrections issue_url -->`: where readers report a wrong number.

Bad data stops the build with one line per error (`FILE:LINE: FIELD: message`), never a
traceback; warnings are logged. Other plugins get the checked data from `directory()`
and `key_services()` (the leaflets do).

mkdocs-static-i18n builds the site once per language and calls `on_config` again for
each: the data is checked once, on the first call, and kept on the instance.
"""

from __future__ import annotations

import html
from pathlib import Path

from babel.support import Translations
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from sitegen import github_actions, templates, yaml_lines
from sitegen.contacts.checking import Rules, check_data_dir
from sitegen.contacts.lookup import UnknownService, select
from sitegen.contacts.model import Directory, Service
from sitegen.contacts.rendering import THEME_DIR, Renderer, ReportLinks
from sitegen.contacts.settings import DirectorySettings
from sitegen.contacts.words import Words
from sitegen.pages import PageRef
from sitegen.plugins import adapter
from sitegen.plugins.directory.config import DirectoryConfig
from sitegen.problems import Problem, ProblemError
from sitegen.shortcodes import ShortcodeError

NAME = "sitegen/directory"
STYLESHEETS = ("assets/stylesheets/contacts.css",)
ATTR_LIST = {"attr_list", "markdown.extensions.attr_list"}

log = get_plugin_logger("sitegen.directory")


class DirectoryPlugin(BasePlugin[DirectoryConfig]):
    def __init__(self) -> None:
        self._directory: Directory | None = None
        self._settings: DirectorySettings | None = None
        self._config: MkDocsConfig | None = None
        self._renderers: dict[str, Renderer] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        site = adapter.site_plugin(config, NAME)
        self._config = config
        if self._directory is None:
            with adapter.editor_errors():
                self._load(config)
        adapter.add_theme_dir(config, THEME_DIR)
        adapter.add_assets(config, STYLESHEETS)
        site.register_shortcode("contacts", self._render_contacts)
        site.register_shortcode("directory", self._render_directory)
        site.register_shortcode("corrections", self._render_corrections)
        return config

    def _load(self, config: MkDocsConfig) -> None:
        site = adapter.site_plugin(config, NAME)
        facts = site.site_facts()
        messages = site.messages(facts.default_language)
        project_dir = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        settings = self.config.settings(project_dir)
        problems = self._setup_problems(config, settings, messages)
        if problems:
            raise ProblemError(problems)
        rules = Rules(facts, messages, facts.default_language, settings.limits)
        result = check_data_dir(settings, rules)
        for warning in result.warnings:
            log.info(str(warning))
        github_actions.annotate(result.warnings, adapter.BUILD_HEADING)
        if result.directory is None:
            raise ProblemError(result.errors)
        try:
            select(result.directory, settings.key_services, messages)
        except UnknownService as unknown:
            where = ("key_services", unknown.index)
            raise ProblemError([self._option_problem(config, where, unknown.message)]) from None
        self._directory, self._settings = result.directory, settings

    def _setup_problems(
        self, config: MkDocsConfig, settings: DirectorySettings, messages: Translations
    ) -> list[Problem]:
        """What in mkdocs.yml keeps the directory from working, before its data is read."""
        _ = messages.gettext
        problems = []
        if not ATTR_LIST & set(config.markdown_extensions):
            message = _(
                "the {plugin} plugin needs the attr_list extension (the directory's headings "
                "carry their ids): add it here"
            ).format(plugin=NAME)
            path = Path(config.config_file_path or "mkdocs.yml")
            text = path.read_text(encoding="utf-8") if path.is_file() else ""
            line = yaml_lines.line_of(text, ("markdown_extensions",))
            problems.append(Problem(path.name, line, "markdown_extensions", message))
        limits = settings.limits
        if limits.warn_after_days > limits.error_after_days:
            message = _("must not be more than error_after_days ({days})")
            where = ("warn_after_days",)
            days = limits.error_after_days
            problems.append(self._option_problem(config, where, message.format(days=days)))
        return problems

    def _option_problem(
        self, config: MkDocsConfig, keys: tuple[str | int, ...], message: str
    ) -> Problem:
        return adapter.option_problem(config, NAME, keys, message)

    # For other plugins ----------------------------------------------------------

    def directory(self) -> Directory:
        """The checked directory (read when the build started)."""
        if self._directory is None:
            raise PluginError(f"{NAME}: the directory is read in on_config")
        return self._directory

    def key_services(self) -> list[Service]:
        """The services the site leads with (`key_services`), in their order."""
        directory = self.directory()
        return [directory.get(service_id) for service_id in self._settings.key_services]

    # Shortcodes -----------------------------------------------------------------

    def _site(self):  # type: ignore[no-untyped-def]
        return adapter.site_plugin(self._config, NAME)

    def _editor_messages(self) -> Translations:
        """Messages for editors are in the site's default language."""
        site = self._site()
        return site.messages(site.site_facts().default_language)

    def _renderer(self, language: str) -> Renderer:
        if language not in self._renderers:
            site = self._site()
            facts = site.site_facts()
            messages = site.messages(language)
            title = self._editor_messages().gettext("Wrong number: {name}")
            self._renderers[language] = Renderer(
                templates.environment(self._config.theme.dirs, messages),
                Words.for_site(facts, language, messages),
                self._settings.anchors,
                ReportLinks(self._settings.corrections, title, facts.default_language),
                self._settings.key_services,
            )
        return self._renderers[language]

    def _render_contacts(self, args: list[str], page: PageRef) -> str:
        """Cards for the services named by id, in the order given."""
        messages = self._editor_messages()
        _ = messages.gettext
        directory = self.directory()
        if not args:
            example = directory.ids[0] if directory.ids else "ID"
            raise ShortcodeError(
                _("name at least one service id, like md:contacts {id}").format(id=example)
            )
        try:
            services = select(directory, args, messages)
        except UnknownService as unknown:
            raise ShortcodeError(unknown.message) from None
        return self._renderer(page.language).cards(services)

    def _render_directory(self, args: list[str], page: PageRef) -> str:
        """Every service, grouped by need and by area, with links that work without
        JavaScript."""
        if args:
            raise ShortcodeError(self._editor_messages().gettext("takes no arguments"))
        default_language = self._site().site_facts().default_language
        return self._renderer(page.language).directory(self.directory(), default_language)

    def _render_corrections(self, args: list[str], page: PageRef) -> str:
        """`md:corrections issue_url`: where readers report a wrong number, escaped."""
        _ = self._editor_messages().gettext
        values = {"issue_url": self._settings.corrections.issue_url}
        if len(args) != 1 or args[0] not in values:
            known = ", ".join(values)
            raise ShortcodeError(_("takes one of: {names}").format(names=known))
        if not values[args[0]]:
            message = _("corrections.{name} is not set in mkdocs.yml (plugins: {plugin})")
            raise ShortcodeError(message.format(name=args[0], plugin=NAME))
        return html.escape(values[args[0]])


def directory_plugin(config: MkDocsConfig, needed_by: str) -> DirectoryPlugin:
    """The directory plugin, for a plugin that shows its data."""
    plugin = config.plugins.get(NAME)
    if not isinstance(plugin, DirectoryPlugin) or not plugin.config.enabled:
        raise PluginError(
            f"the {needed_by} plugin needs the {NAME} plugin: list it under plugins: in mkdocs.yml"
        )
    return plugin
